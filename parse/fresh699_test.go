package parse

import "testing"

// The six-hundred-and-ninety-ninth fresh table: accessibility and input methods' logs as people
// attach them to bug reports (screen readers, a speech server, the accessibility bus's client
// library, an input method engine, a keyboard remapper and a voice-control program), shapes no
// earlier table holds. Each family is one product's documented or observed output: NVDA's log file
// (`LEVEL - module.function (HH:MM:SS.mmm) - thread (tid):` on a line of its own, the message under
// it) and the same log as NVDA 2017 wrote it (`(HH:MM:SS):`, no thread); Fenrir's debug file
// (`LEVEL yyyy-MM-dd HH:MM:SS.ffffff: text`, `ANY ` before some levels); AT-SPI's dbind and
// atk-bridge warnings on a GTK program's stderr; the ibus-m17n engine run by hand (GLib's
// `ibus-m17n-Message:` and `(prgname:pid): ibus-m17n-LEVEL` lines); the Festival speech server's log
// (`server    ` or `client(N) ` and a ctime stamp); kanata on a terminal (`HH:MM:SS.ffff [LEVEL]`);
// Talon Voice's talon.log (a date, time and level word, an ERROR with numbered frames under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`orca`, `Orca`, `gnome-orca`, `nvda`, `nvda.log`, `nvda_slave`,
// `__main__ (`, `MainThread (`, `brltty`, `brltty.log`, `brlapi`, `brl`, `braille`, `liblouis`,
// `louis`, `brailleblaster`, `ibus`, `ibus-daemon`, `ibus-engine`, `IBUS-`, `ibus-m17n`, `m17n`,
// `ibus-hangul`, `ibus-anthy`, `anthy`, `ibus-chewing`, `chewing`, `ibus-pinyin`, `ibus-libpinyin`,
// `libpinyin`, `zhuyin`, `ibus-table`, `ibus-unikey`, `unikey`, `ibus-bamboo`, `typing-booster`,
// `fcitx`, `fcitx5`, `fcitx5-`, `fcitx5-chinese`, `sunpinyin`, `skk`, `cskk`, `kkc`, `uim`, `scim`,
// `mozc`, `mozc_server`, `kime`, `nabi`, `hime`, `gcin`, `rime`, `librime`, `keyman`, `km-config`,
// `kmfl`, `xkb`, `onboard`, `squeekboard`, `maliit`, `caribou`, `florence`, `wvkbd`, `cuetip`,
// `dasher`, `eviacam`, `gameface`, `optikey`, `tobii`, `opentrack`, `switch access`,
// `speech-dispatcher`, `SpeechDispatcher`, `speechd`, `espeak`, `espeakup`, `speakup`, `festival`,
// `festival_server`, `Festival server`, `client(1)`, `rhvoice`, `mimic`, `piper`, `marytts`,
// `emacspeak`, `fenrir`, `odilia`, `jaws`, `narrator`, `voiceover`, `talkback`, `zoomtext`,
// `supernova`, `at-spi`, `at_spi`, `atspi`, `at-spi-bus-launcher`, `org.a11y`, `a11y`, `AT-SPI:`,
// `accessibility bus`, `dbind`, `Activating service name=`, `accerciser`, `magnus`, `magnifier`,
// `kmag`, `kmousetool`, `talon`, `talon.log`, `    IO `, `dragon`, `dragon.log`, `natspeak`,
// `dragonfly`, `caster`, `kaldi-active`, `numen`, `nerd-dictation`, `vosk`, `whisper`, `voiceattack`,
// `linvam`, `voice access`, `kanata`, `kmonad`, `xremap`, `keyd`, `keyd[`, `DEVICE: match`,
// `input-remapper`, `karabiner`, `core_service`, `xdotool`, `ydotool`, `dotool`, `sxhkd`, `autokey`,
// `espanso`, `hunspell`, `spiel`, `easyspeech`, `gnome-shell`, `dbus-broker`). None of NVDA,
// Fenrir, AT-SPI's dbind, ibus-m17n, Festival, kanata or Talon is in any table (`nvda` matches only
// `convdate`, `dbind` only Java method names and `hdbindexserver`, `kanata` and `talon` only other
// tables' lists of greps, `festival` only lists and `canfestival`, `client(1)` other products).
// Left out as measured already: Orca's debug file, ibus-daemon -v with librime's glog lines and
// ibus-typing-booster (fresh636), fcitx5's stderr, speech-dispatcher's log (fresh480), BRLTTY's
// own log file (fresh600), input-remapper, espanso, keyszer, Karabiner-Elements (fresh23), Vosk,
// Piper and the other speech engines of fresh650. Left out as a shape other tables hold: the
// journal's plain lines of at-spi-bus-launcher, dbus-daemon and dbus-broker-launch activating
// org.a11y.atspi.Registry. Left out as not confirmed by any search: Mozc's mozc_server.log,
// Onboard's and Maliit's console output, Odilia. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NVDA's `(07:41:16.204)` and `(07:52:03)`, GLib's `HH:MM:SS.mmm` after the
// domain and kanata's `HH:MM:SS.ffff` are times of day only: they are on the clock's day. Fenrir's
// stamp is datetime.utcnow() with no zone; Festival's ctime stamp and Talon's date and time have
// no zone and are taken as UTC. Levels only where the line marks one: NVDA's word before the dash
// (its IO, level 12 between DEBUG and INFO, is Debug), Fenrir's word before the date (`ANY INFO`
// is INFO), GLib's domain levels (Message is Notice, CRITICAL Critical), kanata's bracketed word,
// Talon's word after the time; Festival's lines carry none. The host is the record's host field:
// none of these families has one; NVDA's thread ids, Fenrir's vcsa devices, GLib's program names
// and pids, Festival's `accepted from` peers and Talon's microphones are no hosts. A record that
// spans lines is one entry: NVDA's header with its message and a traceback under it, Talon's ERROR
// with its numbered frames and the exception.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a part the source says "from memory": Talon's whole layout, the spelling of Fenrir's
// level word, kanata's WARN and ERROR messages. Hosts, ids, paths, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 97.9 %, time 75.0 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 97.6 %, time 73.2 %, host 100.0 %, records 97.6 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are NVDA's time of day in parentheses after `LEVEL - module`,
// which trawl does not read in either layout, and NVDA's IO level word, whose record's message line
// trawl splits off as a record of its own.

var fresh699Cases = []worldCase{
	{
		name:   "nvda-log-thread-column",
		source: "NVDA's log file (%TEMP%\\nvda.log, the log viewer's text: `LEVEL - module.function (HH:MM:SS.mmm) - thread (tid):` on a line of its own, the message on the lines under it; levels DEBUG IO INFO WARNING ERROR): nvaccess/nvda PR #10393 (a pasted log), alekssamos/cloudvision issue #12 (a pasted NVDA 2024.1 start-up log)",
		why:    "a time of day in parentheses after the logger's dotted name (the clock's day); the message and a traceback on the lines under the header are one record; IO (NVDA's level 12, between DEBUG and INFO) is Debug; the thread id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "",
				"INFO - __main__ (07:41:16.204) - MainThread (6112):",
				"Starting NVDA version 2026.3.1"),
			we("2026-11-29T07:41:16.266Z", Info, "",
				"INFO - core.main (07:41:16.266) - MainThread (6112):",
				`Config dir: C:\Users\maren\AppData\Roaming\nvda`),
			we("2026-11-29T07:41:16.702Z", Warn, "",
				"WARNING - mathPres.initialize (07:41:16.702) - MainThread (6112):",
				"MathPlayer 4 not available"),
			we("2026-11-29T07:41:19.310Z", Debug, "",
				"IO - speech.speech.speak (07:41:19.310) - MainThread (6112):",
				"Speaking ['Taskbar', 'list', 'Quarry Notes - Writer', 'button', '3 of 9']"),
			we("2026-11-29T07:41:24.515Z", Error, "",
				"ERROR - NVDAObjects.IAccessible.IAccessible._get_name (07:41:24.515) - MainThread (6112):",
				"Error getting name for window 0x30a4e",
				"Traceback (most recent call last):",
				`  File "NVDAObjects\IAccessible\__init__.pyc", line 712, in _get_name`,
				"_ctypes.COMError: (-2147467259, 'Unspecified error', (None, None, None, 0, None))"),
			we("2026-11-29T07:41:25.040Z", Debug, "",
				"DEBUG - braille.BrailleHandler.handleGainFocus (07:41:25.040) - MainThread (6112):",
				"Focus moved to button 'Send', region updated"),
		},
	},
	{
		name:   "nvda-log-legacy-no-thread",
		source: "NVDA 2017.x's log file (`LEVEL - module.function (HH:MM:SS):`, no milliseconds and no thread column, the message on the line under it): nvaccess/nvda issue #7207 (a pasted 2017.1 log)",
		why:    "a time of day to the second in parentheses (the clock's day), no thread; the message line under the header belongs to it",
		gap:    "NVDA 2017's header has no milliseconds and no thread column: its time of day in parentheses (`INFO - core.main (07:52:04):`) is left unread, since a schedule's or a duration's clock in that place looks the same",
		entries: []worldEntry{
			we("2026-11-29T07:52:03Z", Info, "",
				"INFO - __main__ (07:52:03):",
				"Starting NVDA"),
			we("2026-11-29T07:52:04Z", Info, "",
				"INFO - core.main (07:52:04):",
				"NVDA version 2017.4"),
			we("2026-11-29T07:52:04Z", Info, "",
				"INFO - synthDriverHandler.setSynth (07:52:04):",
				"Loaded synthDriver espeak"),
			we("2026-11-29T07:52:06Z", Warn, "",
				"WARNING - braille.BrailleHandler.setDisplayByName (07:52:06):",
				"Couldn't initialize display brailliantB"),
			we("2026-11-29T07:52:31Z", Error, "",
				"ERROR - eventHandler.executeEvent (07:52:31):",
				"error executing event: gainFocus on <NVDAObjects.IAccessible.IAccessible object at 0x05A1C2F0> with extra args of {}"),
		},
	},
	{
		name:   "fenrir-debug-log",
		source: "Fenrir, the console screen reader, with debugMode=File (/var/log/fenrir.log: `LEVEL yyyy-MM-dd HH:MM:SS.ffffff: text`, the stamp from datetime.utcnow(), `ANY ` before the level of a line written at any debug level): chrys87/fenrir src/fenrirscreenreader/core/debugManager.py (writeDebugOut), the callers' debug.debugLevel.ERROR/INFO found with find_string, issue #48; the level's spelling as its name (ERROR, WARNING, INFO) from memory",
		why:    "the level word before a zone-less UTC date and time with microseconds, a colon after the time; `ANY INFO` is still INFO; the vcsa device and the TTY are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "INFO 2026-11-29 07:41:16.204518: Load command:onScreenUpdate.70000-PRESENT_TEXT"),
			we("2026-11-29T07:41:16.311207Z", Error, "", "ERROR 2026-11-29 07:41:16.311207: vcsaDriver:getCurrScreen:[Errno 13] Permission denied: '/dev/vcsa6'"),
			we("2026-11-29T07:41:16.402991Z", Warn, "", "WARNING 2026-11-29 07:41:16.402991: speechDriver: no language set, using default en"),
			we("2026-11-29T07:41:16.517730Z", Info, "", "ANY INFO 2026-11-29 07:41:16.517730: Shortcut: [1, ['KEY_FENRIR', 'KEY_H']] command:TOGGLE_TUTORIAL_MODE"),
			we("2026-11-29T07:41:19.088402Z", Error, "", "ERROR 2026-11-29 07:41:19.088402: No speechDriver in outputManager.speakText"),
		},
	},
	{
		name:   "atspi-dbind-warning-stderr",
		source: "AT-SPI's client library (at-spi2-core's dbind and atk-bridge) on a GTK program's stderr when the accessibility bus cannot be reached (GLib's `(prgname:pid): domain-WARNING **: HH:MM:SS.mmm: msg`): v1cont/yad issue #254 (`(yad-tools:16735): dbind-WARNING **: 18:06:03.502: AT-SPI: Error retrieving accessibility bus address: …`), NixOS/nixpkgs issue #16327, TigerVNC/tigervnc issue #1043 (`AT-SPI: Could not obtain desktop path or name`)",
		why:    "a time of day after `**:` (the clock's day); WARNING after the dbind or atk-bridge domain; the program and pid are no host, nor the bus socket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.502Z", Warn, "", "(yad:40417): dbind-WARNING **: 07:41:16.502: AT-SPI: Error retrieving accessibility bus address: org.a11y.Bus.Error: Failed to spawn child process “/bin/dbus-daemon” (No such file or directory)"),
			we("2026-11-29T07:43:02.118Z", Warn, "", "(gedit:40533): dbind-WARNING **: 07:43:02.118: AT-SPI: Error retrieving accessibility bus address: org.freedesktop.DBus.Error.ServiceUnknown: The name org.a11y.Bus was not provided by any .service files"),
			we("2026-11-29T07:44:40.930Z", Warn, "", "(meld:40612): dbind-WARNING **: 07:44:40.930: Couldn't connect to accessibility bus: Failed to connect to socket /run/user/1000/at-spi/bus_0: No such file or directory"),
			we("2026-11-29T07:45:11.374Z", Warn, "", "(evince:40701): atk-bridge-WARNING **: 07:45:11.374: AT-SPI: Could not obtain desktop path or name"),
		},
	},
	{
		name:   "ibus-m17n-engine-by-hand",
		source: "ibus-m17n's engine run by hand (`ibus-engine-m17n --ibus`, G_MESSAGES_DEBUG=all: GLib's `ibus-m17n-Message: HH:MM:SS.mmm: msg`, and `(prgname:pid): ibus-m17n-LEVEL` before DEBUG, WARNING and CRITICAL): ibus/ibus-m17n issue #39 (`ibus-m17n-Message: 11:33:14.625: skipped m17n:ko:han2 since its rank is lower than 0`, and the `m17n != NULL` assertions it mentions); the DEBUG and CRITICAL lines in GLib's standard form",
		why:    "a time of day after the domain's level (the clock's day); GLib's Message is Notice, CRITICAL is Critical; m17n engine names (`m17n:ko:han2`) are no times and no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.625Z", Notice, "", "ibus-m17n-Message: 07:41:16.625: skipped m17n:ko:han2 since its rank is lower than 0"),
			we("2026-11-29T07:41:16.626Z", Notice, "", "ibus-m17n-Message: 07:41:16.626: skipped m17n:ko:romaja since its rank is lower than 0"),
			we("2026-11-29T07:41:17.101Z", Debug, "", "(ibus-engine-m17n:30211): ibus-m17n-DEBUG: 07:41:17.101: loading engine config for m17n:hi:inscript2"),
			we("2026-11-29T07:41:17.140Z", Critical, "", "(ibus-engine-m17n:30211): ibus-m17n-CRITICAL **: 07:41:17.140: ibus_m17n_engine_focus_in: assertion 'm17n != NULL' failed"),
			we("2026-11-29T07:41:17.152Z", Warn, "", "(ibus-engine-m17n:30211): ibus-m17n-WARNING **: 07:41:17.152: minput_open_im failed for m17n:mr:inscript2"),
		},
	},
	{
		name:   "festival-server-log",
		source: "the Festival speech synthesis server (`festival --server`, the TTS engine speech-dispatcher's festival module talks to; its log_message: a client label padded to ten, then ctime's `Www Mmm dd HH:MM:SS yyyy`, ` : ` and the message): Festival's socket server code (`log_message(0,EST_String(\"Festival server started on port \")+…)`, found with find_string), the-elven-archer/TCPFestival's README and a pasted `spd-conf --test-festival` session (`client(1) … : accepted from localhost`, `… : disconnected`)",
		why:    "a ctime stamp after a `server` or `client(N)` label (local time with no zone, UTC here); no level; the host a client connects from is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "server    Sun Nov 29 07:41:16 2026 : Festival server started on port 1314"),
			we("2026-11-29T07:41:19Z", Unknown, "", "client(1) Sun Nov 29 07:41:19 2026 : accepted from localhost"),
			we("2026-11-29T07:41:21Z", Unknown, "", "client(1) Sun Nov 29 07:41:21 2026 : disconnected"),
			we("2026-11-29T07:43:05Z", Unknown, "", "client(2) Sun Nov 29 07:43:05 2026 : accepted from brailleroom.lan"),
			we("2026-11-29T07:43:09Z", Unknown, "", "client(2) Sun Nov 29 07:43:09 2026 : disconnected"),
		},
	},
	{
		name:   "kanata-console-time-of-day",
		source: "kanata, the keyboard remapper, on a terminal (simplelog's TermLogger: `HH:MM:SS.ffff [LEVEL] msg`, four fractional digits, `(1) module::path: ` after DEBUG): pasted start-up logs found with find_string (`20:06:52.4412 [INFO] entering the processing loop`, `01:21:33.0876 [DEBUG] (1) kanata_state_machine::kanata::output_logic::zippychord: …`); the WARN and ERROR messages from memory",
		why:    "a time of day with four fractional digits (the clock's day); the bracketed level word; `(1)` and the Rust module path are no time or host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4719Z", Info, "", "07:41:16.4719 [INFO] kanata v1.10.0 starting"),
			we("2026-11-29T07:41:16.4731Z", Info, "", "07:41:16.4731 [INFO] config file is valid"),
			we("2026-11-29T07:41:18.4789Z", Info, "", "07:41:18.4789 [INFO] entering the processing loop"),
			we("2026-11-29T07:41:18.4791Z", Debug, "", "07:41:18.4791 [DEBUG] (1) kanata_state_machine::kanata: layer changed to nav"),
			we("2026-11-29T07:41:18.6012Z", Warn, "", "07:41:18.6012 [WARN] no input devices matched linux-dev-names-include, grabbing all keyboards"),
			we("2026-11-29T07:41:18.9950Z", Error, "", "07:41:18.9950 [ERROR] failed to open /dev/input/event5: Permission denied (os error 13)"),
		},
	},
	{
		name:   "talon-voice-log",
		source: "Talon Voice's talon.log (~/.talon/talon.log: `yyyy-MM-dd HH:MM:SS.mmm LEVEL msg`, DEBUG `[+]`/`[~]` lines for loaded and reloaded user scripts, an ERROR with Talon's numbered stack frames and the exception under it): from memory",
		why:    "a zone-less date and time (UTC by the rules), then the level word; the numbered frames and the exception under an ERROR belong to it; the microphone and engine names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29 07:41:16.120 INFO Activating speech engine: W2lEngine(en_US)"),
			we("2026-11-29T07:41:16.480Z", Debug, "", "2026-11-29 07:41:16.480 DEBUG [+] /home/maren/.talon/user/community/core/modes/modes.py"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026-11-29 07:41:17.002 WARNING [audio] Microphone 'Blue Snowball' not found, falling back to System Default"),
			we("2026-11-29T07:41:24.515Z", Error, "",
				"2026-11-29 07:41:24.515 ERROR    3:       talon/scripting/talon_script.py:590| ",
				"    2:       talon/scripting/talon_script.py:308| ",
				"    1: user/community/apps/vscode/vscode.py:88| return actions.user.vscode_run(cmd)",
				"AttributeError: 'NoneType' object has no attribute 'vscode_run'"),
			we("2026-11-29T07:41:30.771Z", Debug, "", "2026-11-29 07:41:30.771 DEBUG [~] /home/maren/.talon/user/community/apps/vscode/vscode.py"),
		},
	},
}

func TestFresh699Formats(t *testing.T) { assertTable(t, fresh699Cases) }
func TestFresh699Score(t *testing.T) {
	checkScore(t, "fresh699 formats", fresh699Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
