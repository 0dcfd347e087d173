package parse

import "testing"

// The hundred-and-ninety-third fresh table, written on 2026-12-05: scientific, engineering and
// bioinformatics software as researchers run it in 2025-2026. Each family is one program's job
// output, console or log file in the layout it really writes: Nextflow's console with `-ansi-log
// false` and its multi-section `ERROR ~` block; Gaussian 16's output file with its ctime
// termination lines; ORCA's WARNINGS block with `===> :` lines; Ansys MAPDL's batch output with
// `*** WARNING ***  CP = … TIME= HH:mm:ss` blocks under a `CURRENT JOBNAME= … NOV 29, 2026` header;
// Ansys Fluent's batch transcript (residual rows, `Error:` with `Error Object: #f`); Abaqus's job
// log with bare date lines in the Linux ctime and the Windows US forms, its .sta status file and its
// .msg file's `***WARNING:` blocks; a COMSOL 6.3 batch log with its stage arrows and `Started at
// Nov 29, 2026, 7:41:19 AM.` (a narrow no-break space before AM); a MATLAB -logfile with its banner,
// `Warning:` and its `> In` stack, and `Error using` with its `Error in` frame; a Simulink Coder
// build's `###` lines; a SAS batch log (numbered source lines, NOTE: with indented lines, ERROR:,
// WARNING:); CERN ROOT's `Level in <Class::Method>:` lines and RooFit's `[#N] LEVEL:Topic --`
// lines; Geant4's G4Exception WWWW and EEEE blocks; GROMACS md.log's start and finish lines.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`nextflow`, `N E X T F L O W`, `Launching `, `executor >`, `Submitted process`, `ERROR ~`,
// `snakemake`, `Building DAG`, `Finished job`, `cromwell`, `WorkflowManagerActor`, `galaxy`,
// `cwltool`, `toil`, `miniwdl`, `dagman`, `cryosparc`, `openfoam`, `gromacs`, `Started mdrun`,
// `lammps`, `gaussian`, `Lnk1e`, `Normal termination of`, `orca`, `ORCA TERMINATED`, `===>`,
// `vasp`, `ansys`, `MAPDL`, `CP =`, `fluent`, `Error Object`, `abaqus`, `Run pre`, `SUMMARY OF JOB
// INFORMATION`, `***WARNING`, `INCREMENT`, `comsol`, `Started at `, `Ended at`, `Memory: `,
// `matlab`, `M A T L A B`, `Error using`, `> In `, `simulink`, `Starting build procedure`, `Build
// duration`, `rscript`, `futile`, `rstudio`, `rsession`, `julia`, `@ Main`, `SAS`, `The SAS
// System`, `real time  `, `stata`, `ROOT`, `TFile`, `Info in <`, `Warning in <`, `SysError`, `[#1]
// INFO`, `geant4`, `G4Exception`, `WWWW`, `epics`, `iocInit`, `tango`, `lims`, and a score of
// other simulation codes: CP2K, NWChem, psi4, Q-Chem, SIESTA, ABINIT, OpenMM, PETSc, MOOSE,
// CalculiX, RELION). Nextflow is in fresh10 (.nextflow.log) and fresh22 (the trace file) only,
// not its console; GROMACS in fresh96 (mdrun's stderr) and fresh7/fresh159 (EasyBuild builds), not
// md.log; the `fluent` hits are fluentd, the `orca` hits are inside other words, fresh139's `TFile`
// is a C++ symbol and fresh16's `Normal termination` is a Windows service line. Gaussian, ORCA,
// MAPDL, Fluent, Abaqus, COMSOL, MATLAB, Simulink, SAS, ROOT, RooFit and Geant4 are in no table.
// Left out as measured already: Snakemake's log (fresh10), Cromwell (fresh10), Galaxy (fresh16),
// Toil (fresh16), cwltool (fresh44), OpenFOAM's solver log, LAMMPS, NAMD, Quantum ESPRESSO, WRF
// (fresh96), Julia's ConsoleLogger (fresh7, fresh47, fresh104), R's logger, futile.logger, log4r,
// lgr and logging (fresh7, fresh104, fresh176), EPICS's iocLogServer (fresh44), Slurm and the
// schedulers (fresh159), LIMS (fresh96, fresh107). Left out for want of a page that settled the
// lines: Stata's log (its command/output record boundaries are a judgement), Tango's log4tango
// file target, EPICS IOC errlog with timestamps, VASP's boxed warnings, RStudio Server's rserver
// log, and Galaxy's gravity-managed gunicorn log. The table holds 17 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time of day without a date is on the clock's day unless the stream dates
// it (MAPDL's `TIME= 07:41:16`, under a JOBNAME header on the same day); a ctime at the end of a
// line is that line's time (Gaussian's termination lines, GROMACS's start and finish lines, as
// fresh96's pw.x start line); a line that is only a date (Abaqus's driver) is a record with that
// time; durations are no times (Gaussian's cpu and elapsed times, ORCA's run time, MATLAB's
// Elapsed time, COMSOL's Solution time, Simulink's Build duration, Fluent's time left per row,
// MAPDL's CP seconds, SAS's real and cpu time), and neither is the SAS page title's session start,
// fed but not scored as a page header. Levels only where the program marks one: WARN:, NOTE:,
// ERROR ~ (Nextflow); Warning:, WARNING:, INFO   : (ORCA); *** WARNING/NOTE/ERROR *** (MAPDL);
// Error: (Fluent); ***WARNING:/***NOTE:/***ERROR: (Abaqus .msg); Warning: and Error using
// (MATLAB); NOTE:, WARNING:, ERROR: (SAS); Info/Warning/Error/SysError in <…> (ROOT); RooFit's
// level column; WWWW (warning) and EEEE (error) in Geant4's banners. NOTE is on the Notice rung,
// as GROMACS's in fresh96. Gaussian writes no level: `Error termination via Lnk1e` is a message.
// No family has a host: a node name in a message (COMSOL's `Using … on node014`) is not a host
// field. A record that spans lines is one entry: Nextflow's ERROR ~ block down to its ` -- Check`
// line, ORCA's WARNING with its `===> :` lines, MAPDL's message blocks down to their blank line,
// Fluent's Error with its Error Object line, Abaqus .msg's continued WARNING, MATLAB's Warning
// with its stack and Error with its frame, SAS's NOTE with its indented lines, a G4Exception block
// from START banner to END banner, Gaussian's `Optimization stopped.` with its `-- ` lines; every
// other line is a record of its own, indented or not (Gaussian's and MAPDL's one-space indent,
// the .sta rows, Fluent's rows), and the headers (ORCA's WARNINGS title, MAPDL's first two lines,
// Fluent's column header, the .sta column header, MATLAB's banner, SAS's page title) are fed but
// not scored.
//
// The shapes come from the documentation and public files each case names, found with the search
// tool (corpora "code", "pages", "docs", "issues"); hosts, paths, ids, users and messages are
// invented, and every time is on 2026-11-29. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d848365 before any rule for it: level 49.6 %, time 60.5 %, host 64.6 %, records 48.0 %.
// That is the macro figure (micro: level 54.3 %, time 62.8 %, host 66.0 %, records 50.0 %), in the
// working tree (git status showed no file modified but this one and table_test.go's list), 2 of 17
// families fully right (the Simulink Coder build and the SAS log); TestTablesWellFormed and
// TestRepeatedLinesReadAlike rejected no family. What fails: indented one-space output (Gaussian,
// MAPDL, Abaqus .msg) and rows under a column header (Fluent, Abaqus .sta) are joined into one
// record; the line after a bare date line (Abaqus's log, COMSOL's Started at) is joined to it;
// multi-part blocks (Nextflow's ERROR ~, MATLAB's Warning and Error, Geant4's G4Exception, Fluent's
// Error Object) are cut; ROOT's and RooFit's level words and Geant4's WWWW/EEEE are not read; a
// ctime after a message (GROMACS) and the .sta header's DATE/TIME fields are not read.

var fresh193Cases = []worldCase{
	{
		name:   "nextflow-console-ansi-log-false",
		gap:    "the `ERROR ~ Error executing process > 'ALIGN (S14_L002)'` block ends at the blank line before `Command executed:`: the Command executed, Command exit status, Command output, Work dir and Tip sections and the ` -- Check '.nextflow.log' file for details` line are not part of it; the other six lines are right",
		source: "Nextflow 24/25 console with `-ansi-log false` (NXF_ANSI_LOG=false): the `N E X T F L O W  ~  version` banner, the `Launching `main.nf` [name] DSL2 - revision:` line, one `[hh/hhhhhh] Submitted process > NAME (tag)` line per task, `WARN:` lines, the `[hh/hhhhhh] NOTE: Process … -- Execution is retried (1)` line and the `ERROR ~ Error executing process >` block (Caused by:, Command executed:, Command exit status:, Command output:, Work dir:, Tip:, ` -- Check '.nextflow.log' file for details`): nextflow-io training material and nf-core issue threads pasting failed runs (code corpus); fresh10 holds only .nextflow.log and fresh22 the trace file",
		why:    "no time on any line; the task hash in brackets opens most lines; WARN: and the NOTE: after the hash are levels; the ERROR ~ block runs over blank lines and indented sections down to its ` -- Check` line",
		entries: []worldEntry{
			we("", Unknown, "", "N E X T F L O W  ~  version 25.04.6"),
			we("", Unknown, "", "Launching `main.nf` [festive_curie] DSL2 - revision: 3b7a91c04e"),
			we("", Unknown, "", "[8a/3f2c1d] Submitted process > FASTQC (S14_L002)"),
			we("", Unknown, "", "[c4/91e0b7] Submitted process > ALIGN (S14_L002)"),
			we("", Warn, "", "WARN: Access to undefined parameter `outdir_tmp` -- Initialise it to a default value eg. `params.outdir_tmp = some_value`"),
			we("", Notice, "", "[c4/91e0b7] NOTE: Process `ALIGN (S14_L002)` terminated with an error exit status (137) -- Execution is retried (1)"),
			we("", Error, "",
				"ERROR ~ Error executing process > 'ALIGN (S14_L002)'",
				"",
				"Caused by:",
				"  Process `ALIGN (S14_L002)` terminated with an error exit status (137)",
				"",
				"Command executed:",
				"",
				"  bwa mem -t 8 GRCh38.fa S14_L002_R1.fq.gz S14_L002_R2.fq.gz > S14_L002.sam",
				"",
				"Command exit status:",
				"  137",
				"",
				"Command output:",
				"  (empty)",
				"",
				"Work dir:",
				"  /scratch/lab4/run42/work/c4/91e0b7a2d55f0e18c3b4a9f6e7d21c",
				"",
				"Tip: view the complete command output by changing to the process work dir and entering the command `cat .command.out`",
				"",
				" -- Check '.nextflow.log' file for details"),
		},
	},
	{
		name:   "gaussian16-output-log",
		gap:    "every line is indented by one space, so the whole output from ` Entering Link 1 = /opt/g16/l1.exe PID=     41238.` down is joined into one record: the ctimes at the end of ` Error termination via Lnk1e in /opt/g16/l103.exe at Sun Nov 29 07:41:16 2026.` and ` Normal termination of Gaussian 16 at Sun Nov 29 09:02:55 2026.` are lost with their records",
		source: "Gaussian 16 output file (.log/.out): every line indented one space, `Entering Link 1 = … PID=`, `SCF Done:  E(…) =` lines, the `Optimization stopped.` line with its `    -- ` reasons under it, `Job cpu time:` and `Elapsed time:` durations, and a job's last line ` Normal termination of Gaussian 16 at Www Mmm dd HH:mm:ss yyyy.` or ` Error termination via Lnk1e in …/l103.exe at Www Mmm dd HH:mm:ss yyyy.`: Gaussian log parsers and troubleshooting notes quoting those lines (code corpus: Lnk1e, Normal termination). No earlier table holds Gaussian",
		why:    "the termination line carries its own ctime at its end, after the message (as fresh96's pw.x start line does); the cpu and elapsed durations are no times; every line is indented by one space yet each is a record, and the `-- ` lines indented deeper belong to the line above; Gaussian writes no level, so `Error termination` is a message, not a level",
		entries: []worldEntry{
			we("", Unknown, "", " Entering Link 1 = /opt/g16/l1.exe PID=     41238."),
			we("", Unknown, "", " SCF Done:  E(RB3LYP) =  -232.248781205     A.U. after   14 cycles"),
			we("", Unknown, "",
				" Optimization stopped.",
				"    -- Number of steps exceeded,  NStep= 100",
				"    -- Flag reset to prevent archiving."),
			we("", Unknown, "", " Job cpu time:       0 days  0 hours 48 minutes 12.6 seconds."),
			we("", Unknown, "", " Elapsed time:       0 days  0 hours  3 minutes  1.9 seconds."),
			we("2026-11-29T07:41:16Z", Unknown, "", " Error termination via Lnk1e in /opt/g16/l103.exe at Sun Nov 29 07:41:16 2026."),
			we("2026-11-29T09:02:55Z", Unknown, "", " Normal termination of Gaussian 16 at Sun Nov 29 09:02:55 2026."),
		},
	},
	{
		name:   "orca-output-warnings",
		gap:    "the indented `                             ****ORCA TERMINATED NORMALLY****` line is joined, across the blank line, to the `INFO   : the flag for use of the SHARK integral package has been found!` record above it; the WARNING blocks with their `  ===> :` lines, the levels and the TOTAL RUN TIME line are right",
		source: "ORCA 5/6 output file: the WARNINGS block under its `=====` rule and `WARNINGS` / `Please study these warnings very carefully!` title, each warning `WARNING: msg` with `  ===> : ` and deeper-indented lines under it, `Warning:` and `INFO   :` lines, blank lines between, and at the end `****ORCA TERMINATED NORMALLY****` and `TOTAL RUN TIME: 0 days 0 hours …`: cclib's ORCA parser comments (code corpus) and an ORCA failure classifier's fixture quoting `WARNING: …` / `  ===> : …`. No earlier table holds ORCA (fresh53, fresh100, fresh185, fresh188 match `orca` only inside other words)",
		why:    "no time; the `===> :` line and the lines indented under a WARNING belong to it; `INFO   :` is a level with padding before its colon; the run time is a duration",
		entries: []worldEntry{
			wskip("================================================================================",
				"                                       WARNINGS",
				"                       Please study these warnings very carefully!",
				"================================================================================",
				""),
			we("", Warn, "", "Warning: TCutStore was < 0. Adjusted to Thresh (uncritical)", ""),
			we("", Warn, "",
				"WARNING: Geometry Optimization",
				"  ===> : Switching off AutoStart",
				"         For restart on a previous wavefunction, please use MOREAD",
				""),
			we("", Warn, "",
				"WARNING: your system is open-shell and RHF/RKS was chosen",
				"  ===> : WILL SWITCH to UHF/UKS",
				""),
			we("", Info, "", "INFO   : the flag for use of the SHARK integral package has been found!", ""),
			we("", Unknown, "", "                             ****ORCA TERMINATED NORMALLY****"),
			we("", Unknown, "", "TOTAL RUN TIME: 0 days 0 hours 4 minutes 12 seconds 518 msec"),
		},
	},
	{
		name:   "ansys-mapdl-batch-output",
		gap:    "every line is indented by one space, so the whole output from the header's ` Ansys Mechanical Enterprise` down is one record: ` CURRENT JOBNAME=beam  07:41:12  NOV 29, 2026 CP=      0.312` and the ` *** WARNING ***` / ` *** NOTE ***` / ` *** ERROR ***` blocks (`CP =       0.438   TIME= 07:41:16`) get no entry, level or time of their own",
		source: "Ansys Mechanical APDL batch output (`ansys242 -b -i beam.dat -o beam.out`): every line indented one space; the header's `CURRENT JOBNAME=beam  HH:mm:ss  MMM dd, yyyy CP=` line; message blocks ` *** WARNING ***`, ` *** NOTE ***`, ` *** ERROR ***` padded to `CP =       0.438   TIME= HH:mm:ss`, their text on the lines under them, a blank line after: PyMAPDL documentation (`*** WARNING ***                         CP =       0.307   TIME= 11:05:01`) and MAPDL output files in public repositories (code corpus). No earlier table holds MAPDL",
		why:    "a time of day without a date at the end of a message header (TIME=), the day given by the JOBNAME header line; the CPU seconds (CP =) are no time; the block's text lines are indented exactly like its header, and the block ends at the blank line; NOTE is on the Notice rung",
		entries: []worldEntry{
			wskip(" Ansys Mechanical Enterprise",
				" 00000000  VERSION=LINUX x64     RELEASE= 2024 R2          BUILD= 24.2      UP20240603"),
			we("2026-11-29T07:41:12Z", Unknown, "", " CURRENT JOBNAME=beam  07:41:12  NOV 29, 2026 CP=      0.312", ""),
			we("2026-11-29T07:41:16Z", Warn, "",
				" *** WARNING ***                         CP =       0.438   TIME= 07:41:16",
				" Material number 3 (used by element 2211) should normally have at least",
				" one MP or one TB type command associated with it.  Output of energy by",
				" material may not be available.",
				""),
			we("2026-11-29T07:41:16Z", Notice, "",
				" *** NOTE ***                            CP =       0.441   TIME= 07:41:16",
				" The step data was checked and warning messages were found.",
				"  Please review output or errors file ( /scratch/lab4/beam/beam.err ) for",
				"  these warning messages.",
				""),
			we("2026-11-29T07:43:51Z", Error, "",
				" *** ERROR ***                           CP =     154.207   TIME= 07:43:51",
				" Solution not converged at time 0.35 (load step 1 substep 7).",
				" Run terminated.",
				""),
		},
	},
	{
		name:   "ansys-fluent-batch-transcript",
		gap:    "the iteration rows (`   412  4.1257e-03 … 0:04:12  588`) and the indented ` turbulent viscosity limited to viscosity ratio of 1.000000e+05 in 14 cells` line are joined to the column header above them; `Error Object: #f` is cut from its `Error: Divergence detected in AMG solver: pressure correction` line",
		source: "Ansys Fluent batch transcript (`fluent 3ddp -g -t32 -i run.jou > run.trn`): the residual table's column header (`  iter  continuity  x-velocity … time/iter`), one row per iteration ending with the estimated time left and the iterations left, solver remarks such as `turbulent viscosity limited to viscosity ratio of 1.000000e+05 in 14 cells`, and Fluent's two-line errors `Error: msg` / `Error Object: #f`: PyFluent users' notes and failure classifiers quoting `Error: …` with `Error Object: #f` (code corpus). fresh124 and the other `fluent` hits are fluentd, not Ansys Fluent",
		why:    "no time: the `0:04:12` at the end of a row is the time left, not the record's; the error's `Error Object: #f` line belongs to its `Error:` line; the column header is not a record",
		entries: []worldEntry{
			wskip("  iter  continuity  x-velocity  y-velocity  z-velocity      energy           k     epsilon     time/iter"),
			we("", Unknown, "", "   412  4.1257e-03  2.0813e-04  1.9245e-04  1.1031e-04  2.3111e-07  5.6120e-04  7.9021e-04  0:04:12  588"),
			we("", Unknown, "", " turbulent viscosity limited to viscosity ratio of 1.000000e+05 in 14 cells"),
			we("", Unknown, "", "   413  5.8824e-03  2.2190e-04  2.0117e-04  1.1977e-04  2.4580e-07  6.0311e-04  8.5210e-04  0:04:11  587"),
			we("", Error, "",
				"Error: Divergence detected in AMG solver: pressure correction",
				"Error Object: #f"),
		},
	},
	{
		name:   "abaqus-log-linux-date",
		gap:    "a status line after a bare ctime line is joined to it: `Sun Nov 29 07:41:16 2026` takes `Run pre`, and `Sun Nov 29 07:41:23 2026` takes `End Analysis Input File Processor` and `Abaqus JOB bracket_v3 COMPLETED`; the times are right",
		source: "Abaqus 2024 job log (jobname.log, also the driver's stdout in a batch job) on Linux: `Abaqus JOB name`, `Abaqus 2024`, `Begin Analysis Input File Processor`, the driver's `date` output on a line of its own (`Www Mmm dd HH:mm:ss yyyy`), `Run pre`, `End …`, `Abaqus JOB name COMPLETED`: a Stanford cluster's Apptainer notes and a Clemson PBS job output quoting the log (code corpus). No earlier table holds Abaqus",
		why:    "a bare ctime line is a record with that time; the status lines around it carry none of their own and are records, not its continuation",
		entries: []worldEntry{
			we("", Unknown, "", "Abaqus JOB bracket_v3"),
			we("", Unknown, "", "Abaqus 2024"),
			we("", Unknown, "", "Begin Analysis Input File Processor"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026"),
			we("", Unknown, "", "Run pre"),
			we("2026-11-29T07:41:23Z", Unknown, "", "Sun Nov 29 07:41:23 2026"),
			we("", Unknown, "", "End Analysis Input File Processor"),
			we("", Unknown, "", "Abaqus JOB bracket_v3 COMPLETED"),
		},
	},
	{
		name:   "abaqus-log-windows-us-date",
		gap:    "a status line after a bare date line is joined to it: `11/29/2026 8:05:31 AM` takes `Run pre.exe`, and `11/29/2026 8:05:40 AM` takes `Begin Abaqus/Standard Analysis` and `Run standard.exe`; the times are right",
		source: "Abaqus job log on Windows with a US locale: the same status lines, the date line `M/d/yyyy h:mm:ss AM`: a subroutine-debugging guide quoting `10/30/2021 11:51:14 PM` / `Begin Analysis Input File Processor` and an Abaqus log parser's comment (`5/30/2026 1:13:49 AM`) (code corpus)",
		why:    "a month-first date with a one-digit hour and AM/PM alone on its line; the status lines are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Begin Analysis Input File Processor"),
			we("2026-11-29T08:05:31Z", Unknown, "", "11/29/2026 8:05:31 AM"),
			we("", Unknown, "", "Run pre.exe"),
			we("2026-11-29T08:05:40Z", Unknown, "", "11/29/2026 8:05:40 AM"),
			we("", Unknown, "", "Begin Abaqus/Standard Analysis"),
			we("", Unknown, "", "Run standard.exe"),
		},
	},
	{
		name:   "abaqus-sta-status-file",
		gap:    "the header's two labelled fields `DATE 29-Nov-2026 TIME 07:41:23` are not read (no time), and the indented increment rows (`   1     1   1     0     3     3  0.100 …`) and ` THE ANALYSIS HAS COMPLETED SUCCESSFULLY` are joined to the column header above them",
		source: "Abaqus/Standard status file (jobname.sta): the first line `Abaqus/Standard 2024   DATE dd-Mmm-yyyy TIME HH:mm:ss`, `SUMMARY OF JOB INFORMATION:`, a three-line column header, one indented row per increment attempt (a `U` after the attempt number for a cut-back), and ` THE ANALYSIS HAS COMPLETED SUCCESSFULLY`: Abaqus users' job-monitoring scripts reading .sta rows and that last line (code corpus); from memory of real files",
		why:    "the header's DATE and TIME are two labelled fields with a day-first dd-Mmm-yyyy date; the rows under it are indented but are records of their own, with no time (their TOTAL TIME is the step's analysis time)",
		entries: []worldEntry{
			we("2026-11-29T07:41:23Z", Unknown, "", "Abaqus/Standard 2024                  DATE 29-Nov-2026 TIME 07:41:23"),
			wskip("SUMMARY OF JOB INFORMATION:",
				" STEP  INC ATT SEVERE EQUIL TOTAL  TOTAL      STEP       INC OF       DOF    IF",
				"               DISCON ITERS ITERS  TIME/      TIME/LPF    TIME/LPF    MONITOR RIKS",
				"               ITERS               FREQ"),
			we("", Unknown, "", "   1     1   1     0     3     3  0.100      0.100      0.1000"),
			we("", Unknown, "", "   1     2   1U    0     5     5  0.100      0.100      0.1500"),
			we("", Unknown, "", "   1     2   2     0     4     4  0.175      0.175      0.07500"),
			we("", Unknown, "", " THE ANALYSIS HAS COMPLETED SUCCESSFULLY"),
		},
	},
	{
		name:   "abaqus-msg-file",
		gap:    "the whole file is one record from `  INCREMENT     3 STARTS. ATTEMPT NUMBER  2, …` down: ` ***WARNING: …`, ` ***NOTE: …` and ` ***ERROR: TOO MANY ATTEMPTS MADE FOR THIS INCREMENT` (a space, then the level glued to three asterisks) start no record and give no level",
		source: "Abaqus/Standard message file (jobname.msg): ` ***WARNING: ` / ` ***NOTE: ` / ` ***ERROR: ` in capitals with their text continued on lines indented under it, `INCREMENT n STARTS. ATTEMPT NUMBER m, TIME INCREMENT …` lines, blank lines between: Abaqus users' log checkers matching `***ERROR` and `***WARNING` (code corpus); from memory of real files",
		why:    "the level is glued to three asterisks before a colon; a warning's text runs over an indented second line; NOTE is on the Notice rung; no time",
		entries: []worldEntry{
			we("", Unknown, "", "  INCREMENT     3 STARTS. ATTEMPT NUMBER  2, TIME INCREMENT  7.500E-02", ""),
			we("", Warn, "",
				" ***WARNING: THE STRAIN INCREMENT HAS EXCEEDED FIFTY TIMES THE STRAIN TO CAUSE",
				"             FIRST YIELD AT 14 POINTS",
				""),
			we("", Notice, "", " ***NOTE: THE SOLUTION APPEARS TO BE DIVERGING. CONVERGENCE IS JUDGED UNLIKELY.", ""),
			we("", Error, "", " ***ERROR: TOO MANY ATTEMPTS MADE FOR THIS INCREMENT", ""),
		},
	},
	{
		name:   "comsol-batch-log",
		gap:    "the report lines under `Started at Nov 29, 2026, 7:41:19\u202fAM.` (`Number of degrees of freedom solved for: …`, `Solution time: 41 s.`, `Physical memory: 3.42 GB`) are joined to it, and the closing `----- Stationary Solver 1 … ---->` arrow to `Ended at Nov 29, 2026, 7:42:00\u202fAM.`; both times, with the narrow no-break space, are read",
		source: "COMSOL Multiphysics 6.3 batch log (`comsol batch -inputfile model.mph -batchlog run.log`): a stage opens with `<---- Name in Study 1/Solution 1 (sol1) -----` and closes with `----- Name … ---->`, `Started at Mmm d, yyyy, h:mm:ss AM.` and `Ended at …` lines (a narrow no-break space before AM with a recent Java), `Number of degrees of freedom solved for: N (plus M internal DOFs).`, `Solution time: N s.`, memory lines: COMSOL Reference Manual 'The Log Window' and COMSOL batch-log parsers in public repositories (code corpus: `Started at Aug 4, 2026, 3:23:42?PM.`, `Started at Apr 28, 2025, 3:50:51 PM.`). No earlier table holds COMSOL",
		why:    "a month-name date with commas and a 12-hour time with a narrow no-break space before AM and a full stop after it; the arrow lines and the report lines are records of their own with no time; `Solution time: 41 s.` is a duration",
		entries: []worldEntry{
			we("", Unknown, "", "<---- Stationary Solver 1 in Study 1/Solution 1 (sol1) -------------------------"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Started at Nov 29, 2026, 7:41:19\u202fAM."),
			we("", Unknown, "", "Number of degrees of freedom solved for: 284113 (plus 36 internal DOFs)."),
			we("", Unknown, "", "Solution time: 41 s."),
			we("", Unknown, "", "Physical memory: 3.42 GB"),
			we("2026-11-29T07:42:00Z", Unknown, "", "Ended at Nov 29, 2026, 7:42:00\u202fAM."),
			we("", Unknown, "", "----- Stationary Solver 1 in Study 1/Solution 1 (sol1) ------------------------>"),
		},
	},
	{
		name:   "matlab-batch-logfile",
		gap:    "the `> In solve_step (line 48)` and `In run_model (line 17)` stack lines are cut from their `Warning: Matrix is close to singular …` line, and `Error using load` gets no level and is cut from its message, blank line and `Error in run_model (line 22)` frame",
		source: "MATLAB R2025b run as `matlab -nodisplay -r \"run_model; exit\" -logfile run.log`: the `< M A T L A B (R) >` banner, fprintf output, `Warning: msg` with its `> In fn (line N)` and `In caller (line M)` stack lines, tic/toc's `Elapsed time is N seconds.`, and an uncaught error `Error using fn` / message / blank / `Error in caller (line N)` / the source line: MathWorks documentation (warning, error, toc) and MATLAB answers threads; from memory of real logs. No earlier table holds MATLAB",
		why:    "no time; a warning's `> In` stack lines and an error's message, blank line and `Error in` frame belong to it; `Elapsed time is` is a duration; the banner is not a record",
		entries: []worldEntry{
			wskip("                            < M A T L A B (R) >",
				"                  Copyright 1984-2025 The MathWorks, Inc.",
				"             R2025b Update 1 (25.2.0.3007325) 64-bit (glnxa64)",
				"                               September 11, 2025",
				"",
				" ",
				"To get started, type doc.",
				"For product information, visit www.mathworks.com.",
				" "),
			we("", Unknown, "", "Loading mesh from /scratch/lab4/run42/mesh.mat"),
			we("", Warn, "",
				"Warning: Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND =  1.234567e-18.",
				"> In solve_step (line 48)",
				"In run_model (line 17)"),
			we("", Unknown, "", "Elapsed time is 12.418734 seconds."),
			we("", Error, "",
				"Error using load",
				"Unable to find file or directory '/scratch/lab4/run42/bc.mat'.",
				"",
				"Error in run_model (line 22)",
				"    bc = load(fullfile(d, 'bc.mat'));"),
		},
	},
	{
		name:   "simulink-coder-build-console",
		source: "Simulink Coder / Embedded Coder build from a MATLAB batch job (`slbuild('pump_ctrl')`): `### Starting build procedure for: model`, `### Generating code into build folder:`, `### Invoking Target Language Compiler on model.rtw`, `### Successful completion of build procedure for: model`, a `Warning:` diagnostic, and the build summary's `1 of 1 models built (0 models already up to date)` and `Build duration: 0h 0m 41.208s`: MathWorks Simulink Coder documentation (build process messages); from memory of real builds",
		why:    "no time; three hashes open the build lines; `Build duration: 0h 0m 41.208s` is a duration, not a time of day",
		entries: []worldEntry{
			we("", Unknown, "", "### Starting build procedure for: pump_ctrl"),
			we("", Unknown, "", "### Generating code into build folder: /home/lab4/sim/pump_ctrl_ert_rtw"),
			we("", Warn, "", "Warning: Source 'pump_ctrl/Setpoint' specifies that its sample time (-1) is back-inherited. You should explicitly specify the sample time of sources."),
			we("", Unknown, "", "### Invoking Target Language Compiler on pump_ctrl.rtw"),
			we("", Unknown, "", "### Successful completion of build procedure for: pump_ctrl"),
			we("", Unknown, "", "1 of 1 models built (0 models already up to date)"),
			we("", Unknown, "", "Build duration: 0h 0m 41.208s"),
		},
	},
	{
		name:   "sas-batch-log",
		source: "SAS 9.4 batch log (`sas -sysin cohort.sas` writes cohort.log): the page title line (`1   The SAS System   07:41 Sunday, November 29, 2026`), numbered source lines, `NOTE:` with its text continued on lines indented six spaces (the `real time` / `cpu time` lines of a step), `ERROR:` and `WARNING:` lines: SAS logs quoted in public repositories and a SAS Viya job-log client's notes (`NOTE: DATA statement used (Total process time):` with `real time` and `cpu time`) (code corpus). No earlier table holds a SAS log",
		why:    "no record time (the page title's time is the session's start, a page header); NOTE, WARNING and ERROR before a colon are levels (NOTE on the Notice rung); the indented lines under a NOTE belong to it; each numbered source line is a record",
		entries: []worldEntry{
			wskip("1                                                          The SAS System                            07:41 Sunday, November 29, 2026", ""),
			we("", Unknown, "", "2          data work.cohort;"),
			we("", Unknown, "", "3            set proj.visits;"),
			we("", Unknown, "", "4          run;", ""),
			we("", Notice, "",
				"NOTE: There were 4127 observations read from the data set PROJ.VISITS.",
				"      WHERE visit_dt>='01JAN2026'D;"),
			we("", Notice, "",
				"NOTE: DATA statement used (Total process time):",
				"      real time           0.08 seconds",
				"      cpu time            0.05 seconds",
				""),
			we("", Unknown, "", "5          proc means data=work.cohrt;"),
			we("", Error, "", "ERROR: File WORK.COHRT.DATA does not exist."),
			we("", Warn, "", "WARNING: Apparent symbolic reference OUTDIR not resolved."),
		},
	},
	{
		name:   "cern-root-batch-messages",
		source: "CERN ROOT 6 macro run in batch (`root -l -b -q ana.C`): `Processing ana.C...`, and TError's `Level in <Class::Method>: msg` lines (Info, Warning, Error, SysError): ROOT sessions quoted in public repositories (`Error in <TFile::TFile>: file … does not exist`, `SysError in <TFile::TFile>: file … can not be opened for reading (Too many open files)`, `Warning in <TClass::Init>`, `Info in <hadd>`) (code corpus). fresh139's `TFile` is inside a C++ symbol, not a ROOT message",
		why:    "the level is a word before ` in <Class::Method>:`; SysError is an error; no time",
		entries: []worldEntry{
			we("", Unknown, "", "Processing ana.C..."),
			we("", Warn, "", "Warning in <TClass::Init>: no dictionary for class edm::Wrapper<reco::Vertex> is available"),
			we("", Error, "", "Error in <TFile::TFile>: file /data/run2026/ntuple_412.root does not exist"),
			we("", Error, "", "SysError in <TFile::TFile>: file /eos/lab4/ntuple_413.root can not be opened for reading (Permission denied)"),
			we("", Info, "", "Info in <TCanvas::Print>: pdf file mass_fit.pdf has been created"),
		},
	},
	{
		name:   "roofit-message-service",
		source: "RooFit's RooMsgService lines in a ROOT fit job's output (`[#N] LEVEL:Topic -- msg`, N the stream number, LEVEL one of DEBUG INFO PROGRESS WARNING ERROR FATAL): ROOT's RooMsgService reference; from memory of real fit logs. No earlier table holds RooFit",
		why:    "a stream number in `[#N]` opens the line; the level is glued to its topic by a colon; WARNING and ERROR also appear again inside the message, but the level is the column's; no time",
		entries: []worldEntry{
			we("", Info, "", "[#1] INFO:Minimization -- RooAbsMinimizerFcn::setOptimizeConst: activating const optimization"),
			we("", Info, "", "[#1] INFO:Eval -- RooRealVar::setRange(mass) new range named 'signal' created with bounds [120,130]"),
			we("", Warn, "", "[#0] WARNING:Plotting -- RooAbsPdf::plotOn(model) WARNING: Projection over observable mass not possible"),
			we("", Error, "", "[#0] ERROR:InputArguments -- RooArgSet::checkForDup(nset) ERROR argument with name nsig is already in this set"),
		},
	},
	{
		name:   "geant4-g4exception-blocks",
		gap:    "a G4Exception block is not one record: `-------- WWWW ------- G4Exception-START -------- WWWW -------` and `-------- EEEE ------- G4Exception-START -------- EEEE -------` end at their banner line with no level, the lines under them are not part of them, and ` Run terminated.` is joined to the lines above it",
		source: "Geant4 11 application output: `### Run 0 starts.`, and G4Exception's banners as G4Exception.cc writes them (a newline, `-------- WWWW ------- G4Exception-START -------- WWWW -------` for JustWarning, `-------- EEEE …` for the aborting severities), `*** G4Exception : code`, `      issued by : Class::Method()`, the description, `*** This is just a warning message. ***` or `*** Event Must Be Aborted ***`, and the END banner: Geant4's G4Exception.cc and forum answers quoting GeomNav1002 and GeomSolids1001 blocks (code corpus). No earlier table holds Geant4",
		why:    "a block from its START banner to its END banner is one record; WWWW marks a warning and EEEE an error; no time",
		entries: []worldEntry{
			we("", Unknown, "", "### Run 0 starts.", ""),
			we("", Warn, "",
				"-------- WWWW ------- G4Exception-START -------- WWWW -------",
				"*** G4Exception : GeomNav1002",
				"      issued by : G4Navigator::ComputeStep()",
				"Track stuck or not moving.",
				"          Track stuck, not moving for 10 steps",
				"          in volume -Scint_PV- at point (12.4,-3.1,88.2)",
				"*** This is just a warning message. ***",
				"-------- WWWW -------- G4Exception-END --------- WWWW -------",
				""),
			we("", Error, "",
				"-------- EEEE ------- G4Exception-START -------- EEEE -------",
				"*** G4Exception : Track0005",
				"      issued by : G4SteppingManager::DefinePhysicalStepLength()",
				"No process was found for particle opticalphoton in volume Scint_PV",
				"*** Event Must Be Aborted ***",
				"-------- EEEE -------- G4Exception-END --------- EEEE -------",
				""),
			we("", Unknown, "", " Run terminated."),
		},
	},
	{
		name:   "gromacs-md-log-start-finish",
		gap:    "the ctime after the message is not read: `Started mdrun on rank 0 Sun Nov 29 07:41:16 2026` and `Finished mdrun on rank 0 Sun Nov 29 09:07:08 2026` get no time",
		source: "GROMACS 2024 mdrun log file (md.log): `Changing nstlist from 10 to 100, rlist from 1 to 1.152`, `Started mdrun on rank 0 Www Mmm dd HH:mm:ss yyyy`, `Writing final coordinates.`, `Finished mdrun on rank 0 Www Mmm dd HH:mm:ss yyyy`: from memory of real md.log files. fresh96 holds mdrun's stderr only, fresh7 and fresh159 an EasyBuild build of GROMACS",
		why:    "the start and finish lines carry a ctime after the message; the lines between have none",
		entries: []worldEntry{
			we("", Unknown, "", "Changing nstlist from 10 to 100, rlist from 1 to 1.152", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Started mdrun on rank 0 Sun Nov 29 07:41:16 2026", ""),
			we("", Unknown, "", "Writing final coordinates.", ""),
			we("2026-11-29T09:07:08Z", Unknown, "", "Finished mdrun on rank 0 Sun Nov 29 09:07:08 2026"),
		},
	},
}

func TestFresh193Formats(t *testing.T) { assertTable(t, fresh193Cases) }

func TestFresh193Score(t *testing.T) {
	checkScore(t, "fresh193 formats", fresh193Cases, [worldNumFields]float64{60.1, 60.4, 64.5, 47.9})
}
