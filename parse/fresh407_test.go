package parse

import "testing"

// The four-hundred-and-seventh fresh table, written on 2026-12-06: mobile platforms' logs, a fifth
// pass of its theme (Android logcat variants, health and fitness apps, vendor daemons, iOS device
// logs), shapes no earlier table holds. Each family is one product's documented or observed output,
// here the indoor-fitness chain that runs on phones, tablets and gym-equipment Android consoles:
// qdomyos-zwift (QZ)'s debug log with Qt's text date and an epoch in milliseconds; the QZ
// Companion's debug text box relaying iFit lines under its own stamp; iFit's wolf log on a
// NordicTrack console (/sdcard/.wolflogs/yyyy-MM-dd_logs.txt, thread, ticks and a clock with four
// decimals); iFit 2's glassos_service .valinorlogs/log.latest.txt (a bare clock and a level word);
// the iFit wolf lines as the console's logcat shows them (threadtime, System.out); Zwift's
// Log.txt (a bracketed clock); gymnasticon's console (a bracketed ISO time, an epoch inside); QZ's
// NSLog lines on an iPad read with idevicesyslog.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hilog`, `C01406`, `OHOS`, `hdc`, `dlogutil`, `tizen`, `gadgetbridge`, `androidaps`,
// `xdrip`, `connect iq`, `CIQ_LOG`, `garmin`, `fitbit`, `zepp`, `amazfit`, `HKQuantity`,
// `healthkit`, `pymobiledevice3`, `idevicesyslog`, `go-ios`, `MobileInstallation`, `bug_type`,
// `pidcat`, `I/flutter`, `-v monotonic`, `-v process`, `-v color`, `descriptive`, `mtklogger`,
// `mobilelog`, `swapper/`, `ffx`, `sailfish`, `kaios`, `zwift`, `qdomyos`, `golden cheetah`,
// `opentracks`, `fitotrack`, `loop report`, `iaps`, `omnipod`, `lockdownd`, `ios-deploy`,
// `devicectl`, `cfgutil`, `ideviceinstaller`, `tidevice`, `storaged`, `bootstat`,
// `thermal-engine`, `perf-hal`, `cnss-daemon`, `statsd`, `incidentd`, `procstats`,
// `COMMITTED STATS`, `wahoo`, `polar`, `suunto`, `withings`, `oura`, `whoop`, `osmand`,
// `runnerup`, `shutdown.log`, `idevicerestore`, `palera1n`, `sdhms`, `vendor.qti`, `ANDR-PERF`,
// `InfiniTime`, `XCGLogger`, `SwiftyBeaver`, `scrcpy`, `usbmuxd`, `metrickit`, `timeStampBegin`,
// `wolflog`, `Trace:FitPro`, `FitPro`, `ifit`, `valinor`, `glassos`, `lastModifiedFile`,
// `Goto search`, `NETCLIENT`, `gymnasticon`, `pedal stroke`). Logcat's formats, HarmonyOS'
// hilog, Tizen's dlog, the idevicesyslog and pymobiledevice3 shapes, Gadgetbridge and AndroidAPS
// (fresh59), xDrip (fresh130, fresh348) and the watch SDKs (fresh155) are in many tables; QZ, the
// QZ Companion, iFit's wolf and valinor logs, Zwift and gymnasticon are in none (`ifit` matches only
// a Java method name in fresh81, `NETCLIENT` only other text in fresh88). The procstats dump was a
// candidate and was left out: its COMMITTED STATS sections nest a `Start time:` line whose record
// boundaries could not be settled from the source in the time given. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). QZ's `Sun Nov 29 07:41:16 2026` is Qt's zone-less local text date, on a
// device in London (UTC in November), and the epoch milliseconds after it are the same instant:
// either is accepted. The wolf log's and valinor log's bare clocks and Zwift's `[07:41:16]` have no
// date: they are on the clock's day. The Companion's stamp and the relayed wolf line's clock are two
// versions of the record's time (a relay around the daemon's own line), and so are logcat's time
// and the wolf clock inside System.out's message: either is accepted. gymnasticon's
// `timestamp=` epoch inside a message is no record time. Levels only where the line marks one: QZ's
// `Debug:` `Warning:` `Critical:` word after the epoch, the wolf tag's `[Trace:Component]` (Trace),
// valinor's INFO word, logcat's priority letter (System.out is always I, which is the record's
// level even when it relays a Trace line), Zwift's `NETCLIENT:[INFO]`, idevicesyslog's `<Notice>`
// and `<Error>`; the Companion's own lines and gymnasticon's have none. The host is the record's
// host field: only idevicesyslog's device name; a BLE address, a device name in a message and a
// file path are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 82.5 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 81.6 %, time 86.8 %, host 100.0 %, records 100.0 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the wolf log's dateless clock after its thread id and tick
// count, and its `[Trace:Component]` level tag, both in the wolf file itself and relayed behind the
// QZ Companion's stamp.

var fresh407Cases = []worldCase{
	{
		name:   "qdomyos-zwift-debug-log-qt-textdate-epoch-ms",
		source: "qdomyos-zwift (QZ Fitness, iOS/Android) debug-<date>.log written by myMessageOutput in src/main.cpp: `QDateTime::currentDateTime().toString()` (Qt's text date `ddd MMM d hh:mm:ss yyyy`), a space, `QDateTime::currentMSecsSinceEpoch()`, then `Debug:|Info:|Warning:|Critical:|Fatal: file function msg`: cagnulein/qdomyos-zwift src/main.cpp and issue #815 (log lines quoted)",
		why:    "a weekday-first text date with the year last and no zone, then a 13-digit epoch in milliseconds of the same instant; the level word after the epoch; a C++ signature with parentheses and a BLE address in the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z|2026-11-29T07:41:16Z", Debug, "", `Sun Nov 29 07:41:16 2026 1795938076123 Debug: ../src/main.cpp int main(int, char**) "version " "2.20.14"`),
			we("2026-11-29T07:41:16.131Z|2026-11-29T07:41:16Z", Debug, "", `Sun Nov 29 07:41:16 2026 1795938076131 Debug: ../src/main.cpp int main(int, char**) "bike_resistance_offset" QVariant(int, 4)`),
			we("2026-11-29T07:41:19.402Z|2026-11-29T07:41:19Z", Debug, "", `Sun Nov 29 07:41:19 2026 1795938079402 Debug: ../src/devices/bluetooth.cpp void bluetooth::deviceDiscovered(const QBluetoothDeviceInfo&) "Found new device: KICKR CORE 5A1B (D3:4F:19:8A:22:C7) -67 dBm"`),
			we("2026-11-29T07:41:21.007Z|2026-11-29T07:41:21Z", Warn, "", `Sun Nov 29 07:41:21 2026 1795938081007 Warning: ../src/devices/wahookickrsnapbike/wahookickrsnapbike.cpp void wahookickrsnapbike::errorService(QLowEnergyService::ServiceError) "wahookickrsnapbike::errorService QLowEnergyService::DescriptorWriteError"`),
			we("2026-11-29T07:42:05.880Z|2026-11-29T07:42:05Z", Critical, "", `Sun Nov 29 07:42:05 2026 1795938125880 Critical: ../src/homeform.cpp void homeform::deviceConnected(QBluetoothDeviceInfo) "FIT file not saved: /var/mobile/Containers/Data/Application/4C1E/Documents/2026-11-29.fit"`),
		},
	},
	{
		name:   "qz-companion-debug-box-relayed-wolf-lines",
		gap:    "trawl reads the companion's `yyyy-MM-dd HH:mm:ss.SSS` stamp but no level from a relayed wolf line: the `[Trace:FitPro]` tag after the inner `[thread] ticks HH:mm:ss.ffff` is not read as Trace (a level and component bracket is read as a header's first word only, where a message does not quote it)",
		source: "the QZ Companion app on a NordicTrack/ProForm console (its debug text box copied after pressing the logcat button: `yyyy-MM-dd HH:mm:ss.SSS msg`, the service's own lines `Service run`, the wolflogs folder and `lastModifiedFile …`, and each relayed iFit wolf line `[thread] ticks HH:mm:ss.ffff [Trace:Component] msg`): cagnulein/qdomyos-zwift issue #1227 (a user pasting the box)",
		why:    "the companion's stamp first, the relayed wolf line's own clock inside (a relay around the daemon's line: either time); the wolf tag's Trace is the relayed line's level; the service's own lines carry none",
		entries: []worldEntry{
			we("2026-11-29T07:41:26.324Z|2026-11-29T07:41:15.8308Z", Trace, "", "2026-11-29 07:41:26.324 [8] 245484 07:41:15.8308 [Trace:FitPro] Changed CurrentGear to: 3"),
			we("2026-11-29T07:41:26.865Z", Unknown, "", "2026-11-29 07:41:26.865 Service run"),
			we("2026-11-29T07:41:26.872Z", Unknown, "", "2026-11-29 07:41:26.872 /sdcard/.wolflogs/"),
			we("2026-11-29T07:41:26.878Z", Unknown, "", "2026-11-29 07:41:26.878 lastModifiedFile /sdcard/.wolflogs/2026-11-29_logs.txt"),
			we("2026-11-29T07:41:26.942Z|2026-11-29T07:41:16.0165Z", Trace, "", "2026-11-29 07:41:26.942 [18] 245671 07:41:16.0165 [Trace:FitPro] Changed KPH to: 8.05"),
		},
	},
	{
		name:   "ifit-wolflogs-thread-ticks-clock",
		gap:    "trawl reads neither the time nor the level of `[thread] ticks HH:mm:ss.ffff [Trace:Component] msg`: the dateless clock with four decimals after a bracketed thread id and a tick count is not found, and `[Trace:FitPro]` (a level joined to a component by a colon) is not read as Trace",
		source: "iFit's wolf log on NordicTrack/ProForm Android consoles (/sdcard/.wolflogs/yyyy-MM-dd_logs.txt: `[thread] ticks HH:mm:ss.ffff [Level:Component] msg`, components FitPro, Usb, FitnessConsole): cagnulein/QZCompanionNordictrackTreadmill issues #147 (`busybox tail -f` of the file) and #121 (iFit1 metric lines)",
		why:    "a thread id in brackets and a millisecond tick count before a clock with four decimals and no date (the clock's day); `[Trace:FitPro]` is the level and the component; the metric values are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:06.3032Z", Trace, "", "[13] 40011915 07:41:06.3032 [Trace:FitPro] Changed CurrentTime to: 1800"),
			we("2026-11-29T07:41:07.3311Z", Trace, "", "[33] 40012943 07:41:07.3311 [Trace:Usb] Successful Read Requests: 4411"),
			we("2026-11-29T07:41:10.1522Z", Trace, "", "[22] 40015764 07:41:10.1522 [Trace:FitPro] Commands sent: 2917"),
			we("2026-11-29T07:41:11.1475Z", Trace, "", "[22] 40016759 07:41:11.1475 [Trace:FitPro] Changed KPH to: 9.65"),
			we("2026-11-29T07:41:11.4354Z", Trace, "", "[32] 40017047 07:41:11.4354 [Trace:FitnessConsole] Kph changed from 8.05 to 9.65"),
		},
	},
	{
		name:   "ifit2-glassos-valinorlogs-log-latest",
		source: "iFit 2's equipment service on the console (/sdcard/android/data/com.ifit.glassos_service/files/.valinorlogs/log.latest.txt: `HH:mm:ss.SSS LEVEL COMPONENT msg`, e.g. `INFO SDS Changed KPH from a kph to b kph`): cagnulein/QZCompanionNordictrackTreadmill issues #103 and #121",
		why:    "a bare clock with milliseconds and no date (the clock's day); the level word after it; the component SDS and the units (kph, %, resistance) are no level and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:07.296Z", Info, "", "07:41:07.296 INFO SDS Changed KPH from 1.6 kph to 3.21 kph"),
			we("2026-11-29T07:41:24.791Z", Info, "", "07:41:24.791 INFO SDS Changed INCLINE from 0.0 % to -1.5 %"),
			we("2026-11-29T07:41:39.005Z", Info, "", "07:41:39.005 INFO SDS Changed RESISTANCE from 4.0 resistance to 6.0 resistance"),
			we("2026-11-29T07:41:39.007Z", Info, "", "07:41:39.007 INFO SDS Changed GEAR from 4.0 gear to 6.0 gear"),
		},
	},
	{
		name:   "ifit-wolf-system-out-logcat-threadtime",
		source: "the console's `adb logcat` (threadtime) while the QZ Companion prints what it reads: `MM-dd HH:mm:ss.SSS pid tid I System.out: ` before a relayed wolf line or the wolflogs path: cagnulein/qdomyos-zwift issue #815 (the `System.out: [13] … [Trace:FitPro] Changed KPH to:` and `System.out: /sdcard/.wolflogs/…_logs.txt` lines); threadtime from developer.android.com/tools/logcat",
		why:    "logcat's yearless time and the wolf clock inside the message are two versions of one time (either); System.out's priority I is the record's level, not the relayed Trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:32.401Z|2026-11-29T07:41:32.4008Z", Info, "", "11-29 07:41:32.401  4412  4436 I System.out: [13] 11611308 07:41:32.4008 [Trace:FitPro] Changed KPH to: 9.65"),
			we("2026-11-29T07:41:33.118Z", Info, "", "11-29 07:41:33.118  4412  4412 I System.out: /sdcard/.wolflogs/2026-11-29_logs.txt"),
			we("2026-11-29T07:41:33.402Z|2026-11-29T07:41:33.4017Z", Info, "", "11-29 07:41:33.402  4412  4436 I System.out: [13] 11612309 07:41:33.4017 [Trace:FitPro] Changed Grade to: 1.5"),
			we("2026-11-29T07:41:34.020Z", Warn, "", "11-29 07:41:34.020  1180  1203 W AlarmManager: Unrecognized alarm listener com.android.server.AlarmManagerService$DeliveryTracker@7f2c1a0"),
		},
	},
	{
		name:   "zwift-log-txt-bracketed-clock",
		source: "Zwift's Documents/Zwift/Logs/Log.txt on iOS, Android and desktop (each line `[HH:MM:SS] msg`; the ANT+ lines `ANT : Goto search`, `ANT : Channel 0 in wrong state`, `ANT : Enable extended message`; network lines `NETCLIENT:[INFO] …`): mhanney/zwiftalizer issues #10 and #13 (the ANT messages), twelve.rgr.jp 'ZWIFTのパワーロスト' (the Logs folder and its three files); the bracketed clock and the NETCLIENT lines from memory",
		why:    "a bracketed clock with no date (the clock's day); NETCLIENT:[INFO] marks a level, the ANT lines none; `Channel 0` and the firmware version are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Game Version: 1.79.0(146204) 4c1e7a92b0d"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18] ANT : Enable extended message"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18] ANT : Extended messages enabled"),
			we("2026-11-29T07:41:21Z", Info, "", "[07:41:21] NETCLIENT:[INFO] Connected to relay server 3 (sequence 1128)"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[07:43:02] ANT : Goto search"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[07:43:02] ANT : Channel 0 in wrong state"),
		},
	},
	{
		name:   "gymnasticon-console-iso-bracket",
		source: "gymnasticon (Peloton/Flywheel bike to BLE/ANT+ bridge used with Zwift on phones and tablets), its console `[yyyy-MM-ddTHH:mm:ss.SSSZ] msg` with `received stats from bike [power=…W cadence=…rpm]` and `pedal stroke [timestamp=epoch ms revolutions=N power=…W]`: ptx2/gymnasticon issue #8",
		why:    "an ISO time in UTC in brackets; the epoch milliseconds in timestamp= and the BLE address are message text, no time and no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:01.573Z", Unknown, "", "[2026-11-29T07:41:01.573Z] connecting to bike..."),
			we("2026-11-29T07:41:21.466Z", Unknown, "", "[2026-11-29T07:41:21.466Z] bike connected f4:7b:22:0c:9e:15"),
			we("2026-11-29T07:41:21.652Z", Unknown, "", "[2026-11-29T07:41:21.652Z] received stats from bike [power=142W cadence=84rpm]"),
			we("2026-11-29T07:41:21.669Z", Unknown, "", "[2026-11-29T07:41:21.669Z] pedal stroke [timestamp=1795938081664 revolutions=1 power=142W]"),
			we("2026-11-29T07:41:22.657Z", Unknown, "", "[2026-11-29T07:41:22.657Z] pedal stroke [timestamp=1795938082656 revolutions=2 power=145W]"),
		},
	},
	{
		name:   "qz-ios-nslog-idevicesyslog",
		source: "QZ on an iPad, its lockscreen::nslog lines (src/main.cpp calls `lockscreen::nslog(\"quick_action profile …\")`) and the Bluetooth daemon's, read with libimobiledevice's idevicesyslog (`Mmm dd HH:mm:ss device process[pid] <Level>: msg`): cagnulein/qdomyos-zwift src/main.cpp; the idevicesyslog line from memory",
		why:    "a yearless BSD date, the device's name as the host, the level in angle brackets; the BLE address and the profile name are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Notice, "pedal-ipad", "Nov 29 07:41:14 pedal-ipad qdomyoszwift[812] <Notice>: quick_action profile morning-ride"),
			we("2026-11-29T07:41:19Z", Notice, "pedal-ipad", "Nov 29 07:41:19 pedal-ipad bluetoothd[98] <Notice>: Device connected - D3:4F:19:8A:22:C7 (KICKR CORE 5A1B)"),
			we("2026-11-29T07:41:21Z", Error, "pedal-ipad", "Nov 29 07:41:21 pedal-ipad bluetoothd[98] <Error>: ATT Write Request failed for handle 0x0021 with status 0x0E"),
			we("2026-11-29T07:42:05Z", Notice, "pedal-ipad", "Nov 29 07:42:05 pedal-ipad qdomyoszwift[812] <Notice>: workout paused by user"),
		},
	},
}

func TestFresh407Formats(t *testing.T) { assertTable(t, fresh407Cases) }
func TestFresh407Score(t *testing.T) {
	checkScore(t, "fresh407 formats", fresh407Cases, [worldNumFields]float64{82.4, 87.4, 99.9, 99.9})
}
