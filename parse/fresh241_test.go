package parse

import "testing"

// The two-hundred-and-forty-first fresh table, written on 2026-12-05: HPC and scientific job output
// as users and admins read it in 2025-2026, in shapes no earlier table holds. Each family is one
// product's documented or observed output: an LSF job report file (Sender/Subject header, the
// submitted/executed/started/terminated lines with ctimes, the echoed job script and the `Resource
// usage summary:` block); a PBS Pro job's joined output on NCI Gadi (the `=>> PBS: job killed:`
// line and the `Resource Usage on yyyy-mm-dd HH:MM:SS:` footer block); MPICH's abort with its
// error stack and Hydra's `BAD TERMINATION` banner; NVIDIA compute-sanitizer memcheck reports
// (`=========` prefixed multi-line blocks); Open MPI 5 / PRRTE `--output tag-detailed`
// (`[jobid,rank][host:pid]<stdout>:`); Intel MPI's I_MPI_DEBUG=+N prefix (`[rank#pid@host]`);
// Snakemake 9 with the SLURM executor plugin; NCCL_DEBUG=INFO lines behind srun --label task
// numbers; an OpenFOAM parallel run's rank-prefixed `[3] --> FOAM FATAL ERROR` block; the
// `nextflow log` run history table.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`slurm`, `srun`, `slurmstepd`, `epilog`, `mpirun`, `tag-output`, `<stdout>`, `Open MPI`,
// `PRTE`, `prterun`, `tag-detailed`, `MPICH`, `hydra`, `error stack`, `BAD TERMINATION`, `YOUR
// APPLICATION TERMINATED`, `Fatal error in`, `PBS`, `openpbs`, `qsub`, `job killed: walltime`,
// `Resource Usage on`, `Exit Status`, `LSF`, `bsub`, `Sender: LSF`, `LSBATCH`, `Resource usage
// summary`, `GROMACS`, `mdrun`, `md.log`, `will finish`, `LAMMPS`, `log.lammps`, `NAMD`,
// `OpenFOAM`, `FOAM FATAL`, `Maximum number of iterations`, `Nextflow`, `RUN NAME`, `peak_rss`,
// `Snakemake`, `SLURM jobid`, `Finished job`, `NCCL`, `NCCL INFO`, `NCCL WARN`, `NET/IB`, `CUDA`,
// `COMPUTE-SANITIZER`, `cuda-memcheck`, `Invalid __global__`, `ERROR SUMMARY`, `MPI startup`,
// `I_MPI`, `UCX  WARN`). Slurm's srun --label output is in fresh180 (with spdlog lines behind the
// task number) and NCCL's INFO lines in fresh10 and fresh188: NCCL's host:pid:tid prefix behind an
// srun task number is in none. Open MPI's `[jobid,rank]<stdout>:` tag is in fresh17, fresh24 and
// fresh110; PRRTE's tag-detailed form with host and pid is in none. Intel MPI's `[rank] MPI
// startup():` is in fresh16; the `+` form with `#pid@host` is in none. MPICH is in fresh118 (Cray
// MPICH's `MPICH ERROR [Rank n]` line, Hydra verbose) and others; the error-stack abort and the
// BAD TERMINATION banner are in none. PBS and LSF are in many tables as daemon logs, qstat,
// bjobs, bhist and the like; the LSF job report file and Gadi's resource usage footer are in none.
// Snakemake is in fresh10 (its plain log) and fresh193; the SLURM executor's submission and
// failure lines under Snakemake 9 are in none. OpenFOAM is in fresh96 as a serial solver log; the
// rank-prefixed parallel error block is in none. Nextflow is in fresh10, fresh22 (the trace file),
// fresh193 (the console); the `nextflow log` history table is in none. compute-sanitizer is in
// none. Left out as measured already: GROMACS md.log and mdrun stderr (fresh96, fresh193), LAMMPS
// and NAMD logs (fresh96), Slurm's CANCELLED AT and oom_kill lines (fresh41, fresh131), Open MPI's
// MPI_ABORT and `noticed that process rank` blocks (fresh118), seff (fresh159). The table holds 10
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The LSF report's ctimes, Gadi's footer time and the `nextflow log` times
// carry no zone and are taken as UTC; Snakemake's bracketed ctime dates the block under it. MPI
// tags, sanitizer reports, MPICH aborts and OpenFOAM's rank blocks carry no time. Levels only where
// the line marks one: NCCL's INFO and WARN after the word NCCL, srun's `error:`, OpenFOAM's FATAL
// ERROR (Critical) and Warning; a `Fatal error in` inside MPICH's abort message, a sanitizer's
// `Invalid __global__ read`, an LSF `Exited with exit code`, a PBS `job killed` and Nextflow's ERR
// status are message words or column values, not levels. The host is the record's host field: the
// host in PRRTE's `[host:pid]` tag, after the @ of Intel MPI's prefix, before NCCL's pid; the
// execution host named in an LSF report line, a Hydra banner's `RUNNING AT` node, a Snakemake
// `host:` header and the node in srun's error are not hosts of those records. A record that spans
// lines is one entry: the echoed job script and the resource usage summary of the LSF report,
// Gadi's footer, the MPICH error stack, the Hydra banner, each sanitizer report with its frames,
// Snakemake's block under each time line, OpenFOAM's rank-prefixed error block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 56a33f8 before any rule for it: level 73.3 %, time 83.6 %, host 60.8 %, records 71.2 %.
// That is the macro figure (micro: level 68.9 %, time 77.8 %, host 55.6 %, records 68.9 %), in a
// worktree at 56a33f8 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 10 families fully right (snakemake9-slurm-executor, nextflow-log-run-history).

var fresh241Cases = []worldCase{
	{
		name:   "lsf-job-report-output-file",
		gap:    "the ctime after ` at ` ending the `Job <…> was submitted … at Sun Nov 29 07:41:16 2026` and `Job was executed on host(s) … at Sun Nov 29 07:43:02 2026` lines is not read (no time); from `Terminated at Sun Nov 29 08:02:11 2026` on, `Results reported at`, the echoed script, `Exited with exit code 140.`, the resource usage summary and `The output (if any) follows:` are all joined into one record",
		source: "IBM Spectrum LSF 10.1 job report written to the bsub -o file (Sender/Subject lines, `Job <name> was submitted from host <h> by user <u> in cluster <c> at <ctime>`, `Job was executed on host(s) <n*h>, in queue <q>, …`, `Started at`, `Terminated at`, `Results reported at`, `Your job looked like:` with the `# LSBATCH: User input` script between dashed rules, `Exited with exit code N.`, `Resource usage summary:` with indented `CPU time :` … `Turnaround time :` lines, `The output (if any) follows:`): LSF User's Guide 'job report' (pages corpus, vdocuments LSF user guide, LSF 7.3 'Running Jobs' page 17); the exact line wording from memory",
		why:    "ctimes at the end of report lines are the record's time; the submission and execution hosts are named in the message, not a host field; the echoed script and the resource summary are one record each, with blank lines inside; `Exited with exit code` is no level",
		entries: []worldEntry{
			wskip("Sender: LSF System <lsfadmin@cn0412>", "Subject: Job 884213: <relax_run41> in cluster <hpc1> Exited", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Job <relax_run41> was submitted from host <login02> by user <mkovac> in cluster <hpc1> at Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Job was executed on host(s) <32*cn0412>, in queue <normal>, as user <mkovac> in cluster <hpc1> at Sun Nov 29 07:43:02 2026"),
			we("", Unknown, "", "</home/mkovac> was used as the home directory."),
			we("", Unknown, "", "</scratch/mkovac/run41> was used as the working directory."),
			we("2026-11-29T07:43:02Z", Unknown, "", "Started at Sun Nov 29 07:43:02 2026"),
			we("2026-11-29T08:02:11Z", Unknown, "", "Terminated at Sun Nov 29 08:02:11 2026"),
			we("2026-11-29T08:02:11Z", Unknown, "", "Results reported at Sun Nov 29 08:02:11 2026", ""),
			we("", Unknown, "",
				"Your job looked like:",
				"",
				"------------------------------------------------------------",
				"# LSBATCH: User input",
				"#!/bin/bash",
				"#BSUB -n 32",
				"#BSUB -W 00:20",
				"mpirun ./relax.x input41.nml",
				"------------------------------------------------------------",
				""),
			we("", Unknown, "", "Exited with exit code 140.", ""),
			we("", Unknown, "",
				"Resource usage summary:",
				"",
				"    CPU time :                                   36120.44 sec.",
				"    Max Memory :                                 61200 MB",
				"    Average Memory :                             48311.20 MB",
				"    Total Requested Memory :                     -",
				"    Max Processes :                              37",
				"    Max Threads :                                105",
				"    Run time :                                   1149 sec.",
				"    Turnaround time :                            1255 sec.",
				""),
			we("", Unknown, "", "The output (if any) follows:", ""),
		},
	},
	{
		name:   "pbs-gadi-job-output-usage-footer",
		gap:    "the `Resource Usage on 2026-11-29 08:42:17:` time in the footer's second line is not read (no time), and the footer's closing `====…` rule is cut off as a record of its own",
		source: "PBS Pro job output on NCI Gadi (`-j oe`): the job's own lines, PBS's `=>> PBS: job killed: walltime N exceeded limit N` on the error stream, then the site's footer block between `=` rules (`Resource Usage on yyyy-mm-dd HH:MM:SS:`, `Job Id:`, `Project:`, `Exit Status:`, `Service Units:`, `NCPUs Requested:`/`NCPUs Used:`, `CPU Time Used:`, `Memory Requested:`/`Memory Used:`, `Walltime requested:`/`Walltime Used:`, `JobFS requested:`/`JobFS used:`): from memory of NCI's Gadi user guide (a pages search found only older PBS accounting pages)",
		why:    "the footer is one record dated by the time in its second line (no zone: UTC); its Job Id's server suffix is no host; `job killed` is no level; the application's line has no time",
		entries: []worldEntry{
			we("", Unknown, "", "iter 3120  residual 4.21e-07  dt 2.5e-04"),
			we("", Unknown, "", "=>> PBS: job killed: walltime 3641 exceeded limit 3600"),
			we("2026-11-29T08:42:17Z", Unknown, "",
				"======================================================================================",
				"                  Resource Usage on 2026-11-29 08:42:17:",
				"   Job Id:             131854227.gadi-pbs",
				"   Project:            xy12",
				"   Exit Status:        271 (Linux Signal 15 SIGTERM Termination)",
				"   Service Units:      96.53",
				"   NCPUs Requested:    48                     NCPUs Used: 48",
				"                                           CPU Time Used: 47:51:20",
				"   Memory Requested:   190.0GB               Memory Used: 88.41GB",
				"   Walltime requested: 01:00:00            Walltime Used: 01:00:41",
				"   JobFS requested:    100.0MB                JobFS used: 0B",
				"======================================================================================"),
		},
	},
	{
		name:   "mpich-abort-error-stack-hydra-banner",
		gap:    "the error stack's lines (`internal_Recv(127).......: MPI_Recv(…) failed`, `MPIDIG_handle_unexp_mrecv(104): …`) are cut from the `Abort(805421327) on node 3 …, error stack:` line, and both `BAD TERMINATION` banners (from their blank line and `====` rule) are joined onto the record before them",
		source: "MPICH 4.x on a job's stderr: `Abort(code) on node n (rank n in comm c): Fatal error in internal_X: msg, error stack:` with the stack's `function(line)...: detail` lines, then Hydra's banner between `=` rules (`=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES`, `=   RANK n PID p RUNNING AT host`, `=   KILLED BY SIGNAL: 9 (Killed)`; the older `=   PID p RUNNING AT host`, `=   EXIT CODE: 9`, `=   CLEANING UP REMAINING PROCESSES`, `=   YOU CAN IGNORE THE BELOW CLEANUP MESSAGES`): je-santos/MPLBM-UT issue #92 (the banner); the error stack layout from memory",
		why:    "no time, no level column (`Fatal error` is in the message); the error stack's lines belong to the abort; each banner is one record and the node it names is not its host",
		entries: []worldEntry{
			we("", Unknown, "",
				"Abort(805421327) on node 3 (rank 3 in comm 0): Fatal error in internal_Recv: Message truncated, error stack:",
				"internal_Recv(127).......: MPI_Recv(buf=0x7ffd2c4e1a40, count=64, MPI_DOUBLE, src=0, tag=7, MPI_COMM_WORLD, status=0x1) failed",
				"MPIDIG_handle_unexp_mrecv(104): Message from rank 0 and tag 7 truncated; 1024 bytes received but buffer size is 512"),
			we("", Unknown, "",
				"",
				"===================================================================================",
				"=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES",
				"=   RANK 3 PID 48214 RUNNING AT cn0413",
				"=   KILLED BY SIGNAL: 9 (Killed)",
				"==================================================================================="),
			we("", Unknown, "",
				"",
				"===================================================================================",
				"=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES",
				"=   PID 51207 RUNNING AT cn0415",
				"=   EXIT CODE: 9",
				"=   CLEANING UP REMAINING PROCESSES",
				"=   YOU CAN IGNORE THE BELOW CLEANUP MESSAGES",
				"==================================================================================="),
		},
	},
	{
		name:   "cuda-compute-sanitizer-memcheck",
		gap:    "each report is cut after its first `=========` line (`========= Invalid __global__ read of size 4 bytes`, `========= Program hit cudaErrorLaunchFailure …`): the indented `=========     at …`/`Host Frame:` lines are not joined to it; `========= ERROR SUMMARY: 2 errors` is read as Error",
		source: "NVIDIA compute-sanitizer (CUDA 12.x) memcheck report on stdout: `========= COMPUTE-SANITIZER` once, each error a `========= Invalid __global__ read of size N bytes` line with `=========     at …`, `by thread (x,y,z) in block (x,y,z)`, `Access at 0x… is out of bounds`, `Saved host backtrace …`, `Host Frame:` lines, a bare `========= ` between reports, `Program hit cudaErrorX (error N) due to \"…\" on CUDA API call to f.`, then `========= ERROR SUMMARY: N errors`: NVIDIA/cccl issues #1898 and #1229, ORNL/HeCBench issue #112, NVIDIA/cudf issue #15258",
		why:    "no time, no level column; every line starts with the same `=========` run: a report is its first unindented line and the indented lines under it; the program's own line between reports is a record of its own",
		entries: []worldEntry{
			wskip("========= COMPUTE-SANITIZER"),
			we("", Unknown, "",
				"========= Invalid __global__ read of size 4 bytes",
				"=========     at stencil3d(const float *, float *, int, int, int)+0x2b0 in /home/rsato/lbm/src/stencil.cu:41",
				"=========     by thread (31,0,0) in block (127,3,0)",
				"=========     Access at 0x7f3a1e200400 is out of bounds",
				"=========     and is 1 bytes after the nearest allocation at 0x7f3a1e000000 of size 2097152 bytes",
				"=========     Saved host backtrace up to driver entry point at kernel launch time",
				"=========     Host Frame: [0x2f1a7c] in /usr/lib64/libcuda.so.1",
				"=========     Host Frame:main [0x9d14] in /home/rsato/lbm/build/lbm3d",
				"========= "),
			we("", Unknown, "",
				"========= Program hit cudaErrorLaunchFailure (error 719) due to \"unspecified launch failure\" on CUDA API call to cudaDeviceSynchronize.",
				"=========     Saved host backtrace up to driver entry point at error",
				"=========     Host Frame: [0x3512e1] in /usr/lib64/libcuda.so.1",
				"=========     Host Frame:cudaDeviceSynchronize [0x4c2a1] in /usr/local/cuda-12.8/lib64/libcudart.so.12",
				"========= "),
			we("", Unknown, "", "lbm3d: step 0 failed: unspecified launch failure"),
			we("", Unknown, "", "========= ERROR SUMMARY: 2 errors"),
		},
	},
	{
		name:   "prrte-output-tag-detailed",
		source: "Open MPI 5 mpirun (PRRTE) with `--output tag-detailed`: each line prefixed `[jobid,rank][hostname:pid]<stream>: ` (`tag` gives `[jobid,rank]<stream>:`): openpmix/prrte PR #1407 'Support a broader range of IO output formats'",
		why:    "the host and pid in the second bracket are the node the rank ran on and wrote from; the jobid,rank pair is no time; no level",
		entries: []worldEntry{
			we("", Unknown, "cn0412", "[28761,0][cn0412:48211]<stdout>: lbm3d 2.4.1 starting on 64 ranks, grid 512x512x256"),
			we("", Unknown, "cn0412", "[28761,0][cn0412:48211]<stdout>: step 100 mass 1.000000e+00 umax 4.12e-02"),
			we("", Unknown, "cn0413", "[28761,17][cn0413:51920]<stderr>: rank 17: halo buffer resized to 8388608 bytes"),
			we("", Unknown, "cn0414", "[28761,40][cn0414:33102]<stdout>: rank 40 checkpoint written to /scratch/rsato/ckpt/r40.h5"),
		},
	},
	{
		name:   "intel-mpi-debug-plus-prefix",
		source: "Intel MPI Library 2021 with I_MPI_DEBUG=+5 (the `+` adds `<rank>#<pid>@<hostname>` in the bracket: `[0#3520@node1] MPI startup(): msg`), the startup pin table printed by rank 0: Intel MPI Library Developer Guide 'Displaying MPI Debug Information' (2021.14)",
		why:    "the host follows the @ inside the rank bracket, after the pid; no time; no level; the node column of the pin table names a rank's node, written by rank 0 on its own host",
		entries: []worldEntry{
			we("", Unknown, "cn0412", "[0#48211@cn0412] MPI startup(): Intel(R) MPI Library, Version 2021.14  Build 20241121 (id: 3f1c2b9)"),
			we("", Unknown, "cn0412", "[0#48211@cn0412] MPI startup(): libfabric provider: mlx"),
			we("", Unknown, "cn0413", "[4#51920@cn0413] MPI startup(): shm segment size (1042 MB per rank) * (4 local ranks) = 4168 MB total"),
			we("", Unknown, "cn0412", "[0#48211@cn0412] MPI startup(): Rank    Pid      Node name  Pin cpu"),
			we("", Unknown, "cn0412", "[0#48211@cn0412] MPI startup(): 4       51920    cn0413     {0,1,2,3,4,5,6,7}"),
		},
	},
	{
		name:   "snakemake9-slurm-executor",
		source: "Snakemake 9 with snakemake-executor-plugin-slurm: a header (`host: name`, `Building DAG of jobs...`, `SLURM run ID: uuid`, `Using shell:`, `Provided remote nodes: N`, the `Job stats:` table), then blocks under a `[Www Mmm dd HH:MM:SS yyyy]` line: `rule x:` with indented keys and `Job N has been submitted with SLURM jobid J (log: …).`, `Finished jobid: N (Rule: x)`, `Error in rule x:` with `message: SLURM-job 'J' failed, SLURM status is: 'FAILED'…`: snakemake/snakemake-executor-plugin-slurm issue #157, harvardinformatics/snparcher issue #252; the finished and error wording from memory",
		why:    "a ctime alone on a line dates the block under it, indented or not, up to the next one; the `host:` header names the login node and is no record's host; SLURM's FAILED status is no level",
		entries: []worldEntry{
			wskip("host: login02", "Building DAG of jobs...", "SLURM run ID: 7d0c2f4e-91a3-4b8e-a2c1-5e6f7a8b9c0d", "Using shell: /usr/bin/bash", "Provided remote nodes: 50",
				"Job stats:", "job         count", "--------  -------", "align           2", "call            1", "all             1", "total           4", "",
				"Select jobs to execute...", "Execute 2 jobs...", ""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"[Sun Nov 29 07:41:16 2026]",
				"rule align:",
				"    input: reads/S1_R1.fastq.gz, reads/S1_R2.fastq.gz, ref/genome.fa",
				"    output: bam/S1.bam",
				"    jobid: 2",
				"    reason: Missing output files: bam/S1.bam",
				"    wildcards: sample=S1",
				"    threads: 16",
				"    resources: mem_mb=32000, disk_mb=1000, tmpdir=<TBD>, slurm_partition=cpu, runtime=120",
				"",
				"Job 2 has been submitted with SLURM jobid 884301 (log: /scratch/pjuric/wgs/.snakemake/slurm_logs/rule_align/S1/884301.log)."),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"[Sun Nov 29 07:52:40 2026]",
				"Finished jobid: 2 (Rule: align)",
				"1 of 4 steps (25%) done"),
			we("2026-11-29T07:55:03Z", Unknown, "",
				"[Sun Nov 29 07:55:03 2026]",
				"Error in rule align:",
				"    message: SLURM-job '884302' failed, SLURM status is: 'FAILED'. For further error details see the cluster/cloud log and the log files of the involved rule(s).",
				"    jobid: 3",
				"    input: reads/S2_R1.fastq.gz, reads/S2_R2.fastq.gz, ref/genome.fa",
				"    output: bam/S2.bam",
				"    log: logs/align/S2.log, /scratch/pjuric/wgs/.snakemake/slurm_logs/rule_align/S2/884302.log (check log file(s) for error details)",
				"    external_jobid: 884302",
				""),
		},
	},
	{
		name:   "srun-label-nccl-debug-info",
		source: "a Slurm batch job running a PyTorch/NCCL program under `srun --label` with NCCL_DEBUG=INFO: each line behind srun's `N: ` task number, NCCL's `host:pid:tid [cudaDev] NCCL INFO msg` and `… file.cc:line NCCL WARN msg`, then srun's `srun: error: node: task N: Exited with exit code 1`: NVIDIA NCCL documentation 'Environment Variables' (NCCL_DEBUG); srun(1) --label; the combination from memory",
		why:    "the task number before the colon is no host, the host opens NCCL's prefix after it; the level follows the word NCCL; srun's own error line keeps its level and names a node that did not write it",
		entries: []worldEntry{
			we("", Info, "gpu017", "0: gpu017:48211:48211 [0] NCCL INFO Bootstrap: Using ib0:10.12.4.17<0>"),
			we("", Info, "gpu017", "0: gpu017:48211:48211 [0] NCCL INFO NCCL version 2.26.2+cuda12.8"),
			we("", Info, "gpu018", "4: gpu018:51920:52011 [0] NCCL INFO Channel 00/0 : 3[3] -> 4[0] [receive] via NET/IB/0"),
			we("", Warn, "gpu018", "5: gpu018:51921:52040 [1] transport/net_ib.cc:1641 NCCL WARN NET/IB: Got completion from peer 10.12.4.17<40211> with status=12 opcode=0 len=0 vendor err 129 (Recv) hca mlx5_0"),
			we("", Error, "", "srun: error: gpu018: task 5: Exited with exit code 1"),
		},
	},
	{
		name:   "openfoam-parallel-rank-prefixed-error",
		gap:    "the `[3] `-prefixed `--> FOAM FATAL ERROR` block is cut into single lines (the record starts at the bare `[3] ` line and gets no level, want Critical), and the `[5] --> FOAM Warning : ` block is cut after its first line and gets no level (want Warn)",
		source: "OpenFOAM v2406 solver run in parallel (`mpirun -np 8 rhoPimpleFoam -parallel`): the master's lines bare, another rank's error block with every line prefixed `[n] ` (`[3] --> FOAM FATAL ERROR: (openfoam-2406)`, the message, `From …`, `in file … at line N.`, `FOAM parallel run exiting`), a rank's `[5] --> FOAM Warning :` block: from memory of OpenFOAM parallel output (the serial blocks as in fresh96's openfoam-solver-log)",
		why:    "the `[n] ` rank prefix is no host and no time; the rank-prefixed lines of one block are one record; FATAL ERROR is Critical and Warning is Warn; simulated `Time =` is no time",
		entries: []worldEntry{
			we("", Unknown, "", "Time = 0.0375", ""),
			we("", Unknown, "", "PIMPLE: iteration 1"),
			we("", Critical, "",
				"[3] ",
				"[3] ",
				"[3] --> FOAM FATAL ERROR: (openfoam-2406)",
				"[3] Maximum number of iterations exceeded: 100 when starting from T0:912.4 old T:4.1e+04 new T:5.3e+04 f:-2.2e+05 p:101325 tol:0.0912",
				"[3] ",
				"[3]     From Foam::scalar Foam::species::thermo<Thermo, Type>::T(...) const",
				"[3]     in file /opt/OpenFOAM-v2406/src/thermophysicalModels/specie/lnInclude/thermoI.H at line 73.",
				"[3] ",
				"FOAM parallel run exiting",
				"[3] "),
			we("", Warn, "",
				"[5] --> FOAM Warning : ",
				"[5]     From void Foam::solution::read(const dictionary&)",
				"[5]     in file matrices/solution/solution.C at line 270.",
				"[5]     Relaxation factor for T not found, using 1"),
		},
	},
	{
		name:   "nextflow-log-run-history",
		source: "`nextflow log` with no arguments (Nextflow 24/25): the run history table, tab-separated with padded columns TIMESTAMP, DURATION, RUN NAME, STATUS (OK, ERR, or `-` while running), REVISION ID, SESSION ID, COMMAND: Nextflow documentation 'CLI reference: log'; the padding from memory",
		why:    "a local date and time at the start of a row (no zone: UTC); durations like `8m 12s` are no clocks; ERR is a run status column, not a level",
		entries: []worldEntry{
			wskip("TIMESTAMP          \tDURATION\tRUN NAME          \tSTATUS\tREVISION ID\tSESSION ID                          \tCOMMAND"),
			we("2026-11-28T16:20:05Z", Unknown, "", "2026-11-28 16:20:05\t8m 12s  \tboring_turing     \tOK    \tb6a1f2c0d3 \t3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11\tnextflow run nf-core/rnaseq -r 3.18.0 -profile test,singularity"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\t1h 2m 9s\tfestering_hopper  \tERR   \tb6a1f2c0d3 \t8d2c4f1a-7e9b-41ef-9a3c-525400aa0412\tnextflow run nf-core/rnaseq -r 3.18.0 -profile slurm,singularity -params-file run41.yaml"),
			we("2026-11-29T09:03:44Z", Unknown, "", "2026-11-29 09:03:44\t-       \tcranky_lovelace   \t-     \tb6a1f2c0d3 \t8d2c4f1a-7e9b-41ef-9a3c-525400aa0412\tnextflow run nf-core/rnaseq -r 3.18.0 -profile slurm,singularity -params-file run41.yaml -resume"),
		},
	},
}

func TestFresh241Formats(t *testing.T) { assertTable(t, fresh241Cases) }
func TestFresh241Score(t *testing.T) {
	checkScore(t, "fresh241 formats", fresh241Cases, [worldNumFields]float64{81.2, 83.5, 88.7, 71.1})
}
