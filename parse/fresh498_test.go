package parse

import "testing"

// The four-hundred-and-ninety-eighth fresh table: mobile platforms' logs, a tenth pass after
// fresh477, fresh464, fresh444, fresh420, fresh407 and the mobile tables before them, in shapes no
// earlier table holds, here mostly the console output of mobile SDKs as developers paste it into
// tickets, and one phone tool's shared log. Each family is one product's documented or observed
// output: Socket.IO-Client-Swift's `LOG`/`ERROR` lines behind NSLog's prefix in Xcode's console;
// nRF Connect for Mobile's shared connection log (a dated header, then a level letter, a tab, a
// time of day, a tab, the message, a service listing indented under its line); the Qonversion
// Flutter SDK's Android lines as `flutter run` relays logcat's brief form (a tag with a blank in
// it); Realm Cocoa's sync client through NSLog (`Sync: Connection[1]: Session[1]: …`, no level);
// RxAndroidBle's `RxBle#…` tags in Android Studio's older Logcat window; AppMetrica iOS SDK 5's
// bare `±[Class selector:]:line msg` lines in Xcode 15's console; the Adapty React Native SDK's
// verbose logger under logkitty (its own ISO stamp inside logkitty's bracketed time, grouped
// rows); RevenueCat's purchases-ios `[Purchases] - LEVEL:` lines behind NSLog's prefix.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `lsposed`, `xposed`, `edxposed`, `kernelsu`, `apatch`, `shizuku`,
// `tasker`, `mobsf`, `maestro`, `fastlane`, `rogcat`, `pidcat`, `devicectl`, `ddms`, `: D/`,
// `I/flutter`, `kermit`, `briefcase`, `titanium`, `godot`, `flutter run -v`, `[  +`, `jamf`,
// `instabug`, `braze`, `clevertap`, `[Purchases]`, `[Purchases] - `, `purchases-ios`, `pulse`,
// `ios-deploy`, `go-ios`, `tuist`, `leakcanary`, `frida`, `frida-server`, `drozer`, `kaios`,
// `b2g`, `ubports`, `ubuntu-touch`, `heimdall`, `fastboot`, `metrickit`, `jetsam`, `.ips`,
// `Incident Identifier`, `bug_type`, `embrace`, `smartlook`, `flipper`, `reactotron`, `stetho`,
// `chucker`, `firebase test`, `device farm`, `bitrise`, `codemagic`, `genymotion`, `logkitty`,
// `cocos`, `cocos2d`, `solar2d`, `defold`, `libgdx`, `kotlin multiplatform`, `Uncaught Kotlin
// exception`, `kfun:`, `shorebird`, `idevicesyslog`, `libimobiledevice`, `cfgutil`, `apple
// configurator`, `xcresult`, `termux`, `blackbox`, `sysdiagnose`, `usbmuxd`, `palera1n`,
// `checkra1n`, `gnirehtet`, `waydroid`, `anbox`, `pmbootstrap`, `idevicerestore`,
// `futurerestore`, `altserver`, `sidestore`, `ios_webkit_debug_proxy`, `netmuxd`, `corellium`,
// `redroid`, `droidian`, `mobian`, `phosh`, `Plasma Mobile`, `halium`, `lineage`, `ipsw`,
// `iproxy`, `irecovery`, `sndcpy`, `vysor`, `android-tools`, `adb-sync`, `mdm`, `intune`,
// `workspace one`, `knox`, `mdmclient`, `ideviceinstaller`, `tidevice`, `wda`, `WebDriverAgent`,
// `facebook/idb`, `idb_companion`, `fbsimctl`, `xcbeautify`, `xcpretty`, `danger`, `swiftgen`,
// `sourcery`, `carthage`, `cocoapods`, `pod install`, `mint`, `periphery`, `I-COR`,
// `[FirebaseCore]`, `FirebaseAnalytics`, `FirebaseMessaging`, `FIRMessaging`, `I-FCM`,
// `<Google>`, `FBSDK`, `FBSDKLog`, `adapty`, `[adapty@`, `nRF`, `nrf connect`, `nRF Logger`,
// `nRF Connect, `, `[Callback]`, `connectGatt`, `Connection state changed with status`, `slog2`,
// `pebble`, `UnifiedLogReader`, `Connection[1]`, `Sync: Connection`, `] Sync: `, `Opening Realm
// file`, `realm`, `launchdarkly`, `configcat`, `ConfigCatClient`, `webos`, `connect iq`,
// `CocoaMQTT`, `stripe`, `auth0`, `appmetrica`, `AMAFileUtility`, `+[AMA`, `HMSSDK`,
// `ironsource`, `livekit`, `superwall`, `qonversion`, `Qonversion(`, `No-Codes`,
// `PlayBillingLibrary`, `BillingClient`, `amplify`, `[Amplify]`, `[Amplitude]`, `StreamChat`,
// `sendbird`, `pubnub`, `ably`, `socket.io`, `SocketIOClient`, `LOG SocketIOClient`,
// `LOG SocketEngine`, `SocketManager`, `OneSignal`, `Glassfy`, `Branch`, `[Sentry]`,
// `GTMSessionFetcher`, `GoogleSignIn`, `GIDSignIn`, `Kingfisher`, `Alamofire`, `Apollo`,
// `Braintree`, `PayPal`, `Plaid`, `blackberry`, `bb10`, `qnx`, `garmin`, `ciq`, `wear`,
// `organicmaps`, `organic maps`, `maps.me`, `OMcore`, `jami`, `linphone`, `belle-sip`,
// `signal-ios`, `Signal iOS`, `MXSession`, `nextcloud`, `moonlight`, `kde connect`, `briar`,
// `sing-box`, `RxBle`, `RxBle#`, `rxandroidble`, `Android-BLE-Library`, `BleManager`, `Z - info:`,
// `VERBOSE`). No table holds Socket.IO-Client-Swift (`socket.io` matches only a web server's
// message), nRF Connect for Mobile (`nrf connect` matches only the nRF Connect SDK's firmware),
// Qonversion, Realm's sync client, RxAndroidBle, AppMetrica or Adapty; RevenueCat is in a table
// only as its Android SDK in logcat (`[Purchases] - ` as a logcat tag), not as purchases-ios
// behind NSLog's prefix; logkitty's gutter rows are in a table, but not with a second, ISO time
// inside the message. Left out as measured already: Firebase's iOS `I-COR` lines, Adjust, Branch,
// the Google Mobile Ads `<Google>` lines, Organic Maps' OMcore lines (Android Studio's Logcat,
// measured), Signal iOS (CocoaLumberjack's file format, measured), Linphone (bctoolbox's file
// logger, measured through Flexisip), the Realm Object Server (winston's `ISO - level:`,
// measured), KernelSU, LSPosed, Magisk, MobSF, Maestro, fastlane, rogcat, pidcat, Waydroid, Anbox,
// pmbootstrap, gnirehtet and the jailbreak tools. Left out as not confirmed by any search: the
// ConfigCat, Superwall, PubNub, CocoaMQTT and Jami mobile logs, and AppMetrica's Android lines.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NSLog's stamps carry their offset (+0530, -0800), which is converted;
// Realm's older NSLog stamp has none and is read as UTC. nRF Connect's time of day is the
// phone's, with the date only in the header, and on the clock's day (the header's day too); it is
// read as UTC. The older Logcat window's `MM-dd` stamps are in 2026. logkitty's bracketed time of
// day is the phone's (at +01:00, read as UTC on the clock's day) and Adapty's stamp inside the
// message ends in Z; either is accepted. Qonversion's relayed brief lines and AppMetrica's bare
// lines have no time of their own. Levels only where the line marks one: Socket.IO's type word
// (LOG, the logger's ordinary level, read as Info as the rules read PostgreSQL's LOG; ERROR);
// nRF Logger's letters (V Trace, D Debug, I Info, A for APPLICATION, which nRF Logger ranks
// between INFO and WARNING, Notice, W Warn, E Error); logcat's letter before the slash or the bar;
// RevenueCat's word after `[Purchases] - ` (VERBOSE, below DEBUG, is Trace); Realm's `Sync:` and
// AppMetrica's method prefix carry none. The host is the record's host field, and none of these
// families has one: the app's name in NSLog's prefix is a process, and MAC addresses, endpoint
// addresses, server URLs and packages named in a line are peers. A record that spans lines is one
// entry: nRF Connect's service listing, logkitty's gutter rows, RevenueCat's error whose NSError
// description runs onto a second line. nRF Connect's two header lines are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory" (only nRF Logger's order of levels). Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 95.9 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 95.3 %, time 81.4 %, host 100.0 %, records 100.0 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are nRF Connect's time of day in its tab-separated column, which
// trawl does not read, and its A letter, which trawl reads as critical, and RevenueCat's VERBOSE,
// which trawl reads as debug.

var fresh498Cases = []worldCase{
	{
		name:   "socketio-client-swift-xcode-console",
		source: "Socket.IO-Client-Swift with `.log(true)` in Xcode's console (NSLog's `yyyy-MM-dd HH:mm:ss.SSSSSS±hhmm Process[pid:tid]` prefix, then the logger's type word LOG or ERROR and the emitting class, `SocketIOClient{/}` with its namespace): socketio/socket.io-client-swift issues #708 and #985 (pasted consoles), SocketLogger.swift and VPSocketIO's VPSocketLogger.m (`NSLog(@\"%@ %@: %@\", logType, type, message)` with LOG and ERROR)",
		why:    "a +0530 offset glued to the microseconds; the type word LOG (the logger's ordinary level, Info as the rules read PostgreSQL's LOG) or ERROR after the process; the server URL and `{/}` namespace are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.702648Z", Info, "", "2026-11-29 13:11:16.702648+0530 Courier[2214:631087] LOG SocketIOClient{/}: Adding handler for event: chat-message"),
			we("2026-11-29T07:41:16.703381Z", Info, "", "2026-11-29 13:11:16.703381+0530 Courier[2214:631087] LOG SocketManager: Adding engine"),
			we("2026-11-29T07:41:16.705112Z", Info, "", "2026-11-29 13:11:16.705112+0530 Courier[2214:631240] LOG SocketEngine: Starting engine. Server: https://rt.courier.example.net"),
			we("2026-11-29T07:41:16.988204Z", Info, "", `2026-11-29 13:11:16.988204+0530 Courier[2214:631240] LOG SocketEnginePolling: Got poll message: 96:0{"sid":"q7TzW2mKx0aPL1fNAAAb","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000}`),
			we("2026-11-29T07:41:47.311950Z", Error, "", "2026-11-29 13:11:47.311950+0530 Courier[2214:631240] ERROR SocketEngine: The request timed out."),
			we("2026-11-29T07:41:52.320417Z", Info, "", "2026-11-29 13:11:52.320417+0530 Courier[2214:631087] LOG SocketIOClient{/}: Handling event: reconnectAttempt with data: [3]"),
		},
	},
	{
		name:   "nrf-connect-mobile-shared-log",
		source: "nRF Connect for Mobile (Android), a connection's log shared as text (a `nRF Connect, yyyy-MM-dd` line and the device's name and address, then `L<TAB>HH:mm:ss.SSS<TAB>msg` with the nRF Logger letters V D I A W E, a discovered service's characteristics on tab-indented lines under it): espressif/esp-idf issue #1263 (a pasted shared log); the letters' order (DEBUG, VERBOSE, INFO, APPLICATION, WARNING, ERROR) from nRF Logger's LogContract, from memory",
		why:    "the level is a single letter before a tab; the date is only in the header, the time of day (the phone's, taken as UTC) is on the clock's day, which is the header's day; A (APPLICATION, ranked between INFO and WARNING) is Notice; a service listing's tab-indented lines belong to the line above; the device's MAC is no host",
		gap:    "the time of day in the tab-separated column after the level letter is not read (the records get no time), and the letter A (nRF Logger's APPLICATION) is read as critical, not notice",
		entries: []worldEntry{
			wskip("nRF Connect, 2026-11-29",
				"Thermo-7 (D4:3A:11:8E:02:5C)"),
			we("2026-11-29T07:41:16.102Z", Trace, "", "V\t07:41:16.102\tConnecting to D4:3A:11:8E:02:5C..."),
			we("2026-11-29T07:41:16.103Z", Debug, "", "D\t07:41:16.103\tgatt = device.connectGatt(autoConnect = false, TRANSPORT_LE, preferred PHY = LE 1M)"),
			we("2026-11-29T07:41:16.688Z", Debug, "", "D\t07:41:16.688\t[Callback] Connection state changed with status: 0 and new state: CONNECTED (2)"),
			we("2026-11-29T07:41:16.689Z", Info, "", "I\t07:41:16.689\tConnected to D4:3A:11:8E:02:5C"),
			we("2026-11-29T07:41:17.360Z", Trace, "",
				"V\t07:41:17.360\tEnvironmental Sensing (0x181A)",
				"\t\t\t- Temperature [N R] (0x2A6E)",
				"\t\t\t   Client Characteristic Configuration (0x2902)",
				"\t\t\t- Humidity [R] (0x2A6F)"),
			we("2026-11-29T07:41:18.020Z", Notice, "", "A\t07:41:18.020\t\"21.37°C\" received"),
			we("2026-11-29T07:41:44.501Z", Warn, "", "W\t07:41:44.501\tConnection parameters update failed: status 59 (0x3B)"),
			we("2026-11-29T07:41:51.003Z", Error, "", "E\t07:41:51.003\tError 133 (0x85): GATT ERROR"),
		},
	},
	{
		name:   "qonversion-flutter-run-brief-spaced-tag",
		source: "the Qonversion Flutter SDK's Android lines as `flutter run` relays the device's log (logcat's brief `P/tag( pid): msg`, tags `Qonversion` and `Qonversion No-Codes`, a `[Thread - name]` before the message; the app's own `I/flutter ( pid):` lines among them): qonversion/flutter-sdk issue #420",
		why:    "no time at all; the priority letter before the slash; a tag with a blank in it (`Qonversion No-Codes`) before the pid's parenthesis; `PlayBillingLibrary-1` is a thread, no host; each relayed line is its own record",
		entries: []worldEntry{
			we("", Error, "", "E/Qonversion( 5818): Qonversion has been initialized already. Multiple instances of Qonversion are not supported now."),
			we("", Error, "", "E/Qonversion No-Codes( 5818): Qonversion No-Codes has been initialized already. Multiple instances of Qonversion No-Codes are not supported now."),
			we("", Info, "", "I/Qonversion( 5818): [Thread - PlayBillingLibrary-1] queryPurchases() -> purchases cache is empty."),
			we("", Info, "", "I/flutter ( 5818): QonversionException."),
			we("", Info, "", "I/flutter ( 5818): Code: BackendError, Description: There was a backend error, Additional Message: HTTP status code=403, error=project key is not valid."),
		},
	},
	{
		name:   "realm-swift-sync-nslog",
		source: "Realm Cocoa's sync client logging through NSLog in Xcode's console (`yyyy-MM-dd HH:mm:ss.SSS Process[pid:tid] Sync: msg`, no offset, no level word; `Connection[n]: Session[n]:` prefixes): realm/realm-swift issues #5093 (the NSLog prefix before `Sync: Opening Realm file:`) and #7018 (`Sync: Connection[3]: …` lines)",
		why:    "a zone-less NSLog stamp with milliseconds (UTC by the rules); `Sync:` is a category, no level; endpoint addresses and `(1/1)` in the message are neither host nor date",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.039Z", Unknown, "", "2026-11-29 07:41:16.039 Harbor[4410:88120] Sync: Opening Realm file: /var/mobile/Containers/Data/Application/3E0B7C21-5D4A-4C8E-9A61-2F7B0D9C4E15/Documents/mongodb-realm/harbor-qlmzt/6742c0e1f1a2b3c4d5e6f708/default.realm"),
			we("2026-11-29T07:41:16.052Z", Unknown, "", "2026-11-29 07:41:16.052 Harbor[4410:88187] Sync: Connection[1]: Resolving 'ws.realm.example.net:443'"),
			we("2026-11-29T07:41:16.090Z", Unknown, "", "2026-11-29 07:41:16.090 Harbor[4410:88187] Sync: Connection[1]: Connecting to endpoint '203.0.113.40:443' (1/1)"),
			we("2026-11-29T07:41:16.241Z", Unknown, "", "2026-11-29 07:41:16.241 Harbor[4410:88187] Sync: Connection[1]: Connected to endpoint '203.0.113.40:443' (from '10.0.1.7:60484')"),
			we("2026-11-29T07:41:16.377Z", Unknown, "", "2026-11-29 07:41:16.377 Harbor[4410:88187] Sync: Connection[1]: Session[1]: Progress handler called, downloaded = 0, downloadable(total) = 0, uploaded = 0, uploadable = 2048, reliable_download_progress = 0, snapshot version = 3"),
		},
	},
	{
		name:   "rxandroidble-studio-legacy-logcat-hash-tags",
		source: "RxAndroidBle's queue and callback lines in Android Studio's older Logcat window (`MM-dd HH:mm:ss.SSS pid-tid/package P/tag: msg`, tags `RxBle#GattCallback`, `RxBle#ConnectionOperationQueue` with a `#` inside): dariuszseweryn/RxAndroidBle issue #236 (a pasted log) and PR #551 (the reworked tags and QUEUED/STARTED/FINISHED lines)",
		why:    "no year (2026); pid-tid and the package before the level letter and slash; a tag holding `#`; `MAC='…'` and `device=` name the peripheral, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.862Z", Debug, "", "11-29 07:41:16.862 17680-17692/com.example.thermo D/BluetoothGatt: onClientConnectionState() - status=0 clientIf=5 device=D4:3A:11:8E:02:5C"),
			we("2026-11-29T07:41:16.867Z", Info, "", "11-29 07:41:16.867 17680-17692/com.example.thermo I/RxBle#GattCallback: MAC='D4:3A:11:8E:02:5C'  onConnectionStateChange(), status=0, value=2"),
			we("2026-11-29T07:41:16.887Z", Debug, "", "11-29 07:41:16.887 17680-17801/com.example.thermo D/RxBle#ConnectionOperationQueue: QUEUED   ServiceDiscoveryOperation(118842610)"),
			we("2026-11-29T07:41:16.897Z", Debug, "", "11-29 07:41:16.897 17680-17708/com.example.thermo D/RxBle#ConnectionOperationQueue: STARTED  ServiceDiscoveryOperation(118842610)"),
			we("2026-11-29T07:41:17.230Z", Trace, "", "11-29 07:41:17.230 17680-17708/com.example.thermo V/RxBle#ServiceDiscoveryOperation: Preparing services description"),
			we("2026-11-29T07:41:37.002Z", Error, "", "11-29 07:41:37.002 17680-17680/com.example.thermo E/ThermoSync: com.polidea.rxandroidble2.exceptions.BleGattCallbackTimeoutException: GATT exception from MAC address D4:3A:11:8E:02:5C, with type BleGattOperation{description='SERVICE_DISCOVERY'}"),
		},
	},
	{
		name:   "appmetrica-ios5-xcode15-method-line",
		source: "AppMetrica iOS SDK 5's internal log in Xcode 15's console, which shows only the message (`±[Class selector:]:line msg`, no time, no level word): appmetrica/appmetrica-sdk-ios issue #5 (a pasted console)",
		why:    "a record with no time, level or host of its own: the Objective-C method and its `:250` line number are neither a time nor a level; no neighbour's time may be borrowed",
		entries: []worldEntry{
			we("", Unknown, "", "+[AMAFileUtility basePathForSystemType:]:250 Base path of type '14' is: /var/mobile/Containers/Data/Application/9F21C3D4-7A1B-4E0C-8D55-61B0A2E4F7C3/Library/Application Support/io.appmetrica"),
			we("", Unknown, "", "+[AMAQueuesFactory serialQueueForIdentifierObject:domain:]:31 Created serial queue io.appmetrica.AMAReportersContainer.4c1f"),
			we("", Unknown, "", "-[AMAReporter reportEvent:parameters:onFailure:]:212 Event 'checkout_opened' added to the session 10000000017"),
			we("", Unknown, "", "-[AMAReportsController reportRequestModel:]:88 Request failed with status code 503, will retry in 60 s"),
		},
	},
	{
		name:   "adapty-rn-logkitty-iso-inner",
		source: "the Adapty React Native SDK's verbose logger as `react-native log-android` (logkitty) prints it (`[HH:mm:ss] P | ReactNativeJS ▶︎ '[ISO-Z] [adapty@version] \"method\": text', {args}`, calls of the same second grouped under one head with `│` and `└` gutter rows): adaptyteam/AdaptySDK-React-Native issue #102",
		why:    "two times of one moment: logkitty's bracketed time of day (the phone's, at +01:00, read as UTC on the clock's day) and Adapty's own ISO stamp in Z inside the quoted message; either is accepted; the letter before the bar is the priority; the gutter rows belong to the head",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.131Z", Debug, "", `[08:41:16] D | ReactNativeJS ▶︎ '[2026-11-29T07:41:16.131Z] [adapty@3.4.2] "activate": <HOLD> Calling method', {}`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.267Z", Debug, "",
				`[08:41:16] D | ReactNativeJS ▶︎ '[2026-11-29T07:41:16.267Z] [adapty@3.4.2] "parse": Decoding string...', { input: '{"data":{},"type":"null"}' }`,
				`                             │ '[2026-11-29T07:41:16.268Z] [adapty@3.4.2] "fetch/activate": Calling bridge function: OK', { response: '{"data":{},"type":"null"}' }`,
				`                             └ '[2026-11-29T07:41:16.270Z] [adapty@3.4.2] "activate": Calling method: OK', undefined`),
			we("2026-11-29T08:41:18Z|2026-11-29T07:41:18.402Z", Debug, "", `[08:41:18] D | ReactNativeJS ▶︎ '[2026-11-29T07:41:18.402Z] [adapty@3.4.2] "getPaywall": Calling method', { placementId: 'onboarding_end' }`),
			we("2026-11-29T08:41:19Z|2026-11-29T07:41:19.955Z", Error, "", `[08:41:19] E | ReactNativeJS ▶︎ '[2026-11-29T07:41:19.955Z] [adapty@3.4.2] "getPaywall": Calling method: FAILED', { error: { adaptyCode: 2006, message: 'Network request failed' } }`),
		},
	},
	{
		name:   "revenuecat-ios-xcode-console-nslog",
		source: "RevenueCat's purchases-ios in Xcode's console (NSLog's `yyyy-MM-dd HH:mm:ss.SSSSSS±hhmm Process[pid:tid]` prefix, then `[Purchases] - LEVEL: emoji msg`, levels VERBOSE DEBUG INFO WARN ERROR; an NSError's description may run onto the next line): RevenueCat/purchases-ios PRs #1493 (pasted INFO and ERROR lines with the prefix) and #2082 (VERBOSE), issue #3048 (WARN)",
		why:    "the level word after `[Purchases] - ` (VERBOSE, below DEBUG, is Trace); a -0800 offset; the error's second line has no prefix and belongs to the line above",
		gap:    "the word VERBOSE after `[Purchases] - ` is read as debug, not as the trace level below DEBUG",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118Z", Debug, "", "2026-11-28 23:41:16.402118-0800 Tidepool[6120:2240117] [Purchases] - DEBUG: ℹ️ Debug logging enabled"),
			we("2026-11-29T07:41:16.402530Z", Trace, "", "2026-11-28 23:41:16.402530-0800 Tidepool[6120:2240117] [Purchases] - VERBOSE: Purchases.init: created new Purchases instance: Purchases (0x0000600002c4a100)"),
			we("2026-11-29T07:41:17.118904Z", Warn, "", "2026-11-28 23:41:17.118904-0800 Tidepool[6120:2240298] [Purchases] - WARN: 🍎‼️ App running on sandbox without a receipt file. Unable to determine intro eligibility."),
			we("2026-11-29T07:41:22.815265Z", Info, "", "2026-11-28 23:41:22.815265-0800 Tidepool[6120:2240117] [Purchases] - INFO: 😻💰 Purchased product - 'com.example.tidepool.monthly'"),
			we("2026-11-29T07:41:40.793204Z", Error, "",
				`2026-11-28 23:41:40.793204-0800 Tidepool[6120:2240117] [Purchases] - ERROR: 💰 Product purchase for 'com.example.tidepool.yearly' failed with error: Error Domain=RevenueCat.ErrorCode Code=2 "There was a problem with the App Store.`,
				`Try again in a few minutes." UserInfo={NSLocalizedDescription=There was a problem with the App Store., source_function=purchase(product:package:completion:)}`),
		},
	},
}

func TestFresh498Formats(t *testing.T) { assertTable(t, fresh498Cases) }
func TestFresh498Score(t *testing.T) {
	checkScore(t, "fresh498 formats", fresh498Cases, [worldNumFields]float64{95.8, 87.4, 99.9, 99.9})
}
