package parse

import "testing"

// The seven-hundred-and-sixteenth fresh table: chat bots and voice assistants, their logs as people
// paste them into bug reports, shapes no earlier table holds for these products. Each family is one
// product's documented or observed output: a Wyoming satellite under systemd read with journalctl
// (the journal's line, then Python's BASIC_FORMAT `LEVEL:logger:msg`); Rasa's `--log-file`
// (`yyyy-MM-dd HH:mm:ss,SSS [LEVEL]  msg`, the level cut or padded to five, a traceback under an
// exception); opsdroid on its console (`LEVEL logger: msg`, no time, the old shell connector's
// `opsdroid> ` prompt glued before a line, aiohttp's two-line banner); the Snips platform's
// services (`LEVEL:module  : msg` with the module padded, no time); Mycroft 18's skills.log
// (`HH:mm:ss.SSS - NAME - LEVEL - msg`, a time of day only); Mycroft 21's logs on a Picroft
// (`HH:mm:ss.SSS | LEVEL    | pid | module:function:line | msg`, a time of day only, a traceback
// under an ERROR); Rhasspy 2.4 under docker-compose (the service column, then `LEVEL:name:msg`);
// and matterbridge 0.9 in a container (logrus's `INFO[RFC 3339]` with `module=irc` at the end).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`rasa`, `rasa.core`, `rasa_sdk`, `rasa_sdk.endpoint`,
// `rasa_sdk.executor`, `Starting action endpoint`, `rasa run`, `--log-file`, `[DEBUG]  `,
// `[INFO ]  `, `[WARNI]`, `[debug    ]`, `sanic.root`, `Registered function for`, `botpress`,
// `errbot`, `errbot.core`, `hubot`, `hubot-`, `GMT+0000`, `matterbridge`, `[0000]`, `INFO[2`,
// `DEBU[`, `FATA[`, `WARN[2`, `module=irc`, `Starting bridge`, `prefix=main`, `prefix=router`,
// `mycroft`, `mycroft.skills.core`, ` - SKILLS - `, ` - INFO - `, `| ERROR    |`, `| DEBUG    |`,
// `padatious`, `adapt`, `hey_mycroft`, `ovos`, `ovos_`, `rhasspy`, `[DEBUG:`, `[INFO:`,
// `DEBUG:RhasspyCore`, `rhasspy    |`, `wyoming`, `wyoming_`, `wyoming-satellite`, `run[`, `run[1`,
// `:root:`, `DEBUG:root:`, `INFO:__main__:`, `]: INFO:`, `]: DEBUG:`, `satellite`,
// `assist_satellite`, `assist_pipeline`, `homeassistant`, `home assistant`, `snips`, `snips_`,
// `INFO:snips`, `snips-watch`, `[Hotword]`, `[Asr]`, `[Dialogue]`, `porcupine`, `openwakeword`,
// `wakeword`, `wake word`, `piper`, `whisper`, `faster-whisper`, `opsdroid`, `opsdroid.logging`,
// `INFO opsdroid`, `opsdroid>`, `kalliope`, `projectalice`, `Project Alice`, `naomi`, `leon`,
// `jasper`, `sepia`, `genie`, `almond`, `neon`, `willow`, `sopel`, `limnoria`, `supybot`, `zulip`,
// `mattermost`, `maubot`, `lita`, `botkit`, `bot framework`, `botframework`, `dialogflow`,
// `rocket.chat`, `rocketchat`, `chatwoot`, `typebot`, `node-red`, `ollama`, `llama.cpp`,
// `koboldcpp`, `librechat`). Left out as measured already: Rasa's console (fresh633), Errbot's file
// and console, matterbridge's `[0009] LEVEL prefix:` terminal lines with and without `-debug`
// (fresh95, fresh633), Botpress 12's server, Hubot's log.js line (fresh408), Rhasspy 2.5's
// `[LEVEL:date] logger: msg` (fresh479), Mycroft 20's dated skills.log (fresh479), OVOS's log
// (fresh650), Piper's spdlog line and the Wyoming servers' bare `LEVEL:name:` lines (fresh650), Home
// Assistant's log in all its copies (Assist pipeline debug lines are its `homeassistant.log`
// shape), ESPHome's voice-assistant satellites, Sopel, Limnoria, maubot. Left out as not confirmed
// by any search: snips-watch's bracketed `[Hotword]` lines and Kalliope's console. Rasa 0.13's
// console is the shape fresh633 holds. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's year-less time is in 2026; Rasa's comma-millisecond stamp
// has no zone and is taken as UTC; the two Mycroft logs give a time of day only, on the clock's
// day; matterbridge's logrus stamp ends in Z. opsdroid's console, Snips's services and Rhasspy
// 2.4's lines carry no time: their records have none. Levels only where the line marks one: the
// BASIC_FORMAT word before the first colon (Wyoming, Rhasspy 2.4, Snips: INFO, DEBUG, WARNING or
// WARN, ERROR), Rasa's bracketed word cut to five (`[WARNI]` is WARNING), opsdroid's first word,
// Mycroft's level column, logrus's four letters (FATA is fatal, so Critical); aplay's own line in
// the satellite's journal and a traceback's lines carry none. The host is the record's host
// field: only the journal's; Rhasspy's compose service column, Snips's site `default`, Mycroft's
// pid, opsdroid's 0.0.0.0 and matterbridge's IRC server are no hosts. A record that spans lines
// is one entry: Rasa's and Mycroft 21's traceback under the ERROR, opsdroid's traceback under its
// ERROR and aiohttp's `(Press CTRL+C to quit)` line under the banner it ends.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit db42860 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.8 %), in a
// worktree at db42860 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is opsdroid's aiohttp banner, whose `(Press CTRL+C to quit)` line
// under the line that starts with the shell's `opsdroid> ` prompt trawl reads as a record of its own
// instead of the rest of that record.

var fresh716Cases = []worldCase{
	{
		name:   "wyoming-satellite-journal-basic-format",
		source: "rhasspy/wyoming-satellite run as the README's systemd unit (ExecStart=…/script/run, so the journal's tag is `run[pid]`), read with `journalctl -u wyoming-satellite.service` (the journal's line, then Python logging's BASIC_FORMAT `LEVEL:logger:msg`, aplay's own stderr between): rhasspy/wyoming-satellite issues #206, #259 and #229 (pasted journals)",
		why:    "the journal's year-less time and host; the level is the word before the first colon after the tag, `root` and `asyncio` are logger names; aplay's line carries no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "den-sat", "Nov 29 07:41:16 den-sat run[1187]: INFO:root:Connected to server"),
			we("2026-11-29T07:41:16Z", Debug, "den-sat", "Nov 29 07:41:16 den-sat run[1187]: DEBUG:root:Ping enabled"),
			we("2026-11-29T07:41:16Z", Info, "den-sat", "Nov 29 07:41:16 den-sat run[1187]: INFO:root:Waiting for wake word"),
			we("2026-11-29T07:43:02Z", Unknown, "den-sat", "Nov 29 07:43:02 den-sat run[1240]: Playing raw data 'stdin' : Signed 16 bit Little Endian, Rate 22050 Hz, Mono"),
			we("2026-11-29T07:46:11Z", Warn, "den-sat", "Nov 29 07:46:11 den-sat run[1187]: WARNING:root:Did not receive ping response within timeout"),
			we("2026-11-29T07:46:11Z", Error, "den-sat", "Nov 29 07:46:11 den-sat run[1187]: ERROR:asyncio:Task exception was never retrieved"),
		},
	},
	{
		name:   "rasa-run-log-file-bracket",
		source: "Rasa Open Source's `rasa run --debug --log-file rasarun.log` (the file handler's `%(asctime)s [%(levelname)-5.5s]  %(message)s`: a comma-millisecond stamp, the level cut or padded to five in brackets, two blanks, no logger name): RasaHQ/rasa issue #2298 (a pasted `tail` of the file); the formatter string found with find_string in other projects; the traceback under `logger.exception` from memory",
		why:    "a zone-less stamp with comma milliseconds (UTC by the rules); `[WARNI]` is WARNING cut to five and `[INFO ]` is padded; the conversation id and the confidence are no time; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.279Z", Info, "", "2026-11-29 07:41:16,279 [INFO ]  Starting Rasa server on http://0.0.0.0:5005"),
			we("2026-11-29T07:41:40.658Z", Debug, "", "2026-11-29 07:41:40,658 [DEBUG]  Recreating tracker for id 'c41f7e2a'"),
			we("2026-11-29T07:41:40.669Z", Debug, "", "2026-11-29 07:41:40,669 [DEBUG]  Received user message 'book a table for two' with intent '{'name': 'book_table', 'confidence': 0.9412}' and entities '[]'"),
			we("2026-11-29T07:41:40.702Z", Warn, "", "2026-11-29 07:41:40,702 [WARNI]  Failed to run custom action 'action_check_slots'. Couldn't connect to the server at 'http://actions:5055/webhook'."),
			we("2026-11-29T07:41:40.705Z", Error, "",
				"2026-11-29 07:41:40,705 [ERROR]  Encountered an exception while running action 'action_check_slots'.",
				"Traceback (most recent call last):",
				`  File "/opt/venv/lib/python3.10/site-packages/rasa/core/actions/action.py", line 741, in run`,
				"    response = await self.action_endpoint.request(json=json_body, method=\"post\", timeout=DEFAULT_REQUEST_TIMEOUT)",
				"rasa.core.actions.action.RasaException: Failed to execute custom action."),
			we("2026-11-29T07:41:40.711Z", Debug, "", "2026-11-29 07:41:40,711 [DEBUG]  Action 'action_listen' ended with events '[]'."),
		},
	},
	{
		name:   "opsdroid-console-untimed",
		source: "opsdroid on its console with the default logging (`%(levelname)s %(name)s: %(message)s`, no time; the banner of `=` lines; the old shell connector's `opsdroid> ` prompt printed before the next log line; aiohttp's `======== Running on … ========` with `(Press CTRL+C to quit)` on the line under it): opsdroid/opsdroid PR #949 and issue #282 (pasted consoles); the traceback under `_LOGGER.exception` from memory",
		why:    "no time at all; the level is the first word, or the first word after the shell prompt; the `=` banner lines are records of their own; aiohttp's second line and a traceback belong to the record above them",
		entries: []worldEntry{
			we("", Info, "", "INFO opsdroid: ========================================"),
			we("", Info, "", "INFO opsdroid: Started opsdroid v0.30.1"),
			we("", Info, "", "INFO opsdroid: ========================================"),
			we("", Warn, "", "WARNING opsdroid.loader: No databases in configuration"),
			we("", Info, "", "opsdroid> INFO opsdroid.web: ======== Running on http://0.0.0.0:8080 ========", "(Press CTRL+C to quit)"),
			we("", Error, "",
				"ERROR opsdroid.core: Exception when running skill 'standup'.",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.11/site-packages/opsdroid/core.py", line 427, in run_skill`,
				"    return await skill(event)",
				"KeyError: 'channel'"),
		},
		gap: "aiohttp's `(Press CTRL+C to quit)` line, the second line of the message logged after the `opsdroid> ` prompt, is not joined to that record: it is read as a record of its own",
	},
	{
		name:   "snips-platform-services-untimed",
		source: "the Snips platform's Rust services (snips-asr, snips-hotword, snips-dialogue, snips-nlu) on a terminal or in snips-*.log (env_logger's old default `LEVEL:module: msg`, the module padded to a column, no time): snipsco/snips-platform-documentation issue #31 (a pasted console)",
		why:    "no time; the level before the first colon; `::` module paths and `T0+2.282` are no times; the site `default` is no host",
		entries: []worldEntry{
			we("", Info, "", "INFO:snips_asr_hermes  : Preparing decoder"),
			we("", Info, "", "INFO:snips_hotword_hermes: Hotword detected"),
			we("", Info, "", "INFO:snips_dialogue_lib::coordinator::coordinator: Session [7c2e91d4-5a0b-4e3f-9b16-2d84f0c3a7e5]: The session has been created because the site \"default\" is free"),
			we("", Info, "", "INFO:snips_asr_lib::asr: T0+1.914 endpoint detected (rule:2) frame:112 samples:28672 signal_time:1.79 rtf:0.811"),
			we("", Warn, "", "WARN:snips_nlu_hermes  : Intent not recognized for input \"turn of the hallway\""),
			we("", Error, "", "ERROR:snips_tts_hermes  : Could not play audio on site default: no audio server connected"),
		},
	},
	{
		name:   "mycroft-18-skills-log-dashes",
		source: "Mycroft 18.x (mycroft-core on a Picroft) /var/log/mycroft/skills.log (`HH:mm:ss.SSS - NAME - LEVEL - msg`: a time of day only, the logger name such as SKILLS, the level, the bus message as JSON): MycroftAI/mycroft-skills PR #685 (a pasted `grep` of skills.log)",
		why:    "a time of day with milliseconds and no date (the clock's day); the level between the second pair of dashes; the JSON's session id and ident are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", `07:41:16.204 - SKILLS - DEBUG - {"type": "speak", "data": {"utterance": "I have now finished booting up.", "expect_response": false}, "context": {}}`),
			we("2026-11-29T07:41:52.667Z", Debug, "", `07:41:52.667 - SKILLS - DEBUG - {"type": "recognizer_loop:wakeword", "data": {"utterance": "hey mycroft", "session": "3b9e0c41-8d2f-4a67-b1c5-0f7a29e4d813"}, "context": null}`),
			we("2026-11-29T07:41:55.136Z", Info, "", "07:41:55.136 - mycroft.skills.padatious_service - INFO - Training complete."),
			we("2026-11-29T07:41:55.902Z", Warn, "", "07:41:55.902 - mycroft.skills.core - WARNING - Skill mycroft-weather.mycroftai is not loaded yet"),
			we("2026-11-29T07:42:01.014Z", Error, "", "07:42:01.014 - mycroft.skills.core - ERROR - Failed to load skill: mycroft-spotify.forslund"),
		},
	},
	{
		name:   "mycroft-21-time-of-day-pipes",
		source: "Mycroft 21.x (mycroft-core on a Picroft, `mycroft-start debug`) with its log lines as `HH:mm:ss.SSS | LEVEL    | pid | module:function:line | msg` (a time of day only, the level padded to eight; LOG.exception adds the traceback): MycroftAI/mycroft-core issue #3107 (a pasted ERROR with its traceback)",
		why:    "a time of day with milliseconds and no date (the clock's day); the padded level between bars; the pid column and `on_error:923` are no time; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "07:41:16.118 | INFO     |  2214 | mycroft.skills.skill_loader:load:113 | Loading skill mycroft-date-time.mycroftai"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "07:41:16.402 | DEBUG    |  2214 | mycroft.skills.intent_services.adapt_service:register_vocabulary:252 | Registering vocab for mycroft-date-time.mycroftai"),
			we("2026-11-29T07:41:30.771Z", Warn, "", "07:41:30.771 | WARNING  |  2214 | mycroft.skills.settings:_issue_api_call:405 | Skill settings upload failed: 401"),
			we("2026-11-29T07:42:05.676Z", Error, "",
				"07:42:05.676 | ERROR    |  2214 | mycroft.skills.mycroft_skill.mycroft_skill:on_error:923 | An error occurred while processing a request in Time Skill",
				"Traceback (most recent call last):",
				`  File "/home/pi/mycroft-core/mycroft/skills/mycroft_skill/event_container.py", line 73, in wrapper`,
				"    handler(message)",
				"AttributeError: 'NoneType' object has no attribute 'bus'"),
			we("2026-11-29T07:42:06.010Z", Info, "", "07:42:06.010 | INFO     |  2214 | mycroft.skills.skill_manager:_load_new_skills:402 | All skills loaded"),
		},
	},
	{
		name:   "rhasspy-24-compose-basic-format",
		source: "Rhasspy 2.4 run with docker-compose and `--log-level DEBUG`, read with `docker-compose logs` or the foreground console (the compose service column padded, `| `, then Python's BASIC_FORMAT `LEVEL:name:msg`, the actors' state changes): synesthesiam/rhasspy issues #113 and #117 (pasted consoles)",
		why:    "no time; the compose service column is no host; the level is the word before the first colon after the bar; `-> started` and `started -> loading` are state arrows, not a peer",
		entries: []worldEntry{
			we("", Debug, "", "rhasspy    | DEBUG:__main__:Namespace(host='0.0.0.0', log_level='DEBUG', port=12101, profile='de', set=[], ssl=None, system_profiles='/usr/share/rhasspy/profiles', user_profiles='/profiles')"),
			we("", Debug, "", "rhasspy    | DEBUG:RhasspyCore:Loaded profile from /profiles/de/profile.json"),
			we("", Debug, "", "rhasspy    | DEBUG:DialogueManager:started -> loading"),
			we("", Info, "", "rhasspy    | INFO:quart.serving:Running on 0.0.0.0:12101 over http (CTRL + C to quit)"),
			we("", Warn, "", "rhasspy    | WARNING:PorcupineWakeListener:Keyword file not found: /profiles/de/porcupine/hey_harbour.ppn"),
			we("", Error, "", "rhasspy    | ERROR:APlayAudioPlayer:play"),
		},
	},
	{
		name:   "matterbridge-09-logrus-tty",
		source: "matterbridge 0.9-0.x in its Docker image with `-ti` (logrus's TextFormatter on a terminal: the four-letter level glued to `[RFC 3339]`, the message padded, `module=irc` at the end; FATA on a failed gateway): 42wim/matterbridge issues #107 and #61 (pasted consoles)",
		why:    "an RFC 3339 time in Z in brackets glued to the level; FATA is fatal (Critical), DEBU debug; the IRC and Mattermost servers and the DNS resolver are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T07:41:16Z] Starting bridge: irc.libera                "),
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T07:41:16Z] Connecting irc.libera.chat:6697             module=irc"),
			we("2026-11-29T07:41:17Z", Debug, "", "DEBU[2026-11-29T07:41:17Z] trying login harbourbot@example.org chat.example.org  module=matterclient"),
			we("2026-11-29T07:41:47Z", Warn, "", "WARN[2026-11-29T07:41:47Z] Connection failed, retrying in 30s           module=irc"),
			we("2026-11-29T07:42:17Z", Critical, "", "FATA[2026-11-29T07:42:17Z] Bridge mattermost.harbour failed to start: dial tcp: lookup chat.example.org on 10.20.0.2:53: i/o timeout "),
		},
	},
}

func TestFresh716Formats(t *testing.T) { assertTable(t, fresh716Cases) }
func TestFresh716Score(t *testing.T) {
	checkScore(t, "fresh716 formats", fresh716Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.8})
}
