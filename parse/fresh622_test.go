package parse

import "testing"

// The six-hundred-and-twenty-second fresh table: scientific and engineering software's logs, as
// bioinformatics pipelines, structure predictors and laboratory experiment runners write them to a
// console or a log file and as people paste them into issues. Each family is one product's output:
// Salmon's quant log (spdlog's `[yyyy-MM-dd HH:mm:ss.fff] [jointLog] [info] msg`, with a
// `[fileLog]` record whose text runs on under it); MACS2's callpeak console (`INFO  @ Sun, 29 Nov
// 2026 07:41:16: msg`, the arguments block under the first record); SPAdes' assembler log (an
// elapsed clock, memory, a padded level and `(file.cpp : line)`); MEGAHIT's log (`yyyy-MM-dd
// HH:mm:ss - msg`); Prokka's log (`[HH:mm:ss] msg`); ColabFold's log.txt (Python's asctime and
// the message, no level); PsychoPy's experiment log file (seconds since the experiment's clock
// started, a tab, the level name, a tab, the message); Cutadapt's console report (no time, no
// level).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`snakemake`, `nextflow`, `gromacs`, `lammps`, `openfoam`, `epics`,
// `galaxy`, `cromwell`, `cellprofiler`, `multiqc`, `fastp`, `bwa`, `gatk`, `picard`, `samtools`,
// `trimmomatic`, `slurm`, `htcondor`, `cwltool`, `toil`, `nipype`, `freesurfer`, `recon-all`,
// `#@#`, `Talairach`, `geant4`, `tango`, `bluesky`, `ophyd`, `micro-manager`, `CoreLog`, `imagej`,
// `fiji`, `qiime`, `kraken`, `kraken2`, `salmon`, `jointLog`, `[fileLog]`, `[stderrLog]`,
// `At end of round`, `Mapping rate`, `kallisto`, `nf-core`, `luigi`, `prefect`, `dask`, `mlflow`,
// `caproto`, `labview`, `pyepics`, `MDAnalysis`, `cp2k`, `vasp`, `nwchem`, `orca`, `gaussian`,
// `cryosparc`, `relion`, `cellranger`, `bcl2fastq`, `guppy`, `dorado`, `minknow`, `fastqc`,
// `bowtie`, `hisat`, `spades`, `StageManager`, `INFO    General`, `megahit`, `MEGAHIT v`,
// `Start assembly`, `k list:`, `Using megahit_core`, `busco`, `prokka`, `This is prokka`,
// `Looking for '`, `Homepage is`, `parsl`, `fireworks`, `airflow`, `miniwdl`, `pegasus`,
// `dagman`, `heudiconv`, `fmriprep`, `mriqc`, `openmm`, `namd`, `pmemd`, `psi4`, `karabo`,
// `sardana`, `pyfai`, `benchling`, `omero`, `labkey`, `openbis`, `iocsh`, `doocs`, `mmseqs`,
// `alphafold`, `colabfold`, `Running colabfold`, `pLDDT`, `Query 1/`, `recycle=`, `rosetta`,
// `deepmd`, `psychopy`, `EXP \t`, `macs2`, `callpeak`, `INFO  @`, `WARNING @`, `read tag files`,
// `# ARGUMENTS LIST`, `iqtree`, `bismark`, `cutadapt`, `This is cutadapt`, `Processing reads on`,
// `Processing paired-end`, `trim galore`, `trim_galore`, `hamilton`, `opentrons`, `gnuradio`,
// `ESMF`, `PET0`, `wrf`, `rsl.out`). None of Salmon, MACS2, SPAdes, MEGAHIT, Prokka, ColabFold,
// PsychoPy or Cutadapt is in any table (`WARNING @` matches only Beat Saber's IPA loader and a
// Perl shop's line, `recycle=` an unrelated line). Left out as measured already: Snakemake,
// Nextflow, GROMACS, LAMMPS, OpenFOAM, Galaxy, Cromwell, fastp, BWA, Slurm, HTCondor, Nipype
// (fMRIPrep's log), Luigi, Prefect, Dask, Airflow, Parsl, FireWorks, Klipper, PX4, GNU Radio, WRF.
// Left out as needing a record rule no search settled: FreeSurfer's recon-all.log (its `#@#`
// step banners with the commands' own output under them). Left out as not confirmed by a search
// and not distinctive enough to rest on memory: AlphaFold's absl lines (glog's shape, measured),
// Kilosort's and Open Ephys' logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Salmon's, MACS2's, MEGAHIT's and ColabFold's stamps have no zone and are
// taken as UTC; MACS2's carries a weekday and a day-first month name. Prokka's `[HH:mm:ss]` is a
// time of day only: it is on the clock's day. SPAdes' `0:00:01.234` is the time elapsed since the
// assembler started and PsychoPy's `2.3155` the seconds on the experiment's clock: neither is a
// time of day, so those records have no time. Cutadapt's report has no time. Levels only where the
// line marks one: Salmon's bracketed spdlog word, MACS2's level name before the `@`, SPAdes' padded
// level column, MEGAHIT's core line's level column after the ` - `, PsychoPy's level column (its
// EXP and DATA levels, 22 and 25, lie between INFO and WARNING and are Info); MEGAHIT's own lines,
// Prokka's, ColabFold's and Cutadapt's carry none, and `Error occurs` in a MEGAHIT message is a
// word of the message. None of these families writes a host: file names, sample names, read
// libraries and the MSA server named in a message are no hosts. A record that spans lines is one
// entry: Salmon's `[fileLog]` round summary, MACS2's first record with the `# ARGUMENTS LIST`
// block under it. Salmon's `###` banner and SPAdes' `== Running assembler` line are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, paths, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 80.4 %, time 75.0 %, host 87.5 %, records 85.0 %.
// That is the macro figure (micro: level 81.0 %, time 76.2 %, host 88.1 %, records 85.7 %), in a
// worktree at 8f540bf with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are MACS2's `LEVEL @ weekday, dd Mon yyyy HH:mm:ss:` time,
// which trawl does not read, and its argument block, which it splits off the first record;
// SPAdes' indented elapsed-clock lines, which trawl joins to the `== Running assembler` line
// above them; MEGAHIT's message word `Error`, which trawl reads as a level; and PsychoPy's EXP
// level name, which trawl does not read.

var fresh622Cases = []worldCase{
	{
		name:   "salmon-quant-spdlog",
		source: "Salmon quant's console and logs/salmon_quant.log (spdlog `[yyyy-MM-dd HH:mm:ss.fff] [jointLog] [info] msg`, levels info, warning, error; a `[fileLog] [info]` record with its round summary on the lines under it; a `### salmon … ###` banner first): COMBINE-lab/salmon issues #661, #652, #346 and #96",
		why:    "a zone-less bracketed stamp with milliseconds, then the logger name in brackets, then the level word in brackets; the fileLog round summary is one record",
		entries: []worldEntry{
			wskip("### salmon (selective-alignment-based) v1.10.3",
				"### [ program ] => salmon ",
				"### [ command ] => quant ",
				"### [ threads ] => { 12 }",
				"Logs will be written to /scratch/rnaseq/ctrl_rep2/salmon_out/logs"),
			we("2026-11-29T07:41:16.118Z", Info, "", "[2026-11-29 07:41:16.118] [jointLog] [info] setting maxHashResizeThreads to 12"),
			we("2026-11-29T07:41:16.119Z", Info, "", "[2026-11-29 07:41:16.119] [jointLog] [info] parsing read library format"),
			we("2026-11-29T07:41:16.402Z", Warn, "", "[2026-11-29 07:41:16.402] [jointLog] [warning] The index did not record if the `--keepDuplicates` flag was used. Please consider re-indexing."),
			we("2026-11-29T07:52:03.877Z", Info, "",
				"[2026-11-29 07:52:03.877] [fileLog] [info] ",
				"At end of round 0",
				"==================",
				"Observed 31840577 total fragments (31840577 in most recent round)"),
			we("2026-11-29T07:52:03.880Z", Info, "", "[2026-11-29 07:52:03.880] [jointLog] [info] Mapping rate = 87.4412%"),
			we("2026-11-29T07:52:04.015Z", Error, "", "[2026-11-29 07:52:04.015] [jointLog] [error] Failed to write quant.sf to /scratch/rnaseq/ctrl_rep2/salmon_out: No space left on device"),
		},
	},
	{
		name:   "macs2-callpeak-console",
		gap:    "the time after `LEVEL @ ` (a weekday, a day-first month name, the year and the time, then a colon) is not read, and the `# ARGUMENTS LIST` lines under the first record are split off it after its first `# Command line` line",
		source: "MACS2 callpeak's stderr (Python logging `%(levelname)-5s @ %(asctime)s: %(message)s` with datefmt `%a, %d %b %Y %H:%M:%S`; the first record's `# Command line` and `# ARGUMENTS LIST` lines under it): macs3-project/MACS issue #326, galaxyproject/tools-iuc issue #1033, galaxyproject/iwc PR #530",
		why:    "the level name padded to five, then ` @ `, then a weekday, a day-first month name and a time, then a colon; the argument lines under the first record belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"INFO  @ Sun, 29 Nov 2026 07:41:16: ",
				"# Command line: callpeak -t h3k27ac_rep1.bam -c input_rep1.bam -f BAM -g hs -n h3k27ac_rep1 -q 0.01",
				"# ARGUMENTS LIST:",
				"# name = h3k27ac_rep1",
				"# format = BAM",
				"# effective genome size = 2.70e+09",
				"# qvalue cutoff = 1.00e-02"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO  @ Sun, 29 Nov 2026 07:41:16: #1 read tag files... "),
			we("2026-11-29T07:41:29Z", Info, "", "INFO  @ Sun, 29 Nov 2026 07:41:29:  1000000 "),
			we("2026-11-29T07:44:02Z", Warn, "", "WARNING @ Sun, 29 Nov 2026 07:44:02: #2 Since the d (162) calculated from paired-peaks are smaller than 2*tag length, it may be influenced by unknown sequencing problem! "),
			we("2026-11-29T07:46:51Z", Info, "", "INFO  @ Sun, 29 Nov 2026 07:46:51: #3 Call peaks for each chromosome... "),
		},
	},
	{
		name:   "spades-assembler-elapsed",
		gap:    "the indented lines that open with an elapsed clock are not read as records of their own: they are joined to the `== Running assembler` line above them, so their padded level column is never read",
		source: "SPAdes' spades.log and console (`  H:MM:SS.mmm   mem / peak  LEVEL   Component   (file.cpp : line)   msg`, the clock the time elapsed since the stage started; levels INFO, WARN; spades.py's `== Running assembler: K21` between stages): ablab/spades issues #71, #72 and #17, StaPH-B/docker-builds PR #1304",
		why:    "the leading clock is an elapsed time, no time of day; `4M / 16M` is memory; the padded level word; `(main.cpp : 94)` is a source line, no time",
		entries: []worldEntry{
			wskip("== Running assembler: K21", ""),
			we("", Info, "", "  0:00:00.000     4M / 16M   INFO    General                 (main.cpp                  :  94)   Loaded config from \"/scratch/asm/iso7/K21/configs/config.info\""),
			we("", Info, "", "  0:00:00.001     4M / 16M   INFO    General                 (main.cpp                  : 102)   Starting SPAdes, built from N/A, git revision N/A"),
			we("", Info, "", "  0:00:00.004     4M / 16M   INFO   StageManager             (stage.cpp                 : 189)   STAGE == Binary Read Conversion (id: read_conversion)"),
			we("", Warn, "", "  0:02:13.551   113M / 2G    WARN    General                 (pair_info_count.cpp       : 341)   Unable to estimate insert size for paired library #0"),
			we("", Info, "", "  0:04:40.208   320M / 2G    INFO    General                 (launcher.cpp              : 187)   SPAdes finished"),
		},
	},
	{
		name:   "megahit-log-dash",
		gap:    "a message that opens with the word `Error` after MEGAHIT's ` - ` is read as an error level",
		source: "MEGAHIT 1.2.x's log and console (`yyyy-MM-dd HH:mm:ss - msg`; megahit_core's own lines passed through after the dash as `INFO  file : line - msg`): voutcn/megahit issues #300, #315 and #282, bxlab/metaWRAP issue #550",
		why:    "a zone-less date and time, then ` - `; MEGAHIT's own lines carry no level, the core's line carries its level column after the dash; `Error occurs` is a word of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 - MEGAHIT v1.2.9"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 - Using megahit_core with POPCNT and BMI2 support"),
			we("2026-11-29T07:44:52Z", Info, "", "2026-11-29 07:44:52 - INFO  utils/utils.h                 :  152 - Real: 215.4410\tuser: 188.0217\tsys: 12.7781\tmaxrss: 3874112"),
			we("2026-11-29T07:44:52Z", Unknown, "", "2026-11-29 07:44:52 - Start assembly. Number of CPU threads 24 "),
			we("2026-11-29T07:44:52Z", Unknown, "", "2026-11-29 07:44:52 - k list: 21,29,39,59,79,99,119,141 "),
			we("2026-11-29T08:31:07Z", Unknown, "", "2026-11-29 08:31:07 - Error occurs, please refer to /scratch/meta/pond_s4/megahit_out/log for detail"),
		},
	},
	{
		name:   "prokka-log-time-of-day",
		source: "Prokka's console and <prefix>.log (`[HH:MM:SS] msg`, a time of day in brackets and the message; no level): tseemann/prokka issues #405 and #402, biologger/speciesprimer issue #31",
		why:    "a bracketed time of day with no date (the clock's day); `Local time is Sun Nov 29 …` in a message is not the record's time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] This is prokka 1.14.6"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Local time is Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Looking for 'aragorn' - found /opt/conda/envs/prokka/bin/aragorn"),
			we("2026-11-29T07:43:58Z", Unknown, "", "[07:43:58] Predicting coding sequences"),
			we("2026-11-29T07:49:31Z", Unknown, "", "[07:49:31] Annotation finished successfully."),
		},
	},
	{
		name:   "colabfold-batch-log",
		source: "ColabFold's colabfold_batch log.txt and console (Python logging `%(asctime)s %(message)s`: `yyyy-MM-dd HH:mm:ss,mmm msg`, no level): YoshitakaMo/localcolabfold issues #249, #112, #43 and #170",
		why:    "a zone-less stamp with a comma before the milliseconds, then the message with no level; `pLDDT=87.1` and `took 41.2s` are values, not times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.763Z", Unknown, "", "2026-11-29 07:41:16,763 Running colabfold 1.5.5 (fdf3b235b88746681c46ea12bcded76ecf8e1f76)"),
			we("2026-11-29T07:41:16.925Z", Unknown, "", "2026-11-29 07:41:16,925 Running on GPU"),
			we("2026-11-29T07:41:41.289Z", Unknown, "", "2026-11-29 07:41:41,289 Query 1/3: pdxK_mutant (length 288)"),
			we("2026-11-29T07:42:30.118Z", Unknown, "", "2026-11-29 07:42:30,118 alphafold2_ptm_model_1_seed_000 recycle=0 pLDDT=81.4 pTM=0.762"),
			we("2026-11-29T07:43:11.640Z", Unknown, "", "2026-11-29 07:43:11,640 alphafold2_ptm_model_1_seed_000 took 41.2s (3 recycles)"),
			we("2026-11-29T07:49:02.007Z", Unknown, "", "2026-11-29 07:49:02,007 reranking models by 'plddt' metric"),
		},
	},
	{
		name:   "psychopy-experiment-log",
		gap:    "PsychoPy's EXP level name in the tab-separated level column is not read",
		source: "PsychoPy's experiment .log file (LogFile: the seconds on the experiment's clock to four places, a tab, the level name, a tab, the message; levels ERROR, WARNING, DATA, EXP, INFO, DEBUG): psychopy/psychopy demos/coder/logFiles.py and psychopy/logging.py's level list (found with the code search); the column layout from memory",
		why:    "a decimal of seconds since the experiment started is no time of day; the level name after a tab; EXP is an info-class level",
		entries: []worldEntry{
			we("", Info, "", "1.1204 \tINFO \tLoaded monitor calibration from ['2026_11_28 16:02']"),
			we("", Warn, "", "1.4817 \tWARNING \tMonitor specification not found. Creating a temporary one..."),
			we("", Info, "", "3.2277 \tEXP \tNew trial (rep=0, index=0): {'target': 'left', 'soa': 0.25}"),
			we("", Info, "", "3.4950 \tEXP \tstim_target: autoDraw = True"),
			we("", Error, "", "61.0032 \tERROR \tFailed to load sound file stimuli/tone_880.wav"),
		},
	},
	{
		name:   "cutadapt-console-report",
		source: "Cutadapt's console report (`This is cutadapt X with Python Y`, `Command line parameters: …`, `Processing paired-end reads on N cores …`, `Finished in … s`): hukai916/scATACpipe issue #5, nf-core/atacseq issue #63",
		why:    "no time and no level on any line; `12.419 µs/read` and `41.208 s` are durations, not times; each line its own record",
		entries: []worldEntry{
			we("", Unknown, "", "This is cutadapt 4.9 with Python 3.12.5"),
			we("", Unknown, "", "Command line parameters: --cores=8 -a AGATCGGAAGAGC -A AGATCGGAAGAGC -o tr_R1.fastq.gz -p tr_R2.fastq.gz liver_s3_R1.fastq.gz liver_s3_R2.fastq.gz"),
			we("", Unknown, "", "Processing paired-end reads on 8 cores ..."),
			we("", Unknown, "", "Finished in 41.208 s (12.419 µs/read; 4.83 M reads/minute)."),
		},
	},
}

func TestFresh622Formats(t *testing.T) { assertTable(t, fresh622Cases) }
func TestFresh622Score(t *testing.T) {
	checkScore(t, "fresh622 formats", fresh622Cases, [worldNumFields]float64{80.3, 74.9, 87.4, 84.9})
}
