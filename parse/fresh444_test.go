package parse

import "testing"

// The four-hundred-and-forty-fourth fresh table, written on 2026-12-06: mobile platforms' logs, a
// seventh pass after fresh407, fresh420 and the mobile tables before them (fresh113, fresh123,
// fresh129, fresh135, fresh155, fresh161, fresh170, fresh191, fresh214, fresh279, fresh291,
// fresh319, fresh350, fresh367, fresh374, fresh397), in shapes no earlier table holds. Each family
// is one product's documented or observed output: Google's GnssLogger CSV file as GPSTest and
// GnssLogger write it (`#` header lines, then NMEA, Raw and Fix rows, the NMEA and Fix rows ending
// in epoch milliseconds, the Raw rows carrying only boot-relative and receiver clocks); `dumpsys
// display`'s BrightnessTracker section (an indented yearless `MM-dd HH:mm:ss.SSS` event line with
// lux readings stamped in epoch milliseconds, below its state lines); the Widevine CDM's own log
// lines replayed inside ExoPlayer's playback error in logcat (threadtime's header, then the
// CDM's yearless time and level letter); the Widevine DRM HAL's WVCdm lines in threadtime; the
// AWS SDK for iOS v2 verbose log under NSLog's prefix (a level in brackets after the SDK version,
// the request headers as a multi-line dictionary, a JSON body on the line after) and the same
// without the prefix as the Xcode console shows it; iOS sysdiagnose's logd.0.log
// (`yyyy-MM-dd HH:mm:ss-hhmm logd[pid]: msg`); Shaka Player Embedded on iOS (glog lines and the
// CDM's `[ERROR:path(line):func]` lines with no time).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`batterystats`, `dumpsys dropbox`, `LocalLog`, `telephony.registry`, `dumpsys wifi`,
// `WifiNative`, `dumpsys alarm`, `jobscheduler`, `dumpsys location`, `mobile_installation`,
// `containermanagerd`, `lockdownd`, `idevicesyslog`, `pymobiledevice3`, `go-ios`, `--style
// compact`, `style syslog`, `FirebaseCore`, `I-COR`, `CocoaLumberjack`, `[Sentry]`, `okhttp`,
// `update_engine`, `last_log`, `ramoops`, `last_kmsg`, `I/flutter`, `Metro`, `dumpstate`,
// `bugreport`, `-v process`, `-v brief`, `-v monotonic`, `-v color`, `-v zone`, `-v usec`, `-v
// UTC`, `-v epoch`, `-v year`, `-v long`, `sysdiagnose`, `airportd`, `powerlog`, `Console.app`,
// `simctl`, `Wake Lock Log`, `bluetooth_manager`, `media.camera`, `requestAudioFocus`,
// `Previous Registrations`, `exit-info`, `lastanr`, `enqueueClockTime`, `Historical broadcasts`,
// `usagestats`, `tracing_mark_write`, `AppsFlyer`, `OneSignal`, `[Adjust]`, `Mapbox`, `Braze`,
// `Capacitor`, `monodroid`, `Bugsnag`, `CONSOLE(`, `devicectl`, `ios-deploy`, `JetsamEvent`,
// `spindump`, `healthd`, `lshal`, `CamX`, `MtkCam`, `| Timestamp:`, `Library:`, `RILJ`,
// `qcril`, `QXDM`, `GnssLogger`, `gnss`, `Fix,GPS`, `GPGGA`, `UnixTimeMillis`, `RevenueCat`,
// `Moya`, `INSTRUMENTATION_STATUS`, `BrightnessTracker`, `BrightnessChangeEvent`, `mEvents`,
// `WifiScoreReport`, `appops`, `ThermalEngine`, `perfmgr`, `MetricKit`, `XCGLogger`,
// `SwiftyBeaver`, `pidcat`, `dbinfo`, `StreamChat`, `AWSiOSSDK`, `AWSURLSessionManager`,
// `printHTTPHeaders`, `NSLog`, `WVCdm`, `widevine`, `cdm_engine`, `AppConduit`, `logd.0.log`,
// `logs0.log`, `sysdiagnose.log`, `shaka`). GNSS is in fresh129 only as GnssLocationProvider's
// logcat lines; GnssLogger's file is in none. `dumpsys display` and BrightnessTracker are in none.
// Widevine, WVCdm and the CDM's log lines are in none. The AWS SDK for iOS is in none (NSLog's
// prefix is in many tables, with other messages). logd.0.log is in none (sysdiagnose's other
// files are in many). Left out as measured already: the Xcode 15 console with metadata (fresh76),
// Android Studio's `pid-tid/package L/tag` layout (fresh10, fresh397), dumpsys activity broadcasts
// (fresh49), the usagestats and appops dumps, the thermal engine, MetricKit, RevenueCat and Moya
// (fresh29, fresh28). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). GnssLogger's NMEA and Fix rows end in epoch milliseconds, the rows' time;
// the NMEA sentence's own hhmmss is a part of the sentence; a Raw row's ElapsedRealtimeMillis and
// TimeNanos are boot and receiver clocks, no time. BrightnessTracker's `MM-dd HH:mm:ss.SSS` is in
// the device's zone, written with none, so taken as UTC, in 2026; the epoch milliseconds of the lux
// readings are no record's time. The ExoPlayer line carries two times of its own, logcat's and the
// CDM's, and either is accepted; its level is logcat's letter, not the CDM's. NSLog's stamp has no
// zone (UTC); the bare AWS lines have no time; logd.0.log's -0800 is converted; glog's `I1129` has
// no year (2026) and the CDM's bracketed lines have no time. Levels only where the line marks one:
// logcat's letter, the AWS SDK's `[Debug]`/`[Error]`, glog's letter, the CDM's `[ERROR:`. No family
// has a host field: `Host = "…"` in the AWS headers is an HTTP Host header, and the process name in
// NSLog's prefix and logd's `logd[61]` are no hosts. A record that spans lines is one entry: the
// AWS SDK's headers dictionary from `{` to `}` and a body on the line after `Request body:`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 95.0 %, time 86.1 %, host 95.0 %, records 86.2 %.
// That is the macro figure (micro: level 94.4 %, time 80.6 %, host 94.4 %, records 86.1 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (BrightnessTracker's event lines, the CDM's lines inside ExoPlayer's
// error, WVCdm in threadtime, the bare AWS lines, logd.0.log); the gaps are GnssLogger's trailing
// epoch milliseconds, the AWS SDK's body line after `Request body:` under NSLog's prefix, and
// Shaka Player Embedded's untimed `[ERROR:…]` CDM lines, joined to the glog line above.

var fresh444Cases = []worldCase{
	{
		name:   "gnsslogger-csv-nmea-fix-raw",
		gap:    "trawl reads no time from a GnssLogger row: the epoch milliseconds in the last CSV column of `NMEA,$GNGGA,…,*6A,1795938076121` and `Fix,gps,…,1795938077000` are not read as the row's time",
		source: "Google's GnssLogger CSV file (gnss_log_yyyy_MM_dd_HH_mm_ss.txt) as GPSTest writes it in the same format: `#` header lines describing each row type, then rows prefixed Raw, Fix, Nav, NMEA (`NMEA,[sentence],timestamp` in epoch ms; `Fix,Provider,Latitude,Longitude,Altitude,Speed,Accuracy,(UTC)TimeInMs`; `Raw,ElapsedRealtimeMillis,TimeNanos,…`): barbeau/gpstest LOGGING.md; TheGalfins/GNSS_Compare NAVITEC_loggedFiles/README.txt",
		why:    "a CSV whose time is the epoch milliseconds in the last column of NMEA and Fix rows; the NMEA hhmmss and ddmmyy inside the sentence, and the Raw row's boot-relative millis and receiver nanos, are no times; no level, no host",
		entries: []worldEntry{
			wskip(
				"# ",
				"# Raw GNSS measurements format (Android 7.0 and higher on supported devices):",
				"#   Raw,ElapsedRealtimeMillis,TimeNanos,LeapSecond,TimeUncertaintyNanos,FullBiasNanos,BiasNanos,BiasUncertaintyNanos,DriftNanosPerSecond,DriftUncertaintyNanosPerSecond,HardwareClockDiscontinuityCount,Svid,TimeOffsetNanos,State,ReceivedSvTimeNanos,ReceivedSvTimeUncertaintyNanos,Cn0DbHz,PseudorangeRateMetersPerSecond,PseudorangeRateUncertaintyMetersPerSecond,AccumulatedDeltaRangeState,AccumulatedDeltaRangeMeters,AccumulatedDeltaRangeUncertaintyMeters,CarrierFrequencyHz,CarrierCycles,CarrierPhase,CarrierPhaseUncertainty,MultipathIndicator,SnrInDb,ConstellationType,AgcDb",
				"# ",
				"# Location fix format (all devices):",
				"#   Fix,Provider,Latitude,Longitude,Altitude,Speed,Accuracy,(UTC)TimeInMs",
				"# ",
				"# NMEA format (Android 2.3 and higher) (for [NMEA sentence] format see https://www.gpsinformation.org/dale/nmea.htm):",
				"#   NMEA,[NMEA sentence],timestamp",
				"#"),
			we("2026-11-29T07:41:16.118Z", Unknown, "", "NMEA,$GNGSA,A,3,05,13,15,18,23,24,,,,,,,1.6,0.9,1.3,1*0B,1795938076118"),
			we("2026-11-29T07:41:16.121Z", Unknown, "", "NMEA,$GNGGA,074116.00,5122.418734,N,00007.903112,W,1,11,0.9,41.7,M,45.9,M,,*6A,1795938076121"),
			we("2026-11-29T07:41:16.122Z", Unknown, "", "NMEA,$GNRMC,074116.00,A,5122.418734,N,00007.903112,W,0.0,,291126,0.6,W,A,V*52,1795938076122"),
			we("", Unknown, "", "Raw,84211877,84211000000000,,,-1479369941283457002,0.4127655029296875,24.882,3.112,0.441,12,5,0.0,16431,278077114566201,31,27.9,-412.0713,0.0612,16,0.0,0.0,1575420030,,,,0,,1,"),
			we("", Unknown, "", "Raw,84211879,84211000000000,,,-1479369941283457002,0.4127655029296875,24.882,3.112,0.441,12,13,0.0,16431,278077109021877,47,22.4,189.5536,0.1041,16,0.0,0.0,1575420030,,,,0,,1,"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Fix,gps,51.373645,-0.131718,41.700001,0.000000,3.900000,1795938077000"),
			we("2026-11-29T07:41:17.119Z", Unknown, "", "NMEA,$GNGGA,074117.00,5122.418741,N,00007.903120,W,1,11,0.9,41.6,M,45.9,M,,*63,1795938077119"),
		},
	},
	{
		name:   "android-dumpsys-display-brightness-tracker",
		source: "`adb shell dumpsys display`'s BrightnessTracker section (BrightnessTracker.dump: `BrightnessTracker state:`, two-space state lines, then per event four spaces, FORMAT `MM-dd HH:mm:ss.SSS` of the event's timeStamp, `, userId=N, last->new, isUserSetBrightness=…, powerBrightnessFactor=…, isDefaultBrightnessConfig=… {(lux,epochMs), …}`): aosp-mirror/platform_frameworks_base services/core/java/com/android/server/display/BrightnessTracker.java (dump and the FORMAT field)",
		why:    "an indented event line below indented state lines is a record of its own; the yearless local time at its start is its time; the lux readings' epoch milliseconds and the brightness floats are no times; no level",
		entries: []worldEntry{
			wskip(
				"BrightnessTracker state:",
				"  mStarted=true",
				"  mLastBatteryLevel=0.64",
				"  mLastBrightness=0.52156866",
				"  mLastSensorReadings.size=42",
				"  mLastSensorReadings time span 84211876540123->84221876540123",
				"  mEventsDirty=false",
				"  mEvents.size=4"),
			we("2026-11-29T07:12:04.381Z", Unknown, "", "    11-29 07:12:04.381, userId=0, 0.2509804->0.3882353, isUserSetBrightness=true, powerBrightnessFactor=1.0, isDefaultBrightnessConfig=true {(118.0,1795936322912), (121.5,1795936323914), (119.25,1795936324381)}"),
			we("2026-11-29T07:30:51.007Z", Unknown, "", "    11-29 07:30:51.007, userId=0, 0.3882353->0.14509805, isUserSetBrightness=true, powerBrightnessFactor=1.0, isDefaultBrightnessConfig=false {(6.0,1795937449220), (5.5,1795937450731)}"),
			we("2026-11-29T07:41:16.550Z", Unknown, "", "    11-29 07:41:16.550, userId=10, 0.14509805->0.6, isUserSetBrightness=false, powerBrightnessFactor=0.8, isDefaultBrightnessConfig=false {(2140.0,1795938074102), (2311.75,1795938075640)}"),
			we("2026-11-29T07:52:09.118Z", Unknown, "", "    11-29 07:52:09.118, userId=0, 0.6->0.52156866, isUserSetBrightness=true, powerBrightnessFactor=1.0, isDefaultBrightnessConfig=false {(1650.5,1795938727560)}"),
		},
	},
	{
		name:   "exoplayer-widevine-cdm-log-in-logcat",
		source: "ExoPlayer/Media3 on Android 15+ logging a DRM playback error whose message carries the Widevine CDM's own log buffer, each buffered line (`MM-dd HH:mm:ss.SSS L [file.cpp(line):Func] msg`) indented behind logcat's threadtime header with the E ExoPlayerImplInternal tag: androidx/media issue #1911",
		why:    "two yearless times on one line, logcat's and the CDM's, either accepted; the level is logcat's E, not the CDM's letter after its time; session ids and status numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:43:06.055Z", Error, "", "11-29 07:43:06.055 30494 30570 E ExoPlayerImplInternal: Playback error"),
			we("2026-11-29T07:43:06.057Z|2026-11-29T07:43:05.830Z", Error, "", "11-29 07:43:06.057 30494 30570 E ExoPlayerImplInternal:     11-29 07:43:05.830 I [cdm_engine.cpp(218):OpenSession] New session: session_id = sid57"),
			we("2026-11-29T07:43:06.057Z|2026-11-29T07:43:05.833Z", Error, "", "11-29 07:43:06.057 30494 30570 E ExoPlayerImplInternal:     11-29 07:43:05.833 I [cdm_engine.cpp(305):GenerateKeyRequest] session_id = sid57, key_set_id = <empty>, license_type = Streaming"),
			we("2026-11-29T07:43:06.057Z|2026-11-29T07:43:05.834Z", Error, "", "11-29 07:43:06.057 30494 30570 E ExoPlayerImplInternal:     11-29 07:43:05.834 I [file_utils.cpp(38):Exists] stat failed: ENOENT"),
			we("2026-11-29T07:43:06.058Z|2026-11-29T07:43:05.912Z", Error, "", "11-29 07:43:06.058 30494 30570 E ExoPlayerImplInternal:     11-29 07:43:05.912 E [cdm_session.cpp(647):AddKey] License load failed: status = 28, session_id = sid57"),
		},
	},
	{
		name:   "widevine-wvcdm-hal-threadtime",
		source: "the Widevine DRM HAL (android.hardware.drm widevine service, tag WVCdm) in `adb logcat` threadtime: `MM-dd HH:mm:ss.SSS pid tid L WVCdm   : [file.cpp(line):Func] msg` and the HAL's `[app][package] calling …` line: google/ExoPlayer issues #10230 and #1925",
		why:    "a padded tag, then the CDM's `[file.cpp(517):Func]` bracket before the message; line numbers and session ids are no times; the app package in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:43:04.782Z", Info, "", "11-29 07:43:04.782   932   963 I WVCdm   : [app][com.example.tvplayer] calling virtual ::ndk::ScopedAStatus wvdrm::hardware::drm::widevine::WVDrmFactory::createDrmPlugin(const Uuid &, const std::string &, std::shared_ptr<IDrmPlugin> *)"),
			we("2026-11-29T07:43:04.783Z", Info, "", "11-29 07:43:04.783   932   963 I WVCdm   : [cdm_engine.cpp(517):QueryStatus] Querying status"),
			we("2026-11-29T07:43:05.830Z", Info, "", "11-29 07:43:05.830   932  1204 I WVCdm   : [cdm_engine.cpp(218):OpenSession] New session: session_id = sid57"),
			we("2026-11-29T07:43:05.912Z", Error, "", "11-29 07:43:05.912   932  1204 E WVCdm   : [cdm_session.cpp(647):AddKey] License load failed: status = 28, session_id = sid57"),
		},
	},
	{
		name:   "aws-ios-sdk-v2-nslog-verbose",
		source: "the AWS SDK for iOS v2 with `AWSDDLog.sharedInstance.logLevel = .verbose` in the Xcode console under NSLog's prefix (`yyyy-MM-dd HH:mm:ss.ffffff Process[pid:tid] AWSiOSSDK v2.x.y [Debug] File.m line:N | -[Class method] | msg`, the headers dictionary printed over the following lines, a body on the line after `Request body:`): aws-amplify/aws-sdk-ios issue #507 and awslabs/aws-sdk-ios-samples issue #150; the `[Error]` line from memory",
		why:    "a zone-less NSLog stamp; the level in brackets after the SDK's version; a dictionary from `{` to `}` and a JSON body are one record with the line above; `Host = …` is an HTTP header; X-Amz-Date is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Debug, "",
				"2026-11-29 07:41:16.204118 FieldNotes[4187:1822301] AWSiOSSDK v2.36.7 [Debug] AWSURLSessionManager.m line:566 | -[AWSURLSessionManager printHTTPHeadersAndBodyForRequest:] | Request headers:",
				"{",
				`    "Content-Type" = "application/x-amz-json-1.1";`,
				`    Host = "cognito-identity.eu-west-2.amazonaws.com";`,
				`    "User-Agent" = "aws-sdk-iOS/2.36.7 iOS/18.6 en_GB";`,
				`    "X-Amz-Date" = 20261129T074116Z;`,
				`    "X-Amz-Target" = "AWSCognitoIdentityService.GetId";`,
				"}"),
			we("2026-11-29T07:41:16.20453Z", Debug, "",
				"2026-11-29 07:41:16.204530 FieldNotes[4187:1822301] AWSiOSSDK v2.36.7 [Debug] AWSURLSessionManager.m line:583 | -[AWSURLSessionManager printHTTPHeadersAndBodyForRequest:] | Request body:",
				`{"IdentityPoolId":"eu-west-2:4f1c9a2e-7b3d-4e58-a6c0-91d2e8b7f305"}`),
			we("2026-11-29T07:41:16.712904Z", Debug, "",
				"2026-11-29 07:41:16.712904 FieldNotes[4187:1822317] AWSiOSSDK v2.36.7 [Debug] AWSURLResponseSerialization.m line:63 | -[AWSJSONResponseSerializer responseObjectForResponse:originalRequest:currentRequest:data:error:] | Response body:",
				`{"IdentityId":"eu-west-2:b2e07d41-9c3a-4f6e-8d15-3a7c0e9f2b64"}`),
			we("2026-11-29T07:41:17.090221Z", Error, "", `2026-11-29 07:41:17.090221 FieldNotes[4187:1822317] AWSiOSSDK v2.36.7 [Error] AWSCredentialsProvider.m line:612 | __44-[AWSCognitoCredentialsProvider credentials]_block_invoke.345 | Unable to refresh. Error is [Error Domain=com.amazonaws.AWSCognitoIdentityErrorDomain Code=8 "(null)" UserInfo={__type=NotAuthorizedException, message=Unauthenticated access is not supported for this identity pool.}]`),
		},
	},
	{
		name:   "aws-ios-sdk-v2-xcode-console-bare",
		source: "the AWS SDK for iOS v2's verbose log as the Xcode console shows the SDK's TTY logger with no NSLog prefix (`AWSiOSSDK v2.x.y [Debug] File.m line:N | -[Class method] | msg`, the headers dictionary over the following lines): aws-amplify/aws-sdk-ios issue #602 (S3 transfer-utility uploads)",
		why:    "no time at all; the level in brackets after the SDK's version; each `{ … }` dictionary belongs to the line above it; x-amz-decoded-content-length and X-Amz-Date are no times",
		entries: []worldEntry{
			we("", Debug, "",
				"AWSiOSSDK v2.36.7 [Debug] AWSURLSessionManager.m line:566 | -[AWSURLSessionManager printHTTPHeadersAndBodyForRequest:] | Request headers:",
				"{",
				`    "Content-Encoding" = "aws-chunked";`,
				`    "Content-Type" = "image/heic";`,
				`    Host = "fieldnotes-media-7c41.s3.eu-west-2.amazonaws.com";`,
				`    "User-Agent" = "aws-sdk-iOS/2.36.7 iOS/18.6 en_GB transfer-utility";`,
				`    "X-Amz-Date" = 20261129T074118Z;`,
				`    "x-amz-decoded-content-length" = 2381904;`,
				"}"),
			we("", Debug, "",
				"AWSiOSSDK v2.36.7 [Debug] AWSURLSessionManager.m line:566 | -[AWSURLSessionManager printHTTPHeadersAndBodyForRequest:] | Request headers:",
				"{",
				`    "Content-Type" = "image/heic";`,
				`    Host = "fieldnotes-media-7c41.s3.eu-west-2.amazonaws.com";`,
				`    "X-Amz-Date" = 20261129T074119Z;`,
				`    "x-amz-decoded-content-length" = 1177260;`,
				"}"),
			we("", Debug, "", "AWSiOSSDK v2.36.7 [Debug] AWSS3TransferUtility.m line:2241 | -[AWSS3TransferUtility URLSession:task:didCompleteWithError:] | Task 14 completed with HTTP status 200"),
		},
	},
	{
		name:   "ios-sysdiagnose-logd-0-log",
		source: "iOS sysdiagnose's logd.0.log (system_logs.logarchive/extra): `yyyy-MM-dd HH:mm:ss±hhmm logd[pid]: msg`, whole seconds and a colon-less offset: log2timeline/plaso's ios_logd text plugin and issue #4061; the messages from memory",
		why:    "an offset with no colon right after the seconds, converted from -08:00; the chunk counts, byte sizes and hex file names are no times; no level, and the process is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-28 23:41:16-0800 logd[61]: flushed 14 chunks (1048576 bytes) to Persist/0000000000000a3f.tracev3"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-28 23:41:16-0800 logd[61]: Harvesting: 2 files from Special"),
			we("2026-11-29T07:52:03Z", Unknown, "", "2026-11-28 23:52:03-0800 logd[61]: Removing 0000000000000a11.tracev3 (10485247 bytes) to stay under quota"),
			we("2026-11-29T08:05:44Z", Unknown, "", "2026-11-29 00:05:44-0800 logd[61]: sysdiagnose: writing logarchive for pid 1822"),
		},
	},
	{
		name:   "shaka-player-embedded-ios-glog-cdm",
		source: "Shaka Player Embedded on iOS in the Xcode console: its glog lines (`Lmmdd HH:MM:SS.uuuuuu thread file.cc:line] msg`) between the Widevine CDM's own lines (`[ERROR:/path/cdm_engine.cpp(line):Func] msg`, no time): shaka-project/shaka-player-embedded issue #58",
		why:    "glog's yearless `I1129` stamp and level letter; the CDM's `[ERROR:…]` marks its level and carries no time; the long thread number is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302528Z", Info, "", "I1129 07:41:16.302528 6133575680 media_processor.cc:456] No hardware-accelerators available, using decoder: aac_at"),
			we("", Error, "", "[ERROR:/Users/builder/cdm-release/core/src/cdm_engine.cpp(1699):Decrypt] CdmEngine::Decrypt: session not found: Empty session ID"),
			we("", Error, "", "[ERROR:/Users/builder/cdm-release/cdm/src/cdm.cpp(1193):decrypt] Key not available."),
			we("2026-11-29T07:41:16.4907Z", Info, "", "I1129 07:41:16.490700 6140817408 media_processor.cc:462] Using decoder: h264, with hardware accelerator: videotoolbox"),
			we("2026-11-29T07:41:17.011342Z", Warn, "", "W1129 07:41:17.011342 6133575680 decoder_thread.cc:141] Dropping frame at 12.480s: decoder is 84ms behind"),
		},
	},
}

func TestFresh444Formats(t *testing.T) { assertTable(t, fresh444Cases) }
func TestFresh444Score(t *testing.T) {
	checkScore(t, "fresh444 formats", fresh444Cases, [worldNumFields]float64{99.9, 91, 99.9, 99.9})
}
