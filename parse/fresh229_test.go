package parse

import "testing"

// The two-hundred-and-twenty-ninth fresh table, written on 2026-12-05: Android and iOS device logs
// in shapes earlier tables do not hold. Logcat and the bugreport are in many tables already (every
// -v format and most modifier pairs), so this table holds the corners left: two dumpsys sections of
// Android 14-15 (the display service's brightness event ring buffer, `MM-dd HH:mm:ss.SSS - `
// before a BrightnessEvent, and vibrator_manager's vibration history with createTime, startTime and
// endTime in one record), logcat's tag format on the events buffer (`I/am_proc_start: [...]`, no
// time, no pid) and on the main buffer with tags that hold a slash (`D/NetworkMonitor/102: `), the
// process format on the crash buffer (a FATAL EXCEPTION's lines each with `E( pid) … (tag)`),
// threadtime with the usec and zone modifiers together and no year (`+0900`), and long with usec
// and zone (a `[ MM-dd time +zone pid: tid P/tag ]` header, the message under it, a blank line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`logcat`, `logcat -v`, `beginning of main`, `beginning of crash`, `switch to`, `b kernel`,
// `logcat -v tag`, `logcat -v threadtime,monotonic`, `,zone`, `printable`, `usec`, `epoch`,
// `monotonic`, `uid=`, `-v long`, `[ 11-29`, `I/ActivityManager`, `ActivityManager(`, `E( `,
// `I/am_proc_start:`, `am_proc_start`, `am_anr`, `idevicesyslog`, `simctl`, `log stream`, `log
// show`, `log collect`, `logarchive`, `--style json`, `os_log`, `OSLog`, `NSLog`, `Xcode`,
// `Subsystem:`, ` Df `, `Timestamp  *Thread`, `Timestamp  *Ty`, `Filtering the log`, `Default  *0x`,
// `SpringBoard`, `kernel[0]`, `pymobiledevice3`, `go-ios`, `tidevice`, `devicectl`, `ios-deploy`,
// `flutter`, `flutter logs`, `I/flutter`, `"flutter: `, `Syncing files`, `Dart VM Service`,
// `Metro`, `BUNDLE`, `Bundled`, `ReactNativeJS`, `ReactNative`, `RCTLog`, `Hermes`, `expo`,
// `detox`, `maestro`, `appium`, `Start Test at`, `tombstone`, `Build fingerprint`, `ABI:`,
// `Process uptime`, `Timestamp: 2026`, `+0000 -----`, `pid [0-9]* at`, `Cmd line:`, `dumpsys`,
// `bugreport`, `dumpstate: `, `DUMP OF SERVICE`, `EVENT LOG`, `exit-info`, `ApplicationExitInfo`,
// `dropbox`, `data_app_crash`, `Wake Lock Log`, `Historical broadcasts`, `enq=`, `usagestats`,
// `ACTIVITY_RESUMED`, `requestAudioFocus`, `AudioService`, `CONNECT device`, `media.camera`,
// `LocalLog`, `S / 20`, `Brightness`, `BrightnessEvent`, `Vibration`, `vibrator`, `createTime`,
// `dumpsys display`, `dumpsys alarm`, `dumpsys input`, `dumpsys package`, `"bug_type"`, `Incident
// Identifier`, `system_server`, `"machTimestamp"`). Left out as measured already: ANR trace files
// and their `----- pid … at … -----` headers (fresh11, fresh76, fresh113, fresh191), tombstones
// (fresh12, fresh76, fresh191, fresh214), the bugreport's sections and dumpstate header (fresh43,
// fresh113, fresh191), the event log (fresh113, fresh170, fresh191), dumpsys usagestats, broadcasts
// history, jobscheduler, battery and exit-info (fresh38, fresh49, fresh161, fresh191), dumpsys
// audio, camera and bluetooth (fresh63, fresh129), idevicesyslog (fresh63, fresh129, fresh155 and
// more), `log show`/`log stream` in every style (fresh, fresh3, fresh25, fresh119, fresh129,
// fresh170), Xcode's console (fresh129, fresh135, fresh155, fresh191), `flutter logs` and `flutter
// run` (fresh9, fresh135, fresh161, fresh191, fresh214), Metro and Expo (fresh2, fresh36, fresh155,
// fresh214), and logcat's brief, process, thread, raw, time, threadtime, long, color, year, epoch,
// monotonic, uid, usec, nsec, zone, printable and descriptive forms in most pairings (fresh, fresh3,
// fresh10, fresh13, fresh113, fresh123, fresh135, fresh161, fresh170, fresh191). logcat's tag
// format is in fresh4 and fresh170 on the main buffer with plain tags; on the events buffer and with
// a slash in the tag it is in none. The process format is in fresh10 and others; the crash buffer's
// FATAL EXCEPTION in it is in none. threadtime with zone is in fresh123 and fresh191 with
// milliseconds; with usec and a +0900 zone it is in none; long with zone (fresh191) has
// milliseconds. The brightness ring buffer and the vibration history are in none. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Logcat's and dumpsys's `MM-dd` dates have no year, so they are in 2026; a
// `+0900` zone is converted. The tag and process formats carry no time, so their records have none.
// A vibration record's time is its createTime (the first time it writes, when the request came);
// startTime and endTime are later times of the same record. Levels only where the line marks one:
// logcat's priority letter; the dumpsys sections have none. No family here has a host field: a
// device serial, a package name and a DNS name in a probe are not hosts. A record that spans lines
// is one entry: a long-format header with its message, a vibration history entry with its
// continuation lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit dac0c7e before any rule for it: level 87.5 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 91.2 %, time 91.2 %, host 91.2 %, records 91.2 %), in a
// worktree at dac0c7e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the vibration history, joined to its section header.

var fresh229Cases = []worldCase{
	{
		name:   "android-dumpsys-display-brightness-event-ring-buffer",
		source: "`adb shell dumpsys display` on Android 14-15, the DisplayPowerController's `Brightness Event Ring Buffer:` section (each BrightnessEvent prefixed by its time in BrightnessEvent.FORMAT `MM-dd HH:mm:ss.SSS` and ` - `): the FORMAT constant from BrightnessEvent (a decompiled framework in the code corpus, xcoot/xmod BrightnessEvent.smali) and AOSP DisplayPowerController.java; the section title and the event's fields from memory",
		why:    "a dumpsys section whose rows carry an indented yearless date and a ` - ` before the event; the section title is written once above them; no level",
		entries: []worldEntry{
			wskip("  Brightness Event Ring Buffer:"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "    11-29 07:41:16.204 - BrightnessEvent: disp=0, physDisp=local:4619827677550801152, displayState=ON, displayPolicy=BRIGHT, laConfig=0, reason=automatic [ temp_adj ], lux=212.5, preLux=198.0, brt=0.3541, initBrt=0.3310, rcmdBrt=0.3541, preBrt=NaN, hbmMax=1.0, hbmMode=off, thrmMax=1.0, powerFactor=1.0, wasShortTermModelActive=true, flags=, reason=automatic, autoBrightness=true"),
			we("2026-11-29T07:41:19.870Z", Unknown, "", "    11-29 07:41:19.870 - BrightnessEvent: disp=0, physDisp=local:4619827677550801152, displayState=ON, displayPolicy=BRIGHT, laConfig=0, reason=automatic, lux=64.0, preLux=212.5, brt=0.2217, initBrt=0.3541, rcmdBrt=0.2217, preBrt=NaN, hbmMax=1.0, hbmMode=off, thrmMax=1.0, powerFactor=1.0, wasShortTermModelActive=true, flags=, reason=automatic, autoBrightness=true"),
			we("2026-11-29T07:42:03.015Z", Unknown, "", "    11-29 07:42:03.015 - BrightnessEvent: disp=0, physDisp=local:4619827677550801152, displayState=DOZE, displayPolicy=DOZE, laConfig=0, reason=doze, lux=3.0, preLux=64.0, brt=0.0471, initBrt=0.2217, rcmdBrt=-1.0, preBrt=NaN, hbmMax=1.0, hbmMode=off, thrmMax=1.0, powerFactor=1.0, wasShortTermModelActive=false, flags=, reason=doze, autoBrightness=false"),
		},
	},
	{
		name:   "android-dumpsys-vibrator-manager-history",
		source: "`adb shell dumpsys vibrator_manager` on Android 14, the `Recent vibrations:` list (Vibration.DebugInfo: `createTime: MM-dd HH:mm:ss.SSS, startTime: …, endTime: …, durationMs: n, status: …` then playedEffect, originalEffect, scale and callerInfo lines); from memory (a search for the section found no pasted output)",
		why:    "a record of several indented lines whose first names three yearless times: the record's time is the first (createTime); no level",
		gap:    "an indented `    createTime: MM-dd HH:mm:ss.SSS, startTime: …` line is not read as a record start: every vibration entry is joined to the `VibratorManagerService:` header above it, so no entry has its own record, time or level",
		entries: []worldEntry{
			wskip("VibratorManagerService:", "  Recent vibrations:"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "    createTime: 11-29 07:41:16.204, startTime: 11-29 07:41:16.206, endTime: 11-29 07:41:16.236, durationMs: 30, status: FINISHED", "    playedEffect: Primitive=CLICK, originalEffect: Primitive=CLICK, scale: NONE", "    callerInfo: uid=10134, opPkg=com.example.mail, attrs=VibrationAttributes: Usage=TOUCH, reason=performHapticFeedback"),
			we("2026-11-29T07:41:48.911Z", Unknown, "", "    createTime: 11-29 07:41:48.911, startTime: 11-29 07:41:48.913, endTime: 11-29 07:41:49.913, durationMs: 1000, status: CANCELLED_BY_USER", "    playedEffect: OneShot=1000ms, originalEffect: Waveform=[500ms, 500ms], scale: LOW", "    callerInfo: uid=1000, opPkg=android, attrs=VibrationAttributes: Usage=NOTIFICATION, reason=NotificationManagerService"),
			we("2026-11-29T07:43:02.557Z", Unknown, "", "    createTime: 11-29 07:43:02.557, startTime: 11-29 07:43:02.557, endTime: 11-29 07:43:02.557, durationMs: 0, status: IGNORED_FOR_SETTINGS", "    playedEffect: null, originalEffect: Prebaked=EFFECT_TICK, scale: NONE", "    callerInfo: uid=10201, opPkg=com.example.reader, attrs=VibrationAttributes: Usage=TOUCH, reason=null"),
		},
	},
	{
		name:   "logcat-tag-events-buffer",
		source: "`adb logcat -b events -v tag` (the tag format `P/tag: message`, the events buffer's binary entries printed as `[a,b,…]` lists): developer.android.com 'Logcat command-line tool' (-v tag, -b events); AOSP system/logging/logcat; the event tags' fields from frameworks/base EventLogTags.logtags, from memory",
		why:    "no time, no pid: a priority letter and the event tag before a bracketed list; the buffer banner is a line of its own",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of events"),
			we("", Info, "", "I/am_proc_start: [0,8812,10134,com.example.mail,service,{com.example.mail/com.example.mail.SyncService}]"),
			we("", Info, "", "I/am_pss  : [8812,10134,com.example.mail,41324544,35651584,0,121405440,0,17,4]"),
			we("", Info, "", "I/am_kill : [0,8812,com.example.mail,905,excessive cpu 41880 during 300063 dur=1804211 limit=25]"),
			we("", Info, "", "I/screen_toggled: 0"),
		},
	},
	{
		name:   "logcat-tag-main-slash-tags",
		source: "`adb logcat -v tag` on the main buffer (`P/tag: message`); NetworkMonitor's per-network tags `NetworkMonitor/<netId>` and ConnectivityService's sub-tags: developer.android.com 'Logcat command-line tool'; the tag with a slash from AOSP packages/modules/NetworkStack NetworkMonitor (TAG + \"/\" + network), from memory",
		why:    "tags that hold a slash after the priority letter's own slash; no time; V, D, I, W, E priorities",
		entries: []worldEntry{
			we("", Debug, "", "D/NetworkMonitor/102: PROBE_DNS connectivitycheck.gstatic.com 14ms OK 203.0.113.41,2001:db8::41"),
			we("", Debug, "", "D/NetworkMonitor/102: PROBE_HTTP http://connectivitycheck.gstatic.com/generate_204 time=57ms ret=204 request={Connection=[close], User-Agent=[Mozilla/5.0]} headers={Content-Length=[0]}"),
			we("", Info, "", "I/ConnectivityService: NetReassign [102 : 101 → 102]"),
			we("", Warn, "", "W/NetworkMonitor/101: PROBE_DNS connectivitycheck.gstatic.com 5001ms FAIL in type ADDRCONFIG"),
			we("", Error, "", "E/WifiVendorHal: getWifiLinkLayerStats_1_6_Internal(l.1215) failed {.code = ERROR_NOT_SUPPORTED, .description = }"),
			we("", Trace, "", "V/DnsResolver: resolv_cache_lookup: lookup (0x7b2c4d10) in cache"),
		},
	},
	{
		name:   "logcat-process-crash-buffer",
		source: "`adb logcat -b crash -v process` (the process format `P( pid) message  (tag)`, each line of a multi-line entry printed with its own prefix): developer.android.com 'Logcat command-line tool' (-v process, -b crash); AOSP liblog logprint.cpp FORMAT_PROCESS, from memory",
		why:    "no time; the tag comes last in parentheses after two spaces; a Java crash is printed as one logcat line per stack line, each with its prefix, so each is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of crash"),
			we("", Error, "", "E( 8812) FATAL EXCEPTION: main  (AndroidRuntime)"),
			we("", Error, "", "E( 8812) Process: com.example.mail, PID: 8812  (AndroidRuntime)"),
			we("", Error, "", "E( 8812) java.lang.IllegalStateException: Fragment MessageListFragment{7c1e2a0} not attached to a context.  (AndroidRuntime)"),
			we("", Error, "", "E( 8812) \tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)  (AndroidRuntime)"),
			we("", Critical, "", "F( 9544) Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid 9571 (RenderThread), pid 9544 (example.reader)  (libc)"),
		},
	},
	{
		name:   "logcat-threadtime-usec-zone-tokyo",
		source: "`adb logcat -v threadtime -v usec -v zone` on a device set to Asia/Tokyo (`MM-dd HH:mm:ss.uuuuuu +0900  pid  tid P tag: msg`): developer.android.com 'Logcat command-line tool' (format modifiers usec, zone); AOSP liblog logprint.cpp (zone as strftime %z after the time)",
		why:    "no year; microseconds and a +0900 offset between the time and the pid column; the offset must be applied",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.811204Z", Info, "", "11-29 16:41:16.811204 +0900  1702  1820 I ActivityManager: Start proc 8812:com.example.mail/u0a134 for broadcast {com.example.mail/com.example.mail.PushReceiver}"),
			we("2026-11-29T07:41:16.902337Z", Debug, "", "11-29 16:41:16.902337 +0900  8812  8812 D MailSync: account=ana@example.org folders=7 since=1795938000"),
			we("2026-11-29T07:41:17.450018Z", Warn, "", "11-29 16:41:17.450018 +0900  8812  8850 W OkHttp  : A connection to https://imap.example.org/ was leaked. Did you forget to close a response body?"),
			we("2026-11-29T07:41:18.006911Z", Error, "", "11-29 16:41:18.006911 +0900   633   633 E BufferQueueProducer: [SurfaceView[com.example.mail/com.example.mail.MainActivity]#1(BLAST Consumer)1] dequeueBuffer: BufferQueue has been abandoned"),
		},
	},
	{
		name:   "logcat-long-usec-zone",
		source: "`adb logcat -v long -v usec -v zone` (`[ MM-dd HH:mm:ss.uuuuuu +zzzz  pid: tid P/tag ]`, the message on the next lines, a blank line after each entry): developer.android.com 'Logcat command-line tool' (-v long; modifiers usec, zone); AOSP liblog logprint.cpp FORMAT_LONG",
		why:    "a bracketed header with microseconds and a +0100 offset; the message under it and the blank line belong to the entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "[ 11-29 08:41:16.204511 +0100  1702: 1820 I/ActivityManager ]", "Killing 7720:com.example.reader/u0a201 (adj 985): empty for 1805s", ""),
			we("2026-11-29T07:41:16.588120Z", Warn, "", "[ 11-29 08:41:16.588120 +0100  1702: 2011 W/PackageManager ]", "Failed to scan /data/app/~~Qx4Y2b==/com.example.beta-1: Package com.example.beta signatures do not match previously installed version", ""),
			we("2026-11-29T07:41:17.019903Z", Error, "", "[ 11-29 08:41:17.019903 +0100  8812: 8812 E/AndroidRuntime ]", "FATAL EXCEPTION: main", "Process: com.example.mail, PID: 8812", "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference", "\tat com.example.mail.ui.ComposeFragment.onViewCreated(ComposeFragment.kt:118)", ""),
		},
	},
	{
		name:   "logcat-brief-kernel-buffer",
		source: "`adb logcat -b kernel -v brief` on a debuggable build (logd's klogd feeding the kernel buffer; the brief format `P/tag(  pid): message` with the kernel's tag and pid 0 or the task's): developer.android.com 'Logcat command-line tool' (-b kernel, -v brief); AOSP logd LogKlog.cpp (kernel lines re-tagged, the `[ secs]` stamp removed), from memory",
		why:    "the kernel buffer in brief form: no time, a priority mapped from the kernel's <n> level, the subsystem as tag, a banner line of its own",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of kernel"),
			we("", Info, "", "I/init    (    1): processing action (sys.boot_completed=1) from (/system/etc/init/hw/init.rc:1205)"),
			we("", Warn, "", "W/healthd (  512): battery l=84 v=4213 t=31.2 h=2 st=3 c=-312000 fc=4411000 cc=212 chg="),
			we("", Error, "", "E/lowmemorykiller(    0): Kill 'com.example.reader' (7720), uid 10201, oom_score_adj 985 to free 88412kB"),
		},
	},
}

func TestFresh229Formats(t *testing.T) { assertTable(t, fresh229Cases) }
func TestFresh229Score(t *testing.T) {
	checkScore(t, "fresh229 formats", fresh229Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 87.4})
}
