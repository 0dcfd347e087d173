package parse

import "testing"

// The six-hundred-and-fiftieth fresh table: speech recognition and text-to-speech engines' logs as
// people attach them to bug reports, shapes no earlier table holds. Each family is one product's
// documented or observed output: a Kaldi job log written by utils/run.pl (a `# Started at` and a
// `# Ended (code N) at` line in date(1)'s format around the binary's `LOG (prog[version]:Func():
// file.cc:N)` lines and the decoded words); the Vosk library's Kaldi-style lines on a Python
// program's stderr (`LOG (VoskAPI:Func():file.cc:N)`, WARNING, ERROR, no time); ESPnet2's training
// log (`[host] yyyy-MM-dd HH:mm:ss,SSS (module:line) LEVEL: msg`); ESPnet's recipe script asr.sh
// (`yyyy-MM-ddTHH:mm:ss (asr.sh:line:func) msg`, with SentencePiece's `file.cc(N) LOG(INFO)` lines
// between); Coqui TTS's Trainer on the console (` > TRAINING (date time) `, then `--> TIME: date
// time -- STEP: n/N -- GLOBAL_STEP: n` blocks with `| > metric` lines under them); Piper's command
// line synthesiser (spdlog's `[yyyy-MM-dd HH:mm:ss.SSS] [piper] [level] msg`); OpenVoiceOS's
// ovos-core log (`yyyy-MM-dd HH:mm:ss.SSS - service - module:func:line - LEVEL - msg`, a message's
// own lines and a traceback under it); whisper.cpp's whisper-cli (`func: msg` lines with no time,
// and transcript lines whose `[00:00:04.320 --> 00:00:09.880]` are offsets into the audio).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`vosk`, `VoskAPI`, `LOG (`, `kaldi`, `nnet3`, `# Started at`,
// `# Ended (code`, `# Accounting`, `run.pl`, `queue.pl`, `whisper`, `whisper_init`,
// `whisper_print_timings`, ` --> `, `whisperx`, `faster-whisper`, `faster_whisper`, `coqui`,
// `tts_models`, `TRAINING (`, `--> TIME`, `GLOBAL_STEP`, `STEP:`, `piper`, `[piper]`, `piper_`,
// `sshpiper`, `rhasspy`, `wyoming`, `wyoming_`, `__main__:Ready`, `INFO:__main__`, `mimic`,
// `mimic3`, `mycroft`, `ovos`, `ovos_`, ` - skills - `, `espnet`, `(asr:`, `espeak`, `festival`,
// `deepspeech`, `nemo`, `[NeMo`, `[NeMo W`, `nemo_logging`, `riva`, `riva_server`, `sherpa`,
// `openwakeword`, `porcupine`, `snowboy`, `pocketsphinx`, `sphinx`, `julius`, `marytts`, `larynx`,
// `opentts`, `silero`, `speechbrain`, `tortoise`, `bark`, `wav2vec`, `VLOG`, `WARNING (`, `speech`,
// `asr`, `stt`, `tts`, `ggml`, `LocalAI`, `willow`, `home assistant`, `homeassistant`, `Tacotron`,
// `vits`, `glow-tts`, `jarvis`, `alltalk`, `xtts`, `voice`, `april-asr`, `nerd-dictation`, `Talon`,
// `funasr`, `paddlespeech`, `kokoro`, `openai-whisper`, `whisper-server`, `speaches`). None of
// Kaldi's job logs, Vosk, ESPnet, Coqui TTS's Trainer, Piper, OpenVoiceOS or whisper.cpp is in any
// table (`whisper` matches only Graphite's whisper files, `piper` only sshpiper and `zapiperf`,
// `ovos` and `wyoming` only other tables' lists of greps, ` --> `, `STEP:` and `LOG (` other
// products' lines, `--> TIME` a Roku console's `----> TimeBase`). Left out as measured already: Rhasspy 2.5's
// server log and Mycroft's skills.log (fresh479), speech-dispatcher (fresh480), NVIDIA NeMo's
// `[NeMo I …]` logger (fresh26), ONNX Runtime's sink as sherpa-onnx prints it (fresh63), LocalAI
// (fresh100), llama.cpp's ggml loggers (fresh146, fresh188, fresh255). Left out as a shape other
// tables hold: the Wyoming servers' bare `DEBUG:wyoming_faster_whisper.handler:` lines (Python's
// default `LEVEL:name:msg`, as kolla's `INFO:__main__:` in fresh222 and fresh641). The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). run.pl's `# Started at Sun Nov 29 07:41:16 UTC 2026` and `# Ended (code 0)
// at …` are date(1)'s output with the zone named; the Kaldi binary's LOG lines, Vosk's lines,
// SentencePiece's lines, Coqui's epoch banner, whisper.cpp's lines and its transcript have no time
// of their own (the transcript's bracketed times are offsets into the audio). ESPnet's, asr.sh's,
// Coqui's, Piper's and OVOS's stamps have no zone and are taken as UTC. Levels only where the line
// marks one: Kaldi's and Vosk's LOG (KALDI_LOG, the info severity) WARNING ERROR, SentencePiece's
// LOG(INFO), ESPnet's and OVOS's level names, spdlog's bracketed word; run.pl's lines, asr.sh's
// lines, Coqui's Trainer and whisper.cpp carry none. The host is the record's host field: only
// ESPnet2's `[gpu-node07]`, the machine's name the training log puts first; OVOS's `skills` is a
// service, Piper's `[piper]` a logger name, Kaldi's utterance ids and speakers no hosts. A record
// that spans lines is one entry: Coqui's step block with its metric lines, its epoch banner with
// the output folder under it, OVOS's message that goes on a second line and its ERROR with the
// Python traceback under it. run.pl's command line, its `#` line, the echoed command and its
// `# Accounting` line are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, paths, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 83.8 %, time 79.6 %,
// host 71.2 %, records 77.1 %. That is the macro figure (micro: level 84.8 %, time 80.4 %, host
// 76.1 %, records 78.3 %), in a worktree at 3a5e29b with no change to trawl's code (only this file
// and table_test.go's list), 4 of 8 families fully right; the gaps are ESPnet2's bracketed host
// name before the time, which trawl does not read as the host; SentencePiece's untimed LOG(INFO)
// lines, which trawl joins to the asr.sh line above them; Coqui's Trainer output, whose
// ` > TRAINING (…) ` and indented `--> TIME: …` lines after blank lines start no record, so all of
// it becomes one record; and whisper.cpp's transcript offsets, read as times of day, with the
// timings line after a blank line joined to the last transcript line.

var fresh650Cases = []worldCase{
	{
		name:   "kaldi-runpl-job-log",
		source: "Kaldi's utils/run.pl (and queue.pl) job log, e.g. exp/chain/tdnn1k_sp/decode_dev/log/decode.2.log: `# <command>`, `# Started at <date(1)>`, `#`, the command again, the binary's stderr (`LOG (prog[version]:Func():file.cc:N) msg`, WARNING, ERROR; decoded words as `utt-id words`), then `# Accounting: time=N threads=1` and `# Ended (code N) at <date(1)>, elapsed time N seconds`: kaldi-asr/kaldi egs/wsj/s5/utils/parallel/run.pl (the footer's print statements), kaldi-asr/kaldi PR #1166, pasted job logs found with find_string (`# Started at Sun May  7 18:05:18 UTC 2019`, `LOG (gmm-est[5.4.232-532f3]:main():gmm-est.cc:116)`); LOG as the info severity: src/base/kaldi-error.h",
		why:    "date(1)'s `Sun Nov 29 07:41:16 UTC 2026` with the year after the zone on the header and footer lines; the binary's LOG lines and decoded words carry no time and take none from the header; `[5.5.1124~1-8b7c3]` is a version, `nnet-nnet.cc:948` a file and line",
		entries: []worldEntry{
			wskip("# nnet3-latgen-faster --frame-subsampling-factor=3 --frames-per-chunk=50 --max-active=7000 --beam=15.0 --lattice-beam=8.0 --acoustic-scale=1.0 --word-symbol-table=exp/chain/tree_sp/graph_tgsmall/words.txt exp/chain/tdnn1k_sp/final.mdl exp/chain/tree_sp/graph_tgsmall/HCLG.fst \"ark,s,cs:apply-cmvn --utt2spk=ark:data/harbour_dev_hires/split4/2/utt2spk scp:data/harbour_dev_hires/split4/2/cmvn.scp scp:data/harbour_dev_hires/split4/2/feats.scp ark:- |\" \"ark:|lattice-scale --acoustic-scale=10.0 ark:- ark:- | gzip -c >exp/chain/tdnn1k_sp/decode_harbour_dev_tgsmall/lat.2.gz\" "),
			we("2026-11-29T07:41:16Z", Unknown, "", "# Started at Sun Nov 29 07:41:16 UTC 2026"),
			wskip("#",
				"nnet3-latgen-faster --frame-subsampling-factor=3 --frames-per-chunk=50 --max-active=7000 --beam=15.0 --lattice-beam=8.0 --acoustic-scale=1.0 --word-symbol-table=exp/chain/tree_sp/graph_tgsmall/words.txt exp/chain/tdnn1k_sp/final.mdl exp/chain/tree_sp/graph_tgsmall/HCLG.fst \"ark,s,cs:apply-cmvn --utt2spk=ark:data/harbour_dev_hires/split4/2/utt2spk scp:data/harbour_dev_hires/split4/2/cmvn.scp scp:data/harbour_dev_hires/split4/2/feats.scp ark:- |\" \"ark:|lattice-scale --acoustic-scale=10.0 ark:- ark:- | gzip -c >exp/chain/tdnn1k_sp/decode_harbour_dev_tgsmall/lat.2.gz\" "),
			we("", Info, "", "LOG (nnet3-latgen-faster[5.5.1124~1-8b7c3]:RemoveOrphanNodes():nnet-nnet.cc:948) Removed 1 orphan nodes."),
			we("", Info, "", "LOG (nnet3-latgen-faster[5.5.1124~1-8b7c3]:CheckAndFixConfigs():nnet-am-decodable-simple.cc:294) Increasing --frames-per-chunk from 50 to 51 to make it a multiple of --frame-subsampling-factor=3"),
			we("", Unknown, "", "spk0417-utt0093 set a timer for twelve minutes"),
			we("", Info, "", "LOG (nnet3-latgen-faster[5.5.1124~1-8b7c3]:DecodeUtteranceLatticeFaster():decoder-wrappers.cc:375) Log-like per frame for utterance spk0417-utt0093 is 2.1412 over 311 frames."),
			we("", Warn, "", "WARNING (nnet3-latgen-faster[5.5.1124~1-8b7c3]:DecodeUtteranceLatticeFaster():decoder-wrappers.cc:327) Outputting partial output for utterance spk0417-utt0101 since no final-state reached"),
			we("", Info, "", "LOG (nnet3-latgen-faster[5.5.1124~1-8b7c3]:main():nnet3-latgen-faster.cc:259) Done 118 utterances, failed for 0"),
			wskip("# Accounting: time=43 threads=1"),
			we("2026-11-29T07:41:59Z", Unknown, "", "# Ended (code 0) at Sun Nov 29 07:41:59 UTC 2026, elapsed time 43 seconds"),
		},
	},
	{
		name:   "vosk-api-stderr",
		source: "the Vosk library (vosk-api's Kaldi logger with the program name VoskAPI: `LOG (VoskAPI:Func():file.cc:N) msg`, `WARNING (VoskAPI:…)`, `ERROR (VoskAPI:…)`, no time, no version) on a Python program's stderr: alphacep/vosk-api issue #112 and pasted start-up logs found with find_string (`LOG (VoskAPI:ReadDataFiles():model.cc:213) Decoding params beam=10 max-active=3000 lattice-beam=2`, `WARNING (VoskAPI:UpdateGrammarFst():recognizer.cc:308) Ignoring word missing in vocabulary: …`); the ERROR line's wording from memory",
		why:    "no time anywhere: `Silence phones 1:2:3:4:5:6:7:8:9:10` and `model.cc:216` are no times of day; LOG is the info severity, WARNING and ERROR their own",
		entries: []worldEntry{
			we("", Info, "", "LOG (VoskAPI:ReadDataFiles():model.cc:213) Decoding params beam=10 max-active=3000 lattice-beam=2"),
			we("", Info, "", "LOG (VoskAPI:ReadDataFiles():model.cc:216) Silence phones 1:2:3:4:5:6:7:8:9:10"),
			we("", Info, "", "LOG (VoskAPI:ReadDataFiles():model.cc:248) Loading i-vector extractor from /srv/quayvoice/models/vosk-model-small-en-gb-0.15/ivector/final.ie"),
			we("", Info, "", "LOG (VoskAPI:ReadDataFiles():model.cc:303) Loading HCLG from /srv/quayvoice/models/vosk-model-small-en-gb-0.15/graph/HCLG.fst"),
			we("", Warn, "", "WARNING (VoskAPI:UpdateGrammarFst():recognizer.cc:308) Ignoring word missing in vocabulary: 'lighthouseman'"),
			we("", Error, "", "ERROR (VoskAPI:Model():model.cc:122) Folder '/srv/quayvoice/models/vosk-model-de-0.21' does not contain model files. Make sure you specified the model path properly in Model constructor. If you are not sure about relative path, use absolute path specification."),
		},
	},
	{
		name:   "espnet2-train-log-host",
		source: "ESPnet2's training and inference logs (exp/*/train.log, the logging format set in espnet2/tasks/abs_task.py: `[host] yyyy-MM-dd HH:mm:ss,SSS (module:line) LEVEL: msg`): espnet/espnet issue #2587 (a pasted train log with `[8a302efb1cd2] … (asr:281) INFO: Vocabulary size: …` and `(abs_task:1059) INFO: pytorch.version=…`), issues #5591 and #3212; the trainer's `Nepoch:train:a-bbatch:` and grad-norm lines from memory",
		why:    "the machine's short host name in brackets before a zone-less time with a comma and milliseconds; `(asr:523)` is a module and line; the level word ends with a colon",
		gap:    "the machine's name in brackets before the time (`[gpu-node07] 2026-11-29 07:41:16,402 …`) is not read as the host: every record comes out with none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "gpu-node07", "[gpu-node07] 2026-11-29 07:41:16,402 (asr:523) INFO: Vocabulary size: 500"),
			we("2026-11-29T07:41:18.977Z", Info, "gpu-node07", "[gpu-node07] 2026-11-29 07:41:18,977 (abs_task:1270) INFO: pytorch.version=2.1.2+cu121, cuda.available=True, cudnn.version=8902, cudnn.benchmark=False, cudnn.deterministic=True"),
			we("2026-11-29T07:44:51.130Z", Info, "gpu-node07", "[gpu-node07] 2026-11-29 07:44:51,130 (trainer:762) INFO: 1epoch:train:1-500batch: iter_time=1.821e-04, forward_time=0.212, loss_ctc=187.411, loss_att=96.305, acc=0.118, loss=123.637, backward_time=0.198, optim_step_time=0.041, optim0_lr0=2.000e-05, train_time=0.502"),
			we("2026-11-29T07:45:03.558Z", Warn, "gpu-node07", "[gpu-node07] 2026-11-29 07:45:03,558 (trainer:677) WARNING: The grad norm is nan. Skipping updating the model."),
		},
	},
	{
		name:   "espnet-asr-sh-recipe",
		source: "ESPnet's recipe script egs2/TEMPLATE/asr1/asr.sh on a terminal (its log() function: `date '+%Y-%m-%dT%H:%M:%S'`, then `(script:line:function)` and the message), with SentencePiece's trainer lines between (`file.cc(N) LOG(INFO) msg`): espnet/espnet issues #5591 (a pasted stage 5 run) and #1370 (SentencePiece's lines); `Successfully finished. [elapsed=…s]` from memory",
		why:    "a zone-less ISO time to the second with no fraction, then `(asr.sh:284:main)` (a line number and a function, no time, no level); SentencePiece's LOG(INFO) lines have no time and carry the info level",
		gap:    "SentencePiece's untimed `file.cc(N) LOG(INFO) …` lines after a timed asr.sh line are joined to it as its continuation: they start no record of their own and their info level is lost",
		entries: []worldEntry{
			we("2026-11-29T07:40:02Z", Unknown, "", `2026-11-29T07:40:02 (asr.sh:284:main) ./asr.sh --stage 5 --stop_stage 5 --lang en --nbpe 500 --train_set train_quay --valid_set dev_quay --test_sets "dev_quay eval_quay"`),
			we("2026-11-29T07:40:03Z", Unknown, "", "2026-11-29T07:40:03 (asr.sh:566:main) Skipped stages:  6 7 8 9 14 15 16 17"),
			we("2026-11-29T07:40:03Z", Unknown, "", "2026-11-29T07:40:03 (asr.sh:871:main) Stage 5: Generate token_list from dump/raw/train_quay/text using BPE"),
			we("", Info, "", "sentencepiece_trainer.cc(177) LOG(INFO) Running command: --input=data/en_token_list/bpe_unigram500/train.txt --vocab_size=500 --model_type=unigram --model_prefix=data/en_token_list/bpe_unigram500/bpe --character_coverage=1.0 --input_sentence_size=100000000"),
			we("", Info, "", "trainer_interface.cc(409) LOG(INFO) Loaded all 28539 sentences"),
			we("2026-11-29T07:40:41Z", Unknown, "", "2026-11-29T07:40:41 (asr.sh:1791:main) Successfully finished. [elapsed=39s]"),
		},
	},
	{
		name:   "coqui-tts-trainer-console",
		source: "Coqui TTS's Trainer (coqui-ai/Trainer's console logger) training a VITS or XTTS model: ` > EPOCH: n/N` with ` --> <output folder>` under it, ` > TRAINING (yyyy-MM-dd HH:mm:ss) `, then per logged step `   --> TIME: yyyy-MM-dd HH:mm:ss -- STEP: n/N -- GLOBAL_STEP: n` and indented `     | > name: value  (average)` lines, blank lines between: coqui-ai/TTS issue #2070 (a pasted run) and fine-tuning notes found with find_string (`--> TIME: … -- STEP: 0/3984 -- GLOBAL_STEP: 0`, ` > TRAINING (…) `)",
		why:    "a zone-less date and time after `--> TIME:` and inside ` > TRAINING (…)`; the metric lines under a step belong to it; the epoch banner has no time; `STEP: 25/406` is no date; no level",
		gap:    "nothing after ` > Model has … parameters` starts a record: the epoch banner, ` > TRAINING (2026-11-29 07:41:16) ` and the indented `--> TIME: 2026-11-29 07:41:22 -- STEP: …` lines (each after a blank line) are joined into the first record, so their times are lost",
		entries: []worldEntry{
			we("", Unknown, "", " > Model has 83059180 parameters", ""),
			we("", Unknown, "",
				" > EPOCH: 0/1000",
				" --> /home/ines/runs/vits_quay-November-29-2026_07+41AM-3f9c2e1",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", " > TRAINING (2026-11-29 07:41:16) ", ""),
			we("2026-11-29T07:41:22Z", Unknown, "",
				"   --> TIME: 2026-11-29 07:41:22 -- STEP: 0/406 -- GLOBAL_STEP: 0",
				"     | > loss_disc: 5.61823  (5.61823)",
				"     | > loss_gen: 2.03115  (2.03115)",
				"     | > loss_mel: 61.20471  (61.20471)",
				"     | > current_lr_0: 0.00020 ",
				"     | > step_time: 1.2194  (1.2194)",
				"     | > loader_time: 0.8816  (0.8816)",
				"",
				""),
			we("2026-11-29T07:42:48Z", Unknown, "",
				"   --> TIME: 2026-11-29 07:42:48 -- STEP: 25/406 -- GLOBAL_STEP: 25",
				"     | > loss_disc: 2.87704  (3.90112)",
				"     | > loss_gen: 2.41980  (2.18833)",
				"     | > loss_mel: 38.77125  (47.02946)",
				"     | > current_lr_0: 0.00020 ",
				"     | > step_time: 0.6417  (0.7250)",
				"     | > loader_time: 0.0092  (0.0436)",
				"",
				""),
		},
	},
	{
		name:   "piper-cli-spdlog",
		source: "Piper's command-line synthesiser (rhasspy/piper, C++, spdlog's default pattern with the logger named piper: `[yyyy-MM-dd HH:mm:ss.SSS] [piper] [level] msg`, --debug adding the debug lines): rhasspy/piper issues #270 (a pasted run: Loaded voice, Initialized piper, Real-time factor, Terminated piper) and #588; debug lines found with find_string (`[piper] [debug] Converting N phoneme(s) to ids: …`); the warning's wording from memory",
		why:    "spdlog's bracketed zone-less time with milliseconds; `[piper]` is the logger's name, no host; the level is the third bracket (debug, info, warning)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.684Z", Info, "", "[2026-11-29 07:41:16.684] [piper] [info] Loaded voice in 0.465912307 second(s)"),
			we("2026-11-29T07:41:16.685Z", Info, "", "[2026-11-29 07:41:16.685] [piper] [info] Initialized piper"),
			we("2026-11-29T07:41:16.702Z", Debug, "", "[2026-11-29 07:41:16.702] [piper] [debug] Converting 38 phoneme(s) to ids: ðə kwˈiː fˈɛɹi lˈiːvz ɐt nˈaɪn"),
			we("2026-11-29T07:41:16.703Z", Warn, "", "[2026-11-29 07:41:16.703] [piper] [warning] Missing 1 phoneme(s) from phoneme/id map!"),
			we("2026-11-29T07:41:17.291Z", Info, "", "[2026-11-29 07:41:17.291] [piper] [info] Real-time factor: 0.1718 (infer=0.589 sec, audio=3.428 sec)"),
			we("2026-11-29T07:41:17.292Z", Info, "", "[2026-11-29 07:41:17.292] [piper] [info] Terminated piper"),
		},
	},
	{
		name:   "ovos-core-log",
		source: "OpenVoiceOS's ovos-core and its services (ovos_utils.log: `yyyy-MM-dd HH:mm:ss.SSS - service - module:function:line - LEVEL - msg`; a message's own newline puts its rest on the next line; LOG.exception adds the traceback): OpenVoiceOS/ovos-core PRs #426 and #309, issue #556 (a WARNING whose message goes on a second line)",
		why:    "a zone-less time with milliseconds, then ` - skills - ` (the service, no host) and `module:function:line`; the level between dashes; the message's second line and the traceback belong to the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Warn, "",
				"2026-11-29 07:41:16.118 - skills - mycroft.skills.core:<module>:22 - WARNING - mycroft.skills.core is deprecated, import from ovos_workshop.skills instead",
				"this import path stays only until the next major release of ovos-core"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 - skills - ovos_workshop.skill_launcher:load:282 - INFO - ATTEMPTING TO LOAD SKILL: ovos-skill-ferry-times.quayside"),
			we("2026-11-29T07:41:16.530Z", Info, "", "2026-11-29 07:41:16.530 - skills - ovos_workshop.skill_launcher:_communicate_load_status:497 - INFO - Skill ovos-skill-ferry-times.quayside loaded successfully"),
			we("2026-11-29T07:41:21.902Z", Debug, "", "2026-11-29 07:41:21.902 - skills - ovos_utils.messagebus:add:645 - DEBUG - Added event: ovos-skill-ferry-times.quayside:NextFerry.intent"),
			we("2026-11-29T07:41:35.447Z", Error, "",
				"2026-11-29 07:41:35.447 - skills - ovos_core.intent_services:handle_utterance:312 - ERROR - Unexpected error in intent matching",
				"Traceback (most recent call last):",
				`  File "/home/ovos/.venvs/ovos/lib/python3.11/site-packages/ovos_core/intent_services/__init__.py", line 298, in handle_utterance`,
				"    match = match_func(utterances, lang, message)",
				"KeyError: 'en-gb'"),
		},
	},
	{
		name:   "whisper-cpp-cli",
		source: "whisper.cpp's whisper-cli (formerly main) on a terminal: the loader's `function: msg` lines (whisper_init_from_file_with_params_no_state, whisper_model_load), `main: processing '<file>' (…) …`, the transcript as `[HH:MM:SS.mmm --> HH:MM:SS.mmm]   text` and whisper_print_timings: ggml-org/whisper.cpp PRs #3065 and #3555 and issue #954 (pasted runs)",
		why:    "no line carries a time of its own: the transcript's bracketed times are offsets into the audio, not times of day; `n_audio_ctx   = 1500` and `212.48 ms` are no times; no level",
		entries: []worldEntry{
			we("", Unknown, "", "whisper_init_from_file_with_params_no_state: loading model from 'models/ggml-small.en.bin'"),
			we("", Unknown, "", "whisper_model_load: type          = 3 (small)"),
			we("", Unknown, "", "main: processing 'quay-memo-1129.wav' (1764000 samples, 110.2 sec), 4 threads, 1 processors, 5 beams + best of 5, lang = en, task = transcribe, timestamps = 1 ...", ""),
			we("", Unknown, "", "[00:00:00.000 --> 00:00:04.320]   Morning everyone, a quick update on the ferry timetable."),
			we("", Unknown, "", "[00:00:04.320 --> 00:00:09.880]   The nine fifteen crossing moves to nine forty from Monday.", ""),
			we("", Unknown, "", "whisper_print_timings:     load time =   212.48 ms"),
		},
	},
}

func TestFresh650Formats(t *testing.T) { assertTable(t, fresh650Cases) }
func TestFresh650Score(t *testing.T) {
	checkScore(t, "fresh650 formats", fresh650Cases, [worldNumFields]float64{85.7, 85.7, 73.2, 81.1})
}
