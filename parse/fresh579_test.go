package parse

import "testing"

// The five-hundred-and-seventy-ninth fresh table: mobile platforms' logs, a fifteenth pass, as
// developers paste them into tickets, shapes no earlier table holds. The earlier mobile passes took
// logcat in all its formats, the unified log, device consoles and most analytics and crash SDKs, so
// this pass takes the ad and engagement SDKs and the app frameworks and loggers still missing. Each
// family is one product's output: the MoPub iOS SDK in the Xcode console (the NSLog header alone on
// its line, the message under it after a tab: `\t[MoPub][Class] msg`); the MoPub Android SDK and its
// Unity plugin in Android Studio's logcat (Unity's `(Filename: … Line: n)` under its line); the
// AdColony iOS SDK in the Xcode console (`AdColony [Info] :`, `AdColony [*Warning*] :`); the AdColony
// Android SDK in the DDMS logcat text (`MM-dd HH:mm:ss.SSS: E/AdColony [ERROR](pid): msg`) and in
// Android Studio's logcat (`pid-tid/package I/AdColony [INFO]: msg`); MvvmCross's MvxTrace in the
// Xamarin debug output (`mvx:Diagnostic:  2.05 Setup: …`); the Swrve iOS SDK's verbose DebugLog
// (`-[Class selector:] [Line n] msg` after NSLog's header); CleanroomLogger's Xcode formatter
// (`yyyy-MM-dd HH:mm:ss.SSS zzz | WARNING | File.swift:88 - msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`crashlytics`, `onesignal`, `sentry`, `revenuecat`, `Purchases]`,
// `braze`, `appboy`, `instabug`, `bugsnag`, `datadog`, `timber`, `cocoalumberjack`, `swiftybeaver`,
// `xcglogger`, `kermit`, `napier`, `logback-android`, `applovin`, `ironsource`, `unity ads`,
// `amplify`, `airship`, `urbanairship`, `iterable`, `leanplum`, `clevertap`, `localytics`,
// `kochava`, `moengage`, `webengage`, `pendo`, `uxcam`, `embrace`, `logrocket`, `smartlook`,
// `mixpanel`, `appsflyer`, `adjust`, `mapbox`, `Google Mobile Ads`, `admob`, `auth0`, `okta`,
// `realm`, `flutter:`, `react native`, `expo`, `capacitor`, `cordova`, `xamarin`, `maui`,
// `ios-deploy`, `idevicesyslog`, `devicectl`, `simctl`, `fastlane`, `sysdiagnose`, `metrickit`,
// `testflight`, `stripe`, `twilio`, `mparticle`, `countly`, `acra`, `hockeyapp`, `appcenter`,
// `raygun`, `rollbar`, `newrelic`, `dynatrace`, `appdynamics`, `firebase`, `singular`, `tealium`,
// `optimizely`, `launchdarkly`, `sendbird`, `pubnub`, `vonage`, `opentok`, `livekit`, `xlog`,
// `logan`, `os_log`, `oslog`, `pymobiledevice`, `tidevice`, `go-ios`, `godot`, `okhttp`,
// `leakcanary`, `strictmode`, `chucker`, `flipper`, `stetho`, `swift-log`, `puppy`, `willow`,
// `log4swift`, `cleanroomlogger`, `[CleanroomLogger]`, `OSLogMimic`, `nlog`, `serilog`, `MvvmCross`,
// `mvx:`, `mvx:Diagnostic`, `nativescript`, `titanium`, `pidcat`, `scrcpy`, `magisk`, `termux`,
// `frida`, `orhanobut`, `hugo`, `koin`, `bugly`, `umeng`, `jpush`, `getui`, `growingio`, `kscrash`,
// `plcrashreporter`, `xcrash`, `bugsplat`, `breakpad`, `crashpad`, `intercom`, `zendesk`,
// `freshchat`, `helpshift`, `braintree`, `adyen`, `moya`, `alamofire`, `storekit`,
// `nw_connection`, `LayoutConstraints`, `ThreadSanitizer`, `xcbeautify`, `cocoapods`, `detox`,
// `appium`, `maestro`, `vungle`, `chartboost`, `mopub`, `[MoPub]`, `MPInterstitialAdManager`,
// `inmobi`, `pangle`, `mintegral`, `adcolony`, `AdColony [`, `tapjoy`, `fyber`, `FBSDK`,
// `ReactNativeJS`, `RCTLog`, `I/flutter`, `il2cpp`, `monodroid`, `talker`, `react-native-logs`,
// `reactotron`, `flurry`, `apptentive`, `testfairy`, `LogUtils`, `fimber`, `loggerithm`,
// `qorumlogs`, `logkit`, `dotzu`, `cocoadebug`, `PrettyDioLogger`, `loggy`, `DioLoggy`,
// `AppMetrica`, `Kakao`, `WXApi`, `AppAuth`, `osmdroid`, `swrve`, `snowplow`, `tenjin`,
// `hyprmx`, `ogury`, `bidmachine`, `mytarget`, `nslogger`, `bugfender`). None of MoPub,
// AdColony, MvvmCross, Swrve or CleanroomLogger is in any table. Left out as measured already:
// Crashlytics, OneSignal, Sentry, RevenueCat, Braze, Instabug, Bugsnag, Datadog, Timber,
// CocoaLumberjack, SwiftyBeaver, XCGLogger, Kermit, Napier, AppLovin, ironSource, Amplify, CleverTap,
// Mixpanel, AppsFlyer, Adjust, Flutter, React Native, Expo, Capacitor, Cordova, Xamarin's monodroid
// lines, .NET MAUI, Firebase, Tencent's xlog and Bugly, KSCrash, PLCrashReporter, xCrash, Vungle,
// Chartboost, Loggy's Dio interceptor (fresh564), the libimobiledevice tools. Left out as not
// confirmed by any search: Apptentive's, Snowplow's, InMobi's, Tapjoy's, HyprMX's and Localytics'
// console lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NSLog's header in the Xcode console carries an offset (+0100, +0530) that
// converts; the older NSLog header of Swrve's lines has none and is read as UTC. Android Studio's
// and DDMS's logcat stamps have no zone (UTC here), and the DDMS and `MM-dd` stamps no year (2026).
// CleanroomLogger's `zzz` is a zone abbreviation (EST, -05:00). MvvmCross's `2.05` is seconds
// since the app started: no time. Levels only where the line marks one: logcat's priority letter
// (which AdColony's bracketed word repeats), AdColony iOS's `[Info]` and `[*Warning*]`, the word
// after `mvx:` (Diagnostic is Debug), CleanroomLogger's padded severity; MoPub's iOS lines and
// Swrve's carry none (a selector or `[Line 918]` is no level). The host is the record's host field,
// and none of these families has one: NSLog's `App[pid:tid]`, logcat's pid-tid pair and package,
// ad unit and zone ids and CleanroomLogger's call site are no hosts. A record that spans lines is
// one entry: MoPub iOS's NSLog header with the tabbed message under it, and Unity's line with its
// blank and `(Filename: …)` lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only MvvmCross's Warning and Error level words). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0e434ad before any rule for it: level 81.2 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 81.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 0e434ad with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are AdColony iOS's starred `[*Warning*]` level word, which trawl
// does not read, and MvvmCross's level word between `mvx:` and the colon, which it does not read
// either.

var fresh579Cases = []worldCase{
	{
		name:   "mopub-ios-xcode-console-tab-continuation",
		source: "MoPub iOS SDK 5.x in the Xcode console (NSLog's `yyyy-MM-dd HH:mm:ss.SSSSSS±hhmm App[pid:tid] ` header, then the message on the next line after a tab: `\\t[MoPub][Class][adunit] msg`): mopub/mopub-unity-mediation issue #49, mopub/mopub-ios-mediation issues #330 and #507",
		why:    "the NSLog header ends the line; the MoPub message is on the tabbed line under it and belongs to it; the offset +0100 converts; no level",
		entries: []worldEntry{
			we("2026-11-29T06:41:16.206121Z", Unknown, "", "2026-11-29 07:41:16.206121+0100 Harbourline[4127:1883021] ", "\t[MoPub][MPConsentManager] Attempting to synchronize consent state"),
			we("2026-11-29T06:41:16.214488Z", Unknown, "", "2026-11-29 07:41:16.214488+0100 Harbourline[4127:1883021] ", "\t[MoPub][MoPub] SDK initialized and ready to display ads."),
			we("2026-11-29T06:41:18.730051Z", Unknown, "", "2026-11-29 07:41:18.730051+0100 Harbourline[4127:1883077] ", "\t[MoPub][MPInterstitialAdManager][5e1c7a90d2b44f31a8c06b2e9f3d4a17] Attempting to load ad"),
			we("2026-11-29T06:41:19.002904Z", Unknown, "", "2026-11-29 07:41:19.002904+0100 Harbourline[4127:1883077] ", "\t[MoPub][MPInterstitialAdManager] No ads found for ad unit: 5e1c7a90d2b44f31a8c06b2e9f3d4a17"),
		},
	},
	{
		name:   "mopub-android-studio-logcat-unity",
		source: "MoPub Android SDK and its Unity plugin in Android Studio's logcat (`yyyy-MM-dd HH:mm:ss.SSS pid-tid/? L/tag: msg`, MoPub's `[class][method] SDK Log - msg`, Unity's `(Filename: … Line: n)` under its line): mopub/mopub-unity-sdk issue #76",
		why:    "a full zone-less date before the pid-tid pair; the letter before the tag is the level; Unity's blank and Filename lines belong to the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Debug, "", "2026-11-29 07:41:16.118 21904-21904/? D/MoPub: [com.mopub.common.MoPub][initializeSdk] SDK Log - Initializing MoPub with ad unit: 0c3e1f5a9b7d4e28a61f2d8c4b0e9a73"),
			we("2026-11-29T07:41:16.541Z", Info, "", "2026-11-29 07:41:16.541 21904-21904/? I/MoPub: [com.mopub.mobileads.AdViewController][adDidFail] SDK Log - Ad failed to load."),
			we("2026-11-29T07:41:16.573Z", Info, "",
				"2026-11-29 07:41:16.573 21904-21931/? I/Unity: [MoPub-Unity] [EmitInterstitialFailedEvent] Ad failed to load: (0c3e1f5a9b7d4e28a61f2d8c4b0e9a73) No ads found.",
				"     ",
				"    (Filename: ./Runtime/Export/Debug.bindings.h Line: 45)"),
			we("2026-11-29T07:41:44.905Z", Warn, "", "2026-11-29 07:41:44.905 21904-21904/? W/MoPub: [com.mopub.mobileads.MoPubRewardedAdManager][loadAd] SDK Log - Did not queue rewarded ad request for ad unit 0c3e1f5a9b7d4e28a61f2d8c4b0e9a73. A request is already pending."),
		},
	},
	{
		name:   "adcolony-ios-xcode-console",
		source: "AdColony iOS SDK 3.x/4.x in the Xcode console (NSLog's `yyyy-MM-dd HH:mm:ss.SSSSSS±hhmm App[pid:tid] ` then `AdColony [Info] : msg`, `AdColony [*Warning*] : msg`): AdColony/AdColony-Unity-SDK-3 issue #33",
		why:    "the offset +0530 converts; the bracketed word after `AdColony` is the level ([Info], [*Warning*]); the pid:tid pair is no host",
		gap:    "the starred level word `[*Warning*]` after `AdColony` is not read (the line comes out with no level); `[Info]` is",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.767071Z", Warn, "", "2026-11-29 13:22:10.767071+0530 Wordgarden[612:40188] AdColony [*Warning*] : Either configureWithAppID:options:completion: has not been called, or AdColony has not finished configuring yet. Ignoring API call"),
			we("2026-11-29T07:52:10.767257Z", Info, "", "2026-11-29 13:22:10.767257+0530 Wordgarden[612:40188] AdColony [Info] : AdColony controller version: 1.0.8.13"),
			we("2026-11-29T07:52:11.402118Z", Info, "", "2026-11-29 13:22:11.402118+0530 Wordgarden[612:40188] AdColony [Info] : Configuring AdColony with app id app4c0e8b1f77d2413a9e"),
			we("2026-11-29T07:52:14.090533Z", Warn, "", "2026-11-29 13:22:14.090533+0530 Wordgarden[612:40231] AdColony [*Warning*] : Ad request with invalid zone vz9f2a61c04be84d17b3"),
		},
	},
	{
		name:   "adcolony-android-ddms-bracketed-tag",
		source: "AdColony Android SDK 3.x in the Eclipse/DDMS logcat text (`MM-dd HH:mm:ss.SSS: L/tag(pid): msg`, AdColony's tag with a space and a bracketed word: `E/AdColony [ERROR](18813): …`): mopub/mopub-android-sdk pull request #228, googleads/googleads-mobile-android-mediation issue #273",
		why:    "a colon after the milliseconds; the tag holds a space and a bracketed level word before the pid; the letter is the level; no year",
		entries: []worldEntry{
			we("2026-11-29T07:28:57.255Z", Debug, "", "11-29 07:28:57.255: D/MoPub(18813): Attempting to invoke custom event: com.mopub.mobileads.AdColonyInterstitial"),
			we("2026-11-29T07:28:57.255Z", Error, "", "11-29 07:28:57.255: E/AdColony [ERROR](18813): The AdColony API is not available while AdColony is disabled."),
			we("2026-11-29T07:28:57.256Z", Debug, "", "11-29 07:28:57.256: D/AdColonyInterstitial(18813): AdColony interstitial ad has no fill."),
			we("2026-11-29T07:29:03.410Z", Warn, "", "11-29 07:29:03.410: W/AdColony [WARNING](18813): Cannot configure AdColony; configuration mechanism requires 5 seconds between attempts."),
			we("2026-11-29T07:29:09.002Z", Info, "", "11-29 07:29:09.002: I/AdColony [INFO](18813): Configuring AdColony"),
		},
	},
	{
		name:   "adcolony-android-studio-logcat",
		source: "AdColony Android SDK 3.x in Android Studio's logcat (`MM-dd HH:mm:ss.SSS pid-tid/package L/tag: msg`, the tag `AdColony [INFO]`): AdColony/AdColony-Unity-SDK-3 issue #31",
		why:    "no year; the package name after the pid-tid pair is no host; the letter before the tag is the level",
		entries: []worldEntry{
			we("2026-11-29T07:26:50.870Z", Error, "", "11-29 07:26:50.870 13250-13279/com.example.wordgarden E/AdColony: JNI_OnLoad"),
			we("2026-11-29T07:26:50.880Z", Info, "", "11-29 07:26:50.880 13250-13279/com.example.wordgarden I/AdColony [INFO]: Configuring AdColony"),
			we("2026-11-29T07:26:52.114Z", Info, "", "11-29 07:26:52.114 13250-13250/com.example.wordgarden I/System.out: [vz3b71c9e0d2a44f58bb, vz80e4a2f6c1d94b07a2]"),
			we("2026-11-29T07:27:31.377Z", Warn, "", "11-29 07:27:31.377 13250-13279/com.example.wordgarden W/AdColony [WARNING]: Ignoring call to AdColony.configure() as the same zone ids were used during the previous configuration."),
		},
	},
	{
		name:   "mvvmcross-mvxtrace-debug-output",
		source: "MvvmCross 4.x MvxTrace in the Xamarin debug output (`mvx:Diagnostic:  2.05 Setup: msg`: the trace tag, the level, seconds since start padded to six places): MvvmCross/MvvmCross issue #1069; the Warning and Error level words from memory (MvxTraceLevel)",
		why:    "the number after the level is seconds since the app started, no time; the level is the word after `mvx:` (Diagnostic, Warning, Error)",
		entries: []worldEntry{
			we("", Debug, "", "mvx:Diagnostic:  0.07 Setup: Primary start"),
			we("", Debug, "", "mvx:Diagnostic:  2.05 Setup: ViewModelTypeFinder start"),
			we("", Warn, "", "mvx:Warning:  3.41 Unable to bind: source property source not found Property:Harbour on null-object"),
			we("", Error, "", "mvx:Error:  4.02 Problem navigating to ViewModel OrderDetailViewModel"),
		},
	},
	{
		name:   "swrve-ios-verbose-nslog",
		source: "Swrve iOS SDK's DebugLog with SWRVE_VERBOSE_LOGS (NSLog's `yyyy-MM-dd HH:mm:ss.SSS App[pid:tid] ` then `-[Class selector:] [Line n] msg`): Swrve/swrve-ios-sdk pull request #209",
		why:    "the old NSLog stamp has no zone (UTC here); the Objective-C method and `[Line 918]` are no level and no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:20:22.075Z", Unknown, "", "2026-11-29 07:20:22.075 Harbourline[25067:3194544] -[SwrveMessageController getConversationForEvent:withPayload:] [Line 918] Not showing message: no candidate messages for checkout.basket_abandoned"),
			we("2026-11-29T07:20:22.081Z", Unknown, "", "2026-11-29 07:20:22.081 Harbourline[25067:3194544] -[SwrveMessageController getMessageForEvent:withPayload:] [Line 702] Not showing message: no candidate messages for session.start"),
			we("2026-11-29T07:20:51.640Z", Unknown, "", "2026-11-29 07:20:51.640 Harbourline[25067:3194602] -[SwrveRESTClient sendHttpRequest:completionHandler:] [Line 144] Event batch of 7 sent, status 200"),
		},
	},
	{
		name:   "cleanroomlogger-xcode-formatter",
		source: "CleanroomLogger's XcodeLogFormatter (StandardLogFormatter: timestamp `yyyy-MM-dd HH:mm:ss.SSS zzz`, ` | `, the severity upper-case right-aligned to seven places, ` | `, `File.swift:line`, ` - `, the message): emaloney/CleanroomLogger Sources/StandardLogFormatter.swift, TimestampLogFormatter.swift, SeverityLogFormatter.swift, XcodeLogFormatter.swift",
		why:    "a zone abbreviation after the milliseconds (EST -05:00); the padded severity between pipes is the level; the call site is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.811Z", Info, "", "2026-11-29 02:41:16.811 EST |    INFO | AppDelegate.swift:41 - Harbourline 4.12.0 (1187) launching"),
			we("2026-11-29T07:41:17.052Z", Debug, "", "2026-11-29 02:41:17.052 EST |   DEBUG | FeedLoader.swift:118 - Fetching page 2 of feed for user 51872"),
			we("2026-11-29T07:41:17.930Z", Warn, "", "2026-11-29 02:41:17.930 EST | WARNING | ImageCache.swift:77 - Disk cache over budget (212 MB), trimming"),
			we("2026-11-29T07:41:19.404Z", Error, "", "2026-11-29 02:41:19.404 EST |   ERROR | CheckoutService.swift:256 - Payment intent pi_3Q8x2 failed: The request timed out."),
		},
	},
}

func TestFresh579Formats(t *testing.T) { assertTable(t, fresh579Cases) }
func TestFresh579Score(t *testing.T) {
	checkScore(t, "fresh579 formats", fresh579Cases, [worldNumFields]float64{93.7, 99.9, 99.9, 99.9})
}
