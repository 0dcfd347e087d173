package parse

import "testing"

// The six-hundred-and-nineteenth fresh table: mobile platforms' logs, an eighteenth pass, through the
// Bluetooth LE stacks and beacon SDKs of mobile apps and the device's recovery, as developers paste
// them into issues, in shapes no earlier table holds. Each family is one product's documented or
// observed output: the AltBeacon android-beacon-library in Android Studio's Logcat window (a full
// date, `pid-tid`, padded tag and package columns, a lone level letter) and in the older Android
// Studio view (`MM-dd HH:mm:ss.SSS pid-tid/package D/Tag: msg`); Polidea RxBluetoothKit's print()
// logger (`[RxBLEKit|DEBG|HH:mm:ss.SSS]: msg`, a call's arguments over several lines); a LineageOS
// recovery log after an adb sideload (a kernel-style uptime before every line, recovery's `I:`/`E:`
// markers, update_engine_sideload's logd header embedded); flutter_blue_plus's Android plugin under
// `flutter run` (`D/[FBP-Android](pid): [FBP] msg`) and its iOS plugin (bare `[FBP-iOS] msg`); the
// original flutter_blue plugin (`D/FlutterBluePlugin(pid): [callback] msg`); CoreBluetooth's own
// `[CoreBluetooth]` messages in Xcode's console.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`hilog`, `HarmonyOS`, `C01406`, `[Adjust]`, `adjust`, `RevenueCat`,
// `[Purchases]`, `FirebaseCore`, `I-COR`, `Crashlytics`, `SwiftyBeaver`, `XCGLogger`,
// `CocoaLumberjack`, `Bugsnag`, `OneSignal`, `AppsFlyer`, `branch.io`, `Appium`, `[HTTP]`, `Kermit`,
// `Napier`, `[DOTNET]`, `MAUI`, `Xamarin`, `mono-rt`, `Capacitor`, `⚡️`, `NativeScript`, `JS: `,
// `Instabug`, `Datadog`, `New Relic`, `newrelic`, `Embrace`, `Incident Identifier`, `tombstone`,
// `----- pid`, `dlog`, `Tizen`, `scrcpy`, `Detox`, `Maestro`, `idevicesyslog`, `Timber`, `OkHttp`,
// `--> GET`, `Mapbox`, `Amplitude`, `Segment`, `Realm`, `Flipper`, `RNFirebase`, `expo`, `Metro`,
// `flutter`, `Unity`, `sentry`, `FBSDK`, `<Google>`, `Stripe`, `Shizuku`, `Magisk`, `TWRP`,
// `recovery.log`, `KaiOS`, `Sailfish`, `ReactNativeJS`, `Braze`, `Appboy`, `Mixpanel`, `Leanplum`,
// `CleverTap`, `MoEngage`, `Airship`, `UALib`, `Iterable`, `Intercom`, `Pusher`, `PubNub`, `Agora`,
// `Twilio`, `Vonage`, `Zendesk`, `Helpshift`, `+8.0`, `xlog`, `Mars`, `Bugly`, `MMKV`, `adb I `,
// `ADB_TRACE`, `adb.cpp`, `[Sentry]`, `DATADOG SDK`, `Countly`, `PostHog`, `AppLovin`, `IronSource`,
// `Amplify`, `Connection[1]`, `Realm Sync`, `LeakCanary`, `StrictMode`, `EventLogger`, `ExoPlayer`,
// `CONSOLE(`, `SQLiteLog`, `WM-`, `WorkManager`, `Koin`, `INSTRUMENTATION_STATUS`, `dumpstate`,
// `tracing_mark_write`, `am_proc_start`, `fastboot`, `OKAY [`, `CoreSimulator`, `ios-deploy`,
// `pymobiledevice`, `go-ios`, `devicectl`, `jetsam`, `.ips`, `bug_type`, `Date/Time:`,
// `Capacitor/Console`, `Msg:`, `[console.log]`, `Kochava`, `Singular`, `Smartlook`, `Matomo`,
// `Unity Ads`, `Vungle`, `Chartboost`, `Log4swift`, `Puppy`, `Willow`, `Parse SDK`, `ParseLog`,
// `TestFlight`, `Codemagic`, `Bitrise`, `MobileInstallation`, `powerlog`, `simpleperf`, `lmkd`,
// `batterystats`, `recovery`, `I:Update`, `logwrapper`, `Cronet`, `Choreographer`, `Glide`,
// `Fresco`, `Coil`, `Dagger`, `Hermes`, `Sentry  :`, `Bugsnag :`, `AEP SDK`, `SFMC`, `Optimizely`,
// `LaunchDarkly`, `SplitSDK`, `[Heap]`, `Pendo`, `Usercentrics`, `OneTrust`, `Pushwoosh`, `[PW]`,
// `Netmera`, `WebEngage`, `Insider`, `Appodeal`, `AppMetrica`, `HMSSDK`, `GCKLogger`, `GCK`,
// `Stripe Terminal`, `Square`, `AltBeacon`, `BeaconManager`, `RxBle`, `RxBluetoothKit`, `Nordic`,
// `nRF`, `ArcGIS`, `TomTom`, `Recomposer`, `CompileSwift`, `KSCrash`, `PLCrash`, `HockeyApp`,
// `Backtrace`, `Bugfender`, `PRETTY_LOGGER`, `elvishew`, `CocoaDebug`, `netfox`, `Pulse`, `Bagel`,
// `Atlantis`, `AppSpector`, `Tealium`, `Adobe`, `Tenjin`, `last_log`, `Cordova`, `Ionic`, `Parse`,
// `altbeacon`, `BeaconParser`, `RxBLEKit`, `update_engine_sideload`, `whole-file`,
// `tid:com.facebook`, `sideload_main`, `Adapty`, `Qonversion`, `Purchasely`, `Glassfy`,
// `Superwall`, `RxCentral`, `ble-plx`, `BleManager`, `AsyncBluetooth`, `CoreBluetooth`, `Polidea`,
// `uber`, `Estimote`, `Kontakt`, `Nearby`, `NearbyConnections`, `Wear OS`, `Tile`, `Garmin`,
// `Fitbit`, `HealthKit`, `Health Connect`, `CarPlay`, `Android Auto`, `watchOS`,
// `WatchConnectivity`, `tvOS`, `visionOS`, `Cast`, `Chromecast`, `Roku`, `Fire TV`, `Amazon`,
// `Alexa`, `delta_performer`, `update_engine`, `[CoreBluetooth]`, `API MISUSE`, `sideload`,
// `RangeState`, `CycledLeScanner`, `ScanJob`, `BlueCap`, `RZBluetooth`, `bluetooth`, `Gatt`,
// `BluetoothGatt`, `onClientConnectionState`, `bt_stack`, `bt_btif`, `ReactNativeBleManager`,
// `flutter_blue`, `FlutterBluePlus`, `[FBP]`). None of AltBeacon, RxBluetoothKit, the recovery log
// with update_engine_sideload embedded, flutter_blue_plus, flutter_blue or CoreBluetooth's own
// messages is in any table (`RangeState` and `ScanJob` match other products' lines, `API MISUSE`
// Core Data's faults, `sideload` AltServer's sideloading and header lists, `update_engine`
// update_engine's own log file (fresh38), not a recovery log with its logd lines embedded,
// `BluetoothGatt` the platform's Bluetooth tags in other apps' logcat; `RxBle` is RxAndroidBle's
// logcat tags, a different product). Left out as measured already: nearly every mobile analytics,
// attribution, push, paywall, crash-reporting and logging SDK in the list above (OneSignal, Braze,
// Adjust, RevenueCat, Adapty, Qonversion, Firebase, Crashlytics, Sentry, Bugsnag, Datadog, Branch,
// Pushwoosh, Optimizely, Tealium, PostHog, Koin, Realm's sync client, Unity Ads, Capacitor,
// orhanobut's logger, React Native's RCTLog), RxAndroidBle, Nordic's BLE library. Left out as not
// confirmed by any search: Estimote's and Kontakt.io's beacon SDKs (their threads paste code, not
// logs), Salesforce Marketing Cloud's MobilePush, Stripe Terminal's own console (its thread pastes
// React Native's RCTLog, measured already), RZBluetooth (a log handler only). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Android Studio's stamps have no zone and are taken as UTC; the older view
// and the embedded logd header have no year (2026). RxBluetoothKit's time of day is computed from
// timeIntervalSinceReferenceDate, so it is UTC, on the clock's day. CoreBluetooth's Xcode stamps
// carry +0100 and are converted. The recovery log's `[  184.201733]` is an uptime, no time; the
// flutter_blue and flutter_blue_plus lines under `flutter run` carry no time at all. Levels only
// where the line marks one: Android Studio's lone letter, the brief view's `D/`, `E/`, RxBLEKit's
// VERB (Trace) DEBG INFO WARN ERRO, recovery's `I:` and `E:` glued to the message, the letter after
// the embedded tag; CoreBluetooth's `[CoreBluetooth]` is a category, `API MISUSE` a message, and the
// `[FBP-iOS]` lines and the app's `[BLE_Service]` prints carry none. The host is the record's host
// field, and none of these lines has one: packages, `Process[pid:tid]`, peripheral names and UUIDs
// and Bluetooth addresses are no hosts. A record that spans lines is one entry: RxBluetoothKit's
// call printed over several lines, its closing `options: nil)` at column 0 included; flutter_blue_plus
// prints every line of a dump with its own prefix, each a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); no family rests on
// memory. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 83.3 %, time 83.3 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 81.0 %, time 81.0 %, host 100.0 %, records 97.6 %), in a
// worktree at 8f540bf with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are RxBluetoothKit's `[RxBLEKit|DEBG|HH:mm:ss.SSS]:` bracket
// (neither level nor time read, and a call's closing line at column 0 cut from its record) and the
// recovery log's embedded logd header behind the uptime (neither its level letter nor its date read).

var fresh619Cases = []worldCase{
	{
		name:   "altbeacon-android-studio-logcat",
		source: "the AltBeacon android-beacon-library (BeaconManager, BeaconParser, ScanJob tags) in Android Studio's Logcat window copied as text (`yyyy-MM-dd HH:mm:ss.SSS pid-tid Tag package P  msg`, the tag column padded, a long tag cut with `...`): AltBeacon/android-beacon-library issue #1197",
		why:    "a full zone-less date; `pid-tid` is no time; the level is the lone letter after the package column; the package is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.953Z", Info, "", "2026-11-29 07:41:16.953 21408-21408 BeaconManager           com.example.museumguide              I  BeaconManager started up on pid 21408 named 'com.example.museumguide' for application package 'com.example.museumguide'.  isMainProcess=true"),
			we("2026-11-29T07:41:16.955Z", Debug, "", "2026-11-29 07:41:16.955 21408-21408 BeaconParser            com.example.museumguide              D  Parsing beacon layout: m:2-3=0215,i:4-19,i:20-21,i:22-23,p:24-24"),
			we("2026-11-29T07:41:16.971Z", Debug, "", "2026-11-29 07:41:16.971 21408-21408 Compatibil...geReporter com.example.museumguide              D  Compat change id reported: 263076149; UID 10284; state: ENABLED"),
			we("2026-11-29T07:41:16.976Z", Warn, "", "2026-11-29 07:41:16.976 21408-21408 BeaconManager           com.example.museumguide              W  Disabling ScanJobs on Android 8+ may disable delivery of beacon callbacks in the background unless a foreground service is active."),
			we("2026-11-29T07:41:17.204Z", Error, "", "2026-11-29 07:41:17.204 21408-21433 CycledLeScanner         com.example.museumguide              E  Cannot start scan. Bluetooth may be turned off."),
		},
	},
	{
		name:   "altbeacon-android-studio-legacy",
		source: "the AltBeacon android-beacon-library's debug lines (RangeState, CycledLeScannerForLollipop, BeaconParser, ScanHelper) in the older Android Studio logcat view (`MM-dd HH:mm:ss.SSS pid-tid/package P/Tag: msg`): AltBeacon/android-beacon-library issue #547",
		why:    "no year; `pid-tid/package` glued before `P/Tag:`; the level is the letter before the slash; hex payloads and UUIDs are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.884Z", Debug, "", "11-29 07:41:18.884 5120-5177/org.example.beaconkiosk D/RangeState: adding id1: 7d0c22e4-1b9a-4c53-a3f1-0e6b2d9c4a10 id2: 4102 id3: 17 to existing range for: org.altbeacon.beacon.service.RangedBeacon@3f2a1c9"),
			we("2026-11-29T07:41:18.903Z", Debug, "", "11-29 07:41:18.903 5120-5120/org.example.beaconkiosk D/CycledLeScannerForLollipop: got record"),
			we("2026-11-29T07:41:18.904Z", Debug, "", "11-29 07:41:18.904 5120-5175/org.example.beaconkiosk D/BeaconParser: Processing pdu type FF: 0201061aff4c0002157d0c22e41b9a4c53a3f10e6b2d9c4a1010060011c5 with startIndex: 5, endIndex: 29"),
			we("2026-11-29T07:41:18.906Z", Debug, "", "11-29 07:41:18.906 5120-5175/org.example.beaconkiosk D/ScanHelper: Beacon packet detected for: id1: 7d0c22e4-1b9a-4c53-a3f1-0e6b2d9c4a10 id2: 4102 id3: 17 with rssi -71"),
			we("2026-11-29T07:41:20.112Z", Info, "", "11-29 07:41:20.112 5120-5120/org.example.beaconkiosk I/BeaconService: start ranging received"),
			we("2026-11-29T07:41:20.118Z", Warn, "", "11-29 07:41:20.118 5120-5120/org.example.beaconkiosk W/CycledLeScanner: Bluetooth is disabled.  Cannot scan for beacons."),
		},
	},
	{
		name:   "rxbluetoothkit-print-console",
		source: "Polidea RxBluetoothKit's default logger through print() (`[RxBLEKit|LEVL|HH:mm:ss.SSS]: msg`, LEVL one of VERB DEBG INFO WARN ERRO, the time of day from timeIntervalSinceReferenceDate, so UTC; a call's arguments printed over several lines): RxBluetoothKit Source/Logging.swift (PR #115, tag() prefixes found with find_string), dotintent/react-native-ble-plx issues #733 and #589",
		why:    "a four-letter level and a time of day inside one bracket, split by pipes; the time is on the clock's day; a call printed over several lines, one at column 0, is one record",
		gap:    "the `[RxBLEKit|DEBG|HH:mm:ss.SSS]:` bracket is not read: neither its four-letter level (VERB DEBG INFO WARN ERRO) nor its time of day, and a call's closing line at column 0 (`options: nil)`) is cut from its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:11.314Z", Debug, "", "[RxBLEKit|DEBG|07:41:11.314]: CentralManager(10911284416) didUpdateState(state: poweredOn)"),
			we("2026-11-29T07:41:11.398Z", Debug, "",
				"[RxBLEKit|DEBG|07:41:11.398]: CentralManager(10911284416) retrievePeripherals(",
				"    withIdentifiers: [5C1E0A7B-92D4-4F3A-8E61-2B7C9D0E4F18])"),
			we("2026-11-29T07:41:11.399Z", Debug, "",
				"[RxBLEKit|DEBG|07:41:11.399]: CentralManager(10911284416) connect(",
				"    peripheral: Peripheral(uuid: 5C1E0A7B-92D4-4F3A-8E61-2B7C9D0E4F18, name: Optional(\"HRM-7741\")),",
				"options: nil)"),
			we("2026-11-29T07:41:11.402Z", Info, "", "[RxBLEKit|INFO|07:41:11.402]: Peripheral(uuid: 5C1E0A7B-92D4-4F3A-8E61-2B7C9D0E4F18, name: Optional(\"HRM-7741\")) didConnect"),
			we("2026-11-29T07:41:13.050Z", Trace, "", "[RxBLEKit|VERB|07:41:13.050]: Peripheral(uuid: 5C1E0A7B-92D4-4F3A-8E61-2B7C9D0E4F18, name: Optional(\"HRM-7741\")) didUpdateValueFor(characteristic: 2A37, error: nil)"),
			we("2026-11-29T07:41:19.611Z", Error, "", "[RxBLEKit|ERRO|07:41:19.611]: Peripheral(uuid: 5C1E0A7B-92D4-4F3A-8E61-2B7C9D0E4F18, name: Optional(\"HRM-7741\")) didDisconnect(error: Optional(Error Domain=CBErrorDomain Code=6 \"The connection has timed out unexpectedly.\"))"),
		},
	},
	{
		name:   "lineage-recovery-log",
		source: "a LineageOS recovery's log as pulled after an adb sideload (every line behind a kernel-style `[ seconds.micros]` uptime; recovery's own `I:`/`E:` markers; update_engine_sideload's lines embedded with their logd header `tag P MM-dd HH:mm:ss pid tid] [LEVEL:file(line)] msg`): pjgowtham/android_device_realme_cupidr issue #4",
		why:    "the bracketed uptime is no time; `I:` and `E:` glued to the message are recovery's level markers; an embedded update_engine line carries a yearless date and a level letter of its own",
		gap:    "behind the `[ uptime]` bracket, an embedded logd header (`update_engine_sideload I 11-29 07:41:55   812   812]`) is not read: neither its level letter after the tag nor its yearless date and time",
		entries: []worldEntry{
			we("", Info, "", "[  184.201733] I:whole-file signature verified against RSA key 0"),
			we("", Unknown, "", "[  184.201790] Update package verification took 58.4 s (result 0)."),
			we("", Unknown, "", "[  184.240116] Installing update..."),
			we("2026-11-29T07:41:55Z", Info, "", "[  184.298812] update_engine_sideload I 11-29 07:41:55   812   812] [INFO:sideload_main.cc(193)] Update Engine Sideloading starting"),
			we("2026-11-29T07:41:55Z", Error, "", "[  184.299604] cutils-trace E 11-29 07:41:55   812   812] Error opening trace file: No such file or directory (2)"),
			we("", Error, "", "[  251.870455] E:Error in /sideload/package.zip (status 1)"),
		},
	},
	{
		name:   "flutter-blue-plus-android-flutter-run",
		source: "flutter_blue_plus's Android plugin in `flutter run`'s console (logcat brief `P/[FBP-Android](pid): [FBP] msg`, the tag itself in brackets; the app's own untimed print lines between): chipweinberger/flutter_blue_plus issues #874, #936 and #557",
		why:    "a bracketed tag with a hyphen after `D/`; no time anywhere; the app's `[BLE_Service]` print lines carry no level and are records of their own",
		entries: []worldEntry{
			we("", Debug, "", "D/[FBP-Android](24117): [FBP] onMethodCall: flutterRestart"),
			we("", Debug, "", "D/[FBP-Android](24117): [FBP] initializing BluetoothAdapter"),
			we("", Debug, "", "D/[FBP-Android](24117): [FBP] onCharacteristicRead:"),
			we("", Debug, "", "D/[FBP-Android](24117): [FBP]   chr: ffe1"),
			we("", Unknown, "", "[BLE_Service] notify frame 0x3a received"),
			we("", Error, "", "E/[FBP-Android](24117): [FBP] onConnectionStateChange: GATT_ERROR (133)"),
		},
	},
	{
		name:   "flutter-blue-plugin-android",
		source: "the original flutter_blue plugin's Android side in `flutter run` (logcat brief `D/FlutterBluePlugin(pid): [callback] msg`, the platform's BluetoothGatt lines in the same shape): pauldemarco/flutter_blue issue #494",
		why:    "brief logcat with no time; the callback name in brackets after the tag is no level",
		entries: []worldEntry{
			we("", Debug, "", "D/FlutterBluePlugin(30412): [onCharacteristicChanged] uuid: 6e400003-b5a3-f393-e0a9-e50e24dcca9e"),
			we("", Debug, "", "D/FlutterBluePlugin(30412): [onCharacteristicChanged] uuid: 6e400003-b5a3-f393-e0a9-e50e24dcca9e"),
			we("", Debug, "", "D/BluetoothGatt(30412): onClientConnectionState() - status=8 clientIf=9 device=D4:11:7A:52:0C:E9"),
			we("", Debug, "", "D/FlutterBluePlugin(30412): [onConnectionStateChange] status: 8 newState: 0"),
		},
	},
	{
		name:   "corebluetooth-xcode-console",
		source: "CoreBluetooth's own messages in Xcode's console (NSLog-style `yyyy-MM-dd HH:mm:ss.ffffff±hhmm Process[pid:tid] [CoreBluetooth] msg`, the subsystem category in brackets): dotintent/react-native-ble-plx issues #589 and #733",
		why:    "microseconds with a +0100 offset glued on; `[CoreBluetooth]` is a category, not a level; `Process[pid:tid]` is no host; API MISUSE is a message word",
		entries: []worldEntry{
			we("2026-11-29T07:41:04.284492Z", Unknown, "", "2026-11-29 08:41:04.284492+0100 Ridepal[733:218404] [CoreBluetooth] API MISUSE: <CBCentralManager: 0x281b64a80> has no restore identifier but the delegate implements the centralManager:willRestoreState: method. Restoring will not be supported"),
			we("2026-11-29T07:41:04.306087Z", Unknown, "", "2026-11-29 08:41:04.306087+0100 Ridepal[733:218399] [CoreBluetooth] XPC connection invalid"),
			we("2026-11-29T07:41:09.772310Z", Unknown, "", "2026-11-29 08:41:09.772310+0100 Ridepal[733:218404] [CoreBluetooth] API MISUSE: <CBCentralManager: 0x281b64a80> can only accept this command while in the powered on state"),
			we("2026-11-29T07:41:12.015922Z", Unknown, "", "2026-11-29 08:41:12.015922+0100 Ridepal[733:218404] scan started for 180D"),
		},
	},
	{
		name:   "flutter-blue-plus-ios-flutter-run",
		source: "flutter_blue_plus's iOS plugin through NSLog under `flutter run` (bare `[FBP-iOS] msg` lines, no stamp, no level word): FlutterBluePlusPlugin.m (`NSLog(@\"[FBP-iOS] handleMethodCall: %@\", …)`, `[FBP-iOS] initializing CBCentralManager`) and its CHANGELOG ('prepend all iOS logs with [FBP-iOS] prefix'), found with find_string; a pasted `flutter run` excerpt found the same way",
		why:    "untimed lines with a bracketed plugin prefix and no level word",
		entries: []worldEntry{
			we("", Unknown, "", "[FBP-iOS] initializing CBCentralManager"),
			we("", Unknown, "", "[FBP-iOS] handleMethodCall: isSupported"),
			we("", Unknown, "", "[FBP-iOS] handleMethodCall: startScan"),
			we("", Unknown, "", "[FBP-iOS] didDiscoverPeripheral"),
			we("", Unknown, "", "[FBP-iOS] handleMethodCall: connect"),
		},
	},
}

func TestFresh619Formats(t *testing.T) { assertTable(t, fresh619Cases) }
func TestFresh619Score(t *testing.T) {
	checkScore(t, "fresh619 formats", fresh619Cases, [worldNumFields]float64{83.2, 83.2, 99.9, 97.8})
}
