package parse

import "testing"

// The six-hundred-and-thirty-fourth fresh table: genomics and bioinformatics pipelines, their run
// logs as people paste them into bug reports, shapes no earlier table holds. Each family is one
// product's documented or observed output: samtools and htslib on stderr (`[E::func] msg`,
// `[W::func] msg`, no time); bwa mem on stderr (`[M::func] msg`, `[main] …` run summary); minimap2
// on stderr (`[M::func::elapsed*cpu] msg`, an elapsed-seconds pair that is no time, and its
// `[WARNING]` line); GATK 3's console (`LEVEL  HH:mm:ss,SSS Class - msg`, the level first, a time of
// day with a comma, and the `##### ERROR` block of a user error); NVIDIA Parabricks' pbrun
// (`[PB Info yyyy-MMM-dd HH:mm:ss] msg`, its banner box, `[PB Error][file:line] msg` with no time);
// MultiQC's log file in multiqc_data (`[yyyy-MM-dd HH:mm:ss,SSS] logger(-50) [LEVEL(-7)]  msg`);
// bcbio-nextgen's log on an IPython cluster (`[yyyy-MM-ddTHH:mmZ] host: msg`, minute precision, the
// engine's host name); and DeepVariant's run_deepvariant console (absl's `Lmmdd HH:mm:ss.ffffff
// thread file:line] msg`, with its `***** Running the command:*****` block).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`nextflow`, `snakemake`, `gatk`, `bwa`, `samtools`, `cromwell`, `galaxy`,
// `bioconductor`, `picard`, `star `, `STAR run`, `trimmomatic`, `fastqc`, `multiqc`, `cutadapt`,
// `nf-core`, `hisat`, `salmon`, `kallisto`, `toil`, `cwltool`, `jointLog`, `M::`, `E::`, `hts_`,
// `MarkDuplicates`, `HaplotypeCaller`, `Launcher -`, `rule `, `Job stats`, `localrule`,
// `WorkflowManagerActor`, `galaxy.jobs`, `bowtie`, `minimap`, `bcftools`, `htslib`, `fastp`,
// `spades`, `megahit`, `kraken`, `blast`, `qiime`, `deseq`, `seurat`, `scanpy`, `cellranger`,
// `bismark`, `slurm`, `nanopore`, `guppy`, `dorado`, `minknow`, `canu`, `flye`, `busco`, `prokka`,
// `diamond`, `mmseqs`, `hmmer`, `alphafold`, `gromacs`, `plink`, `vep`, `snpeff`, `deepvariant`,
// `freebayes`, `bedtools`, `featurecounts`, `subread`, `rsem`, `stringtie`, `arvados`, `wdl`,
// `miniwdl`, `dragen`, `illumina`, `bcl2fastq`, `bcl-convert`, `pysam`, `biopython`, `seqkit`,
// `Rsubread`, `PB Info`, `parabricks`, `UTC 2026] picard`, `picard.sam`, `futile`, `BiocParallel`,
// `INFO [20`, `crunch-run`, `crunch`, `wdl.w`, `native_id`, `trace.txt`, `[job `, `mm_idx`,
// `worker_pipeline`, `bam_sort`, `BiocCheck`, `BiocManager`, `vcf_parse`, `sentieon`,
// `make_examples`, `pulsar`, `funannotate`, `nanoplot`, `seqera`, `tower`, `fgbio`, `umi_tools`,
// `UMI-tools`, `qualimap`, `bakta`, `nf-validation`, `Rscript`, `R CMD`, `Warning message`, `bcbio`,
// `HelpFormatter`, `##### ERROR`, `[DEBUG  ]`, `[INFO   ]`, `pbrun`, `minimap2`, `bwa mem`,
// `mem_pestat`, `mem_process_seqs`, `[main] Real time`, `Real time:`, `hts_open`, `hts_hopen`,
// `[W::`, `[E::`, `run_deepvariant`, `call_variants`, `Resource requests`, `Timing:`,
// `GenomeAnalysisTK`, `ProgressMeter`). None of samtools' or htslib's `[X::func]` messages, bwa's
// or minimap2's stderr, GATK 3's console, Parabricks, MultiQC's log file, bcbio-nextgen or
// DeepVariant is in any table (`bwa` matches other words (bwagent, dbwatch) and bwa command lines
// echoed by Snakemake, cwltool, job schedulers and a Nextflow console, never bwa's own stderr;
// `[DEBUG  ]` and `[INFO   ]` other products' brackets, `Resource requests` and `Timing:` other
// products' messages, `ProgressMeter` GATK 4's console).
// Left out as measured already: Nextflow's .nextflow.log, its console, trace file and run history,
// Snakemake's log and its Slurm executor, Cromwell's server, Galaxy's server, Toil, cwltool, GATK
// 4's console, Picard's Log lines, bcl2fastq, Cell Ranger's Martian log, Guppy, MinKNOW, Salmon,
// MACS2 (whose `INFO  @ Day, dd Mon yyyy HH:mm:ss:` line MAGeCK shares), SPAdes, MEGAHIT, Prokka,
// ColabFold, cutadapt, STAR, R's futile.logger (the shape BiocParallel's logs use). Left out as
// not confirmed by any search: miniwdl's and Arvados crunch-run's logs, BiocCheck's report. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). samtools', bwa's and minimap2's messages carry no time: minimap2's
// `63.117*7.48` is elapsed seconds and CPU ratio, bwa's `Real time: 812.337 sec` a duration, so
// their records have Time 0. GATK 3's console has a time of day only: it is on the clock's day; its
// `##### ERROR` block carries no time. Parabricks' `2026-Nov-29 07:41:16`, MultiQC's and
// DeepVariant's stamps have no zone and are taken as UTC (DeepVariant's absl prefix has no year:
// 2026). bcbio-nextgen writes UTC to the minute (`…T07:41Z`). Levels only where the line marks
// one: htslib's letter in `[E::` `[W::` (E Error, W Warn), bwa's and minimap2's `[M::` (the
// verbosity-3 message tier, between warnings and debug: Info) and minimap2's `[WARNING]`; GATK 3's
// leading word; the word after `PB` in Parabricks' bracket; MultiQC's bracketed padded word; absl's
// letter before the date (I Info, W Warning, E Error). bwa's and samtools' `[main]`, `[bam_sort_core]`
// and `samtools view:` prefixes, Parabricks' `[Parabricks Options Mesg]` and bcbio-nextgen's lines
// carry none. The host is the record's host field: only bcbio-nextgen's engine host before the
// colon; flowcell and instrument names in read names, GPU ids and paths are no hosts. A record that
// spans lines is one entry: GATK 3's `##### ERROR` block, DeepVariant's `***** Running the
// command:*****` with the command under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0883e68 before any rule for it: level 56.9 %, time 92.9 %, host 80.4 %, records 83.7 %.
// That is the macro figure (micro: level 53.3 %, time 93.3 %, host 82.2 %, records 84.4 %), in a
// worktree at 0883e68 with no change to trawl's code (only this file and table_test.go's list), 1 of
// 8 families fully right (MultiQC's log file); the gaps are the level letter of htslib's, bwa's and
// minimap2's `[E::` `[W::` `[M::` brackets, which trawl does not read; Parabricks' level word after
// `PB`, its time-less `[PB Error][file:line]` line joined to the record above and the wrapped line
// of its options message split off; bcbio-nextgen's engine host before the colon, not read; and
// the time-less blocks under a timed record (GATK 3's `##### ERROR` block, DeepVariant's `*****
// Running the command:*****`), joined to the record above them.

var fresh634Cases = []worldCase{
	{
		name:   "samtools-htslib-letter-colons-no-time",
		source: "samtools 1.x and htslib's hts_log on stderr (`[E::function] msg`, `[W::function] msg`; samtools' own `samtools view: …` and `[bam_sort_core] …` lines): samtools/samtools issues #1289, #1228 and #624 (pasted `[E::hts_open_format] Failed to open file \"…\" : No such file or directory` runs), htslib issue #273",
		why:    "no time on any line; the level is the letter before `::` (E, W); `[bam_sort_core]` and `samtools view:` carry no level; the path is no host",
		entries: []worldEntry{
			we("", Warn, "", "[W::hts_idx_load3] The index file is older than the data file: /scratch/lab7/run42/S07.sorted.bam.bai"),
			we("", Error, "", `[E::hts_open_format] Failed to open file "/scratch/lab7/run42/S08.sorted.bam" : No such file or directory`),
			we("", Unknown, "", `samtools view: failed to open "/scratch/lab7/run42/S08.sorted.bam" for reading: No such file or directory`),
			we("", Unknown, "", "[bam_sort_core] merging from 16 files and 4 in-memory blocks..."),
			we("", Warn, "", "[W::bam_hdr_read] EOF marker is absent. The input is probably truncated"),
			we("", Error, "", "[E::bgzf_read_block] Failed to read BGZF block data at offset 1048576 expected 9120 bytes; hread returned 4011"),
		},
	},
	{
		name:   "bwa-mem-stderr-m-tier",
		source: "bwa 0.7.x `bwa mem` on stderr (`[M::function] msg` at verbosity 3, `[E::function] msg`, the `[main] Version:`/`[main] CMD:`/`[main] Real time:` summary): lh3/bwa issues #72, #328 and #412, parklab/xTea issue #79, IEkAdN/BactSNP issue #9 (pasted runs)",
		why:    "no time; `[M::` is bwa's message tier (Info), `[E::` an error; `Real time: 812.337 sec` is a duration; `[main]` carries no level; read names and flowcells are no host",
		entries: []worldEntry{
			we("", Error, "", "[E::bwa_idx_load_from_disk] fail to locate the index files"),
			we("", Info, "", "[M::bwa_idx_load_from_disk] read 0 ALT contigs"),
			we("", Info, "", "[M::process] read 66668 sequences (10000212 bp)..."),
			we("", Info, "", "[M::mem_pestat] # candidate unique pairs for (FF, FR, RF, RR): (12, 30871, 9, 15)"),
			we("", Info, "", "[M::mem_process_seqs] Processed 66668 reads in 58.214 CPU sec, 7.402 real sec"),
			we("", Unknown, "", "[main] Version: 0.7.18-r1243-dirty"),
			we("", Unknown, "", "[main] Real time: 812.337 sec; CPU: 6311.904 sec"),
		},
	},
	{
		name:   "minimap2-stderr-elapsed-cpu",
		source: "minimap2 2.x on stderr (`[M::function::elapsed*cpu] msg`, `[M::mm_idx_stat] …`, `[WARNING] …`, the `[M::main] Real time:` summary): lh3/minimap2 issues #252 and #1339, isovic/racon issue #77, marcelauliano/MitoHiFi issue #10 (pasted runs)",
		why:    "`1.412*1.63` after the function is elapsed seconds and CPU ratio, no time; `[M::` is the message tier (Info); `[WARNING]` a level in brackets",
		entries: []worldEntry{
			we("", Info, "", "[M::mm_idx_gen::1.412*1.63] collected minimizers"),
			we("", Info, "", "[M::mm_idx_gen::1.905*2.11] sorted minimizers"),
			we("", Warn, "", "[WARNING] For a multi-part index, no @SQ lines will be outputted. Please use --split-prefix."),
			we("", Info, "", "[M::main::1.905*2.11] loaded/built the index for 24 target sequence(s)"),
			we("", Info, "", "[M::worker_pipeline::63.117*7.48] mapped 41220 sequences"),
			we("", Info, "", "[M::main] Real time: 66.020 sec; CPU: 479.311 sec; Peak RSS: 9.874 GB"),
		},
	},
	{
		name:   "gatk3-console-level-first-comma-millis",
		source: "GATK 3.x (GenomeAnalysisTK.jar) console on stderr (`LEVEL  HH:mm:ss,SSS Class - msg`, the HelpFormatter banner, and the `##### ERROR` user-error block): code-search hits for `HelpFormatter - The Genome Analysis Toolkit` (GATK v2.4 to v3.8 runs pasted in tutorials and READMEs), bcbio/bcbio-nextgen issue #471 (the `##### ERROR` block)",
		why:    "the level word before a time of day with comma millis (the clock's day); `Compiled 2018/02/19 05:43:50` in the message is no record time; the error block is one record with no time",
		gap:    "the time-less `##### ERROR` block is joined to the WARN record above it instead of standing as its own Error record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.918Z", Info, "", "INFO  07:41:16,918 HelpFormatter - -------------------------------------------------------------------------------- "),
			we("2026-11-29T07:41:16.921Z", Info, "", "INFO  07:41:16,921 HelpFormatter - The Genome Analysis Toolkit (GATK) v3.8-1-0-gf15c1c3ef, Compiled 2018/02/19 05:43:50 "),
			we("2026-11-29T07:41:17.402Z", Info, "", "INFO  07:41:17,402 GenomeAnalysisEngine - Strictness is SILENT "),
			we("2026-11-29T07:41:19.118Z", Warn, "", "WARN  07:41:19,118 IndexDictionaryUtils - Track knownSites doesn't have a sequence dictionary built in, skipping dictionary validation "),
			we("", Error, "",
				"##### ERROR ------------------------------------------------------------------------------------------",
				"##### ERROR A USER ERROR has occurred (version 3.8-1-0-gf15c1c3ef): ",
				"##### ERROR",
				"##### ERROR MESSAGE: Input files reads and reference have incompatible contigs: Found contigs with the same name but different lengths:",
				"##### ERROR ------------------------------------------------------------------------------------------"),
		},
	},
	{
		name:   "parabricks-pbrun-pb-info-month-name",
		source: "NVIDIA Clara Parabricks 4.x `pbrun` on stderr (`[PB Info yyyy-MMM-dd HH:mm:ss] msg` with its `||` banner box, `[PB Error][src/file:line] msg` with no time, `[Parabricks Options Mesg]: …`): find_string hits for `[PB Info 20` (pasted fq2bam and deepvariant runs, the Parabricks docs' console block) and `[PB Error` (nf-core/modules parabricks test comment, a pasted cudaSafeCall failure)",
		why:    "an English month abbreviation between year and day, zone-less (UTC by the rules); the level word after `PB`; the error bracket has no time; the options message has neither",
		gap:    "the level word after `PB` in `[PB Info yyyy-MMM-dd HH:mm:ss]` is not read; the time-less `[PB Error][file:line]` line is joined to the record above it; the options message's wrapped second line is split off as a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", `[Parabricks Options Mesg]: Read group created for /data/run88/S11_R1.fq.gz and`, `/data/run88/S11_R2.fq.gz`),
			we("2026-11-29T07:41:16Z", Info, "", "[PB Info 2026-Nov-29 07:41:16] ------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "[PB Info 2026-Nov-29 07:41:16] ||                 Parabricks accelerated Genomics Pipeline                 ||"),
			we("2026-11-29T07:41:16Z", Info, "", "[PB Info 2026-Nov-29 07:41:16] ||                              Version 4.5.1-1                             ||"),
			we("2026-11-29T07:47:02Z", Info, "", "[PB Info 2026-Nov-29 07:47:02] bwalib run finished in 345.118 seconds"),
			we("", Error, "", "[PB Error][src/likehood_test.cu:1056] cudaSafeCall() failed: out of memory, exiting."),
		},
	},
	{
		name:   "multiqc-log-file-padded-logger-level",
		source: "MultiQC's multiqc_data/multiqc.log (`[yyyy-MM-dd HH:mm:ss,SSS] %(name)-50s [%(levelname)-7s]  msg`): MultiQC/MultiQC issue #689 (a pasted verbose log), PR #45 (the console format)",
		why:    "a zone-less bracketed stamp with comma millis; the logger padded to fifty; the level word padded to seven inside brackets after it; paths are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.116Z", Debug, "", "[2026-11-29 07:41:16,116] multiqc                                            [DEBUG  ]  No MultiQC config found: /opt/conda/envs/qc/lib/python3.12/site-packages/multiqc_config.yaml"),
			we("2026-11-29T07:41:16.131Z", Info, "", "[2026-11-29 07:41:16,131] multiqc                                            [INFO   ]  This is MultiQC v1.25.2"),
			we("2026-11-29T07:41:19.448Z", Info, "", "[2026-11-29 07:41:19,448] multiqc.modules.fastqc.fastqc                      [INFO   ]  Found 24 reports"),
			we("2026-11-29T07:41:20.007Z", Warn, "", "[2026-11-29 07:41:20,007] multiqc.modules.picard.picard                      [WARNING]  Could not parse MarkDuplicates metrics in /data/run88/qc/S11.dedup.metrics.txt"),
			we("2026-11-29T07:41:22.59Z", Error, "", "[2026-11-29 07:41:22,590] multiqc.core.exec_modules                          [ERROR  ]  Error running module qualimap: division by zero"),
		},
	},
	{
		name:   "bcbio-nextgen-ipython-minute-utc-host",
		source: "bcbio-nextgen's log/bcbio-nextgen.log on an IPython cluster (logbook format `[{record.time:%Y-%m-%dT%H:%MZ}] {record.extra[source]}: {record.message}`, UTC, the engine's host name as source): bcbio/bcbio-nextgen bcbio/log/__init__.py (read with read_file), issues #2473, #1383 and #179 (pasted logs)",
		why:    "an ISO time to the minute with Z; the engine host before the colon is the record's host; `Resource requests:` and `Timing:` are messages, no level",
		gap:    "the engine host before the colon after the `[yyyy-MM-ddTHH:mmZ]` stamp is not read as the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "seqc-041", "[2026-11-29T07:41Z] seqc-041: Resource requests: bwa, sambamba, samtools; memory: 3.00, 3.00, 3.00; cores: 16, 16, 16"),
			we("2026-11-29T07:41:00Z", Unknown, "seqc-041", "[2026-11-29T07:41Z] seqc-041: Configuring 4 jobs to run, using 16 cores each with 48.1g of memory reserved for each job"),
			we("2026-11-29T07:42:00Z", Unknown, "seqc-057", "[2026-11-29T07:42Z] seqc-057: Timing: alignment"),
			we("2026-11-29T07:42:00Z", Unknown, "seqc-057", "[2026-11-29T07:42Z] seqc-057: Aligning lane S11_L002 with bwa aligner"),
			we("2026-11-29T08:19:00Z", Unknown, "seqc-063", "[2026-11-29T08:19Z] seqc-063: Genotyping with gatk-haplotype"),
		},
	},
	{
		name:   "deepvariant-run-absl-running-command",
		source: "DeepVariant 1.x `run_deepvariant` console (absl's `Lmmdd HH:mm:ss.ffffff thread file:line] msg`; make_examples' `Task N/M: … [Ns elapsed]` progress): a progress parser's test fixture found with find_string (`I0826 16:50:06.572551 1 make_examples_core.py:384] Task 82/192: … [37.24s elapsed]`); the `***** Running the command:*****` block and the W line from memory",
		why:    "absl's level letter glued to a year-less date (2026, UTC); `[37.24s elapsed]` is a duration; the command block is one record with no time",
		gap:    "the time-less `***** Running the command:*****` block is joined to the absl record above it instead of standing as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "I1129 07:41:16.204511 140358211139392 run_deepvariant.py:364] Re-using the directory for intermediate results in /tmp/tmpk2x9w1pq"),
			we("", Unknown, "",
				"***** Running the command:*****",
				"time seq 0 15 | parallel -q --halt 2 --line-buffer /opt/deepvariant/bin/make_examples --mode calling --ref /ref/GRCh38.fa --reads /in/S11.dedup.bam --examples /tmp/tmpk2x9w1pq/make_examples.tfrecord@16.gz --task {}"),
			we("2026-11-29T07:41:31.880127Z", Info, "", "I1129 07:41:31.880127 140210355050304 make_examples_core.py:301] Task 3/16: Preparing inputs"),
			we("2026-11-29T07:41:32.101554Z", Warn, "", "W1129 07:41:32.101554 140210355050304 make_examples_core.py:343] Unable to read any sample name from --reads, using default sample name"),
			we("2026-11-29T07:48:50.573122Z", Info, "", "I1129 07:48:50.573122 140210355050304 make_examples_core.py:384] Task 3/16: 14810 candidates (15322 examples) [37.24s elapsed]"),
		},
	},
}

func TestFresh634Formats(t *testing.T) { assertTable(t, fresh634Cases) }
func TestFresh634Score(t *testing.T) {
	checkScore(t, "fresh634 formats", fresh634Cases, [worldNumFields]float64{84.5, 92.8, 80.3, 83.6})
}
