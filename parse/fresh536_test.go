package parse

import "testing"

// The five-hundred-and-thirty-sixth fresh table: mobile platforms' logs, a twelfth pass, in shapes no
// earlier table holds. Each family is one product's output as developers attach it to tickets:
// Stream Chat's Swift SDK console logger (`yyyy-MM-dd HH:mm:ss.SSS [LEVEL] [thread] [File:line]
// [function] > msg`, a pretty-printed JSON body under a debug line), the same logger with its
// documented emoji prefix formatter, and with the date and thread hidden; Twilio Voice 2.x for iOS in
// Xcode's console (NSLog's stamp with an offset, then `[LEVEL Module] msg`, a call-quality sample
// dictionary spanning lines); Android Studio 1.x's logcat window (`MM-dd HH:mm:ss.SSS  pid-tid/package
// P/tag﹕ msg`, the small colon U+FE55); the RudderStack React Native SDK through Metro (` LOG
// RudderSDK: Debug: msg`); the Amazon Chime SDK's media library on the console (WebRTC's `[sss:mmm]
// [tid] (file.cc:line): msg`, an elapsed stamp); and the Chime SDK's ConsoleLogger as Xcode shows its
// os_log lines (`[INFO] name - msg` after the stamp).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`logcat`, `-v long`, `-v brief`, `-v process`, `-v epoch`,
// `-v monotonic`, `-v uid`, `-v year`, `-v color`, `-v nsec`, `-v usec`, `-v raw`, `-v tag`,
// `beginning of crash`, `tombstone`, `traces.txt`, `dumpsys`, `bugreport`, `== dumpstate`,
// `idevicesyslog`, `log show`, `--style syslog`, `--style compact`, `log stream`, `ndjson`,
// `eventMessage`, `Default 0x0`, `Error 0x0`, `Subsystem:`, `| Process:`, `NSLog`, `CocoaLumberjack`,
// `DDLog`, `XCGLogger`, `SwiftyBeaver`, `Willow`, `Timber`, `flutter`, `I/flutter`, `ERROR:flutter`,
// `flutter/shell`, `[INFO:flutter`, `[  +`, `react-native`, `ReactNativeJS`, `RCTLog`, `Expo Go`,
// `expo-updates`, `Crashlytics`, `FirebaseMessaging`, `[FirebaseCore]`, `I-COR`, `I-FCM`, `I-CLS`,
// `I-SWZ`, `GoogleUtilities`, `[Sentry]`, `[Sentry] [`, `SentryCrash`, `bugsnag`, `OneSignal`,
// `AppCenter`, `Amplitude`, `[DATADOG SDK]`, `Instabug`, `Embrace`, `KSCrash`, `PLCrashReporter`,
// `fastlane`, `appium`, `scrcpy`, `pymobiledevice`, `go-ios`, `tidevice`, `devicectl`, `xamarin`,
// `mono-rt`, `[DOTNET]`, `capacitor`, `cordova`, `NativeScript`, `Titanium`, `Kermit`, `Napier`,
// `HiLog`, `OHOS`, `mParticle`, `mParticle ->`, `Statsig`, `RudderStack`, `RudderSDK`,
// `Debug: setup`, `RSStack`, `Stream Chat`, `StreamChat`, `stream-chat`, `[DEBUG] [main]`,
// `[WebSocketClient`, `Shipbook`, `Bugfender`, `Smartlook`, `Intercom`, `Braze`, `AppsFlyer`,
// `Mixpanel`, `LaunchDarkly`, `CleverTap`, `Countly`, `Kochava`, `AppMetrica`, `twilio`, `Twilio:[`,
// `INFO:Twilio`, `DEBUG:Twilio`, `TwilioVoice`, `[VERBOSE `, `[VERBOSE Twilio`,
// `TVONotificationClient`, `PJSIP`, `OpenTok`, `OPENTOK`, `otk_console`, `GCKLogger`, `MapLibre`,
// `mbgl`, `{Main}[`, `﹕`, `app D/`, `chime`, `video_renderer_adapter`, `[017:`, `SFOAuth`,
// `salesforce`, `Splunk RUM`, `sensorsdata`, `SALog`, `JPush`, `JIGUANG`). `StreamChat` appears only in
// the grep lists of fresh420, fresh444 and fresh498, `chime` only in a grep list and inside other
// words, `[VERBOSE ` and `[DEBUG] [main]` only in other products' lines, and `mbgl` only in
// fresh374's grep list. Left out as measured already: Android logcat in threadtime, brief, long,
// process, time, year, uid, epoch and monotonic, Android Studio's later logcat windows (with a year,
// and without one and `: ` after the tag), the Console.app copy (RudderStack's `RSStack` lines come in
// it), idevicesyslog, log show in its styles, Twilio Video's and Twilio Voice's later
// `LEVEL:Twilio:[Module]` lines, Salesforce's SDK, Datadog's, Sentry's, Firebase's, Flutter's and
// Metro's own lines. Left out as not confirmed by any search in the time given: mParticle's and
// Statsig's console lines, Google Cast's GCKLogger, the sensorsdata SDK. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Stream Chat's stamp has no zone and is taken as UTC; with `showDate` off the
// line has no time. Twilio's and Xcode's NSLog stamps carry an offset (+0700, -0800) and are
// converted. Android Studio 1.x's `MM-dd` has no year: 2026. Metro's lines and the Chime media
// library's elapsed `[017:088]` (seconds and milliseconds since the library started) give no time.
// Levels only where the line marks one: Stream Chat's `[DEBUG]` `[INFO]` `[WARNING]` `[ERROR]` (the
// emoji before them is decoration), Twilio's `VERBOSE` (Trace) `DEBUG` `INFO` `ERROR` before the
// module in the bracket, the logcat priority letter before the tag, RudderSDK's `Debug:` after its
// tag (Metro's `LOG` is only the console method), the Chime ConsoleLogger's `[INFO]` `[DEBUG]`
// `[ERROR]` `[FAULT]` (fault is Critical); the Chime media lines carry none. No family has a host
// field: the app name and pid in NSLog's stamp, the package in logcat's column, the WebSocket and API
// hosts in messages are no hosts. A record that spans lines is one entry: Stream Chat's debug line
// with its JSON body, Twilio's call-quality sample dictionary.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9282ae9 before any rule for it: level 70.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 68.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 9282ae9 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Twilio Voice 2.x's VERBOSE inside its `[LEVEL Module]`
// bracket, read as debug rather than trace; Android Studio 1.x's priority letter before the small
// colon, not read at all; and Metro's `LOG` method word, read as info where RudderSDK's own `Debug:`
// marks the level.

var fresh536Cases = []worldCase{
	{
		name:   "stream-chat-swift-console",
		source: "GetStream/stream-chat-swift Sources/StreamChat/Utils/Logger/Destination/BaseLogDestination.swift (`date [LEVEL] [thread] [File:line] [function] > msg`) and Logger.swift (LogConfig defaults: dateFormat `yyyy-MM-dd HH:mm:ss.SSS`, showDate/showLevel/showThreadName/showFileName/showLineNumber/showFunctionName on, showIdentifier off; thread `[main] ` or the queue label; debugPrettyPrintedJSON bodies); docs docusaurus/docs/iOS/basics/logs.md",
		why:    "a zone-less stamp (UTC); the level in the first bracket; the file:line and function brackets are no time; a debug line's pretty-printed JSON body belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [INFO] [main] [ChatClient.swift:412] [connectUser(userInfo:token:completion:)] > Connecting user tilde-ormsby to wss://chat.example-stream.test/connect"),
			we("2026-11-29T07:41:16.871Z", Debug, "",
				"2026-11-29 07:41:16.871 [DEBUG] [com.apple.root.utility-qos] [APIClient.swift:201] [executeRequest(endpoint:completion:)] > Response received for /channels/messaging/team-7/query:",
				"{",
				`  "duration" : "41.07ms",`,
				`  "channel" : {`,
				`    "cid" : "messaging:team-7",`,
				`    "member_count" : 12`,
				"  }",
				"}"),
			we("2026-11-29T07:41:19.330Z", Warn, "", "2026-11-29 07:41:19.330 [WARNING] [com.apple.root.default-qos] [WebSocketClient.swift:288] [handlePingTimeout()] > Pong not received in time, reconnecting"),
			we("2026-11-29T07:41:21.009Z", Error, "", "2026-11-29 07:41:21.009 [ERROR] [main] [MessageSender.swift:173] [sendMessage(with:)] > Sending the message with id 7f3c1a20-44d1-4c5e-9b21-0e8a6d2f1c55 failed with error: ClientError(\"The Internet connection appears to be offline.\")"),
		},
	},
	{
		name:   "stream-chat-swift-emoji-prefix",
		source: "GetStream/stream-chat-swift docs docusaurus/docs/iOS/basics/logs.md (`LogConfig.formatters = [PrefixLogFormatter(prefixes: [.info: \"ℹ️\", .debug: \"🛠\", .warning: \"⚠️\", .error: \"🚨\"])]`) and BaseLogDestination.swift (formatters apply to the whole extended message, so the prefix comes first)",
		why:    "an emoji and a blank before the stamp; the level still in the first bracket",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.118Z", Info, "", "ℹ️ 2026-11-29 07:52:03.118 [INFO] [main] [ChatChannelController.swift:88] [synchronize(_:)] > Synchronizing channel messaging:garden-club"),
			we("2026-11-29T07:52:03.402Z", Debug, "", "🛠 2026-11-29 07:52:03.402 [DEBUG] [com.apple.root.user-initiated-qos] [DatabaseContainer.swift:244] [write(_:completion:)] > Saved 25 messages for messaging:garden-club"),
			we("2026-11-29T07:52:09.775Z", Warn, "", "⚠️ 2026-11-29 07:52:09.775 [WARNING] [main] [ChatClient.swift:630] [refreshToken(completion:)] > Token expired, requesting a new one from the token provider"),
			we("2026-11-29T07:52:10.014Z", Error, "", "🚨 2026-11-29 07:52:10.014 [ERROR] [main] [ChatClient.swift:651] [refreshToken(completion:)] > Token provider failed: HTTP 503 from https://auth.example-app.test/stream-token"),
		},
	},
	{
		name:   "stream-chat-swift-no-date",
		source: "GetStream/stream-chat-swift docs docusaurus/docs/iOS/basics/logs.md (`LogConfig.showThreadName = false`, `LogConfig.showDate = false`, `LogConfig.showFunctionName = false`) and BaseLogDestination.swift (then `[LEVEL] [File:line] > msg`)",
		why:    "the date hidden: no time; the level bracket first; File:line is no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] [ChatClient.swift:412] > Connecting user ines-marlow"),
			we("", Debug, "", "[DEBUG] [WebSocketClient.swift:141] > Web socket connection state changed: connecting"),
			we("", Warn, "", "[WARNING] [ChannelListUpdater.swift:96] > Skipping channel list refresh: already in progress"),
			we("", Error, "", "[ERROR] [AttachmentUploader.swift:58] > Upload of photo-4411.jpg failed: request timed out after 30.0s"),
		},
	},
	{
		name:   "twilio-voice-ios-2x-bracketed-level",
		source: "Twilio Voice iOS SDK 2.x in Xcode's console (NSLog's `yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz App[pid:tid] `, then `[LEVEL Module] msg`, modules TwilioVoice, TVONotificationClient, TVOCall, TVORTCMonitor; a call-quality sample dictionary spanning lines): twilio/voice-quickstart-ios issues #107, #138 and #10",
		why:    "an offset after the microseconds (+0700, converted); the level word and the module share one bracket; VERBOSE is Trace; the sample dictionary's lines belong to the record",
		gap:    "VERBOSE inside the `[VERBOSE Module]` bracket is read as debug, not trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:50.431721Z", Trace, "", "2026-11-29 14:41:50.431721+0700 DoorBell[412:88120] [VERBOSE TwilioVoice] Registering for Twilio push notifications"),
			we("2026-11-29T07:41:50.432297Z", Debug, "", "2026-11-29 14:41:50.432297+0700 DoorBell[412:88120] [DEBUG TVONotificationClient] Register for push notifications."),
			we("2026-11-29T07:41:51.797621Z", Info, "", "2026-11-29 14:41:51.797621+0700 DoorBell[412:88120] [INFO TwilioVoice] Inside register:deviceToken:completion:, registered for Twilio push notifications"),
			we("2026-11-29T07:42:03.542008Z", Trace, "",
				"2026-11-29 14:42:03.542008+0700 DoorBell[412:88177] [VERBOSE TVORTCMonitor] Inside statsToSample:, call quality sample: {",
				`    "call_sid" = CA5e0c7f21d9a84b36a0f1e2d3c4b5a697;`,
				"    jitter = 2;",
				"    mos = \"4.3\";",
				`    "packets_lost" = 0;`,
				"    rtt = 84;",
				"}"),
			we("2026-11-29T07:42:09.118004Z", Error, "", "2026-11-29 14:42:09.118004+0700 DoorBell[412:88177] [ERROR TVOCall] Call failed with error: Signaling connection disconnected (31003)"),
		},
	},
	{
		name:   "android-studio-1x-logcat-small-colon",
		source: "Android Studio 1.x's logcat window copied to an issue (`MM-dd HH:mm:ss.SSS  pid-tid/package P/tag﹕ msg`, U+FE55 SMALL COLON after the tag): mapbox/mapbox-gl-native issues #738 and #1468",
		why:    "no year; pid-tid/package before the priority letter; the small colon ends the tag; the package is no host",
		gap:    "the priority letter before `/tag﹕` (the small colon U+FE55 after the tag) is not read: no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.389Z", Debug, "", "11-29 07:41:16.389  18953-18953/com.example.trailmaps D/mbgl﹕ {Main}[Android]: transform resize"),
			we("2026-11-29T07:41:16.402Z", Info, "", "11-29 07:41:16.402  18953-18953/com.example.trailmaps I/SurfaceView﹕ Changes: creating=true format=true size=true visible=true"),
			we("2026-11-29T07:41:17.015Z", Warn, "", "11-29 07:41:17.015  18953-19011/com.example.trailmaps W/mbgl﹕ {Worker}[Style]: Unable to load glyph range 0-255 for font stack Open Sans Bold"),
			we("2026-11-29T07:41:17.230Z", Error, "", "11-29 07:41:17.230  18953-19020/com.example.trailmaps E/mbgl﹕ {HTTPRequest}[Connection]: Request failed due to a permanent error: Unable to resolve host \"tiles.example-maps.test\""),
		},
	},
	{
		name:   "rudderstack-react-native-metro",
		source: "RudderStack React Native SDK with logLevel DEBUG, its lines as Metro prints console.log (` LOG  RudderSDK: Debug: msg`): rudderlabs/rudder-sdk-react-native issue #220",
		why:    "Metro's LOG is the console method, not a level; the SDK's own `Debug:` after its tag is; no time",
		gap:    "Metro's `LOG` method word is read as info; RudderSDK's own `Debug:` after its tag is not read",
		entries: []worldEntry{
			we("", Debug, "", " LOG  RudderSDK: Debug: Initializing Rudder RN SDK version: 1.14.2"),
			we("", Debug, "", " LOG  RudderSDK: Debug: setup: created config"),
			we("", Debug, "", " LOG  RudderSDK: Debug: setup: setup completed"),
			we("", Debug, "", " LOG  RudderSDK: Debug: track: Order Completed"),
		},
	},
	{
		name:   "chime-sdk-media-elapsed-stamp",
		source: "Amazon Chime SDK for iOS's media library on the console (WebRTC-style `[sss:mmm] [tid] (file.cc:line): msg`, an elapsed stamp since the library started): aws/amazon-chime-sdk-ios issue #67",
		why:    "`[017:088]` is elapsed seconds and milliseconds, no time of day; the thread id and file:line are no time; no level",
		entries: []worldEntry{
			we("", Unknown, "", "[017:088] [52487] (video_renderer_adapter.cc:194): 10 metrics frames sent with 0 FPS; notify:video_remote_stream_unpaused_with_zero_fps"),
			we("", Unknown, "", "[027:091] [52487] (video_renderer_adapter.cc:194): 10 metrics frames sent with 0 FPS; notify:video_remote_stream_unpaused_with_zero_fps"),
			we("", Unknown, "", "[031:402] [52510] (audio_client.cc:733): audio client state changed to connected, attendees 4"),
		},
	},
	{
		name:   "chime-sdk-consolelogger-xcode",
		source: "Amazon Chime SDK for iOS ConsoleLogger (`[LEVEL] name - msg` sent to os_log, levels DEFAULT DEBUG INFO FAULT ERROR): aws/amazon-chime-sdk-ios AmazonChimeSDK/utils/logger/ConsoleLogger.swift and issue #65; Xcode's console stamp before it (`yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz App[pid:tid] `) from memory of Xcode 14's console",
		why:    "an offset after the microseconds (-0800, converted); the level bracket after the app and pid; `DefaultMeetingSession` is the logger name; FAULT is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "2026-11-28 23:41:16.204511-0800 Huddle[2210:94512] [INFO] meeting - Starting audio video session"),
			we("2026-11-29T07:41:16.377902Z", Debug, "", "2026-11-28 23:41:16.377902-0800 Huddle[2210:94540] [DEBUG] meeting - audioClientStateChanged: connecting"),
			we("2026-11-29T07:41:22.910443Z", Error, "", "2026-11-28 23:41:22.910443-0800 Huddle[2210:94540] [ERROR] meeting - Video client failed to start: signaling timeout"),
			we("2026-11-29T07:41:23.001276Z", Critical, "", "2026-11-28 23:41:23.001276-0800 Huddle[2210:94512] [FAULT] meeting - Audio session stopped unexpectedly with status 61"),
		},
	},
}

func TestFresh536Formats(t *testing.T) { assertTable(t, fresh536Cases) }
func TestFresh536Score(t *testing.T) {
	checkScore(t, "fresh536 formats", fresh536Cases, [worldNumFields]float64{69.9, 99.9, 99.9, 99.9})
}
