package parse

import "testing"

// The five-hundred-and-sixty-fourth fresh table: mobile platforms' logs, a fourteenth pass, through
// the on-device ML and AR runtimes and the reactive and HTTP libraries whose console output
// developers paste into tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: TensorFlow Lite's `tflite` tag in logcat threadtime (with the
// benchmark app's `tflite_BenchmarkModelActivity` tag); TensorFlow Lite's minimal logger on stderr
// as Xcode's console shows it (`INFO: msg`, `ERROR: msg`, no time); MediaPipe's glog lines in
// Android Studio's older Logcat window (`I/native: I20261129 07:41:16.670112 tid file.cc:line] msg`,
// the window's own time hidden, other tags' lines with no time between them); Vuforia Engine's `AR`
// tag in Magic Leap Hub's device log (`MM/dd/yy HH:mm:ss.SSS package uid pid tid TAG msg`, newest
// first, no level column, Vuforia's own `yyyy-MM-dd HH:mm:ss: ` inside the message and a blank line
// after it); Vuforia's `AR` tag as `flutter run` relays logcat's brief form (`I/AR      ( pid): msg`);
// RxSwift's `debug()` operator (`yyyy-MM-dd HH:mm:ss.SSS: id -> Event next(…)`); ReactiveSwift's
// `logEvents()` default logger (`[id] event fileName: …, functionName: …, lineNumber: n`, no time);
// Loggy's LoggyDioInterceptor in a Flutter console (an emoji, a time of day with microseconds, a
// padded level, `DioLoggy - >>> Request │ GET │ url`, the box of headers and body under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`BranchSDK`, `[Branch`, `PostHog`, `Segment`, `SEGAnalytics`,
// `analytics-kotlin`, `Leanplum`, `Iterable`, `swift-log`, `StreamLogHandler`, `talker`, `┌`,
// `│ 💡`, `package:logging`, `pretty_dio`, `╔╣`, `LogInterceptor`, `*** Request`, `Ktor`,
// `HttpClient: REQUEST`, `react-native-logs`, `CodePush`, `[CodePush]`, `appdistribution`,
// `objection`, `WM-WorkerWrapper`, `BillingClient`, `am_proc_start`, `tracing_mark_write`, `Stripe`,
// `Ably`, `ObjectBox`, `I-FST`, `Alamofire`, `Apollo`, `logback-android`, `Batch`, `Puppy`, `Logan`,
// `Shake`, `Helpshift`, `Jitsi`, `org.webrtc`, `GMSServices`, `HERE SDK`, `BrowserStack`, `Sauce`,
// `xcbeautify`, `Xcode Cloud`, `eas build`, `Expo`, `shorebird`, `Kotlin/Native`, `dd-sdk`, `Radar`,
// `Purchasely`, `Superwall`, `Qonversion`, `Glassfy`, `Apphud`, `Klaviyo`, `Mindbox`, `Appcues`,
// `Userpilot`, `WalkMe`, `Usercentrics`, `OneTrust`, `Didomi`, `Sourcepoint`, `-v UTC`, `-v zone`,
// `-v descriptive`, `-v printable`, `-v year`, `Pusher`, `Appwrite`, `supabase`, `StripeSdk`,
// `Adyen`, `Braintree`, `PayPal`, `Razorpay`, `Paystack`, `Flutterwave`, `Checkout.com`, `Plaid`,
// `LinkKit`, `Onfido`, `Jumio`, `Veriff`, `Sumsub`, `IDnow`, `Microblink`, `BlinkID`, `Scandit`,
// `ML Kit`, `MLKit`, `TensorFlow Lite`, `tflite`, `XNNPACK`, `MediaPipe`, `gl_context`,
// `gl_context.cc`, `calculator_graph`, `I/native`, `ARCore`, `ARKit`, `Vuforia`, `DataWedge`,
// `EMDK`, `GCKLogger`, `Chromecast`, `xCrash`, `Tombstone maker`, `I0000 00:00`, `UXCam`, `Bugsee`,
// `tauri`, `Lynx`, `Dioxus`, `Flet`, `Slint`, `Uno Platform`, `Avalonia`, `RevenueCat`,
// `flutter_bloc`, `BlocObserver`, `riverpod`, `GetX`, `[GETX]`, `go_router`, `sqflite`,
// `Play Integrity`, `SafetyNet`, `GmsClient`, `loggy`, `DioLoggy`, `👻`, `floggy`, `infinum`,
// `INFO: Created TensorFlow`, `INFO: Initialized TensorFlow`, `INFO: Created`, `benchmark_model`,
// `tflite_Benchmark`, `Didn't find op for builtin`, `Registration failed`, `NNAPI`, `RxSwift`,
// `-> Event next`, `-> subscribed`, `ReactiveSwift`, `logEvents`, `functionName:`, `fileName:`,
// `CoreData: sql`, `Unable to simultaneously satisfy`, `orhanobut`, `fimber`, `magic leap`,
// `magicleap`, `DigitalEyewear`, `I/AR `, ` AR 20`, `Creating Vuforia`, `GlThread`,
// `ExternalTextureConverter`, `I20`). None of TensorFlow Lite, MediaPipe, Vuforia, Magic Leap Hub,
// RxSwift, ReactiveSwift or Loggy is in any table: `👻` is only simple_logger's info emoji in
// fresh214, `I/AR ` only an audio HAL tag in fresh464, `NNAPI` only a perfetto category,
// `logEvents` and `functionName:` only other products' words, `I20` only other glog senders,
// `I0000 00:00` only the Spanner emulator. Left out as measured already: logcat's threadtime,
// brief, long and epoch forms for the platform's own tags, Flutter's logger, talker and
// package:logging, Ktor's and OkHttp's HTTP logging, CodePush, WebRTC, PostHog, RevenueCat,
// Qonversion, Superwall and the SDKs fresh548 and fresh536 list. Left out as not confirmed by any
// search: GetX's `[GETX]` lines, Apphud's and Leanplum's SDK logs, OneTrust's. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Logcat threadtime has no year (2026); the Hub's `11/29/26` is month first
// with a two-digit year; glog's `I20261129 07:41:16.670112` has its date after the level letter;
// RxSwift's DateFormatter stamp and Vuforia's inner stamp have no zone and are read as UTC; the Hub
// line carries two versions of its own time (the Hub's and Vuforia's, cut to the second), and
// either is accepted. Loggy's stamp is a time of day only, on the clock's day. TensorFlow Lite's
// stderr lines, ReactiveSwift's lines and the brief lines relayed by `flutter run` have no time of
// their own, nor have the untimed tags between MediaPipe's lines in Android Studio's window. Levels
// only where the line marks one: logcat's priority letter, glog's letter, TensorFlow Lite's
// `INFO:`/`WARNING:`/`ERROR:`, Loggy's padded level word; the Hub's export has no level column,
// and RxSwift's `Event error(…)` and ReactiveSwift's `failed` are event names, no levels. No
// family has a host field: the Hub's package names, the Bluetooth address, URLs and the Dio
// headers' `date:` are no hosts or times of the record. A record that spans lines is one entry:
// Loggy's request or response with its box of headers and body.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 100.0 %, time 77.5 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 100.0 %, time 80.5 %, host 100.0 %, records 90.2 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are MediaPipe's glog stamp inside the message after `I/native: `,
// which trawl does not read (four of five records get no time), and Loggy's Dio lines, whose time of
// day after the level emoji is not read and whose box of headers and body is split off from its line.

var fresh564Cases = []worldCase{
	{
		name:   "tflite-logcat-threadtime",
		source: "TensorFlow Lite's runtime logging through Android's log under the tag `tflite` (and the benchmark app's `tflite_BenchmarkModelActivity`), read with `adb logcat` threadtime: tensorflow/tensorflow issues #48281 and #56301 (pasted logcat), asus4/tf-lite-unity-sample PR #214",
		why:    "threadtime with no year; the priority letter after the pid and tid; the tag padded with blanks before its colon; node counts and partitions are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.198Z", Info, "", "11-29 07:41:16.198 14522 14522 I tflite_BenchmarkModelActivity: Running TensorFlow Lite benchmark with args: --graph=/data/local/tmp/harbour_detector_v3.tflite --num_runs=40 --use_gpu=true"),
			we("2026-11-29T07:41:16.204Z", Info, "", "11-29 07:41:16.204 14522 14587 I tflite  : Initialized TensorFlow Lite runtime."),
			we("2026-11-29T07:41:16.219Z", Info, "", "11-29 07:41:16.219 14522 14587 I tflite  : Created TensorFlow Lite XNNPACK delegate for CPU."),
			we("2026-11-29T07:41:16.233Z", Info, "", "11-29 07:41:16.233 14522 14587 I tflite  : Replacing 214 node(s) with delegate (TfLiteXNNPackDelegate) node, yielding 3 partitions."),
			we("2026-11-29T07:41:16.871Z", Warn, "", "11-29 07:41:16.871 14522 14587 W tflite  : GPU delegate rejected 2 ops of harbour_detector_v3.tflite, running them on CPU"),
			we("2026-11-29T07:41:17.040Z", Error, "", "11-29 07:41:17.040 14522 14587 E tflite  : Failed to apply GPU delegate: TfLiteGpuDelegate Init: MUL: Expected 1 input tensor(s), got 2"),
		},
	},
	{
		name:   "tflite-minimal-logger-xcode-console",
		source: "TensorFlow Lite's minimal logger on stderr (`SEVERITY: msg`, severities INFO, WARNING, ERROR), as the TensorFlowLiteSwift pod's lines appear in Xcode's console with no prefix: find_string hits for `INFO: Created TensorFlow Lite XNNPACK delegate for CPU.` in pasted MediaPipe and TFLite output (a MediaPipe issue's stderr, a benchmark stub's log); the iOS setting from memory",
		why:    "no time at all; the level is the word before the first colon; the opcode name and version in quotes are no level or time",
		entries: []worldEntry{
			we("", Info, "", "INFO: Initialized TensorFlow Lite runtime."),
			we("", Info, "", "INFO: Created TensorFlow Lite XNNPACK delegate for CPU."),
			we("", Warn, "", "WARNING: Attempting to use a delegate that supports only static-sized tensors with a graph that has dynamic-sized tensors (tensor#57 is a dynamic-sized tensor)."),
			we("", Error, "", "ERROR: Didn't find op for builtin opcode 'FULLY_CONNECTED' version '12'. An older version of this builtin might be supported. Are you using an old TFLite binary with a newer model?"),
			we("", Error, "", "ERROR: Registration failed."),
		},
	},
	{
		name:   "mediapipe-glog-android-studio-logcat",
		source: "MediaPipe's glog output forwarded to Android's log under the tag `native`, in Android Studio's older Logcat window with its time hidden (`L/tag: msg`, the glog line `Lyyyymmdd hh:mm:ss.uuuuuu tid file.cc:line] msg` as the message): google-ai-edge/mediapipe issue #2013 (pasted log), homuler/MediaPipeUnityPlugin issue #1158",
		why:    "the window's letter and tag, then glog's letter glued to an eight-digit date; the thread id and file:line are no time; other tags' lines between carry no time of their own",
		gap:    "glog's stamp inside the message after `I/native: ` (the level letter glued to `20261129 07:41:16.670112`) is not read: those lines get no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.670112Z", Info, "", "I/native: I20261129 07:41:16.670112 14587 gl_context.cc:357] GL version: 3.2 (OpenGL ES 3.2 v1.r38p1-01eac0.2f7a), renderer: Mali-G710 MC10"),
			we("", Debug, "", "D/GlThread: Starting GL thread ExternalTextureConverter"),
			we("2026-11-29T07:41:17.102544Z", Info, "", "I/native: I20261129 07:41:17.102544 14601 resource_util_android.cc:89] Successfully loaded: harbour_hand_landmark.tflite"),
			we("2026-11-29T07:41:17.215903Z", Warn, "", "W/native: W20261129 07:41:17.215903 14601 inference_feedback_manager.cc:114] Model has more than one signature; feedback tensors are turned off."),
			we("2026-11-29T07:41:18.440017Z", Error, "", `E/native: E20261129 07:41:18.440017 14601 graph.cc:473] ; Input stream "input_video" has no packets: CalculatorGraph::Run() failed in Run: Calculator::Open() for node "HandLandmarkTrackingGpu" failed`),
		},
	},
	{
		name:   "vuforia-magic-leap-hub-device-log",
		source: "Magic Leap Hub's device log for a Magic Leap 2 (`MM/dd/yy HH:mm:ss.SSS package uid pid tid TAG msg`, newest first, no level column), with Vuforia Engine's `AR` tag whose message starts with its own `yyyy-MM-dd HH:mm:ss: ` and ends in a newline, so a blank line follows it: PTCInc/vuforia-engine issue #180 (pasted log)",
		why:    "a month-first date with a two-digit year; the Hub's stamp and Vuforia's own stamp of the same second, either accepted; uid, pid and tid columns; a Bluetooth address is no time and no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.547Z", Unknown, "", "11/29/26 07:41:17.547 com.magicleap.totemservice   4045   4281   4281 BluetoothGatt readRssi() - device: C3:5E:91:0A:7B:24"),
			we("2026-11-29T07:41:17.280Z", Unknown, "", "11/29/26 07:41:17.280 com.ptc.vuforia.engine.DigitalEyewear  10113   8204   8225 NetworkSecurityConfig No Network Security Config specified, using platform default"),
			we("2026-11-29T07:41:17.262Z|2026-11-29T07:41:17Z", Unknown, "", "11/29/26 07:41:17.262 com.ptc.vuforia.engine.DigitalEyewear  10113   8204   8231 AR 2026-11-29 07:41:17: Required permissions have been granted"),
			wskip(""),
			we("2026-11-29T07:41:17.261Z|2026-11-29T07:41:17Z", Unknown, "", "11/29/26 07:41:17.261 com.ptc.vuforia.engine.DigitalEyewear  10113   8204   8231 AR 2026-11-29 07:41:17: Vuforia build version: 11.2.4+5318"),
			wskip(""),
			we("2026-11-29T07:41:16.958Z|2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16.958 com.ptc.vuforia.engine.DigitalEyewear  10113   8204   8231 AR 2026-11-29 07:41:16: Creating Vuforia Engine instance..."),
			wskip(""),
		},
	},
	{
		name:   "vuforia-flutter-run-logcat-brief",
		source: "Vuforia Engine's `AR` tag in a Flutter app embedding Unity, as `flutter run` relays logcat's brief form (`L/tag     ( pid): msg`, the tag padded to eight): juicycleff/flutter-unity-view-widget issue #903 (pasted console)",
		why:    "no time; the priority letter before the slash; the pid in parentheses padded with a blank; chatty's uid and line count are no time",
		entries: []worldEntry{
			we("", Info, "", "I/AR      (14522): Creating Vuforia Engine instance..."),
			we("", Info, "", "I/AR      (14522): Creating Vuforia Engine instance...SUCCESS"),
			we("", Info, "", "I/chatty  (14522): uid=10231(u0_a231) UnityMain identical 7 lines"),
			we("", Info, "", "I/AR      (14522): Created new observer with ID '3'"),
			we("", Warn, "", "W/AR      (14522): Image target 'harbour_poster_a3' has a low feature rating, tracking may be unstable"),
			we("", Error, "", "E/AR      (14522): Failed to activate observer with ID '4': the device database 'HarbourTargets' was not found"),
		},
	},
	{
		name:   "rxswift-debug-operator",
		source: "RxSwift's `debug()` operator printing to standard output (`\\(DateFormatter yyyy-MM-dd HH:mm:ss.SSS): \\(identifier) -> \\(content)`, the identifier `File.swift:line (function)` when none is given; contents subscribed, Event next/error/completed, isDisposed): ReactiveX/RxSwift RxSwift/Observables/Debug.swift, issue #519",
		why:    "a zone-less local stamp (read as UTC) then a colon; the identifier holds a file:line and a function; `Event error(…)` is an event, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204: SearchViewController.swift:48 (viewDidLoad()) -> subscribed"),
			we("2026-11-29T07:41:16.871Z", Unknown, "", "2026-11-29 07:41:16.871: SearchViewController.swift:48 (viewDidLoad()) -> Event next(har)"),
			we("2026-11-29T07:41:17.330Z", Unknown, "", "2026-11-29 07:41:17.330: SearchViewController.swift:48 (viewDidLoad()) -> Event next(harbour)"),
			we("2026-11-29T07:41:19.012Z", Unknown, "", `2026-11-29 07:41:19.012: searchResults -> Event error(Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline." UserInfo={NSErrorFailingURLStringKey=https://api.harbourapp.dev/v2/search?q=harbour})`),
			we("2026-11-29T07:41:19.013Z", Unknown, "", "2026-11-29 07:41:19.013: searchResults -> isDisposed"),
		},
	},
	{
		name:   "reactiveswift-logevents-default",
		source: "ReactiveSwift's `logEvents()` with its defaultEventLog (`[identifier] event fileName: path, functionName: f, lineNumber: n`, events starting, started, value, completed, failed, terminated, disposed, interrupted), printed to Xcode's console: ReactiveCocoa/ReactiveSwift Sources/EventLogger.swift",
		why:    "no time; the identifier in brackets is no level; `failed` and `interrupted` are event names, not levels; the file path and line number are no time",
		entries: []worldEntry{
			we("", Unknown, "", "[profile.load] starting fileName: /Users/ines/src/Harbour/Harbour/Profile/ProfileViewModel.swift, functionName: init(api:store:), lineNumber: 57"),
			we("", Unknown, "", "[profile.load] started fileName: /Users/ines/src/Harbour/Harbour/Profile/ProfileViewModel.swift, functionName: init(api:store:), lineNumber: 57"),
			we("", Unknown, "", `[profile.load] value Profile(id: 4471, name: "Ines Marlow", plan: .pro) fileName: /Users/ines/src/Harbour/Harbour/Profile/ProfileViewModel.swift, functionName: init(api:store:), lineNumber: 57`),
			we("", Unknown, "", "[avatar.fetch] failed network(statusCode: 503) fileName: /Users/ines/src/Harbour/Harbour/Profile/AvatarLoader.swift, functionName: load(for:), lineNumber: 23"),
			we("", Unknown, "", "[avatar.fetch] terminated fileName: /Users/ines/src/Harbour/Harbour/Profile/AvatarLoader.swift, functionName: load(for:), lineNumber: 23"),
		},
	},
	{
		name:   "loggy-dio-interceptor-flutter",
		source: "Loggy's LoggyDioInterceptor with Loggy's PrettyPrinter in a Flutter console (an emoji, `HH:mm:ss.ffffff`, the level name padded to eight, `DioLoggy - >>> Request │ METHOD │ url` or `<<< Response │ METHOD │ status │ url`, then `╔ Headers`/`╟ key: value`/`║ body`/`╚═…╝` boxes): infinum/floggy PR #75 (pasted output); the emoji and the padding of the WARNING and ERROR lines from memory",
		why:    "a time of day with microseconds and no date (the clock's day); the level word padded after it; the box lines under a line belong to it; the response's `date:` header is not the record's time",
		gap:    "the time of day after Loggy's level emoji (`👻 07:41:16.204117 INFO …`) is not read, and the `╔`/`╟`/`║`/`╚` box lines under a request or response are not joined to it but split off as records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "",
				"👻 07:41:16.204117 INFO     DioLoggy - >>> Request │ POST │ https://api.harbourapp.dev/v2/sessions",
				"╔ Headers",
				"╟ contentType: application/json",
				"╟ responseType: ResponseType.json",
				"╟ followRedirects: true",
				"╚════════════════════════════════════════════════════════════╝",
				"╔ Body",
				"║ {",
				`║   "device": "pixel-8a",`,
				`║   "locale": "en_GB"`,
				"║ }",
				"╚════════════════════════════════════════════════════════════╝"),
			we("2026-11-29T07:41:16.688302Z", Info, "",
				"👻 07:41:16.688302 INFO     DioLoggy - <<< Response │ POST │ 201 Created │  https://api.harbourapp.dev/v2/sessions",
				"╔ Headers",
				"╟ content-type: [application/json; charset=utf-8]",
				"╟ date: [Sun, 29 Nov 2026 07:41:16 GMT]",
				"╟ x-request-id: [9c1e4b7a-52f0-4d3e-8a61-0b2c7d9e4f13]",
				"╚════════════════════════════════════════════════════════════╝"),
			we("2026-11-29T07:41:18.911540Z", Warn, "",
				"⚠️ 07:41:18.911540 WARNING  DioLoggy - <<< Response │ GET │ 429 Too Many Requests │  https://api.harbourapp.dev/v2/feed?page=2",
				"╔ Headers",
				"╟ retry-after: [30]",
				"╚════════════════════════════════════════════════════════════╝"),
			we("2026-11-29T07:41:21.402876Z", Error, "",
				"‼️ 07:41:21.402876 ERROR    DioLoggy - <<< DioException │ GET │ connection error │  https://api.harbourapp.dev/v2/feed?page=2",
				"╔ Error",
				"║ SocketException: Failed host lookup: 'api.harbourapp.dev' (OS Error: No address associated with hostname, errno = 7)",
				"╚════════════════════════════════════════════════════════════╝"),
		},
	},
}

func TestFresh564Formats(t *testing.T) { assertTable(t, fresh564Cases) }
func TestFresh564Score(t *testing.T) {
	checkScore(t, "fresh564 formats", fresh564Cases, [worldNumFields]float64{99.9, 77.4, 99.9, 87.4})
}
