package parse

import "testing"

// The seven-hundred-and-tenth fresh table: quantum computing and particle physics frameworks' logs
// as people attach them to tickets and forum threads, shapes no earlier table holds. Each family is
// one product's documented or observed output: CMSSW's cmsRun (MessageLogger's `%MSG-w Category:
// module:label dd-Mon-yyyy HH:mm:ss CET …` blocks closed by `%MSG`, the file-open and `Begin
// processing the Nth record` lines); a CRAB3 grid job's log (the same cmsRun lines behind the
// wrapper's `== CMSSW: `); Gaudi's MessageSvc columns (LHCb DaVinci, Key4hep's k4run: name padded
// to 18, level right-aligned in 7, no time); an ATLAS Athena job transform's log (the transform's
// `HH:mm:ss ` before the same columns, an AthenaMP worker's own dated stamp after it); Pythia 8's
// problem messages (` PYTHIA Warning in …`, ` PYTHIA Error in …`, ` PYTHIA Abort from …`);
// qiskit-ibm-runtime's logger (`module.func:LEVEL:yyyy-MM-dd HH:mm:ss,SSS: msg`); PennyLane's
// DefaultFormatter with its colour escapes kept in a redirected file; FairLogger at verbosity
// veryhigh in a FairMQ device (`[process][HH:MM:SS.ffffff][SEVERITY][file:line:function] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`qiskit`, `qiskit_ibm_runtime`, `base_primitive`, `runtime_job`,
// `cirq`, `pennylane`, `qml`, `MainProcess`, `<PID `, `]::"`, `xla_bridge`, `braket`, `qsharp`,
// `qutip`, `tket`, `pytket`, `openqasm`, `stim`, `geant4`, `G4Exception`, `G4WT`, `-------- WWWW`,
// `G4cout`, `G4Run`, `### Run`, `ROOT`, `Error in <`, `Info in <`, `Warning in <`, `TFile`, `TROOT`,
// `[ROOT.`, `RLogger`, `gaudi`, `Gaudi`, `athena`, `ApplicationMgr`, `EventLoopMgr`,
// `AthenaEventLoopMgr`, `AthenaMP`, `AthMpEvtLoopMgr`, `SharedEvtQueueProvider`, `Py:Athena`,
// `HistogramPersis`, `HistogramPersistencySvc`, `Welcome to ApplicationMgr`, `MSG::`, `StatusCode`,
// `SUCCESS`, `cmssw`, `%MSG-`, `%MSG`, `MessageLogger`, `Begin processing`, `Initiating request to
// open file`, `== CMSSW`, `TimeReport`, `Time report complete`, `crab`, `pythia`, `PYTHIA`,
// `PYTHIA Abort`, `madgraph`, `MG5`, `herwig`, `sherpa`, `delphes`, `evtgen`, `corsika`, `lhapdf`,
// `fairroot`, `fairlogger`, `fairmq`, `][INFO][`, `][WARN][`, `][STATE][`, `INFO: `, `O2`, `DPL`,
// `basf2`, `belle`, `lhcb`, `DaVinci`, `Brunel`, `Moore`, `Gauss`, `Gaussino`, `Allen`, `Marlin`,
// `ilcsoft`, `key4hep`, `k4run`, `dune`, `larsoft`, `art::`, `xrootd`, `xrd`, `xcache`, `rucio`,
// `dirac`, `dcache`, `eos`, `cvmfs`, `frontier`, `voms`, `vomsproxy`, `arc-ce`, `panda`, `pilot`,
// `ganga`, `condor`, `htcondor`, `slurm`, `lsf`, `pbs`). None of CMSSW, CRAB, Gaudi's columns,
// Athena, Pythia, qiskit-ibm-runtime, PennyLane or FairLogger is in any table (`athena` matches only
// AWS Athena and rAthena, `gaudi` only pgaudit and the like, `%MSG` only rsyslog's `%msg%`, `<PID `
// other products' pid brackets, `TimeReport` rsyslog's timereported, `][INFO][` other products'
// bracket runs). fresh361's Yunzai-Bot line also opens `[name][HH:MM:SS.mmm][LEVEL]`; FairLogger's
// veryhigh prefix adds microseconds and a `[file:line:function]` bracket. Left out as measured
// already: ROOT's TError lines (`Error in <TFile::TFile>:`; RLogger's channel lines go through the
// same handler) and Geant4's G4Exception blocks (fresh193), DIRAC's agent log (fresh526), Rucio,
// HTCondor, dCache, XRootD, CVMFS and the batch systems. Left out as not confirmed by any search or
// too close to another family: Cirq (it writes no log of its own), Geant4's multi-threaded `G4WTn >
// ` output around a G4Exception (where the prefix falls was not confirmed), Belle II's basf2, ALICE
// O2's DPL driver prefix, art/LArSoft's messagefacility (the same `%MSG` block as CMSSW). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). CMSSW's and CRAB's `29-Nov-2026 08:41:16 CET` carry a zone abbreviation
// (CET, UTC+1, so 07:41:16Z), also at the end of a Begin-processing line after `at`; a `TimeReport>`
// line has no time. Gaudi's lines have no time (the banner's ctime is in a skipped header). Athena's
// transform stamp is a time of day with no date: it is on the clock's day, read as UTC; an AthenaMP
// worker's line carries its own zone-less `yyyy-MM-dd HH:mm:ss,SSS` as well, and either is
// accepted. Pythia's messages have no time. qiskit-ibm-runtime's and PennyLane's Python asctime is
// zone-less and read as UTC; FairLogger's is a local time of day with microseconds, on the clock's
// day and read as UTC. Levels only where the line marks one: MessageLogger's letter after `%MSG-`
// (i w e), Gaudi's and Athena's right-aligned column (FATAL is Critical), Pythia's Warning, Error and
// Abort (the top of its three: the event is given up, read as Critical), the levelname between
// colons (qiskit-ibm-runtime) or in the second bracket (PennyLane), FairLogger's third bracket
// (STATE, the rung between INFO and WARN, is Notice). The file-open, Begin-processing and CRAB lines
// carry none. The host is the record's host field, and none of these families has one: xrootd
// servers in file URLs, backend names, job ids, `<PID n:MainProcess>` and FairMQ peers are no hosts.
// A record that spans lines is one entry: a `%MSG-s … %MSG` block, and a Gaudi DEBUG line with its
// indented `+ INPUT`/`+ OUTPUT` lines. Gaudi's `ApplicationMgr SUCCESS` banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); no family rests on
// memory alone. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 64d9e65 before any rule for it: level 68.3 %, time 65.0 %, host 77.5 %, records 64.6 %.
// That is the macro figure (micro: level 67.4 %, time 65.1 %, host 76.7 %, records 62.8 %), in a
// worktree at 64d9e65 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (Athena's transform log, qiskit-ibm-runtime, PennyLane); the gaps are
// CMSSW's `%MSG-x` letter and block (no level, the block cut at its header and the next dated lines
// joined), CRAB's Begin-processing and TimeReport lines joined to the dated line before them,
// Gaudi's level glued to a name cut with `...`, Pythia's severity words (no level, and every line
// joined into one record), and FairLogger's bracketed time of day after the process name and its
// STATE severity.

var fresh710Cases = []worldCase{
	{
		name:   "cmssw-cmsrun-messagelogger",
		source: "CMSSW's cmsRun on a terminal (the MessageLogger's `%MSG-s Category:  module_type:label dd-Mon-yyyy HH:mm:ss TZ context` block closed by a lone `%MSG`, s one of d i w e; the input source's `dd-Mon-yyyy HH:mm:ss TZ  Initiating request to open file …` and `Begin processing the Nth record. Run R, Event E, LumiSection L on stream S at dd-Mon-yyyy HH:mm:ss.fff TZ`): cms-sw/cmssw issue #29472 and cms-sw/genproductions PR #2883 (pasted cmsRun output); `%MSG-w XrdAdaptor:  file_open …` and `%MSG-i ThreadStreamSetup:  (NoModuleName) …` from CMS open-data tutorials found with find_string",
		why:    "a day-first date with a month name and a zone abbreviation (CET, UTC+1) after the category and the module label; the letter after `%MSG-` is the level; the block up to its lone `%MSG` is one record; the file-open and Begin-processing lines carry the same date with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"%MSG-i ThreadStreamSetup:  (NoModuleName) 29-Nov-2026 08:41:16 CET pre-events",
				"setting # threads 8",
				"setting # streams 8",
				"%MSG"),
			we("2026-11-29T07:41:18Z", Unknown, "", "29-Nov-2026 08:41:18 CET  Initiating request to open file root://xrd-redirector.example.org//store/mc/Run3Winter26MiniAOD/TTto2L2Nu_TuneCP5_13p6TeV/MINIAODSIM/2610000/4b1e7c2a-91f3-4d0e-8a61-0c5d2e9f7a13.root"),
			we("2026-11-29T07:41:20Z", Warn, "",
				"%MSG-w XrdAdaptor:  file_open 29-Nov-2026 08:41:20 CET pre-events",
				"Data is served from t2-xrd04.example.org instead of original site T2_XX_Example",
				"%MSG"),
			we("2026-11-29T07:41:21Z", Unknown, "", "29-Nov-2026 08:41:21 CET  Successfully opened file root://xrd-redirector.example.org//store/mc/Run3Winter26MiniAOD/TTto2L2Nu_TuneCP5_13p6TeV/MINIAODSIM/2610000/4b1e7c2a-91f3-4d0e-8a61-0c5d2e9f7a13.root"),
			we("2026-11-29T07:41:22.314Z", Unknown, "", "Begin processing the 1st record. Run 1, Event 40211, LumiSection 12 on stream 0 at 29-Nov-2026 08:41:22.314 CET"),
			we("2026-11-29T07:41:23Z", Error, "",
				"%MSG-e JetCorrFactors:  PATJetUpdater:updatedPatJetsAK8 29-Nov-2026 08:41:23 CET Run: 1 Event: 40211",
				"L3Absolute is not part of the jetCorrFactors of module patJetCorrFactorsAK8.",
				"Jets will remain uncorrected.",
				"%MSG"),
		},
	},
	{
		name:   "crab-job-cmssw-prefixed",
		gap:    "`== CMSSW: Begin processing the Nth record … at dd-Mon-yyyy HH:mm:ss.fff CET` and `== CMSSW: TimeReport> …` are not records of their own: they are joined to the dated `== CMSSW:` line before them, so the time at the end of the Begin-processing line is never read",
		source: "a CRAB3 grid job's log as `crab getlog` returns it (the job wrapper puts `== CMSSW: ` before every line cmsRun wrote: the file-open and close lines with their `dd-Mon-yyyy HH:mm:ss TZ` date, `Begin processing the Nth record … at dd-Mon-yyyy HH:mm:ss.fff TZ`, `TimeReport>` lines): dmwm/CRABServer issues #5327 and #5061 (pasted job logs)",
		why:    "the wrapper's `== CMSSW: ` tag comes before the date; the zone abbreviation (CET) is converted; the storage server in the file URL is a peer, not the host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "== CMSSW: 29-Nov-2026 08:41:16 CET  Initiating request to open file root://cms-xrd-global.example.org//store/user/akoval/NanoPost/DYto2Mu_M-50/261128_221504/0000/nano_117.root"),
			we("2026-11-29T07:41:19Z", Unknown, "", "== CMSSW: 29-Nov-2026 08:41:19 CET  Successfully opened file root://cms-xrd-global.example.org//store/user/akoval/NanoPost/DYto2Mu_M-50/261128_221504/0000/nano_117.root"),
			we("2026-11-29T07:41:20.512Z", Unknown, "", "== CMSSW: Begin processing the 1st record. Run 1, Event 880412, LumiSection 4402 on stream 0 at 29-Nov-2026 08:41:20.512 CET"),
			we("2026-11-29T07:43:02.077Z", Unknown, "", "== CMSSW: Begin processing the 1001st record. Run 1, Event 881901, LumiSection 4409 on stream 2 at 29-Nov-2026 08:43:02.077 CET"),
			we("2026-11-29T07:55:44Z", Unknown, "", "== CMSSW: 29-Nov-2026 08:55:44 CET  Closed file root://cms-xrd-global.example.org//store/user/akoval/NanoPost/DYto2Mu_M-50/261128_221504/0000/nano_117.root"),
			we("", Unknown, "", "== CMSSW: TimeReport> Time report complete in 868.21 seconds"),
		},
	},
	{
		name:   "gaudi-messagesvc-columns",
		gap:    "the level glued to a component name cut with `...` (`HistogramPersis...WARNING`) is not read",
		source: "a Gaudi application's console (LHCb DaVinci, Key4hep's k4run): the MessageSvc default format `% F%18W%S%7W%R%T %0W%M` (the component name padded or cut with `...` to 18, the level right-aligned in 7, then the message), after the `Welcome to ApplicationMgr` banner: GaudiKernel's ApplicationMgr.cpp (`Application Manager Configured successfully`) and pasted DaVinci and k4run output found with find_string",
		why:    "no time at all (the banner's ctime is in a skipped header); the level is the right-aligned word in the second column, glued to a cut name in `HistogramPersis...WARNING`; FATAL is Critical; a DEBUG line with its indented `+ INPUT` lines is one record",
		entries: []worldEntry{
			wskip("ApplicationMgr    SUCCESS",
				"====================================================================================================================================",
				"                                                   Welcome to ApplicationMgr (GaudiCoreSvc v40r2)",
				"                                          running on lbnode17.example.org on Sun Nov 29 07:41:16 2026",
				"===================================================================================================================================="),
			we("", Info, "", "ApplicationMgr       INFO Application Manager Configured successfully"),
			we("", Warn, "", "HistogramPersis...WARNING Histograms saving not required."),
			we("", Debug, "",
				"PhotonFilter        DEBUG data dependencies:",
				"  + INPUT  'Rec/Calo/Photons'",
				"  + OUTPUT 'Phys/SelectedPhotons'"),
			we("", Error, "", "TrackBestFitter     ERROR Could not retrieve tracks at 'Rec/Track/Best'"),
			we("", Critical, "", "EventLoopMgr        FATAL Unable to initialize Algorithm: TrackBestFitter"),
			we("", Info, "", "EventSelector        INFO End of event input reached."),
		},
	},
	{
		name:   "athena-transform-log-time-of-day",
		source: "an ATLAS job transform's log file (log.RAWtoALL of Reco_tf.py: every line of athena's output with the transform's `HH:mm:ss ` before it, the MessageSvc columns `Component<18> LEVEL<7> msg` after it; an AthenaMP worker's line carries its own `yyyy-MM-dd HH:mm:ss,SSS` too): PyJobTransforms' log-scanning unit tests (`09:36:22 Py:Athena            INFO including file …`, `10:47:28 2017-03-30 10:46:30,037 AthMpEvtLoopMgr.SharedEvtQueueProvider            INFO …`) found with find_string, AthenaEventLoopMgr.cxx (`  ===>>>  done processing event #…`)",
		why:    "a time of day with no date before the component (the clock's day, UTC by the rules); an AthenaMP worker's line carries a dated time of its own after it, and either is accepted; the level is the right-aligned column after the component",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `07:41:16 Py:Athena            INFO including file "RecJobTransforms/skeleton.RAWtoALL_tf.py"`),
			we("2026-11-29T07:41:31Z", Warn, "", "07:41:31 IOVDbSvc          WARNING Folder /PIXEL/PixdEdx has no valid IOV for run 461633 in tag PixdEdx-MC23-01"),
			we("2026-11-29T07:43:02Z|2026-11-29T07:42:58.114Z", Info, "", "07:43:02 2026-11-29 07:42:58,114 AthMpEvtLoopMgr.SharedEvtQueueProvider            INFO Logs redirected in the AthenaMP event counter PID=31877"),
			we("2026-11-29T07:44:10Z", Error, "", "07:44:10 ToolSvc.InDetTr...  ERROR Could not retrieve Trk::ITrackSummaryHelperTool/InDetSummaryHelper"),
			we("2026-11-29T07:44:12Z", Info, "", "07:44:12 AthenaEventLoopMgr   INFO   ===>>>  done processing event #880412, run #461633 12 events processed so far  <<<==="),
			we("2026-11-29T07:51:40Z", Info, "", `07:51:40 Py:Athena            INFO leaving with code 0: "successful run"`),
		},
	},
	{
		name:   "pythia8-problem-messages",
		gap:    "` PYTHIA Warning in`, ` PYTHIA Error in` and ` PYTHIA Abort from` are not read as levels, and with no time every line after the first is joined to the first as one record",
		source: "Pythia 8's problem messages on stdout (` PYTHIA Warning in Class::method: text`, ` PYTHIA Error in …`, ` PYTHIA Abort from …`, each printed the first time it occurs): smash-transport/smash issue #10 and cms-sw/genproductions PR #2883 (pasted output); the three severities from the Pythia 8 worksheet quoted in ShipSoft/FairShip PR #1413",
		why:    "a leading blank, `PYTHIA`, then the severity word: Warning, Error, and Abort (the top one: the event is given up), which is Critical; the `Class::method:` after `in` or `from` is no time; no time at all",
		entries: []worldEntry{
			we("", Warn, "", " PYTHIA Warning in SimpleSpaceShower::pT2nextQCD: weight above unity"),
			we("", Error, "", " PYTHIA Error in Pythia::check: unknown particle code , i = 7, id = 9900041"),
			we("", Error, "", " PYTHIA Error in Pythia::next: check of event revealed problems"),
			we("", Critical, "", " PYTHIA Abort from Pythia::next: parton+hadronLevel failed; giving up"),
			we("", Warn, "", " PYTHIA Warning in StringFragmentation::fragmentToJunction: bad convergence junction rest frame"),
		},
	},
	{
		name:   "qiskit-ibm-runtime-logger",
		source: "qiskit-ibm-runtime with QISKIT_IBM_RUNTIME_LOG_LEVEL set (its setup_logger's formatter `%(module)s.%(funcName)s:%(levelname)s:%(asctime)s: %(message)s` on stderr or QISKIT_IBM_RUNTIME_LOG_FILE): qiskit_ibm_runtime/utils/utils.py setup_logger (found with find_string; the same format in qiskit-ibmq-provider and the Qiskit Functions templates' set_up_logger)",
		why:    "the module and function, the level between colons, then Python's zone-less `yyyy-MM-dd HH:mm:ss,SSS` (UTC by the rules) glued to a colon; backend names and job ids are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "qiskit_runtime_service.__init__:INFO:2026-11-29 07:41:16,204: Default instance: crn:v1:bluemix:public:quantum-computing:us-east:a/7d41e0c2b9a84f1e:0b6c2e91-4a7f-4c3d-9e12-58f0a1b2c3d4::"),
			we("2026-11-29T07:41:16.977Z", Warn, "", "qiskit_runtime_service._create_backend_obj:WARNING:2026-11-29 07:41:16,977: Unable to create configuration for ibm_kestrel. Backend is not available to the instance."),
			we("2026-11-29T07:41:17.881Z", Info, "", "base_primitive._run:INFO:2026-11-29 07:41:17,881: Submitting job using options {'options': {'default_shots': 4096}, 'version': 2, 'support_qiskit': True}"),
			we("2026-11-29T07:41:18.003Z", Debug, "", "runtime_job_v2._start_websocket_client:DEBUG:2026-11-29 07:41:18,003: Start websocket client for job d4k2q8m1r9sc73b0tq4g"),
			we("2026-11-29T07:44:40.512Z", Error, "", "runtime_job_v2._error_msg:ERROR:2026-11-29 07:44:40,512: Job d4k2q8m1r9sc73b0tq4g failed: Error code 1517; circuit contains an instruction not in the target's ISA"),
		},
	},
	{
		name:   "pennylane-default-formatter-colour",
		source: "PennyLane with qml.logging.enable_logging() and stdout redirected to a file (log_config.toml's qml_debug_stream handler with pennylane.logging.formatters.formatter.DefaultFormatter: `[%(asctime)s][%(levelname)s][<PID %(process)d:%(processName)s>] - %(name)s.%(funcName)s()::\"%(message)s\"`, wrapped in a 24-bit ANSI colour per level and a reset; the jax logger goes to the same handler at WARN): PennyLaneAI/pennylane pennylane/logging/formatters/formatter.py and log_config.toml",
		why:    "each line opens with two colour escapes before the bracketed zone-less time (UTC by the rules) and ends with a reset; the level is the second bracket; `<PID 31877:MainProcess>` is a process, not a host; the message is quoted after `()::`",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902Z", Warn, "", "\x1b[38;2;208;167;133m\x1b[48;2;0;0;0m[2026-11-29 07:41:15,902][WARNING][<PID 31877:MainProcess>] - jax._src.xla_bridge.backends()::\"Unable to initialize backend 'cuda': no CUDA-capable device is detected; using cpu\"\x1b[0m"),
			we("2026-11-29T07:41:16.204Z", Debug, "", "\x1b[38;2;220;238;200m\x1b[48;2;0;0;0m[2026-11-29 07:41:16,204][DEBUG][<PID 31877:MainProcess>] - pennylane.workflow.qnode.__init__()::\"Creating QNode(func=ansatz, device=<default.qubit device (wires=4) at 0x7f3a1c2e4d10>, interface=auto, diff_method=best, grad_on_execution=best)\"\x1b[0m"),
			we("2026-11-29T07:41:16.318Z", Debug, "", "\x1b[38;2;220;238;200m\x1b[48;2;0;0;0m[2026-11-29 07:41:16,318][DEBUG][<PID 31877:MainProcess>] - pennylane.workflow.execution.execute()::\"Entry with args=(tapes=(<QuantumScript: wires=[0, 1, 2, 3], params=8>,), diff_method=backprop, interface=jax) called by=vqe_run.py:L57\"\x1b[0m"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "\x1b[38;2;220;238;200m\x1b[48;2;0;0;0m[2026-11-29 07:41:16,402][DEBUG][<PID 31877:MainProcess>] - pennylane.devices.default_qubit.execute()::\"Calling <execute(self=<default.qubit device (wires=4) at 0x7f3a1c2e4d10>, circuits=(<QuantumScript: wires=[0, 1, 2, 3], params=8>,))> from qnode.py::L905\"\x1b[0m"),
		},
	},
	{
		name:   "fairlogger-veryhigh-fairmq-device",
		gap:    "the time of day with microseconds in the second bracket, after `[process]`, is not read, nor is the STATE severity",
		source: "a FairMQ device (FairRoot's message queue, ALICE O2's and CBM's transport) run with --verbosity veryhigh: FairLogger's console prefix `[process][HH:MM:SS.ffffff][SEVERITY][file:line:function] msg`, the time of day local, severities TRACE DEBUG4..DEBUG DETAIL INFO STATE WARN IMPORTANT ALARM ERROR FATAL: FairRootGroup/FairLogger logger/Logger.cxx (the VerbositySpec table and the prefix builder) and README",
		why:    "a time of day with microseconds in the second bracket (the clock's day, UTC by the rules); the severity in the third, STATE (FairMQ's state changes, the rung between INFO and WARN) as Notice; `[Socket.cxx:214:Connect]` is a file, line and function, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Notice, "", "[fairmq-ex-sampler][07:41:16.204113][STATE][StateMachine.cxx:318:ProcessWork] Starting FairMQ state machine --> IDLE"),
			we("2026-11-29T07:41:16.207540Z", Info, "", "[fairmq-ex-sampler][07:41:16.207540][INFO][DeviceRunner.cxx:141:Run] Device 'sampler1' uses transport zeromq, 2 channels"),
			we("2026-11-29T07:41:16.210334Z", Debug, "", "[fairmq-ex-sampler][07:41:16.210334][DEBUG][Channel.cxx:377:Validate] Validating channel 'data[0]'... VALID"),
			we("2026-11-29T07:41:17.418002Z", Warn, "", "[fairmq-ex-sampler][07:41:17.418002][WARN][Socket.cxx:214:Connect] Failed to connect socket data[0] to tcp://10.40.7.21:5555, retrying"),
			we("2026-11-29T07:41:19.900871Z", Error, "", "[fairmq-ex-sampler][07:41:19.900871][ERROR][Device.cxx:801:HandleSingleChannelInput] Transport error on channel data[0]: Resource temporarily unavailable"),
		},
	},
}

func TestFresh710Formats(t *testing.T) { assertTable(t, fresh710Cases) }

func TestFresh710Score(t *testing.T) {
	checkScore(t, "fresh710 formats", fresh710Cases, [worldNumFields]float64{76.6, 71.1, 83.7, 77.0})
}
