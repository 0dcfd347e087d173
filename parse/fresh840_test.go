package parse

import "testing"

// The eight-hundred-and-fortieth fresh table: neuroscience and lab acquisition rigs, as their
// acquisition GUIs, behaviour-control frameworks, eye trackers and pose-estimation trainers write
// their log files and consoles. Each family is one product's output: the Open Ephys GUI 0.6's
// activity.log (a `[open-ephys]` prefix, a `[debug]`/`[action]` tag or `***ERROR***`, no time but
// the session start line); the Open Ephys GUI 1.x's log (an ISO time in brackets, the module in
// brackets, a tag, a backtrace under a debug line); DeepLabCut's TensorFlow log.txt (asctime and
// the message, the pretty-printed Config dict under its line); the pyControl GUI's error log
// (asctime with a comma and milliseconds, a traceback as the message); iblrig 8's session log
// (time with milliseconds, a padded level, `[file:  line]`); pybpod's pyforms log (a day-first
// date and `|`-separated level, pid, module, function); Pupil Capture's capture.log (asctime, the
// process name, a bracketed level, the logger); Pupil Capture's console (the same without a time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `bonsai`, `open ephys`, `openephys`, `open-ephys`, `[open-ephys]`,
// `***ERROR***`, `ONI frame`, `activity.log`, `spikeglx`, `micro-manager`, `micromanager`,
// `corelog`, `scanimage`, `psychopy`, `psychopy.log`, `bpod`, `pybpod`, `pyforms`,
// `install_plugins`, `iblrig`, `iblutil`, `base_choice_world`, `bpod_base`, `Starting trial`,
// `pycontrol`, `run_task_tab`, `Framework version`, `uncaught exception of type`, `deeplabcut`,
// `dlc`, `iteration: `, `Config:`, `Restoring parameters`, `snapshot-`, `suite2p`, `kilosort`,
// `intan`, `neuralynx`, `plexon`, `labview`, `bcontrol`, `autopilot`, `mworks`, `psychtoolbox`,
// `ephys`, `sleap`, `anipose`, `harp`, `pupil`, `pupil labs`, `launchables`, `MainProcess - [`,
// `- world -`, `eye0`, `neuropixels`, `spikeinterface`, `wavesurfer`, `eyelink`, `opensesame`,
// `expyriment`, `labstreaminglayer`, `pylsl`, `liblsl`, `R_marker`, `LabRecorder`, `brainvision`,
// `openbci`, `nwb`, `datajoint`, `caiman`, `miniscope`, `facemap`, `bruker`, `prairie`,
// `thorimage`, `nis-elements`, `pycromanager`, `napari`, `ilastik`, `fiji`, `imagej`,
// `cellprofiler`, `omero`, `bioformats`, `teensy`, `trodes`, `spikegadgets`, `blackrock`,
// `cerebus`, `mclust`, `klusta`, `nidaq`, `daqmx`, `bonvision`, `rigbox`, `alyx`. Micro-Manager's
// CoreLog and PsychoPy's experiment log are measured already and were left out; `kilosort`,
// `liblsl`, `alyx`, `mclust`, `scanimage` and `bpod` match only grep lists or unrelated lines
// (sane-airscan's scanimage-zeroconf.log), `pupil` and `prairie` other products (PrairieLearn),
// `iteration: ` other trainers. SpikeGLX, Bonsai, ScanImage and Kilosort4 were left out because no
// search settled their log line layout. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). None of these products writes a zone: every time (the Open Ephys session
// start, the ISO times of Open Ephys 1.x, Python's asctime in DeepLabCut, pyControl, iblrig and
// Pupil Capture, pybpod's day-first date) is taken as UTC; every date carries its year. Records
// with no time of their own (the Open Ephys 0.6 lines after the session start, Pupil Capture's
// console) have none. Levels only where the line marks one: Open Ephys' `[debug]` tag and
// `***ERROR***` (its `[action]` tag is a category and its bare `[open-ephys]` lines carry no
// level), iblrig's, pybpod's and Pupil Capture's level names; DeepLabCut's and pyControl's
// formats carry no level. No family writes a host: Pupil Capture's `world`/`eye0` are process
// names and Open Ephys' `[acquisition-board.so]` a module, so every host is "". Multi-line records
// are one entry: the Open Ephys backtrace, DeepLabCut's Config dict, the pyControl, iblrig and
// Pupil Capture tracebacks.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 43bf173 before any rule for it: level 94.4 %, time 100.0 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 93.9 %, time 100.0 %, host
// 100.0 %, records 100.0 %), in a worktree at 43bf173 with no change to trawl's code (only this
// file and table_test.go's list), 6 of 8 families fully right; the gaps are both Open Ephys'
// `***ERROR***` marker, which is not read as a level, neither after the `[open-ephys] ` prefix of
// 0.6 nor glued to the module bracket of 1.x, so those records come out Unknown instead of Error.

var fresh840Cases = []worldCase{
	{
		name:   "open-ephys-gui06-activity-log-untimed-tags",
		source: "Open Ephys GUI 0.6 OELogger (open-ephys/plugin-GUI Source/Utils/Utils.h: LOGC `[open-ephys] `, LOGD `[open-ephys][debug] `, LOGA `[open-ephys][action] `, LOGE `[open-ephys] ***ERROR*** `, a session start line first, written to activity.log); the start line's `Session Start Time: 24 Feb 2025 16:50:28` and the untimed lines from open-ephys/plugin-GUI issue #648",
		why:    "only the session start line carries a time (day-first with a month name); every other line is untimed and must not borrow it; the level is the `[debug]` tag or `***ERROR***`, `[action]` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Unknown, "", "[open-ephys] Session Start Time: 29 Nov 2026 07:41:12"),
			we("", Unknown, "", "[open-ephys] Open Ephys GUI v0.6.7 (Plugin API v8)"),
			we("", Debug, "", "[open-ephys][debug] Creating processor graph..."),
			we("", Unknown, "", "[open-ephys][action] Button 'Record' clicked"),
			we("", Error, "", "[open-ephys] ***ERROR*** Neuropix-PXI: basestation in slot 3 did not answer, probe 2 disabled"),
		},
	},
	{
		name:   "open-ephys-gui1-log-iso-bracket-module-backtrace",
		source: "Open Ephys GUI 1.x log file (`[2026-08-13T11:24:00.141][acquisition-board.so]***ERROR*** Error reading ONI frame…`, `[…][open-ephys][debug] ` followed by a JUCE stack backtrace): open-ephys/plugin-GUI issue #708; the module name from Source/Utils/Utils.cpp (OELogger::getModuleName, `[` + basename + `]`)",
		why:    "an ISO time without a zone in brackets, then the module in brackets (no host), then a tag; an error glued to the module bracket; a debug line whose backtrace lines run under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29T07:41:16.204][open-ephys] Audio device sample rate: 48000"),
			we("2026-11-29T07:41:16.318Z", Debug, "", "[2026-11-29T07:41:16.318][open-ephys][debug] Created data viewport."),
			we("2026-11-29T07:41:31.077Z", Error, "", "[2026-11-29T07:41:31.077][acquisition-board.so]***ERROR*** Error reading ONI frame: Failure to read from a stream or register code -5"),
			we("2026-11-29T07:41:31.079Z", Debug, "",
				"[2026-11-29T07:41:31.079][open-ephys][debug] ",
				"/usr/local/bin/open-ephys-gui/open-ephys(_ZN4juce11SystemStats17getStackBacktraceEv+0x3e) [0x55d1c3a04f2e]",
				"/usr/local/bin/open-ephys-gui/open-ephys(+0x6b41c2) [0x55d1c3b221c2]",
				"/lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x7f3a91c42520]"),
		},
	},
	{
		name:   "deeplabcut-tf-log-txt-config-dict",
		source: "DeepLabCut 2.x TensorFlow training log.txt (deeplabcut/pose_estimation_tensorflow/util/logging.py: FORMAT `%(asctime)-15s %(message)s`, datefmt `%Y-%m-%d %H:%M:%S`); the `Config:` line with the pprint dict under it from DeepLabCut/DeepLabCut issue #13, `iteration: N loss: X lr: Y` from issues #2494 and #2225",
		why:    "a seconds-only time and the message, no level; the pretty-printed config dict (lines opening with `{` and ` '`) belongs to the Config line",
		entries: []worldEntry{
			we("2026-11-29T07:41:03Z", Unknown, "",
				"2026-11-29 07:41:03 Config:",
				"{'all_joints': [[0], [1], [2], [3]],",
				" 'all_joints_names': ['snout', 'leftear', 'rightear', 'tailbase'],",
				" 'batch_size': 1,",
				" 'init_weights': '/home/rig2/dlc/pretrained/resnet_v1_50.ckpt',",
				" 'weight_decay': 0.0001}"),
			we("2026-11-29T07:41:22Z", Unknown, "", "2026-11-29 07:41:22 Starting training...."),
			we("2026-11-29T07:43:10Z", Unknown, "", "2026-11-29 07:43:10 iteration: 1000 loss: 0.0291 lr: 0.005"),
			we("2026-11-29T07:44:57Z", Unknown, "", "2026-11-29 07:44:57 iteration: 2000 loss: 0.0164 lr: 0.005"),
		},
	},
	{
		name:   "pycontrol-gui-error-log-asctime-traceback",
		source: "pyControl GUI v2 error log (View > error log): `2024-08-06 09:53:21,096 Traceback (most recent call last):` with the traceback under it, pasted in pyControl/code issue #125; the format (asctime with a comma and milliseconds, then the message, no level) read from those lines",
		why:    "Python's default asctime with ',ms' and then the message: no level column; each traceback is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.212Z", Unknown, "",
				"2026-11-29 07:41:16,212 Traceback (most recent call last):",
				`  File "C:\Users\rig3\pyControl\source\gui\run_task_tab.py", line 374, in setup_task`,
				"    self.controls_button.clicked.disconnect()",
				"TypeError: disconnect() failed between 'clicked' and all its connections"),
			we("2026-11-29T07:42:05.887Z", Unknown, "",
				"2026-11-29 07:42:05,887 Traceback (most recent call last):",
				`  File "C:\Users\rig3\pyControl\source\communication\pycboard.py", line 412, in process_data`,
				"    event_name = self.sm_info.ID2name[ID]",
				"KeyError: 17"),
			we("2026-11-29T07:43:40.051Z", Unknown, "",
				"2026-11-29 07:43:40,051 Traceback (most recent call last):",
				`  File "C:\Users\rig3\pyControl\source\gui\run_task_tab.py", line 512, in update`,
				"    self.board.process_data()",
				"serial.serialutil.SerialException: ReadFile failed (PermissionError(13, 'Access is denied.', None, 5))"),
		},
	},
	{
		name:   "iblrig8-session-log-padded-level-file-line",
		source: "iblrig 8 session log (`2023-10-31 11:31:20.334 INFO     [base_choice_world.py:  165]   Starting trial: 40`, `[bpod_base.py:  244]   Sending state machine`): int-brain-lab/iblrig issue #541; the older `INFO     [frame2TTL.py:91] msg` shape in issue #293; a logger.exception traceback under its line from memory (Python logging's exc_info)",
		why:    "a dotted millisecond time, the level padded to eight, the file and a padded line number in brackets, the message after three spaces; an error's traceback runs under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.334Z", Info, "", "2026-11-29 07:41:20.334 INFO     [base_choice_world.py:  165]   Starting trial: 212"),
			we("2026-11-29T07:41:20.336Z", Info, "", "2026-11-29 07:41:20.336 INFO     [bpod_base.py:  244]   Sending state machine"),
			we("2026-11-29T07:41:21.902Z", Warn, "", "2026-11-29 07:41:21.902 WARNING  [base_choice_world.py:  402]   Rotary encoder reported no movement for 60 s"),
			we("2026-11-29T07:41:22.015Z", Error, "",
				"2026-11-29 07:41:22.015 ERROR    [base_tasks.py:  512]   Session stopped by an exception",
				"Traceback (most recent call last):",
				`  File "C:\iblrigv8\iblrig\base_choice_world.py", line 187, in _run`,
				"    self.trial_completed(self.bpod.session.current_trial.export())",
				"StopIteration"),
		},
	},
	{
		name:   "pybpod-pyforms-log-day-first-pipes",
		source: "pybpod GUI (pyforms generic editor) log line `20/11/2019 12:13:45 | WARNING | 11472 | pyforms_generic_editor.plugins.loader | install_plugins | Plugins path was not defined by user`: int-brain-lab/iblrig issue #293",
		why:    "a day-first date (29/11) with a four-digit year, then `|`-separated level, pid, module and function columns",
		entries: []worldEntry{
			we("2026-11-29T07:40:51Z", Warn, "", "29/11/2026 07:40:51 | WARNING | 6120 | pyforms_generic_editor.plugins.loader | install_plugins | Plugins path was not defined by user"),
			we("2026-11-29T07:40:53Z", Info, "", "29/11/2026 07:40:53 | INFO | 6120 | pybpodgui_plugin.models.board.board_com | run_task | Starting task biasedChoiceWorld on board rig4-bpod (COM5)"),
			we("2026-11-29T07:40:53Z", Debug, "", "29/11/2026 07:40:53 | DEBUG | 6120 | pybpodapi.com.arcom | write_array | Sent 34 bytes to COM5"),
			we("2026-11-29T07:41:09Z", Error, "", "29/11/2026 07:41:09 | ERROR | 6120 | pybpodgui_plugin.models.board.board_io | log_msg | Bpod state machine did not acknowledge the last trial"),
		},
	},
	{
		name:   "pupil-capture-log-process-bracket-level",
		source: "Pupil Capture capture.log (`2020-01-17 11:39:47,169 - MainProcess - [INFO] os_utils: Disabled idle sleep.`, `… - world - [DEBUG] plugin: …`, `… - eye0 - [DEBUG] uvc: …`): pupil-labs/pupil issues #1790, #1684 and #2239; an `[ERROR]` whose message is a traceback with unindented `File` lines from issue #1228",
		why:    "asctime with ',ms', a dash, the process name (world, eye0, MainProcess: no host), a dash, the level in brackets, the logger; a traceback message runs under its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:47.169Z", Info, "", "2026-11-29 07:41:47,169 - MainProcess - [INFO] os_utils: Disabled idle sleep."),
			we("2026-11-29T07:41:47.710Z", Info, "", "2026-11-29 07:41:47,710 - world - [INFO] launchables.world: Application Version: 3.5.7"),
			we("2026-11-29T07:41:48.064Z", Debug, "", "2026-11-29 07:41:48,064 - eye0 - [DEBUG] uvc: Found device that mached uid:'1:4'"),
			we("2026-11-29T07:41:50.431Z", Warn, "", "2026-11-29 07:41:50,431 - eye1 - [WARNING] video_capture.uvc_backend: Camera disconnected. Reconnecting..."),
			we("2026-11-29T07:41:52.608Z", Error, "",
				"2026-11-29 07:41:52,608 - eye1 - [ERROR] video_capture.ndsi_backend: Traceback (most recent call last):",
				`File "shared_modules/video_capture/ndsi_backend.py", line 122, in recent_events`,
				`File "ndsi/sensor.pyx", line 167, in ndsi.sensor.Sensor.get_newest_data_frame`,
				"ndsi.sensor.NotDataSubSupportedError: 'This sensor does not support data subscription.'"),
		},
	},
	{
		name:   "pupil-capture-console-untimed-process-level",
		source: "Pupil Capture's terminal output, the capture.log layout without asctime (`world - [INFO] launchables.world: Application Version: 1.5.13`, `MainProcess - [INFO] os_utils: …`): pupil-labs/pupil issues #1115 and #1688",
		why:    "no time at all: the process name, a dash, the bracketed level and the logger; the process name is no host",
		entries: []worldEntry{
			we("", Info, "", "MainProcess - [INFO] os_utils: Disabling idle sleep not supported on this OS version."),
			we("", Info, "", "world - [INFO] launchables.world: Application Version: 3.5.7"),
			we("", Warn, "", "world - [WARNING] video_capture.uvc_backend: Received frame with invalid timestamp. This can happen after a disconnect. Frame will be dropped!"),
			we("", Error, "", "eye0 - [ERROR] video_capture.uvc_backend: Could not connect to device! No images will be supplied."),
		},
	},
}

func TestFresh840Formats(t *testing.T) { assertTable(t, fresh840Cases) }

func TestFresh840Score(t *testing.T) {
	checkScore(t, "fresh840 formats", fresh840Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
