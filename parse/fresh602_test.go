package parse

import "testing"

// The six-hundred-and-second fresh table: mobile platforms' logs, a seventeenth pass, through
// mobile SDKs' consoles as developers paste them into issues, in shapes no earlier table holds. Each
// family is one product's documented or observed output: HaishinKit's Logboard lines on Xcode's
// console (`yyyy-MM-dd HH:mm:ss.SSS [Level] [module] [File.swift:n] func > msg`) and the same
// logger under its old name lf.swift with XcodeColors' residue around the line; QuickbloxWebRTC's
// `rtc::[RTCClient]` lines between the app's zone-less NSLog lines; the Telnyx WebRTC iOS SDK's
// emoji-levelled console; greenrobot EventBus's lines copied from Android Studio in the brief form;
// ConnectyCube's Flutter SDK in three outputs (logcat brief under `flutter run`, the iOS
// simulator's `flutter: ` console, Android Studio's compact logcat with a time of day only).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`onesignal`, `braze`, `appboy`, `amplitude`, `mixpanel`,
// `xcglogger`, `swiftybeaver`, `DATADOG SDK`, `datadog`, `appsflyer`, `<Google>`, `capacitor`,
// `napier`, `scrcpy`, `genymotion`, `install.log`, `softwareupdated`, `Moya_Logger`, `moya`,
// `okhttp`, `--> GET`, `leakcanary`, `strictmode`, `chucker`, `New Relic`, `newrelic`,
// `appcenter`, `MSAC`, `instabug`, `bugsnag`, `raygun`, `countly`, `smartlook`, `embrace`,
// `cocoalumberjack`, `DDLog`, `Firebase/`, `I-COR`, `FBSDK`, `facebook`, `Lottie`, `timber`,
// `logcat -v`, `os_log`, `CFNetwork`, `nw_connection`, `apptentive`, `Kochava`, `sentry-cocoa`,
// `Purchases`, `MParticle`, `Localytics`, `Leanplum`, `clevertap`, `Iterable`, `Airship`,
// `Pushy`, `mapbox`, `HERE SDK`, `Realm`, `Alamofire`, `Kingfisher`, `SDWebImage`, `Glide`,
// `Fresco`, `Picasso`, `Coil`, `intercom`, `zendesk`, `stripe`, `sendbird`, `pspdfkit`,
// `opentok`, `vonage`, `jitsi`, `webrtc`, `linphone`, `bctoolbox`, `pjsip`, `pjsua`,
// `matrix_sdk`, `element x`, `signal`, `magisk`, `lsposed`, `twrp`, `xposed`, `tasker`,
// `macrodroid`, `netguard`, `devicectl`, `ios-deploy`, `go-ios`, `tidevice`, `batterystats`,
// `INFO:CONSOLE`, `godot`, `cocos2d`, `libgdx`, `defold`, `solar2d`, `livekit`, `VrApi`,
// `CoreSimulator`, `IDEDistribution`, `altool`, `notarytool`, `waydroid`, `bluestacks`, `tizen`,
// `dlogutil`, `kaios`, `sailfish`, `eg25`, `usbmuxd`, `palera1n`, `checkra1n`, `futurerestore`,
// `sideloadly`, `trollstore`, `cfgutil`, `intune`, `odin`, `heimdall`, `fastboot`, `OKAY [`,
// `miflash`, `qfil`, `mtkclient`, `Frida`, `mitmproxy`, `Proxyman`, `Flipper`, `Wormholy`,
// `hugo`, `swift-log`, `StreamLogHandler`, `rollbar`, `uxcam`, `fullstory`, `ironsource`,
// `vungle`, `chartboost`, `pangle`, `didomi`, `sinch`, `TwilioChat`, `mux`, `bitmovin`,
// `theoplayer`, `jwplayer`, `brightcove`, `conviva`, `youbora`, `kaltura`, `playkit`, `TRTC`,
// `umeng`, `MMKV`, `tinker`, `ARouter`, `dokit`, `objectbox`, `apollo`, `supabase`, `ktor`,
// `EventLogger`, `eventTime=`, `ExoPlayerImpl`, `media3`, `ijkplayer`, `osmdroid`, `telnyx`,
// `TxClient::`, `simperium`, `Plivo`, `QuickBlox`, `RTCClient`, `rtc::[`, `ConnectyCube`,
// `CB-SDK`, `HaishinKit`, `logboard`, `com.haishinkit`, `g211,211,211`, `xcodecolors`,
// `StreamPack`, `EventBus`, `greenrobot`, `No subscribers`, `D/EventBus`). None of HaishinKit,
// lf.swift, QuickBlox, Telnyx, greenrobot EventBus or ConnectyCube is in any table (`EventBus`
// matches only a path in a JSON line of another product, `No subscribers` other products' messages,
// `kaltura` the Kaltura server's API log). Left out as measured already: OneSignal, Braze,
// Amplitude, Mixpanel, XCGLogger, SwiftyBeaver, Datadog, AppsFlyer, Capacitor, Moya, OkHttp,
// LeakCanary, App Center, Instabug, Bugsnag, CocoaLumberjack, Firebase, Twilio Video and Voice,
// Swrve, Agora, ExoPlayer's EventLogger, Kaltura's server. Left out as not confirmed by any search:
// Youbora's, Kaltura PlayKit's, FullStory's, Sinch's and Plivo's mobile SDK consoles, and
// StreamPack's (its pasted logs are the platform's codec lines in a measured logcat shape). The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). HaishinKit's, lf.swift's and QuickBlox's stamps have no zone and are taken
// as UTC (the NSLog lines of iOS 10 and earlier print none). Android Studio's compact logcat has a
// time of day only: it is on the clock's day. Telnyx's console, EventBus's brief lines and
// ConnectyCube's `flutter run` lines carry no time; a `created_at` inside a printed JSON body is
// the server's. Levels only where the line marks one: Logboard's bracketed word (`[Verbose]` the
// lowest, Trace), Telnyx's emoji (🔵 info, 🚫 error), the logcat priority letter (`D/`, `I/`, the
// compact view's lone letter); QuickBlox's lines, the app's own print lines and the iOS
// `flutter: ` lines carry none. The host is the record's host field, and none of these lines has
// one: RTMP servers, `wss://rtc.telnyx.com`, api.connectycube.com, module ids, pids and packages
// are no hosts. Each printed line is a record of its own: Flutter prints every line of a request
// dump with its own prefix, and Android Studio's compact view leaves the package blank on a line
// that repeats it, but that line is its own logcat entry.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (only Telnyx's 🚫 emoji as the error level). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 77.5 %, time 93.8 %, host 96.9 %, records 93.8 %.
// That is the macro figure (micro: level 78.4 %, time 94.6 %, host 97.3 %, records 94.6 %), in a
// worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are lf.swift's `[Verbose]`, read as Debug rather than Trace,
// Telnyx's emoji levels, which trawl does not read, and ConnectyCube's iOS console, where the
// `created_at` inside a printed JSON body is taken as the record's time and the next `flutter:`
// line is joined to it.

var fresh602Cases = []worldCase{
	{
		name:   "haishinkit-logboard-xcode-console",
		source: "HaishinKit (iOS RTMP/SRT streaming) with its Logboard logger at verbose level, on Xcode's console (`yyyy-MM-dd HH:mm:ss.SSS [Level] [com.haishinkit.HaishinKit] [File.swift:line] function > msg`, levels Trace Debug Info Warn Error): HaishinKit/HaishinKit.swift issues #369 and #417 (pasted logs)",
		why:    "a zone-less date and time (UTC by the rules); the bracketed level word; the module id and the `File.swift:488` are no time and no host; the RTMP server's address in a message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.224Z", Info, "", "2026-11-29 07:41:16.224 [Info] [com.haishinkit.HaishinKit] [IOAudioUnit.swift:94] appendSampleBuffer(_:) > inSourceFormat changed to 48000 Hz, 1 ch"),
			we("2026-11-29T07:41:16.410Z", Debug, "", "2026-11-29 07:41:16.410 [Debug] [com.haishinkit.HaishinKit] [RTMPConnection.swift:310] connect(_:arguments:) > rtmp://live.harbour-cast.test:1935/app"),
			we("2026-11-29T07:41:16.533Z", Trace, "", "2026-11-29 07:41:16.533 [Trace] [com.haishinkit.HaishinKit] [RTMPSocket.swift:84] doOutput(chunk:) > RTMPChunk{size: 0,type: zero,streamId: 3,message: Optional(RTMPCommandMessage{type: amf0Command,length: 281,commandName: connect,transactionId: 1})}"),
			we("2026-11-29T07:41:18.902Z", Warn, "", "2026-11-29 07:41:18.902 [Warn] [com.haishinkit.HaishinKit] [RTMPStream.swift:612] on(status:) > NetStream.Publish.BadName"),
			we("2026-11-29T07:41:19.015Z", Error, "", "2026-11-29 07:41:19.015 [Error] [com.haishinkit.HaishinKit] [NetSocket.swift:212] close(isDisconnected:) > Error Domain=NSPOSIXErrorDomain Code=57 \"Socket is not connected\""),
		},
	},
	{
		name:   "lf-swift-xcodecolors-verbose-console",
		gap:    "the `[Verbose]` level word is read as Debug, not as the lowest level (Trace)",
		source: "lf.swift (HaishinKit's earlier name) with XcodeColors on, as pasted from Xcode's console with the escape characters lost (`g211,211,211;g;` before `yyyy-MM-dd HH:mm:ss.SSS [Verbose] [com.github.shogo4405.lf.…] [File.swift:line] function > msg` and `[;` after it): HaishinKit/HaishinKit.swift issue #57 (a pasted log)",
		why:    "the colour residue glued before the date; the zone-less time is UTC; `[Verbose]` is the lowest level (Trace), `[Info]` Info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.553Z", Trace, "", "g211,211,211;g;2026-11-29 07:41:16.553 [Verbose] [com.github.shogo4405.lf.NetSocket.network] [RTMPConnection.swift:369] listen(_:bytes:) > RTMPChunk{size:128,type:Zero,streamId:2,message:Optional(RTMPUserControlMessage{type:User,length:6,event:Ping,value:41872}),fragmented:false}[;"),
			we("2026-11-29T07:41:16.557Z", Trace, "", "g211,211,211;g;2026-11-29 07:41:16.557 [Verbose] [com.github.shogo4405.lf.NetSocket.network] [RTMPConnection.swift:369] listen(_:bytes:) > RTMPChunk{size:128,type:One,streamId:3,message:Optional(RTMPCommandMessage{type:AMF0Command,length:64,commandName:onBWDone,transactionId:0}),fragmented:false}[;"),
			we("2026-11-29T07:41:16.902Z", Info, "", "g211,211,211;g;2026-11-29 07:41:16.902 [Info] [com.github.shogo4405.lf] [RTMPStream.swift:402] publish(_:type:) > harbour-stage-2[;"),
			we("2026-11-29T07:41:17.120Z", Trace, "", "g211,211,211;g;2026-11-29 07:41:17.120 [Verbose] [com.github.shogo4405.lf.NetSocket.network] [RTMPSocket.swift:92] doOutput(chunk:) > RTMPChunk{size:0,type:One,streamId:4,message:Optional(RTMPAudioMessage{type:Audio,length:102,streamId:1,timestamp:23}),fragmented:false}[;"),
		},
	},
	{
		name:   "quickblox-webrtc-rtcclient-nslog",
		source: "QuickbloxWebRTC 2.x on iOS in Xcode's console: its own `yyyy-MM-dd HH:mm:ss.SSS rtc::[RTCClient] msg` lines between the app's NSLog lines (`yyyy-MM-dd HH:mm:ss.SSS App[pid:tid] msg`, iOS 10 and earlier print no zone): QuickBlox/quickblox-ios-sdk issue #792 (a pasted log)",
		why:    "both kinds of line carry a zone-less date and time (UTC); `rtc::[RTCClient]` and `Harbour[997:265987]` are a component and a process, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:41.249Z", Unknown, "", "2026-11-29 07:41:41.249 rtc::[RTCClient] iPhone14,5, 18.1, SDK: 2.7.6, webrtc: 17821"),
			we("2026-11-29T07:41:41.294Z", Unknown, "", "2026-11-29 07:41:41.294 rtc::[RTCClient] Initializing SSL..."),
			we("2026-11-29T07:41:41.297Z", Unknown, "", "2026-11-29 07:41:41.297 rtc::[RTCClient] Wating signaling channel"),
			we("2026-11-29T07:41:41.299Z", Unknown, "", "2026-11-29 07:41:41.299 Harbour[997:265987] -[QBChat sendPresenceWithStatus:] -> return. You have to be logged in in order to use Chat API"),
			we("2026-11-29T07:41:44.812Z", Unknown, "", "2026-11-29 07:41:44.812 rtc::[RTCClient] Session 7f31c2a0 state changed: connecting -> connected"),
		},
	},
	{
		name:   "telnyx-webrtc-ios-emoji-console",
		gap:    "the 🚫 before the class name (Telnyx's error) is not read as a level (🔵, its info, is since a later rule)",
		source: "Telnyx WebRTC iOS SDK 0.1.x with logging on, on Xcode's console (its Logger prints an emoji for the level before `Class:: message`, no time; the app's own print lines between them): team-telnyx/telnyx-webrtc-ios issue #98 (a pasted log: `🔵 TxClient:: SocketDelegate onSocketError()`), PR #116 (the `Logger.log.i(message:)` call that writes that line), PR #19 (the levels error warning success info verto); the 🚫 emoji as the error level from memory",
		why:    "no time on any line; the emoji is the level (🔵 info, 🚫 error); the app's own line has no level; `wss://rtc.telnyx.com` is a peer",
		entries: []worldEntry{
			we("", Info, "", "🔵 TxClient:: connect()"),
			we("", Info, "", "🔵 Socket:: connect() to wss://rtc.telnyx.com:443"),
			we("", Info, "", "🔵 TxClient:: SocketDelegate onSocketError()"),
			we("", Unknown, "", "CallViewController:: TxClientDelegate onClientError() error: POSIXErrorCode(rawValue: 57): Socket is not connected"),
			we("", Error, "", "🚫 Socket:: WebSocketDelegate .error POSIXErrorCode(rawValue: 57): Socket is not connected"),
		},
	},
	{
		name:   "greenrobot-eventbus-studio-brief",
		source: "greenrobot EventBus 3 in an Android app, its lines copied from Android Studio's logcat in the brief form (`L/EventBus: msg`, no time, no pid): greenrobot/EventBus issues #353 (a pasted `D/EventBus: No subscribers registered for event class …`) and #280, DearDhruv/Retrofit-with-EventBus issue #1",
		why:    "no time; the priority letter before the slash is the level; the event class names are no hosts",
		entries: []worldEntry{
			we("", Debug, "", "D/EventBus: No subscribers registered for event class com.example.harbour.cart.CartUpdatedEvent"),
			we("", Debug, "", "D/EventBus: No subscribers registered for event class org.greenrobot.eventbus.NoSubscriberEvent"),
			we("", Error, "", "E/EventBus: Could not dispatch event: class com.example.harbour.sync.SyncFinishedEvent to subscribing class class com.example.harbour.ui.InboxFragment"),
			we("", Debug, "", "D/EventBus: No subscribers registered for event class com.example.harbour.sync.SyncFinishedEvent"),
		},
	},
	{
		name:   "connectycube-flutter-logcat-brief",
		source: "ConnectyCube's Flutter SDK on Android, its `CB-SDK: : …` lines and request dump as `flutter run` shows them (logcat brief: `I/flutter (pid): text`, each printed line its own logcat entry): ConnectyCube/connectycube-flutter-samples issue #93 (a pasted log)",
		why:    "no time; `I/` is the level of every line; the pid in parentheses and api.connectycube.com are no host; each printed line is a record of its own",
		entries: []worldEntry{
			we("", Info, "", "I/flutter (21407): CB-SDK: : ========================================================="),
			we("", Info, "", "I/flutter (21407): === REQUEST ==== 4b0e7c1d-93a2-4f5e-8d61-2c7a9e0b5f13 ==="),
			we("", Info, "", "I/flutter (21407):   POST https://api.connectycube.com/session"),
			we("", Info, "", "I/flutter (21407): CB-SDK: : chatConnectionState = CubeChatConnectionState.Idle"),
			we("", Info, "", "I/flutter (21407): CB-SDK: : chatConnectionState = CubeChatConnectionState.Authenticated"),
		},
	},
	{
		name:   "connectycube-flutter-ios-console",
		gap:    "the `created_at` time inside a printed JSON body is taken as the record's time, and the `flutter:` line after that body is joined to it",
		source: "ConnectyCube's Flutter SDK on an iOS simulator, as `flutter run` prints it (`flutter: ` before every printed line, no time, no level): ConnectyCube/connectycube-flutter-samples issues #6 and #63 (pasted logs)",
		why:    "no time and no level on any line; the response's `date:` header and `created_at` inside a printed line are the server's, not the record's time",
		entries: []worldEntry{
			we("", Unknown, "", "flutter: CB-SDK: : *********************************************************"),
			we("", Unknown, "", "flutter: *** RESPONSE *** 201 *** 8e2d4a6b-1c3f-4e57-9a0b-6d7c8e9f0a12 ***"),
			we("", Unknown, "", `flutter:   {"session":{"id":40213377,"user_id":2719044,"application_id":5521,"created_at":"2026-11-29T07:41:16Z","updated_at":"2026-11-29T07:41:16Z"}}`),
			we("", Unknown, "", "flutter: CB-SDK: : Current app state: AppLifecycleState.resumed"),
		},
	},
	{
		name:   "connectycube-flutter-studio-compact-logcat",
		source: "ConnectyCube's Flutter SDK in Android Studio's logcat (Electric Eel and later, compact view: `HH:mm:ss.SSS package  L  text`, the package left blank when it repeats): ConnectyCube/connectycube-flutter-samples issue #285 (a pasted log)",
		why:    "a time of day with milliseconds and no date (the clock's day); the lone letter after the package column is the level; a line whose package column is blank is still a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.271Z", Info, "", "07:41:16.271 com.example.cubechat                 I  CB-SDK: : ========================================================="),
			we("2026-11-29T07:41:16.271Z", Info, "", "07:41:16.271                                      I    {Content-type: application/json, ConnectyCube-REST-API-Version: 0.1.1, CB-SDK: Flutter 2.11.0, CB-Token: 6C1E0A9F22B84D17A3E5}"),
			we("2026-11-29T07:41:16.984Z", Info, "", "07:41:16.984 com.example.cubechat                 I  CB-SDK: : Current app state: AppLifecycleState.inactive"),
			we("2026-11-29T07:41:17.402Z", Warn, "", "07:41:17.402 com.example.cubechat                 W  CB-SDK: : Chat connection lost, will reconnect in 5 s"),
			we("2026-11-29T07:41:17.520Z", Error, "", "07:41:17.520 com.example.cubechat                 E  CB-SDK: : ERROR: Forbidden. Need user."),
		},
	},
}

func TestFresh602Formats(t *testing.T) { assertTable(t, fresh602Cases) }
func TestFresh602Score(t *testing.T) {
	checkScore(t, "fresh602 formats", fresh602Cases, [worldNumFields]float64{84.9, 93.7, 96.8, 93.7})
}
