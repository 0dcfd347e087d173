package parse

import "testing"

// The four-hundred-and-sixty-fourth fresh table, written on 2026-12-06: mobile platforms' logs, an
// eighth pass after fresh444, fresh420, fresh407 and the mobile tables before them, in shapes no
// earlier table holds. Each family is one product's documented or observed output: the PostHog
// Android SDK's debug lines in Android Studio's Logcat window (`yyyy-MM-dd HH:mm:ss.SSS  pid-tid
// tag package L msg`); the PostHog iOS SDK's untimed `[PostHog]` lines in Xcode's console;
// MediaTek's AudioALSA audio HAL in Android Studio's older logcat view (`MM-dd HH:mm:ss.SSS
// pid-tid/? L/Tag: msg`); Qualcomm's PAL-based audio HAL in `logcat -v time`, its tags holding a
// colon and spaces (`I/AHAL: AudioStream(1352): …`, `I/AR Big Data Xlog Logger(1352): …`);
// Qualcomm's sensors HAL and the kernel's lines in `logcat -b all` (threadtime, pid 0 for the
// kernel, a tag with a space in it); Tealium's iOS 5 SDK in the lldb console (an untimed line,
// then an NSLog line whose dispatch runs onto indented lines and a dictionary); Segment's
// analytics-swift in Xcode's console (a stamp with a -0800 offset, `[Segment Debug  -
// func():line]`, the message on the next line); Segment's analytics-ios 3.x NSLog `Queueing: (`
// lines with a multi-line property-list array; the Salesforce Mobile SDK for iOS's OAuth
// lines under the old NSLog prefix (a keychain query dictionary spanning lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`PostHog`, `[PostHog]`, `below the threshold`, `Sending batch of`, `AudioALSA`,
// `createPlaybackHandler`, `mtk_audio`, `AHAL`, `AudioStream(`, `AR Big Data`, `Xlog Logger`,
// `low-latency-playback`, `qti_sensors_hal`, `qcom_sensors_hal`, `sensors-hal`, `SensorsHal`,
// `handle_sns`, `wise_light`, `sns_main`, `libsensor1`, `i2c-msm`, `Tealium`, `TEALIUM`, `Queued
// dispatch`, `Segment Debug`, `[Log] [`, `startBatchUpload`, `SEGAnalytics`, `SEGTrackPayload`,
// `Queueing:`, `Salesforce`, `SFSDK`, `SFOAuth`, `tokenForKey`, `com.salesforce`, `time_detector`,
// `Time change log`, `LocalLog`, `SharedLog`, `NetworkMonitor`, `PROBE_DNS`, `Bugfender`,
// `LogRocket`, `Smartlook`, `Luciq`, `Intercom`, `AppDynamics`, `Instana`, `Bitdrift`,
// `GrowingIO`, `Applivery`, `time_daemon`, `vendor.mediatek`, `android.hardware.sensors`,
// `libperfmgr`, `pixelstats`, `edgetpu`, `CoreCapture`, `awdd`, `wakeup_reason`, `suspend entry`,
// `Incident Identifier`, `panicString`, `Start Test at`, `<Google>`, `setTestDeviceIds`,
// `dumpsys media_session`, `dumpsys lock_settings`, `dumpsys rollback`, `dumpsys autofill`).
// PostHog, AudioALSA, the AHAL and Xlog tags, the sensors HAL's tags, Tealium, Segment's two iOS
// libraries and Salesforce's SFOAuth lines are in none (`low-latency-playback` is in fresh129 only
// inside audio_hw_primary's message; `below the threshold` only in fresh3's fan line; `Segment`
// matches only other words). Left out as measured already: the `dumpsys time_detector` change log
// (its LocalLog `PT…S / instant - msg` shape is fresh28's NetworkMonitor log), NetworkMonitor,
// the Google Mobile Ads `<Google>` lines, XCTest's `Start Test at`, iOS .crash and panic reports;
// left out as unconfirmed in the time given: Bugfender, LogRocket, Smartlook, Intercom and
// AppDynamics (no pasted output found), sysdiagnose's CoreCapture and awdd files. The table holds
// 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Android Studio's stamps, logcat's `MM-dd` stamps and the NSLog stamps
// without an offset carry no zone and are taken as UTC (the `MM-dd` ones in 2026); the
// analytics-swift and analytics-ios 3.x stamps carry -0800 and are converted (late on 28 November
// there is early on the 29th in UTC). The PostHog iOS lines and Tealium's lldb line carry no time;
// `(-25300)` is an OSStatus, `0x60c000259d70` an address and `1352` a pid, no times. Levels only
// where the line marks one: logcat's priority letter (Studio's lone letter column, `D/` and `I/`
// before the tag, threadtime's letter), analytics-swift's `Segment Debug` kind (the `[Log]` before
// it is the console's tag, and Debug is the kind); the PostHog iOS, Tealium, analytics-ios 3.x
// and Salesforce lines carry none. No family has a host field: the package in Studio's column,
// the app name and pid in NSLog's prefix, the instance `com.example.shop.dev` in Tealium's line and
// the org host in Salesforce's are no hosts. A record that spans lines is one entry: Tealium's
// dispatch with its indented lines and dictionary, each analytics-swift message with the line
// after its bracket, each analytics-ios `Queueing: (` or `Running:` call with its property list
// down to the closing `)`, the Salesforce keychain query from its `"{` to its `}"`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 749c40f before any rule for it: level 83.3 %, time 88.9 %, host 94.4 %, records 88.9 %.
// That is the macro figure (micro: level 84.4 %, time 91.1 %, host 95.6 %, records 91.1 %), in a
// worktree at 749c40f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 9 families fully right (PostHog in Studio's Logcat and in Xcode's console, AudioALSA in Studio's
// older view, the AHAL tags in -v time, the sensors HAL in logcat -b all, analytics-ios 3.x's
// property lists, Salesforce's keychain dictionaries); the gaps are Tealium's untimed line joined
// as a lead-in to the NSLog dispatch after it, and analytics-swift's `Segment Debug` level.

var fresh464Cases = []worldCase{
	{
		name:   "posthog-android-studio-logcat-queue",
		source: "the PostHog Android SDK 3.x with `debug = true` in Android Studio's Logcat window (`yyyy-MM-dd HH:mm:ss.SSS  pid-tid  tag  package  L  msg`, tag and package padded, the priority a lone letter): PostHog/posthog-android PR #252 (the window with the package column) and issue #183 (`Queued Event $snapshot` lines)",
		why:    "a zone-less local stamp; `pid-tid` joined by a dash; the level a lone letter after the padded package; the threshold count and the event uuid are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.230Z", Debug, "", "2026-11-29 07:41:16.230  8812-8840  PostHog                 com.example.shop                     D  Cannot flush the Queue yet, below the threshold: 20"),
			we("2026-11-29T07:41:16.231Z", Debug, "", "2026-11-29 07:41:16.231  8812-8840  PostHog                 com.example.shop                     D  Queued Event product_viewed: 019b7a1e-4c2d-7f31-9a0e-5d6c8b2f1e47.event."),
			we("2026-11-29T07:41:46.233Z", Debug, "", "2026-11-29 07:41:46.233  8812-8840  PostHog                 com.example.shop                     D  Cannot flush the Queue yet, below the threshold: 20"),
			we("2026-11-29T07:41:52.804Z", Debug, "", "2026-11-29 07:41:52.804  8812-8841  PostHog                 com.example.shop                     D  Flushing 20 events."),
			we("2026-11-29T07:41:53.117Z", Debug, "", "2026-11-29 07:41:53.117  8812-8841  PostHog                 com.example.shop                     D  Flushed 20 events successfully."),
		},
	},
	{
		name:   "posthog-ios-xcode-console-untimed",
		source: "the PostHog iOS SDK with `com.posthog.posthog.DEBUG` (or config.debug) in Xcode's console: each line `[PostHog] msg` printed with no stamp and no level: PostHog/posthog-flutter issue #128 (the maintainer's `[PostHog] Sending batch of N events to PostHog`, `Events sent successfully.`, `Completed!`); the queue line from memory",
		why:    "a bracketed SDK name and nothing else: no time, no level; each line its own record",
		entries: []worldEntry{
			we("", Unknown, "", "[PostHog] Queued event 'checkout_started'."),
			we("", Unknown, "", "[PostHog] Sending batch of 4 events to PostHog"),
			we("", Unknown, "", "[PostHog] Events sent successfully."),
			we("", Unknown, "", "[PostHog] Completed!"),
		},
	},
	{
		name:   "mediatek-audioalsa-hal-studio-legacy-logcat",
		source: "MediaTek's audio HAL (AudioALSAStreamManager, AudioALSAPlaybackHandlerNormal, AudioALSAHardwareResourceManager, AudioALSADeviceParser) in Android Studio's older logcat view (`MM-dd HH:mm:ss.SSS pid-tid/? L/Tag: msg`, `?` for a process with no package): google/ExoPlayer issue #2873",
		why:    "a yearless stamp; `357-1055/?` is pid, tid and an unknown package; the level the letter before the slash; `+`/`-` before a function and hex pointers are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.475Z", Debug, "", "11-29 07:41:16.475 357-1055/? D/AudioALSAStreamManager: +createPlaybackHandler(), mAudioMode = 0, output_devices = 0x2"),
			we("2026-11-29T07:41:16.476Z", Debug, "", "11-29 07:41:16.476 357-1055/? D/AudioALSAPlaybackHandlerNormal: +open(), mDevice = 0x2"),
			we("2026-11-29T07:41:16.476Z", Debug, "", "11-29 07:41:16.476 357-1055/? D/AudioALSAHardwareResourceManager: EnableAudBufClk(), bEanble = 1"),
			we("2026-11-29T07:41:16.477Z", Debug, "", "11-29 07:41:16.477 357-1055/? D/AudioALSADeviceParser: GetPcmIndexByString() stringpair = I2S0DL1_PLayback "),
			we("2026-11-29T07:41:16.519Z", Warn, "", "11-29 07:41:16.519 357-1055/? W/AudioALSAPlaybackHandlerNormal: write(), pcm_write() fail, ret = -32, retry"),
			we("2026-11-29T07:41:16.520Z", Error, "", "11-29 07:41:16.520 357-1055/? E/AudioALSAStreamOut: write(), underrun: frames 4096 lost, mStandby = 0"),
		},
	},
	{
		name:   "qualcomm-ahal-pal-logcat-time-spaced-tags",
		source: "Qualcomm's PAL-based audio HAL (audio.primary, AHAL/AGM/ARGS) in `logcat -v time` (`MM-dd HH:mm:ss.SSS L/tag(pid): msg`), whose tags hold `AHAL: AudioStream` and `AR Big Data Xlog Logger`, so the `(pid)` comes after a colon or spaces: crdroidandroid/issue_tracker issues #640 and #589",
		why:    "the tag itself holds a colon and a space, or three spaces, before `(pid)`; a yearless stamp; `usecase(1: low-latency-playback)`, `3532:` line numbers and `ret=-131` are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.414Z", Info, "", "11-29 07:41:16.414 I/AHAL: AudioStream(1352): Open: 3532: Enter: OutPrimary usecase(1: low-latency-playback)"),
			we("2026-11-29T07:41:16.427Z", Info, "", "11-29 07:41:16.427 I/AR Big Data Xlog Logger(1352): vendor/qcom/proprietary/args/ar_util/src/send_data_to_xlog.c:send_audio_adsp_err_to_xlog:37 send audio_adsp_err bypass"),
			we("2026-11-29T07:41:16.437Z", Info, "", "11-29 07:41:16.437 I/AGM: send_data_to_xlog(1352): send_audio_silent_observer_to_xlog on vendor/qcom/opensource/agm/service/src/graph.c bypass"),
			we("2026-11-29T07:41:16.470Z", Error, "", "11-29 07:41:16.470 E/AHAL: AudioStream(1352): configurePalOutputStream: 4195: failed to start stream. ret=-131"),
			we("2026-11-29T07:41:16.477Z", Error, "", "11-29 07:41:16.477 E/AHAL: AudioStream(1352): onWriteError: 4155: write error -22 usecase(1: low-latency-playback)"),
			we("2026-11-29T07:41:16.503Z", Debug, "", "11-29 07:41:16.503 D/AHAL: AudioDevice(1352): SetParameters: 1375: enter: A4:C1:38:5E:02:9B=;connect=-2147483640"),
		},
	},
	{
		name:   "qti-sensors-hal-logcat-all-buffers-threadtime",
		source: "Qualcomm's sensors HAL and daemon (qti_sensors_hal, libsensor1, `Sensors` from sns_main.c) with the kernel's lines in `adb logcat -b all` (threadtime; kernel lines with pid and tid 0 and the driver and device as the tag, `i2c-msm-v2 78b6000.i2c`): halibw/android_device_xiaomi_oxygen issue #2, sonyxperiadev/bug_tracker issue #580",
		why:    "threadtime's yearless stamp and priority letter; a kernel tag holding a space; `Sensors : sns_main.c(447):` is a tag padded before its colon, then a file and line; `0x4f` and `-107` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.970Z", Error, "", "11-29 07:41:16.970   539   615 E qti_sensors_hal: processSingleSensorInfoResp: either handle_wakeup is -1 or error is true or mSensors[handle_wakeup] is NULL!"),
			we("2026-11-29T07:41:16.972Z", Error, "", "11-29 07:41:16.972     0     0 E i2c-msm-v2 78b6000.i2c: NACK: slave not responding, ensure its powered: msgs(n:1 cur:0 tx) bc(rx:0 tx:2) mode:FIFO slv_addr:0x4f MSTR_STS:0x0d1343c8 OPER:0x00000090"),
			we("2026-11-29T07:41:16.974Z", Error, "", "11-29 07:41:16.974   539   539 E libsensor1: client_get_conn: qmi_client_get_service_list error -2"),
			we("2026-11-29T07:41:16.976Z", Error, "", "11-29 07:41:16.976   578   578 E Sensors : sns_debug_main.c(294):Debug Config File missing in EFS!"),
			we("2026-11-29T07:41:22.681Z", Warn, "", "11-29 07:41:22.681   610   610 W qti_sensors_hal: sensors_get_sensors_list: handle 9 is not registered!"),
			we("2026-11-29T07:41:28.312Z", Warn, "", "11-29 07:41:28.312   758   758 W Sensors : sns_main.c(355):sns_main_exit called unlock daemon to exit"),
			we("2026-11-29T07:41:28.336Z", Info, "", "11-29 07:41:28.336     0     0 I init    : starting service 'vendor.sensors'..."),
		},
	},
	{
		name:   "tealium-ios5-lldb-console-dispatch",
		gap:    "trawl joins the untimed `TEALIUM iOS 5.0.4: instance …: Queued dispatch.` line to the NSLog record after it, as a lead-in: the untimed line's record takes the NSLog line's time and holds the whole dispatch, and no record starts at the `yyyy-MM-dd HH:mm:ss.SSS App[pid:tid]` line",
		source: "Tealium's iOS library 5.x with the `dev` environment in Xcode's lldb console: an untimed `TEALIUM iOS 5.0.4: instance acct.profile.env: Queued dispatch.` line, then NSLog lines (`yyyy-MM-dd HH:mm:ss.SSS App[pid:tid] TEALIUM iOS 5.0.4: instance …: Dispatch: `) whose dispatch runs onto ` Dispatch type:`, ` Dispatch service:` and ` datasources payload: {` lines and the payload dictionary: Tealium/tealium-ios issue #30; the dictionary's keys from memory",
		why:    "an untimed line, then NSLog's zone-less stamp; `5.0.4` is a version, no time; the dispatch's indented lines and its dictionary down to `}` belong to its NSLog line",
		entries: []worldEntry{
			we("", Unknown, "", "TEALIUM iOS 5.0.4: instance com.example.shop.dev: Queued dispatch."),
			we("2026-11-29T07:41:21.574Z", Unknown, "",
				"2026-11-29 07:41:21.574 ShopApp[1364:442689] TEALIUM iOS 5.0.4: instance com.example.shop.dev: Dispatch: ",
				" Dispatch type: link ",
				" Dispatch service: (none yet assigned) ",
				" datasources payload: {",
				"    \"call_type\" = link;",
				"    \"link_id\" = \"add_to_cart\";",
				"    \"tealium_visitor_id\" = 4F0C2A91D7B34E6A8C5B1E2D9F30A7C4;",
				"    timestamp = \"2026-11-29T07:41:21Z\";",
				"}"),
			we("", Unknown, "", "TEALIUM iOS 5.0.4: instance com.example.shop.dev: Queued dispatch."),
			we("2026-11-29T07:41:34.008Z", Unknown, "",
				"2026-11-29 07:41:34.008 ShopApp[1364:442689] TEALIUM iOS 5.0.4: instance com.example.shop.dev: Dispatch: ",
				" Dispatch type: view ",
				" Dispatch service: collect ",
				" datasources payload: {",
				"    \"call_type\" = view;",
				"    \"screen_title\" = Basket;",
				"}"),
		},
	},
	{
		name:   "segment-analytics-swift-xcode-console-two-line",
		gap:    "trawl reads the -0800 stamp and the two-line records but not the level: `Debug` inside `[Segment Debug  - function:line]` after the console's `[Log]` tag is not read as the level",
		source: "Segment's analytics-swift 1.x with debug logging in Xcode's console: the unified log's `yyyy-MM-dd HH:mm:ss.SSSSSS-0800 App[pid:tid]` prefix, the console's `[Log]` tag, then `[Segment Debug  - function:line]` and the message on the next line: segmentio/analytics-swift issue #85",
		why:    "a microsecond stamp with a -0800 offset (the 28th locally, the 29th in UTC); `Segment Debug` is the SDK's log kind; each record is the bracket line and the line after it (a batch file name, a status)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.712058Z", Debug, "",
				"2026-11-28 23:41:16.712058-0800 Shopper[14783:3008793] [Log] [Segment Debug  - startBatchUpload(writeKey:batch:completion:):92]",
				"Server rejected payload with HTTP code 400."),
			we("2026-11-29T07:41:16.712477Z", Debug, "",
				"2026-11-28 23:41:16.712477-0800 Shopper[14783:3008793] [Log] [Segment Debug  - flush():145]",
				"Processed: 196-segment-events.temp"),
			we("2026-11-29T07:41:46.369930Z", Debug, "",
				"2026-11-28 23:41:46.369930-0800 Shopper[14783:3008612] [Log] [Segment Debug  - cleanupUploads():176]",
				"Cleaned up 5 non-running uploads."),
			we("2026-11-29T07:41:46.370098Z", Debug, "",
				"2026-11-28 23:41:46.370098-0800 Shopper[14783:3008612] [Log] [Segment Debug  - flush():131]",
				"Uploads in-progress: 0"),
			we("2026-11-29T07:41:46.370260Z", Debug, "",
				"2026-11-28 23:41:46.370260-0800 Shopper[14783:3008612] [Log] [Segment Debug  - flush():135]",
				"Processing Batch:",
				"199-segment-events.temp"),
		},
	},
	{
		name:   "segment-analytics-ios3-nslog-queueing-plist",
		source: "Segment's analytics-ios 3.x with `[SEGAnalytics debug:YES]` (SEGLog through NSLog, unified-log prefix with a -0800 offset): `Queueing: (` and `Running: track: with arguments (` with the invocation's arguments printed as a property-list array over many lines, and the one-line `Application state change notification:` lines: segmentio/analytics-ios issue #721",
		why:    "a microsecond stamp with -0800; a call's property list (nested parentheses and braces, `<SEGTrackPayload: 0x…>`) down to its closing `)` is one record; the hex address is no time",
		entries: []worldEntry{
			we("2026-11-29T07:18:08.621438Z", Unknown, "",
				"2026-11-28 23:18:08.621438-0800 ShopDemo[32763:14271409] Queueing: (",
				"    \"track:\",",
				"        (",
				"        \"<SEGTrackPayload: 0x60c000259d70>\"",
				"    ),",
				"        {",
				"        context =         {",
				"        };",
				"        integrations =         {",
				"        };",
				"    }",
				")"),
			we("2026-11-29T07:18:08.621693Z", Unknown, "",
				"2026-11-28 23:18:08.621693-0800 ShopDemo[32763:14271409] Queueing: (",
				"    flush,",
				"        (",
				"    ),",
				"        {",
				"    }",
				")"),
			we("2026-11-29T07:18:08.630221Z", Unknown, "", "2026-11-28 23:18:08.630221-0800 ShopDemo[32763:14271331] Application state change notification: UIApplicationDidFinishLaunchingNotification"),
			we("2026-11-29T07:18:08.690278Z", Unknown, "",
				"2026-11-28 23:18:08.690278-0800 ShopDemo[32763:14271417] Running: track: with arguments (",
				"        (",
				"        \"<SEGTrackPayload: 0x608000247650>\"",
				"    ),",
				"        {",
				"    }",
				")"),
		},
	},
	{
		name:   "salesforce-mobile-sdk-ios-oauth-nslog",
		source: "the Salesforce Mobile SDK for iOS 2.x/3.x (SFOAuthCoordinator and SFOAuthCredentials logging through NSLog's older `yyyy-MM-dd HH:mm:ss.SSS App[pid:hex-tid]` prefix), a keychain query dictionary printed inside quotes over several lines: forcedotcom/SalesforceMobileSDK-iOS issue #552",
		why:    "NSLog's zone-less stamp; `[66245:60b]` is a pid and a hex thread id; `(-25300)` an OSStatus, no time; the query from `\"{` to `}\"` belongs to its line; the org's host in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:48.939Z", Unknown, "",
				"2026-11-29 07:41:48.939 FieldSales[66245:60b] SFOAuthCredentials:tokenForKey: (-25300) no existing \"com.salesforce.oauth.refresh\" item matching \"{",
				"    acct = \"acme-field.my.salesforce.com\";",
				"    class = genp;",
				"    \"m_Limit\" = \"m_LimitOne\";",
				"    \"r_Attributes\" = 1;",
				"    svce = \"com.salesforce.oauth.refresh\";",
				"}\""),
			we("2026-11-29T07:41:48.940Z", Unknown, "", "2026-11-29 07:41:48.940 FieldSales[66245:60b] SFOAuthCoordinator:authenticate: authenticating as 3MVG9xR4kQ7pL2dW8fHc1zT5bN0aJ6uE without refresh token on 'https://acme-field.my.salesforce.com' ..."),
			we("2026-11-29T07:41:48.969Z", Unknown, "",
				"2026-11-29 07:41:48.969 FieldSales[66245:60b] SFOAuthCredentials:tokenForKey: (-25300) no existing \"com.salesforce.oauth.access\" item matching \"{",
				"    acct = \"acme-field.my.salesforce.com\";",
				"    class = genp;",
				"    \"m_Limit\" = \"m_LimitOne\";",
				"    \"r_Attributes\" = 1;",
				"    svce = \"com.salesforce.oauth.access\";",
				"}\""),
			we("2026-11-29T07:41:52.113Z", Unknown, "", "2026-11-29 07:41:52.113 FieldSales[66245:60b] SFOAuthCoordinator:webView:didFinishLoad: host=login.salesforce.com : path=/setup/secur/RemoteAccessAuthorizationPage.apexp"),
		},
	},
}

func TestFresh464Formats(t *testing.T) { assertTable(t, fresh464Cases) }
func TestFresh464Score(t *testing.T) {
	checkScore(t, "fresh464 formats", fresh464Cases, [worldNumFields]float64{83.2, 88.8, 94.3, 88.8})
}
