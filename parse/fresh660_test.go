package parse

import "testing"

// The six-hundred-and-sixtieth fresh table: medical imaging and health IT, the tools around the
// PACS and the EHR that earlier tables did not reach, as people paste their output into issues.
// Each family is one product's documented or observed output: nnU-Net v2's training log
// (`yyyy-MM-dd HH:mm:ss.ffffff: msg`, one print per line); nnU-Net v1's log of the same stamp
// where the epoch header's message starts with a newline; MONAI Label's server log
// (`[time] [pid] [thread] [LEVEL] (logger:line) - msg`) and the `USING::` preamble its start
// script prints before logging is set up; MONAI Label's training job lines with a right-aligned
// padded level (`[time][ INFO](logger) - msg`); NVIDIA FLARE's simulator console with each line
// wrapped in ANSI colour codes; HeuDiConv's console, where nipype's two-line record is echoed by
// HeuDiConv's own `INFO: ` handler; fo-dicom's console logger (a time of day, two blanks, the
// message, an association request as a block of lines under it).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`orthanc`, `dcm4che`, `dcm4chee`, `storescp`, `dcmtk`, `openemr`, `mirth`, `nextgen`,
// `connect server`, `hapi`, `fhir`, `ohif`, `bahmni`, `openmrs`, `dicom`, `pacs`, `hl7`, `MLLP`,
// `conquest`, `horos`, `weasis`, `osirix`, `gnuhealth`, `openelis`, `senaite`, `care2x`,
// `opencds`, `ctp`, `xnat`, `dcmqrscp`, `findscu`, `movescu`, `echoscu`, `pynetdicom`, `pydicom`,
// `orthanc.log`, `E1107`, `I1129`, `W1129`, `OrthancRestApi`, `ServerContext`, `Mirth Connect`,
// `[ChannelDeploy`, `com.mirth`, `ca.uhn`, `hapi-fhir`, `ibm-fhir`, `linuxforhealth`, `blaze`,
// `smilecdr`, `medplum`, `aidbox`, `openhim`, `dhis2`, `dhis`, `openimis`, `iHRIS`, `librehealth`,
// `odoo`, `openclinica`, `redcap`, `kheops`, `dcm4chee-arc`, `wildfly`, `ARC `, `dicoogle`,
// `monai`, `nifti`, `cornerstone`, `synthea`, `ihe`, `ATNA`, `syslog audit`, `nipype`, `fmriprep`,
// `mriqc`, `qsiprep`, `nipype.workflow`, `nnunet`, `nnU-Net`, `Current learning rate`,
// `Epoch time`, `monailabel`, `monailabel.interfaces`, `->DCM4CHEE`, `DCM4CHEE`, `dcm4chee2`,
// `org.dcm4chex`, `omero`, `ome.services`, `Blitz-0`, `trytond`, `tryton`, `freesurfer`,
// `recon-all`, `#@#`, `nvflare`, `dcm2bids`, `heudiconv`, `openrem`, `iguana`, `cytomine`,
// `elastix`, `sormas`, `openlmis`, `orthanc-wsi`, `synapse`, `nextgen connect`, `mcserver`,
// `bridgelink`, `open integration engine`, `pathling`, `snowstorm`, `ontoserver`,
// `hl7 validator`, `validator_cli`, `fhir validator`, `osimis`, `stone web`, `dicomweb`, `wado`,
// `AE title`, `A-ASSOCIATE`, `C-STORE`, `STORESCU`, `C-FIND`, `HL7v2`, `MSH|`, `opencr`,
// `santempi`, `santedb`, `open client registry`, `hapi-hl7`, `mllp`, `USING::`,
// `ENV SETTINGS::`, `Pseudo dice`, `This epoch took`, `Average global foreground`,
// `SimulatorRunner`, `CoreCell`, `[ INFO](`, `ignite.engine`, `Association request:`,
// `[IDLE] --> [CONNECTING]`, `fo-dicom`, `nipype.interface`, `INFO: stdout`,
// `[MainThread] [INFO] (`, `dcm2niix`, `supervisedtrainer`, `\x1b[38m`). None of nnU-Net, MONAI
// Label, NVIDIA FLARE or HeuDiConv's console is in any table (`nipype`, `heudiconv` and
// `freesurfer` match fresh96's nipype workflow log and fresh622's list of greps; `fo-dicom` matches
// only fresh107's NLog file layout, not the console logger). Left out as measured already:
// Orthanc (three layouts), DCMTK's storescp, findscu, dcmqrscp and oflog syslog, dcm4chee-arc and
// the dcm4che tools, Mirth/NextGen Connect (three layouts), HAPI FHIR (four layouts), OpenMRS and
// Bahmni's OpenMRS, OpenEMR's Apache error log, Horos, Dicoogle, Weasis, XNAT, CTP, Conquest,
// pynetdicom, the IBM, Microsoft, Firely, Spark, Blaze and Smile CDR FHIR servers, Medplum,
// OpenHIM, DHIS2, OMERO, nipype's workflow log. Left out as not confirmed by any search: OHIF (a
// browser application with no log of its own), dcm4chee 2.x's JBoss server.log, Kheops,
// Aidbox, OpenREM and dcm2bids' log file. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). nnU-Net's, MONAI Label's, NVIDIA FLARE's and nipype's stamps have no zone
// and are taken as UTC; nipype's `261129-07:18:44,278` is a two-digit year, month and day, a dash,
// then the time with a comma before the milliseconds. fo-dicom's console has a time of day only:
// it is on the clock's day. nipype stamps an interface's captured stdout line with its own ISO
// time (`stdout 2026-11-29T07:18:44.278634:`): in the nipype record both that and the header's
// time are accepted, and in HeuDiConv's echo of the line it is the only time and so the record's;
// HeuDiConv's echo of a line that carries no time has none. Levels only where the line marks one:
// MONAI Label's bracketed word, the padded `[ INFO]`, NVIDIA FLARE's word after the logger name,
// nipype's word before the colon, HeuDiConv's `INFO:` and `WARNING:` prefixes; nnU-Net's lines,
// MONAI Label's `USING::` preamble (where `verbose = INFO` is a setting, not a level) and
// fo-dicom's console carry none. The host is the record's host field, and none of these has one:
// the pid and thread of MONAI Label, FLARE's listener addresses, fo-dicom's remote host and AE
// titles are no hosts. A record that spans lines is one entry: nnU-Net v1's epoch header (its
// message starts with a newline) and its `This epoch took` line with the blank line its message
// ends with, MONAI Label's uvicorn traceback, the preamble's `-` line with `Allow Origins` under
// it, nipype's header with its tab-indented message, fo-dicom's association request and accept
// blocks. The lines MONAI Label's start script prints before its preamble are fed but not scored.
//
// The shapes come from the issue threads each case names, found with the search tool (corpora
// "docs", "issues", "code", "pages"); where a search did not confirm a detail the source says
// "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 97.5 %, time 100.0 %, host 93.8 %, records 100.0 %.
// That is the macro figure (micro: level 97.7 %, time 100.0 %, host 93.0 %, records 100.0 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are MONAI Label's preamble, where the value `INFO` of the
// `verbose` setting at the end of the line is read as a level, and HeuDiConv's console, where
// nipype's logger name after its stamp is read as the host.

var fresh660Cases = []worldCase{
	{
		name:   "nnunet-v2-training-log",
		source: "nnU-Net v2's nnUNet_results/<dataset>/<trainer>/fold_N/training_log_*.txt (nnUNetTrainer.print_to_log_file: `yyyy-MM-dd HH:mm:ss.ffffff: msg`, Python's str(datetime.now()) before a colon): MIC-DKFZ/nnUNet issues #2140, #2128 and #1594 (pasted logs)",
		why:    "a zone-less date and time with microseconds and a colon glued after it; `Epoch time: 148.59 s` is a duration and `Epoch 0` a counter, no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.910043Z", Unknown, "", "2026-11-29 07:41:16.910043: Epoch 12"),
			we("2026-11-29T07:41:16.914120Z", Unknown, "", "2026-11-29 07:41:16.914120: Current learning rate: 0.00989"),
			we("2026-11-29T07:43:45.493872Z", Unknown, "", "2026-11-29 07:43:45.493872: train_loss -0.4127"),
			we("2026-11-29T07:43:45.498914Z", Unknown, "", "2026-11-29 07:43:45.498914: val_loss -0.5533"),
			we("2026-11-29T07:43:45.501914Z", Unknown, "", "2026-11-29 07:43:45.501914: Pseudo dice [0.7121, 0.4308]"),
			we("2026-11-29T07:43:45.505914Z", Unknown, "", "2026-11-29 07:43:45.505914: Epoch time: 148.59 s"),
		},
	},
	{
		name:   "nnunet-v1-training-log-epoch-on-next-line",
		source: "nnU-Net v1's training_log_*.txt (network_trainer.print_to_log_file: `yyyy-MM-dd HH:mm:ss.ffffff: msg`; the epoch header is printed as `\\nepoch: `, so its stamp stands alone with a trailing blank and `epoch:  N` follows on the next line; `This epoch took … s\\n` leaves a blank line): MIC-DKFZ/nnUNet issues #640 and #938 (pasted logs)",
		why:    "the epoch header's message starts with a newline: the stamped line and `epoch:  220` are one record; the blank line after `This epoch took` is the end of that record; no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:48.606377Z", Unknown, "",
				"2026-11-29 07:52:48.606377: ",
				"epoch:  220"),
			we("2026-11-29T08:01:25.270959Z", Unknown, "", "2026-11-29 08:01:25.270959: train loss : -0.7921"),
			we("2026-11-29T08:01:42.154157Z", Unknown, "", "2026-11-29 08:01:42.154157: validation loss: -0.8125"),
			we("2026-11-29T08:01:42.154705Z", Unknown, "", "2026-11-29 08:01:42.154705: Average global foreground Dice: [0.8505]"),
			we("2026-11-29T08:01:42.606229Z", Unknown, "", "2026-11-29 08:01:42.606229: lr: 0.007987"),
			we("2026-11-29T08:01:42.606350Z", Unknown, "",
				"2026-11-29 08:01:42.606350: This epoch took 533.578587 s",
				""),
		},
	},
	{
		name:   "monailabel-server-bracketed-pid-thread",
		source: "MONAI Label's server log (monailabel start_server; `[yyyy-MM-dd HH:mm:ss,SSS] [pid] [thread] [LEVEL] (logger:line) - msg`): Project-MONAI/MONAILabel issues #616, #1015, #1470 and #1005 (pasted logs); the traceback under uvicorn's `Exception in ASGI application` is Python's logger.exception layout",
		why:    "a bracketed zone-less stamp, then the pid and the thread in brackets (no host), then the level word in brackets; `(monailabel.interfaces.app:128)` is a logger and line; a traceback belongs to the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.217Z", Info, "", "[2026-11-29 07:41:16,217] [30412] [MainThread] [INFO] (__main__:285) - USING:: app = /opt/monai/apps/radiology"),
			we("2026-11-29T07:41:17.406Z", Info, "", "[2026-11-29 07:41:17,406] [30412] [MainThread] [INFO] (monailabel.interfaces.app:128) - Init Datastore for: /srv/studies/abdomen-ct"),
			we("2026-11-29T07:41:17.952Z", Warn, "", "[2026-11-29 07:41:17,952] [30412] [MainThread] [WARNING] (monailabel.tasks.infer.basic_infer:112) - Model file not found: /opt/monai/apps/radiology/model/pretrained_segmentation.pt"),
			we("2026-11-29T07:41:18.986Z", Info, "", "[2026-11-29 07:41:18,986] [30412] [MainThread] [INFO] (uvicorn.error:75) - Started server process [30412]"),
			we("2026-11-29T07:44:02.311Z", Error, "",
				"[2026-11-29 07:44:02,311] [30412] [AnyIO worker thread] [ERROR] (uvicorn.error:369) - Exception in ASGI application",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.10/dist-packages/monailabel/endpoints/infer.py", line 87, in run_inference`,
				"    result = instance.infer(request, datastore)",
				"FileNotFoundError: [Errno 2] No such file or directory: '/srv/studies/abdomen-ct/case_0417.nii.gz'"),
		},
	},
	{
		name:   "monailabel-start-server-using-preamble",
		source: "MONAI Label's start script before its logging is configured (`yyyy-MM-dd HH:mm:ss,SSS - USING:: key = value`, `ENV SETTINGS:: NAME = value`, a `-` line with `Allow Origins: [...]` under it, after `Using PYTHONPATH=…:` and a blank line): Project-MONAI/MONAILabel issues #1337 and #594, PR #1333 (pasted logs)",
		why:    "a zone-less stamp, a dash and the message with no level (`verbose = INFO` is a setting, not a level); the stamped `-` line and `Allow Origins` under it are one record",
		entries: []worldEntry{
			wskip("Using PYTHONPATH=/opt:", ""),
			we("2026-11-29T07:40:59.209Z", Unknown, "", "2026-11-29 07:40:59,209 - USING:: app = /opt/monai/apps/radiology"),
			we("2026-11-29T07:40:59.209Z", Unknown, "", "2026-11-29 07:40:59,209 - USING:: verbose = INFO"),
			we("2026-11-29T07:40:59.210Z", Unknown, "", "2026-11-29 07:40:59,210 - USING:: port = 8000"),
			we("2026-11-29T07:40:59.212Z", Unknown, "", "2026-11-29 07:40:59,212 - ENV SETTINGS:: MONAI_LABEL_DATASTORE_AUTO_RELOAD = True"),
			we("2026-11-29T07:40:59.214Z", Unknown, "",
				"2026-11-29 07:40:59,214 -",
				"Allow Origins: ['*']"),
		},
	},
	{
		name:   "monailabel-train-padded-level-no-blank",
		source: "MONAI Label's training task output with ignite's engine loggers (`[yyyy-MM-dd HH:mm:ss.SSS][LEVEL](logger) - msg`, the level right-aligned to five, no blank between the brackets): Project-MONAI/MONAILabel PR #1333 (a pasted training log); `[WARNING]` and `[ERROR]` follow from the same width rule",
		why:    "a bracketed zone-less stamp glued to a bracketed level padded on the left (`[ INFO]`); `Time taken: 00:00:01.827` is a duration, `Epoch: 10/50` a counter",
		entries: []worldEntry{
			we("2026-11-29T08:05:31.432Z", Info, "", "[2026-11-29 08:05:31.432][ INFO](ignite.engine.engine.SupervisedTrainer) - Epoch[9] Complete. Time taken: 00:00:01.827"),
			we("2026-11-29T08:05:32.087Z", Info, "", "[2026-11-29 08:05:32.087][ INFO](ignite.engine.engine.SupervisedTrainer) - Epoch: 10/50, Iter: 1/2 -- train_loss: 1.2954"),
			we("2026-11-29T08:05:32.319Z", Info, "", "[2026-11-29 08:05:32.319][ INFO](ignite.engine.engine.SupervisedTrainer) - Key metric: train_mean_dice best value: 0.4127 at epoch: 8"),
			we("2026-11-29T08:05:33.406Z", Info, "", "[2026-11-29 08:05:33.406][ INFO](ignite.engine.engine.SupervisedEvaluator) - Epoch[10] Complete. Time taken: 00:00:01.087"),
			we("2026-11-29T08:05:33.410Z", Warn, "", "[2026-11-29 08:05:33.410][WARNING](monai.handlers.checkpoint_saver) - Checkpoint file /opt/monai/apps/radiology/model/segmentation.pt exists, overwriting"),
		},
	},
	{
		name:   "nvflare-simulator-ansi-console",
		source: "NVIDIA FLARE 2.5+'s simulator and POC console (`yyyy-MM-dd HH:mm:ss,SSS - Logger - LEVEL - msg`, each line wrapped in an ANSI colour code, `\\x1b[38m` for INFO, reset `\\x1b[0m` at the end): NVIDIA/NVFlare PR #3201 (a notebook's captured output); the colours of WARNING (yellow) and ERROR (red) from memory",
		why:    "an ANSI escape before the stamp and after the message; the level word between dashes after the logger name; `tcp://0:50493` and `'host': 'localhost'` are listener settings, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.544Z", Info, "", "\x1b[38m2026-11-29 07:41:16,544 - SimulatorRunner - INFO - Create the Simulator Server.\x1b[0m"),
			we("2026-11-29T07:41:16.545Z", Info, "", "\x1b[38m2026-11-29 07:41:16,545 - CoreCell - INFO - server: creating listener on tcp://0:50617\x1b[0m"),
			we("2026-11-29T07:41:16.622Z", Info, "", "\x1b[38m2026-11-29 07:41:16,622 - ConnectorManager - INFO - 41877: Try start_listener Listener resources: {'secure': False, 'host': 'localhost'}\x1b[0m"),
			we("2026-11-29T07:41:19.130Z", Warn, "", "\x1b[33m2026-11-29 07:41:19,130 - ScatterAndGather - WARNING - [identity=simulator_server, run=simulate_job, wf=scatter_and_gather]: Result from site-3 is empty\x1b[0m"),
			we("2026-11-29T07:41:21.004Z", Error, "", "\x1b[31m2026-11-29 07:41:21,004 - ClientRunner - ERROR - [identity=site-3, run=simulate_job]: execute exception: RuntimeError: CUDA out of memory\x1b[0m"),
		},
	},
	{
		name:   "heudiconv-nipype-doubled-console",
		source: "HeuDiConv's console while it runs dcm2niix through nipype (nipype's `yyMMdd-HH:mm:ss,SSS logger LEVEL:` header with the message on a tab-indented line under it, captured stdout stamped `stdout <ISO time>:`; HeuDiConv's own handler echoes each as `LEVEL: msg`): nipy/heudiconv issue #783 (a pasted run)",
		why:    "a two-digit-year date glued to the time by a dash; nipype's header and its tab-indented message are one record; HeuDiConv's `INFO: ` echo is a record of its own, whose only time is the stdout stamp or none",
		entries: []worldEntry{
			we("2026-11-29T07:18:44.102Z", Info, "",
				"261129-07:18:44,102 nipype.workflow INFO:",
				"\t [Node] Executing \"convert\" <nipype.interfaces.dcm2nii.Dcm2niix>"),
			we("", Info, "", "INFO: [Node] Executing \"convert\" <nipype.interfaces.dcm2nii.Dcm2niix>"),
			we("2026-11-29T07:18:44.278Z|2026-11-29T07:18:44.278634Z", Info, "",
				"261129-07:18:44,278 nipype.interface INFO:",
				"\t stdout 2026-11-29T07:18:44.278634:Found 54 DICOM file(s)"),
			we("2026-11-29T07:18:44.278634Z", Info, "", "INFO: stdout 2026-11-29T07:18:44.278634:Found 54 DICOM file(s)"),
			we("2026-11-29T07:18:45.010Z|2026-11-29T07:18:45.010551Z", Info, "",
				"261129-07:18:45,010 nipype.interface INFO:",
				"\t stdout 2026-11-29T07:18:45.010551:Convert 54 DICOM as /data/bids/sub-p017/ses-01/func/sub-p017_ses-01_task-rest_bold_heudiconv112 (64x64x36x54)"),
			we("", Warn, "", "WARNING: Failed to find task field in /data/bids/sub-p017/ses-01/func/sub-p017_ses-01_task-rest_bold.json."),
		},
	},
	{
		name:   "fo-dicom-console-association-block",
		source: "fo-dicom's console logger in the fo-dicom-samples C-FIND SCU (`HH:mm:ss  msg`, two blanks after a time of day, the association state changes `[IDLE] --> [CONNECTING]`, the association request and accept printed as a block of `Key:  value` lines under the stamped line): fo-dicom/fo-dicom-samples issue #100 (a pasted run)",
		why:    "a time of day with no date (the clock's day) and no level; the association request and accept blocks are one record each; `Remote host:` names the peer, no host; AE titles are no hosts",
		entries: []worldEntry{
			we("2026-11-29T08:14:02Z", Unknown, "", "08:14:02  [IDLE] --> [CONNECTING]"),
			we("2026-11-29T08:14:02Z", Unknown, "", "08:14:02  [CONNECTING] --> [REQUESTING ASSOCIATION]"),
			we("2026-11-29T08:14:02Z", Unknown, "",
				"08:14:02  ORTHOSRV2 -> Association request:",
				"Calling AE Title:       RADVIEW7",
				"Called AE Title:        ORTHOSRV2",
				"Remote host:            10.42.8.19",
				"Remote port:            4242",
				"Implementation Class:   Implementation Class UID [1.3.6.1.4.1.30071.8]",
				"Implementation Version: fo-dicom 5.1.2",
				"Maximum PDU Length:     262144",
				"Presentation Contexts:  1",
				"  Presentation Context:  1 [Proposed]",
				"       Abstract Syntax:  Study Root Query/Retrieve Information Model - FIND",
				"       Transfer Syntax:  Implicit VR Little Endian: Default Transfer Syntax for DICOM"),
			we("2026-11-29T08:14:03Z", Unknown, "",
				"08:14:03  ORTHOSRV2 <- Association accept:",
				"Calling AE Title:       RADVIEW7",
				"Called AE Title:        ORTHOSRV2",
				"Remote host:            10.42.8.19",
				"Remote port:            4242",
				"Implementation Version: ORTHANC_1_12_5",
				"Maximum PDU Length:     16384",
				"Presentation Contexts:  1",
				"  Presentation Context:  1 [Accept]",
				"       Abstract Syntax:  Study Root Query/Retrieve Information Model - FIND",
				"       Transfer Syntax:  Implicit VR Little Endian: Default Transfer Syntax for DICOM"),
			we("2026-11-29T08:14:03Z", Unknown, "", "08:14:03  [REQUESTING ASSOCIATION] Association is accepted"),
		},
	},
}

func TestFresh660Formats(t *testing.T) { assertTable(t, fresh660Cases) }
func TestFresh660Score(t *testing.T) {
	checkScore(t, "fresh660 formats", fresh660Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
