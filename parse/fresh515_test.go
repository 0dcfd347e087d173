package parse

import "testing"

// The five-hundred-and-fifteenth fresh table: mobile platforms' logs, an eleventh pass, through the
// SDKs and crash reporters whose lines developers paste into tickets, shapes no earlier table holds.
// Each family is one product's documented or observed output: JPush's iOS SDK in Xcode's console
// (NSLog's stamp with an offset, ` | JIGUANG | I - [Class] msg`, and the dashed `JPush Log` banner
// under its setup line); KSCrash's KSLogger on stdout (`INFO : file (line): function: msg`, no
// time); Tencent Bugly's symbol tool (`[SymtabTool-I] msg`); Apache Weex's WXLog through NSLog
// (`<Weex>[debug]File.m:66, msg`); Adobe's Experience Platform SDK (ACP 2.x) on iOS
// (`[AdobeExperienceSDK TRACE <EventHub(…)>]: …` and an event printed over several lines);
// Optimizely's Swift DefaultLogger through NSLog (`[OPTIMIZELY][INFO] msg`); Tencent's TPNS Gradle
// plugin in a `flutter run` console (`tpns-plugin--W--: [TpnsPlugin] msg`); and TPNS's Flutter plugin
// as `flutter run` relays logcat brief with a tag that holds pipes and blanks
// (`I/| XgpushpPlugin | Flutter | Android | (pid): msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`Android Debug Bridge`, `StderrLogger`, `adb I `, `adb.log`,
// `update_engine`, `update_attempter`, `lsposed`, `LSPosed-Bridge`, `datadog sdk`, `🐶`,
// `cocoalumberjack`, `DDLog`, `DDFileLogger`, `xcglogger`, `swiftybeaver`, `magisk`, `scrcpy`,
// `[server] INFO`, `mixpanel`, `bugsnag`, `onesignal`, `couchbase lite`, `couchbaselite`,
// `Test Case '-[`, `xcodebuild`, `adjust`, `[Adjust]`, `appsflyer`, `clevertap`, `braze`,
// `instabug`, `embrace`, `raygun`, `kscrash`, `plcrashreporter`, `breakpad`, `minidump_stackwalk`,
// `crashpad`, `backtrace.io`, `bugsplat`, `amplitude`, `okhttp`, `timber`, `napier`, `shizuku`,
// `twrp`, `recovery.log`, `last_log`, `tidevice`, `go-ios`, `ios-deploy`, `cfgutil`,
// `genymotion`, `tizen`, `dlogutil`, `sailfish`, `ubports`, `lomiri`, `postmarketos`, `waydroid`,
// `anbox`, `frida`, `smartlook`, `logrocket`, `pendo`, `intercom`, `zendesk`, `pspdfkit`,
// `unityads`, `ironsource`, `vungle`, `chartboost`, `singular`, `kochava`, `appodeal`, `intune`,
// `knox`, `mdmclient`, `simctl`, `devicectl`, `XCTest`, `swift-log`, `os_log`, `log show`,
// `log stream`, `oslog`, `mmkv`, `mars`, `+8.0`, `bugly`, `CrashReport`, `umeng`, `jpush`,
// `jiguang`, `getui`, `mipush`, `MicroMsg`, `ijkplayer`, `IJKMEDIA`, `glide`, `picasso`,
// `leakcanary`, `stetho`, `chucker`, `flipper`, `hermes`, `CFNETWORK`, `tinker`, `fresco`,
// `lottie`, `ARouter`, `PLCrash`, `Incident Identifier`, `appcenter`, `fabric`, `countly`,
// `matomo`, `heap analytics`, `rollbar`, `newrelic`, `dynatrace`, `appdynamics`, `instana`,
// `splunk mobile`, `mint`, `crittercism`, `apteligent`, `testflight`, `appium`, `calabash`, `kif`,
// `earlgrey`, `robolectric`, `Kaspresso`, `barista`, `paparazzi`, `shot`, `firebase perf`,
// `FirebasePerformance`, `FirebaseMessaging`, `FCM`, `APNs`, `pushy`, `apns`, `weex`, `<Weex>`,
// `kivy`, `[Logger      ]`, `defold`, `INFO:DLIB`, `AEP SDK`, `ACP SDK`, `adobe`, `titanium`,
// `appcelerator`, `VERBOSE-2`, `ui_dart_state`, `tid:main`, `optimizely`, `solar2d`, `corona`,
// `gideros`, `love2d`, `briefcase`, `beeware`, `buildozer`, `SymtabTool`, `JIGUANG`, `KSLog`,
// `kslog`, `chime`, `conviva`, `bitmovin`, `jwplayer`, `brightcove`, `mux`, `zego`, `rongcloud`,
// `easemob`, `tencent im`, `trtc`, `growingio`, `mpaas`, `alipay`, `nim`, `netease`,
// `AdobeExperienceSDK`, `OPTIMIZELY`, `MXLog`, `matrix-ios`, `element-ios`, `riot`, `WXLog`,
// `ZegoExpress`, `RongIM`, `RCIM`, `<<<<Twilio`, `TwilioChatClient`, `twilio`, `tpns`, `xgpush`,
// `RongLog`, and Eclipse ADT's `MM-dd HH:mm:ss.SSS: P/tag(pid):` line). None of JPush, Weex,
// Adobe's SDK, Optimizely, TPNS or Bugly's symbol tool is in any table, nor KSLogger's line
// (`kscrash`, `bugly` and `plcrash` are only in other tables' grep lists; `adobe` matches only
// desktop and server products; `KSLog` is a word of another family's message; `tpns` only
// `l2tpns`). Left out as measured already: logcat in all its formats, HarmonyOS hilog, the
// unified log and idevicesyslog, sysdiagnose, Crashlytics, Sentry, Bugsnag, Datadog, CocoaLumberjack,
// XCGLogger, SwiftyBeaver, MMKV, Mars xlog, Picasso, LeakCanary, Lottie, Titanium, Kivy, Twilio
// Video and the React Native and Flutter consoles; ijkplayer (its lines are logcat time and Eclipse
// ADT shapes already held) and Twilio's Chat client (the product name is in a table). Left out as
// not confirmed in the time given: Umeng, Getui, Easemob, RongCloud's iOS console, Matrix's MXLog
// file. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NSLog's stamp carries its offset in JPush's (+0800), Adobe's (-0600) and
// Optimizely's (+0000) lines and is converted; Weex's lines use NSLog's older zone-less stamp, read
// as UTC. KSLogger, Bugly's symbol tool, the TPNS Gradle plugin and logcat brief print no time:
// those records have none. Levels only where the line marks one: JPush's letter after
// `| JIGUANG |`, KSLogger's padded word (TRACE is trace), Bugly's letter after `SymtabTool-`,
// Weex's flag in brackets, Adobe's word after AdobeExperienceSDK (TRACE is trace), Optimizely's
// second bracket, the TPNS plugin's letter between `--`, logcat's priority letter; the flutter
// tool's own lines carry none. No family has a host field: app names, pids, AppKeys, sdkKeys,
// upload URLs and CDN hosts in messages are no hosts. A record that spans lines is one entry:
// JPush's setup line with its banner, Adobe's event dump up to its closing brace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail the
// source says "from memory" (only Optimizely's WARNING and ERROR names). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it (one
// message word was: the epoch inside Adobe's event dump, which first did not match its own line's
// time); a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 80.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 76.9 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Bugly's level letter glued to `SymtabTool-` inside the
// bracket and the TPNS plugin's letter between double dashes, neither of which trawl reads.

var fresh515Cases = []worldCase{
	{
		name:   "jpush-ios-xcode-console-jiguang-banner",
		source: "JPush (JIGUANG) iOS SDK in Xcode's console (NSLog's `yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz App[pid:tid] `, then ` | JIGUANG | L - [Class] msg` with the level letter I or W before the dash; its setup line followed by the dashed `JPush Log` banner with SDK version, JCore version and AppKey): jpush/jpush-react-native issues #285 and #518 (pasted Xcode logs)",
		why:    "NSLog's stamp with a +0800 offset, converted; the level letter after `| JIGUANG |`; the banner lines under the setup line belong to it; the app name and pid are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "",
				"2026-11-29 15:41:16.204518+0800 Harbour[812:40211]  | JIGUANG | I - [JIGUANGService] ",
				"--------------------------- JPush Log ----------------------------",
				"--------------------JPush SDK Version:5.4.0--build:412----------",
				"--------------------JCore Lib Version:4.6.0--build:90----------",
				"-----------------AppKey:3c9e5f1a7b2d4c8e9f0a1b2c----------------",
				"----------------------------------------------------------------"),
			we("2026-11-29T07:41:16.206731Z", Info, "", "2026-11-29 15:41:16.206731+0800 Harbour[812:40213]  | JIGUANG | I - [JIGUANGClientController] Action - jpush setup"),
			we("2026-11-29T07:41:16.208102Z", Info, "", "2026-11-29 15:41:16.208102+0800 Harbour[812:40213]  | JIGUANG | I - [JIGUANGClientController] Action - setup"),
			we("2026-11-29T07:41:21.530112Z", Warn, "", "2026-11-29 15:41:21.530112+0800 Harbour[812:40211]  | JIGUANG | W - [JIGUANGClientController] Not get deviceToken yet. Maybe: your certificate not configured APNs? or current network is not so good so APNs registration failed?  or there is no APNs register code? Please refer to JPush docs."),
		},
	},
	{
		name:   "kscrash-kslogger-console",
		source: "KSCrash's KSLogger on stdout, as Xcode's console shows it (`LEVEL: file (line): function: msg`, the level padded to five: `ERROR`, `WARN `, `INFO `, `DEBUG`, `TRACE`; no time): kstenerud/KSCrash Source/KSCrash/Recording/Tools/KSLogger.m (`\"%s: %s (%u): %s: \"`) and KSLogger.h (the level strings), the same logger vendored as BSG_KSLogger and RAYGUN_KSLogger",
		why:    "no time at all; the padded level word opens the line before a colon; `(211)` is a line number and `-[KSCrash install]` a function, no time",
		entries: []worldEntry{
			we("", Info, "", "INFO : KSCrashC.c (219): kscrash_install(): Installing crash reporter."),
			we("", Debug, "", "DEBUG: KSCrashMonitor.c (211): kscm_setActiveMonitors(): Changing active monitors from 0x0 to 0xbfb."),
			we("", Trace, "", "TRACE: KSCrashReportStore.c (147): kscrs_initialize(): Reports path: /var/mobile/Containers/Data/Application/6B1E2F0A-3C4D-4E5F-8A9B-0C1D2E3F4A5B/Library/Caches/KSCrash/Harbour/Reports"),
			we("", Warn, "", "WARN : KSCrashMonitor_Deadlock.m (121): -[KSCrashDeadlockMonitor handleDeadlock]: Main thread has not responded for 5.0 seconds."),
			we("", Error, "", "ERROR: KSFileUtils.c (302): ksfu_writeBytesToFD(): Could not write to fd 7: Bad file descriptor"),
		},
	},
	{
		name:   "bugly-symtabtool-ios-console",
		source: "Tencent Bugly's buglySymboliOS.jar run by a build phase (`[SymtabTool-L] msg`, the level letter I or E after the tool name; no time): BuglyDevTeam/Bugly-iOS issues #85 and #86 (pasted console)",
		why:    "no time; the level is a letter glued to the tool name inside the bracket; the upload URL's host is a peer",
		gap:    "the level letter glued to the tool name by a dash inside the opening bracket (`[SymtabTool-I]`, `[SymtabTool-E]`) is not read",
		entries: []worldEntry{
			we("", Info, "", "[SymtabTool-I] Successfully parsed the file"),
			we("", Info, "", "[SymtabTool-I] Begin to construct stif file: /Users/ines/Builds/Harbour.app.dSYM/Contents/Resources/DWARF/buglySymbol&Harbour&arm64&5d1e9c0b7a2f4e38b6c1d0e9f8a7b6c5.stif"),
			we("", Info, "", "[SymtabTool-I] Upload symbol file: buglySymbol_Harbour_arm64-5d1e9.zip"),
			we("", Info, "", "[SymtabTool-I] Uploading........................"),
			we("", Error, "", "[SymtabTool-E] Failed to upload symtab file."),
			we("", Info, "", "[SymtabTool-I] You can manually upload the file on Bugly website: https://bugly.qq.com/v2/crash-reporting/preferences/dsyms/0a1b2c3d4e?pid=2"),
		},
	},
	{
		name:   "weex-ios-wxlog-xcode-console",
		source: "Apache Weex's iOS SDK WXLog through NSLog (`yyyy-MM-dd HH:mm:ss.SSS App[pid:tid] <Weex>[flag]File.m:line, msg`, flags error warn info log debug): apache/incubator-weex ios/sdk WXLog.m (`@\"<Weex>[%@]%s:%ld, %@\"`, found with find_string), alibaba/weex issue #847 (pasted console)",
		why:    "NSLog's older zone-less stamp (UTC by the rules); the level word in brackets glued to `<Weex>` and to the file name; `WXJSCoreBridge.m:66` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.020Z", Info, "", "2026-11-29 07:41:16.020 Harbour[3435:60192] <Weex>[info]WXSDKEngine.m:181, Weex SDK Version 0.28.0, initFramework succeeded"),
			we("2026-11-29T07:41:16.031Z", Debug, "", `2026-11-29 07:41:16.031 Harbour[3435:60192] <Weex>[debug]WXJSCoreBridge.m:66, jsLog: [JS Framework] "init" lifecycle in Vm(order-panel)`),
			we("2026-11-29T07:41:16.044Z", Debug, "", "2026-11-29 07:41:16.044 Harbour[3435:60192] <Weex>[debug]WXJSCoreBridge.m:66, jsLog: [JS Framework] compile to create element for div"),
			we("2026-11-29T07:41:17.410Z", Warn, "", "2026-11-29 07:41:17.410 Harbour[3435:60207] <Weex>[warn]WXComponentManager.mm:412, No component config for type: rich-label, use default"),
			we("2026-11-29T07:41:18.902Z", Error, "", "2026-11-29 07:41:18.902 Harbour[3435:60207] <Weex>[error]WXSDKInstance.m:327, Failed to download bundle: https://cdn.harbour.example/weex/orders.js, error: The request timed out."),
		},
	},
	{
		name:   "adobe-acp-ios-xcode-console-event-dump",
		source: "Adobe Experience Platform Mobile SDK (ACP 2.x) on iOS in Xcode's console (NSLog's `yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz App[pid:tid] `, then `[AdobeExperienceSDK LEVEL <tag>]: msg`; an event printed over several lines `{ … }`): adobe/react-native-acpanalytics issue #42 (pasted Xcode log with TRACE and an event dump), Adobe-Marketing-Cloud aep-sdks-documentation (`[AdobeExperienceSDK ERROR <tag>]: message`, `[AdobeExperienceSDK ERROR <AEPAssurance>]`)",
		why:    "NSLog's stamp with a -0600 offset, converted; the level word inside the bracket after AdobeExperienceSDK; an event's field lines and closing brace belong to the line that opens it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.511137Z", Trace, "",
				"2026-11-29 01:41:16.511137-0600 Harbour[9836:305185] [AdobeExperienceSDK TRACE <EventHub(AMSEventHub)>]: Processing Event #0 - {",
				`    class: "Event",`,
				`    name: "EventHub",`,
				`    uniqueIdentifier: "5B0D2E7C-41A9-4C3E-9F62-8D17A0B4C3E1",`,
				`    source: "com.adobe.eventSource.booted",`,
				`    type: "com.adobe.eventType.hub",`,
				`    event_number: 0,`,
				`    timestamp: "1795938076510 ms",`,
				"    data: ",
				"}"),
			we("2026-11-29T07:41:16.512904Z", Debug, "", "2026-11-29 01:41:16.512904-0600 Harbour[9836:305185] [AdobeExperienceSDK DEBUG <Lifecycle>]: Lifecycle session started, launch 14"),
			we("2026-11-29T07:41:16.640213Z", Debug, "", "2026-11-29 01:41:16.640213-0600 Harbour[9836:305190] [AdobeExperienceSDK DEBUG <Configuration>]: Downloaded remote configuration for app id 3f9a2c1d5e7b/0b4e6a8c2d1f/launch-EN4a7c9e1b"),
			we("2026-11-29T07:41:19.088415Z", Error, "", "2026-11-29 01:41:19.088415-0600 Harbour[9836:305190] [AdobeExperienceSDK ERROR <AEPAssurance>]: Assurance connection closed. Reason: Invalid Configuration, Description: The Experience Cloud organization identifier is unavailable from the SDK."),
		},
	},
	{
		name:   "optimizely-swift-defaultlogger-nslog",
		source: "Optimizely's Swift SDK DefaultLogger through NSLog (`[OPTIMIZELY][LEVEL] msg` after NSLog's `yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz App[pid:tid] `): optimizely/swift-sdk DefaultLogger.swift (`\"[OPTIMIZELY][\" + level.name + \"] \" + message`, found with find_string), kickstarter/ios-oss PR #1007 (`SDK Version` at DEBUG); the level names WARNING and ERROR from memory",
		why:    "NSLog's stamp with +0000; the level word in the second bracket glued to `[OPTIMIZELY]`; experiment and user keys are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.301442Z", Debug, "", "2026-11-29 07:41:16.301442+0000 Harbour[1207:58831] [OPTIMIZELY][DEBUG] SDK Version: 4.0.1"),
			we("2026-11-29T07:41:16.488190Z", Info, "", "2026-11-29 07:41:16.488190+0000 Harbour[1207:58840] [OPTIMIZELY][INFO] Datafile is downloaded successfully for sdkKey: Hx7mQ2pL9vRt4KcW"),
			we("2026-11-29T07:41:16.512377Z", Info, "", "2026-11-29 07:41:16.512377+0000 Harbour[1207:58831] [OPTIMIZELY][INFO] User (u-48213) is in variation (treatment) of experiment (checkout_button_color)."),
			we("2026-11-29T07:41:17.020915Z", Warn, "", "2026-11-29 07:41:17.020915+0000 Harbour[1207:58831] [OPTIMIZELY][WARNING] Attribute (plan_tier) with value (\"gold\") is not a valid audience condition type."),
			we("2026-11-29T07:41:19.774036Z", Error, "", "2026-11-29 07:41:19.774036+0000 Harbour[1207:58844] [OPTIMIZELY][ERROR] Event dispatch failed: The Internet connection appears to be offline."),
		},
	},
	{
		name:   "tpns-gradle-plugin-flutter-run-console",
		source: "Tencent Push Notification Service (TPNS) Gradle plugin during `flutter run` (`tpns-plugin--W--: [TpnsPlugin] msg`, the level letter between double dashes; the flutter tool's own lines carry no level; no time): TencentCloud/TPNS-Flutter-Plugin issue #46 (pasted build console)",
		why:    "no time; the level letter between `--` glued to the plugin name; the flutter tool's `Launching …` and `Running Gradle task …` lines carry no level",
		gap:    "the level letter between double dashes glued to the plugin name (`tpns-plugin--W--:`) is not read",
		entries: []worldEntry{
			we("", Unknown, "", "Launching lib/main.dart on Pixel 8 in debug mode..."),
			we("", Unknown, "", "Running Gradle task 'assembleDebug'..."),
			we("", Warn, "", "tpns-plugin--W--: [TpnsPlugin] no configs for productFlavors: Cannot get property 'name' on null object"),
			we("", Warn, "", "tpns-plugin--W--: [TpnsPlugin] huawei is null"),
			we("", Warn, "", "tpns-plugin--W--: [TpnsPlugin] oppo is null"),
		},
	},
	{
		name:   "tpns-flutter-plugin-brief-pipe-tag",
		source: "TPNS's Flutter plugin on Android as `flutter run` relays the device log (logcat brief `P/tag(pid): msg` with the plugin's tag `| XgpushpPlugin | Flutter | Android | ` holding pipes and blanks): TencentCloud/TPNS-Flutter-Plugin issue #22 (pasted console)",
		why:    "no time (brief); the priority letter before a tag that holds pipes and blanks before the pid in parentheses; the ids in the messages are no host",
		entries: []worldEntry{
			we("", Info, "", "I/| XgpushpPlugin | Flutter | Android | (21877): setEnableDebug"),
			we("", Info, "", "I/| XgpushpPlugin | Flutter | Android | (21877): 调用信鸽SDK-->enableDebug()----->isDebug=true"),
			we("", Info, "", "I/| XgpushpPlugin | Flutter | Android | (21877): setMiPushAppId"),
			we("", Info, "", "I/| XgpushpPlugin | Flutter | Android | (21877): 调用信鸽SDK-->setMiPushAppId()-----appId=2882303761520187432"),
			we("", Info, "", "I/| XgpushpPlugin | Flutter | Android | (21877): regPush"),
		},
	},
}

func TestFresh515Formats(t *testing.T) { assertTable(t, fresh515Cases) }
func TestFresh515Score(t *testing.T) {
	checkScore(t, "fresh515 formats", fresh515Cases, [worldNumFields]float64{79.9, 99.9, 99.9, 99.9})
}
