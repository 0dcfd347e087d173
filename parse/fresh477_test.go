package parse

import "testing"

// The four-hundred-and-seventy-seventh fresh table: mobile platforms' logs, a ninth pass after
// fresh464, fresh444, fresh420, fresh407, fresh397 and the mobile tables before them, in shapes no
// earlier table holds, here the tooling around phones (device farms, forensic checks, root
// managers, symbol uploads) and the crash reports of apps. Each family is one product's documented
// or observed output: DeviceFarmer STF on its console (`ISO-Z LVL/tag pid [serial] msg`) and the
// same lines under the docker daemon in syslog (a local syslog stamp and host before STF's own
// line); the Mobile Verification Toolkit's `mvt-android check-adb` through rich (a time of day
// left blank while the second does not change, wrapped messages); KernelSU's ksud in logcat
// threadtime (the KernelSU tag, then a Rust module path) and the kernel's KernelSU lines in the
// dmesg.txt of its bugreport; HockeySDK for Android's .stacktrace crash file (`Name: value` header
// lines, the crash Date with a CET zone, a blank line, the stack); fastlane's sentry plugin
// running `sentry-cli upload-dif` (fastlane's `[HH:mm:ss]: ` before sentry-cli's own stamped
// line); ANR-WatchDog's ANRError in Android Studio's older Logcat window (a FATAL EXCEPTION whose
// lines are indented to the message column).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `appium`, `[HTTP] -->`, `UiAutomator2`, `XCUITest`, `WebDriverAgent`,
// `detox`, `maestro`, `fastlane`, `emulator`, `INFO    |`, `WARNING |`, `adb I `, `adb_trace`,
// `genymotion`, `Expo`, ` BUNDLE `, `Metro`, `AppCenter`, `MSAC`, `Datadog`, `magisk`, `KernelSU`,
// `ksud`, `lsposed`, `xposed`, `TWRP`, `recovery.log`, `tasker`, `kivy`, `python-for-android`,
// `iTMSTransporter`, `altool`, `notarytool`, `CoreSimulator`, `Odin`, `<ID:0/`, `heimdall`,
// `fastboot`, `flutter`, `[  +`, `mono-rt`, `INSTRUMENTATION_STATUS`, `tombstone`, `Build
// fingerprint`, `----- pid`, `intune`, `CompanyPortal`, `OMADM`, `Workspace ONE`, `frida`,
// `Shizuku`, `termux`, `rageshake`, `NativeScript`, `Briefcase`, `xcodebuild`, `Crashlytics`,
// `minidump`, `Breakpad`, `waydroid`, `anbox`, `pmbootstrap`, `redroid`, `mobsf`, `Mobile
// Security Framework`, `apktool`, `jadx`, `drozer`, `LeakCanary`, `HEAP ANALYSIS`, `StrictMode`,
// `Choreographer`, `concurrent copying`, `gfxinfo`, `meminfo`, `bluestacks`, `HD-Player`,
// `ldplayer`, `memu`, `Windows Subsystem for Android`, `WsaClient`, `WsaService`, `[DOTNET]`,
// `godot`, `cocos2d`, `mvt.`, `mvt `, `Mobile Verification`, `RichHandler`, `androguard`,
// `aleapp`, `ileapp`, `idevicebackup2`, `imazing`, `eg25`, `ofono`, `lomiri`, `Flipper`,
// `stetho`, `Hermes`, `futurerestore`, `checkra1n`, `AltServer`, `sidestore`, `Sideloadly`,
// `ipatool`, `corellium`, `bundletool`, `apksigner`, `xctrace`, `ios-webkit-debug-proxy`,
// `gradle`, `INF/`, `openstf`, `devicefarmer`, `stf-`, `atx-agent`, `uiautomator2`, `logzero`,
// `[I 26`, `airtest`, `idb_companion`, `SP Flash`, `BROM`, `QFIL`, `Sahara`, `MiFlash`, `bugly`,
// `CrashReport`, `BlockCanary`, `ANR-WatchDog`, `ANRWatchDog`, `ANRError`, `KOOM`, `TestFairy`,
// `HockeyApp`, `HockeySDK`, `CrashReporter Key`, `marathon`, `flank`, `TestRunner`,
// `Robolectric`, `Test Lab`, `Device Farm`, `TestFlight`, `bitrise`, `codemagic`, `perfetto`,
// `simpleperf`, `bugreportz`, `Battery Historian`, `xcpretty`, `xcbeautify`, `Tuist`,
// `OrangeFox`, `mtkclient`, `Vysor`, `firebase-debug`, `logcatMessages`, `Solar2D`, `Defold`,
// `mdmclient`, `kermit`, `dumpstate_log`, `xlog`, `+8.0`, `elvishew`, `orhanobut`,
// `swift-log`, `StreamLogHandler`, `Napier`, `Puppy`, `Willow`, `Timber`, `sentry-cli`,
// `INFO    20`, `]: DEBUG   `, `]: INFO    `, `Starting sentry-cli`, `upload-dif`,
// `debug-files`, `Test Suite '`, `Ty Process`, `Filtering the log data`, `"eventMessage"`,
// `style json`, `iTunes`, `AppleMobileDevice`, `car_service`, ` LOG  `, `expo start`,
// `eas-cli`, `jetifier`). No table holds STF, MVT, KernelSU, HockeySDK's crash file or
// ANR-WatchDog (`INF/` matches only other products' level fields and Java's META-INF,
// `anrwatchdog` and `ANRError` only fresh350's grep list, `CrashReporter Key` only a grep list);
// sentry-cli's own line is in fresh15, but not behind fastlane's prefix. Left out as measured
// already: Appium, Detox, Maestro, Airtest, tidevice, idb, MobSF, LeakCanary, Magisk, Waydroid,
// TWRP, Odin, Mars xlog, logback-android, pymobiledevice3, the unified log's styles, Android
// Studio's Logcat export, Metro and Expo, EAS, AWS Device Farm, Flipper. Left out as not
// confirmed by any search: BlueStacks' Player.log, WSA's logs, Genymotion's own log, MiFlash's
// log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). STF's stamps end in Z; under docker the syslog stamp is the host's
// zone-less local time (UTC-06:00, read as UTC) and either it or STF's is accepted. MVT's time of
// day is on the clock's day, and a line whose time column rich left blank has no time of its own.
// Logcat's yearless stamps (threadtime, Android Studio's view) are in 2026. HockeySDK's crash
// Date is in CET (+01:00), and the Start Date before it is not the record's time. fastlane's
// `[HH:mm:ss]` is a zone-less time of day (the clock's day, read as UTC) and sentry-cli's stamp
// carries +01:00; either is accepted. dmesg's seconds since boot are no time. Levels only where
// the line marks one: STF's VRB DBG INF WRN ERR FTL before the slash, rich's padded word,
// logcat's letter, sentry-cli's DEBUG INFO WARN; HockeySDK's file, fastlane's own lines and plain
// dmesg carry none. The host is the record's host field: only the syslog header under docker;
// STF's device serials, the phone's manufacturer and model, the package and the HTTP `Host:`
// header sentry-cli prints are no hosts. A record that spans lines is one entry: MVT's wrapped
// messages, HockeySDK's report with its blank line and stack, ANR-WatchDog's FATAL EXCEPTION.
// MVT's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 88.8 %, time 82.5 %, host 88.8 %, records 80.0 %.
// That is the macro figure (micro: level 92.1 %, time 89.5 %, host 92.1 %, records 86.8 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are MVT's lines whose time column rich left blank, which trawl
// joins to the timed record above, and HockeySDK's crash file, which trawl splits into its header
// lines and stack instead of reading one report timed by its `Date:` line.

var fresh477Cases = []worldCase{
	{
		name:   "devicefarmer-stf-console",
		source: "DeviceFarmer STF (formerly openstf/stf) on its console, `stf local` or a unit's stdout (lib/util/logger.js: `yyyy-MM-ddTHH:mm:ss.SSSZ LVL/tag pid [id] msg`, the three-letter level VRB DBG INF IMP WRN ERR FTL glued to the logger's tag, `[*]` or the device serial in brackets): DeviceFarmer/stf issues #595 and #52, openstf/stf issues #866 and #772; the level labels other than INF from memory",
		why:    "an ISO time in Z; the level is the three letters before the slash; the pid and the bracketed device serial are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `2026-11-29T07:41:16.204Z INF/util:procutil 41 [*] Forking "/app/lib/cli provider --name rack2 --min-port 7400 --max-port 7700 --connect-sub tcp://127.0.0.1:7114 --connect-push tcp://127.0.0.1:7116 --adb-host adb --adb-port 5037"`),
			we("2026-11-29T07:41:17.006Z", Info, "", `2026-11-29T07:41:17.006Z INF/provider 58 [*] Found device "R5CT81QZ0PX" (device)`),
			we("2026-11-29T07:41:18.412Z", Info, "", "2026-11-29T07:41:18.412Z INF/device:support:sdk 77 [R5CT81QZ0PX] Supports SDK 34"),
			we("2026-11-29T07:41:21.930Z", Warn, "", "2026-11-29T07:41:21.930Z WRN/device:plugins:screen:stream 77 [R5CT81QZ0PX] Frame producer has no frames yet, retrying in 3000ms"),
			we("2026-11-29T07:41:25.118Z", Error, "", `2026-11-29T07:41:25.118Z ERR/device 77 [R5CT81QZ0PX] Setup had an error Error: Service "touch" did not start in time`),
		},
	},
	{
		name:   "devicefarmer-stf-docker-syslog",
		source: "DeviceFarmer STF run under the docker daemon on a host at UTC-06:00, its lines read from syslog (`Mmm dd HH:mm:ss host docker[pid]: ` in the host's local time, then STF's own `ISO-Z LVL/tag pid [id] msg`): DeviceFarmer/stf issue #52",
		why:    "two stamps of the same moment: the syslog one is zone-less local time (read as UTC by the rules), STF's ends in Z; either is accepted; the host is the syslog header's; the level is STF's three letters",
		entries: []worldEntry{
			we("2026-11-29T01:41:16Z|2026-11-29T07:41:16.802Z", Info, "devlab-rack2", `Nov 29 01:41:16 devlab-rack2 docker[2088]: 2026-11-29T07:41:16.802Z INF/provider 1 [*] Restarting device worker "R5CT81QZ0PX"`),
			we("2026-11-29T01:41:17Z|2026-11-29T07:41:17.599Z", Info, "devlab-rack2", `Nov 29 01:41:17 devlab-rack2 docker[2088]: 2026-11-29T07:41:17.599Z INF/device:support:push 412 [R5CT81QZ0PX] Sending output to "tcp://stf.lab.example:7270"`),
			we("2026-11-29T01:41:18Z|2026-11-29T07:41:18.041Z", Info, "devlab-rack2", "Nov 29 01:41:18 devlab-rack2 docker[2088]: 2026-11-29T07:41:18.041Z INF/device:support:abi 412 [R5CT81QZ0PX] Supports ABIs arm64-v8a, armeabi-v7a, armeabi"),
			we("2026-11-29T01:41:24Z|2026-11-29T07:41:24.330Z", Warn, "devlab-rack2", "Nov 29 01:41:24 devlab-rack2 docker[2088]: 2026-11-29T07:41:24.330Z WRN/device:plugins:connect 412 [R5CT81QZ0PX] Remote debugging port 7409 is already in use, choosing another"),
			we("2026-11-29T01:41:30Z|2026-11-29T07:41:30.915Z", Error, "devlab-rack2", "Nov 29 01:41:30 devlab-rack2 docker[2088]: 2026-11-29T07:41:30.915Z ERR/device 412 [R5CT81QZ0PX] Device heartbeat failed: adb connection lost"),
		},
	},
	{
		name:   "mvt-android-check-adb-rich",
		gap:    "a line whose time column rich left blank (`         INFO     [mvt.android.cli] …`, indented to the level word) is joined to the timed record above as a continuation line: the padded level word after the blank time column is not read as the start of a record of its own",
		source: "the Mobile Verification Toolkit's `mvt-android check-adb` on a terminal (its banner, then rich's RichHandler with `log_time_format=\"%X\"`: `HH:mm:ss LEVEL    [module] msg`, the time column left blank while the second does not change, a long message wrapped onto lines indented to the message column): mvt-project/mvt issues #245, #446, #253 and #228",
		why:    "a time of day only (the clock's day); a line whose time column rich left blank has no time of its own; the level word padded to eight; a wrapped message's indented lines belong to the record above; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("",
				"",
				"        MVT - Mobile Verification Toolkit",
				"                https://mvt.re",
				"                Version: 2.5.4",
				"",
				""),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 INFO     [mvt.android.cli] Checking Android device over debug bridge"),
			we("", Info, "", "         INFO     [mvt.android.cli] Loaded a total of 1208 unique indicators"),
			we("", Info, "", "         INFO     [mvt.android.modules.adb.packages] Running module Packages..."),
			we("2026-11-29T07:41:19Z", Warn, "",
				"07:41:19 WARNING  [mvt.android.modules.adb.packages] Found an installed package related to",
				`                  rooting/jailbreaking: "me.weishu.kernelsu"`),
			we("2026-11-29T07:41:22Z", Error, "",
				"07:41:22 ERROR    [mvt.android.modules.adb.sms] Error in running extraction from module SMS: No",
				"                  device available, or it is in the wrong configuration."),
		},
	},
	{
		name:   "kernelsu-ksud-logcat",
		source: "KernelSU's ksud (Rust, android_logger under the tag KernelSU, the module path `ksud::module:` before the message) and init starting it, in `adb logcat` threadtime as users attach it to KernelSU issues: tiann/KernelSU issues #1699 and #377",
		why:    "threadtime's yearless time and one priority letter; the tag `KernelSU` then a Rust module path with its own colons; init's lines carry pid 0",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.010Z", Info, "", "11-29 07:41:16.010     0     0 I init    : starting service 'exec 14 (/data/adb/ksud post-fs-data)'..."),
			we("2026-11-29T07:41:16.052Z", Info, "", "11-29 07:41:16.052   851   851 I KernelSU: ksud::init_event: post-fs-data triggered, safe mode off"),
			we("2026-11-29T07:41:16.377Z", Info, "", "11-29 07:41:16.377   851   851 I KernelSU: ksud::module: mounting module playcurl at /data/adb/modules/playcurl"),
			we("2026-11-29T07:41:16.402Z", Warn, "", "11-29 07:41:16.402   851   851 W KernelSU: ksud::mount: overlayfs on /system/etc failed: Device or resource busy (os error 16)"),
			we("2026-11-29T07:41:16.955Z", Error, "", "11-29 07:41:16.955     0     0 E init    : cannot execv('/data/adb/ksud'): Permission denied"),
			we("2026-11-29T07:42:03.118Z", Info, "", `11-29 07:42:03.118 16884 16884 I KernelSU: ksud::cli: command: Module { command: Install { zip: "/data/user/0/me.weishu.kernelsu/cache/module.zip" } }`),
		},
	},
	{
		name:   "hockeyapp-android-crash-file",
		gap:    "trawl does not read a HockeySDK crash file as one record from its `Package:` line: the `Name: value` header lines, the blank line and the stack trace come apart into records of their own, the first with no time, and the crash time on the `Date: Sun Nov 29 08:41:16 CET 2026` line (a weekday, a CET zone before the year) is not the record's",
		source: "HockeySDK for Android's crash file (<files>/<uuid>.stacktrace, CrashDetails.writeCrashReport: `Name: value` header lines Package, Version Code, Version Name, Android, Android Build, Manufacturer, Model, Thread, CrashReporter Key, Start Date, Date, the dates in `EEE MMM dd HH:mm:ss zzz yyyy`, a blank line, then the throwable's stack trace), two files a tester concatenated: net/hockeyapp/android/objects/CrashDetails (its decompiled class, found with the code search)",
		why:    "a report is one record from its Package: line; its time is the crash Date (CET, +01:00), not Start Date; the manufacturer and model are no host; the blank line and the stack trace belong to the report",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Package: com.example.fieldnotes",
				"Version Code: 412",
				"Version Name: 4.1.2",
				"Android: 9",
				"Android Build: PPR1.180610.011",
				"Manufacturer: samsung",
				"Model: SM-G960F",
				"Thread: main-2",
				"CrashReporter Key: 6f1c2a7e-93b4-4d1e-8a0c-2b7f5e9d1c44",
				"Start Date: Sun Nov 29 08:12:03 CET 2026",
				"Date: Sun Nov 29 08:41:16 CET 2026",
				"",
				"java.lang.IllegalStateException: Fragment NoteListFragment{5c1e2a} not attached to a context.",
				"\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:805)",
				"\tat com.example.fieldnotes.list.NoteListFragment.onSyncDone(NoteListFragment.kt:131)",
				"\tat android.os.Handler.handleCallback(Handler.java:873)"),
			we("2026-11-29T09:05:44Z", Unknown, "",
				"Package: com.example.fieldnotes",
				"Version Code: 412",
				"Version Name: 4.1.2",
				"Android: 8.0.0",
				"Android Build: OPR6.170623.017",
				"Manufacturer: Google",
				"Model: Pixel XL",
				"Thread: main",
				"CrashReporter Key: 6f1c2a7e-93b4-4d1e-8a0c-2b7f5e9d1c44",
				"Start Date: Sun Nov 29 10:01:12 CET 2026",
				"Date: Sun Nov 29 10:05:44 CET 2026",
				"",
				"java.lang.RuntimeException: Unable to start activity ComponentInfo{com.example.fieldnotes/com.example.fieldnotes.editor.EditorActivity}: java.lang.NullPointerException",
				"\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:2817)",
				"\tat android.app.ActivityThread.handleLaunchActivity(ActivityThread.java:2892)",
				"Caused by: java.lang.NullPointerException",
				"\tat com.example.fieldnotes.editor.EditorActivity.onCreate(EditorActivity.kt:64)",
				"\t... 9 more"),
		},
	},
	{
		name:   "fastlane-sentry-cli-upload-dif",
		source: "fastlane's sentry plugin running `sentry-cli upload-dif` with log_level debug on a Mac CI runner at UTC+01:00 (fastlane's `[HH:mm:ss]: ` prefix in local time, then sentry-cli's own `LEVEL   yyyy-MM-dd HH:mm:ss.ffffff ±hh:mm msg`): getsentry/sentry-cli issues #2092 and #684, #2403 for sentry-cli's own line",
		why:    "fastlane's zone-less time of day (the clock's day, read as UTC) and sentry-cli's full stamp with +01:00 on one line, either accepted; the level is sentry-cli's word after the prefix; fastlane's own lines have no level; `> Host:` is an HTTP header, no host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z", Unknown, "", "[08:41:16]: Using sentry-cli 2.39.1"),
			we("2026-11-29T08:41:16Z", Unknown, "", "[08:41:16]: Starting sentry-cli..."),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.115104Z", Debug, "", `[08:41:16]: DEBUG   2026-11-29 08:41:16.115104 +01:00 sentry-cli version: 2.39.1, platform: "darwin", architecture: "arm64"`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.116021Z", Info, "", "[08:41:16]: INFO    2026-11-29 08:41:16.116021 +01:00 Issuing a command for Organization: harbour-labs Project: fieldnotes-ios"),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17.402233Z", Debug, "", "[08:41:17]: DEBUG   2026-11-29 08:41:17.402233 +01:00 > Host: sentry.harbour-labs.example"),
			we("2026-11-29T08:41:25Z|2026-11-29T07:41:25.880412Z", Warn, "", "[08:41:25]: WARN    2026-11-29 08:41:25.880412 +01:00 Failed to upload chunk 3 of 7, retrying"),
		},
	},
	{
		name:   "anr-watchdog-studio-logcat",
		source: "ANR-WatchDog's ANRError thrown on the main thread's stall, copied from Android Studio's older Logcat window (`MM-dd HH:mm:ss.SSS pid-tid/package L/Tag: msg`, a multi-line message's lines indented to the message column): SalomonBrys/ANR-WatchDog issues #31 and #22",
		why:    "no year; the level letter before the slash and tag; the FATAL EXCEPTION's Process, ANRError, Caused by and `at` lines, indented with blanks, belong to it; pid-tid and the package are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.706Z", Info, "", `11-29 07:41:16.706 8812-8819/com.example.fieldnotes I/art: Thread[3,tid=8819,WaitingInMainSignalCatcherLoop,Thread*=0x7a3c44f400,peer=0x12c80a60,"Signal Catcher"]: reacting to signal 3`),
			we("2026-11-29T07:41:16.901Z", Info, "", "11-29 07:41:16.901 8812-8819/com.example.fieldnotes I/art: Wrote stack traces to '/data/anr/traces.txt'"),
			we("2026-11-29T07:41:16.949Z", Error, "",
				"11-29 07:41:16.949 8812-8903/com.example.fieldnotes E/AndroidRuntime: FATAL EXCEPTION: |ANR-WatchDog|",
				"                                                                      Process: com.example.fieldnotes, PID: 8812",
				"                                                                      com.github.anrwatchdog.ANRError: Application Not Responding for at least 5000 ms.",
				"                                                                      Caused by: com.github.anrwatchdog.ANRError$$$_Thread: main (state = WAITING)",
				"                                                                          at java.lang.Object.wait(Native Method)",
				"                                                                          at com.example.fieldnotes.sync.SyncLock.await(SyncLock.kt:52)",
				"                                                                          at com.example.fieldnotes.list.NoteListFragment.onResume(NoteListFragment.kt:88)"),
			we("2026-11-29T07:41:17.012Z", Info, "", "11-29 07:41:17.012 8812-8903/com.example.fieldnotes I/Process: Sending signal. PID: 8812 SIG: 9"),
		},
	},
	{
		name:   "kernelsu-dmesg-bugreport",
		source: "the kernel's KernelSU lines (pr_info under the `KernelSU: ` prefix) in the dmesg.txt of the bugreport KernelSU Manager saves (Settings, Report log), plain `dmesg` with seconds since boot: tiann/KernelSU PR #130 and issue #270",
		why:    "the bracketed number is seconds since boot, no time of the record's own; no level (plain dmesg prints none); `KernelSU:` is a prefix, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[    0.412208] KernelSU: ksu_core_init, version 12045"),
			we("", Unknown, "", "[    0.415730] KernelSU: sucompat: hooks registered for execve, faccessat, newfstatat"),
			we("", Unknown, "", "[    1.902114] KernelSU: allowlist: 3 profiles loaded"),
			we("", Unknown, "", "[    7.318550] KernelSU: on_post_fs_data!"),
			we("", Unknown, "", "[   21.004193] KernelSU: umount /system/etc/hosts failed: -13"),
		},
	},
}

func TestFresh477Formats(t *testing.T) { assertTable(t, fresh477Cases) }
func TestFresh477Score(t *testing.T) {
	checkScore(t, "fresh477 formats", fresh477Cases, [worldNumFields]float64{88.7, 82.4, 88.7, 79.9})
}
