package parse

import "testing"

// The five-hundred-and-twenty-sixth fresh table: HPC stacks' and supercomputers' logs, another
// pass, the runtimes, I/O libraries, grid workload managers and node daemons under a cluster's jobs
// whose shapes no earlier table holds (the schedulers, parallel file systems, fabric managers, MPI
// launchers, node health checkers and console logs themselves are measured many times over). Each
// family is one product's documented or observed output: the LLVM/Intel OpenMP runtime's `OMP: Info
// #n:` messages on a job's stderr, an `OMP: Hint` line under an Error; Legion's Realm logger
// (`[node - thread] seconds {level}{category}: msg`, the level a digit); the HDF5 library's
// `HDF5-DIAG` error stack of an MPI job; DIRAC's agent log (an ISO time with a comma and six
// fraction digits); DMTCP's jalib notes and assertions (`[vpid] LEVEL at file:line in func;
// REASON='…'` with the values and a Message under them); Gfarm's gfmd and gfsd through syslog (the
// `<priority>` word and `[msgno]` the daemon writes); the CUDA MPS control daemon's control.log;
// ADIOS2's helper log (`[ctime] [ADIOS2 LEVEL] <Component> <Source> <Activity> : msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `slurm`, `slurmctld`, `slurmd`, `slurmdbd`, `slurmrestd`, `sbatch`,
// `srun`, `salloc`, `sinfo`, `scontrol`, `sacct`, `sreport`, `jobcomp`, `pbs_server`, `pbs_mom`,
// `pbs_comm`, `pbs_sched`, `pbs_`, `PBS Pro`, `openpbs`, `pbs accounting`, `;E;`, `sched_logs`,
// `server_logs`, `mom_logs`, `pbs_ralter`, `qsub`, `torque`, `lsf`, `mbatchd`, `sbatchd`, `lim`,
// `res `, `elim`, `melim`, `bsub`, `bhist`, `lsb.acct`, `Submitted from host`, `openlava`, `grid
// engine`, `sge_qmaster`, `qmaster`, `sge_execd`, `execd`, `shepherd`, `htcondor`, `condor`,
// `condor_starter`, `starter`, `SchedLog`, `StartLog`, `flux-core`, `flux `, `flux-broker`,
// `broker`, `moab`, `maui`, `cobalt`, `OAR`, `volcano`, `vovserver`, `gridway`, `merlin`,
// `maestro`, `HPC Pack`, `hpcscheduler`, `HpcNodeManager`, `dirac`, `Framework/`, `VOMS2CSAgent`,
// `Agent version`, `Agent NOTICE`, `Z Framework`, `,535408Z`, `Polling time`, `panda`, `pilot3`,
// `pilot.control`, `glidein`, `harvester`, `lustre`, `LustreError`, `LNet`, `lnetctl`,
// `lnet_selftest`, `lhsmtool`, `lustre_rsync`, `robinhood`, `gpfs`, `mmfs`, `mmhealth`, `spectrum
// scale`, `beegfs`, `orangefs`, `pvfs`, `daos`, `weka`, `quobyte`, `ceph`, `glusterfs`, `panasas`,
// `xtreemfs`, `gfarm`, `gfmd`, `gfsd`, `gflog`, `<info> [`, `<err> [`, `stornext`, `cvfs`, `hpss`,
// `ltfs`, `datawarp`, `dwsd`, `zfs`, `zed`, `zpool`, `ocfs`, `cvmfs`, `xrootd`, `dcache`, `fts3`,
// `a-rex`, `arched`, `rucio`, `gridftp`, `globus`, `nfs-ganesha`, `autofs`, `opensm`, `opensm.log`,
// `osm_`, `sm_`, `ufm`, `ibdiagnet`, `ibstat`, `iblinkinfo`, `ibnetdiscover`, `smpquery`,
// `perfquery`, `ibacm`, `infiniband`, `mlx5`, `rdma`, `srp`, `ib_srp`, `iser`, `omnipath`,
// `omni-path`, `opa-fm`, `opafm`, `opa fm`, `fm0_sm`, `hfi1`, `sharp`, `sharp_am`, `sharpd`, `cxi`,
// `slingshot`, `fabric manager`, `fabricmanager`, `nv-fabricmanager`, `nvlink`, `ucx`, `libfabric`,
// `psm2`, `openmpi`, `open mpi`, `ompi`, `ompi_info`, `ORTE`, `orted`, `prterun`, `mpirun`,
// `mpiexec`, `pmi_proxy`, `mpich`, `MPICH ERROR`, `MPICH Notice`, `MPICH WARNING`,
// `MPICH_ENV_DISPLAY`, `PE 0:`, `[job id`, `cray mpich`, `Fatal error in PMPI`, `error stack:`,
// `hydra`, `intel mpi`, `I_MPI`, `mvapich`, `pmix`, `gasnet`, `upcxx`, `openshmem`, `oshrun`,
// `sos`, `charm++`, `chpl`, `hpx`, `legion`, `realm`, `{4}{`, `{2}{`, `}{runtime}`, `mpi4py`,
// `mpiP`, `ipm`, `nccl`, `horovod`, `deepspeed`, `hwloc`, `OMP:`, `OMP: Info`, `OMP: Warning`,
// `OMP: Error`, `KMP_AFFINITY`, `KMP_`, `libiomp`, `libomp`, `dmtcp`, `dmtcp_launch`, `jassert`,
// `NOTE at`, `REASON=`, `REASON='JASSERT`, `Terminating...`, `SCR v`, `scr_`, `spindle`, `atp`,
// `Stack walkback`, `HDF5`, `HDF5-DIAG`, `H5F.c`, `major: `, `adios`, `ADIOS2`, `[ADIOS2`, `PETSC
// ERROR`, `PetscInitialize`, `namd`, `lammps`, `log.lammps`, `gromacs`, `darshan`, `ior`,
// `score-p`, `scorep`, `likwid`, `geopm`, `powerapi`, `munge`, `nhc`, `node health`,
// `xtcheckhealth`, `clck`, `cluster checker`, `stress-ng`, `stress-ng: info`, `conman`,
// `conserver`, `ipmiconsole`, `SOL Session`, `console-node`, `rshim`, `ipmi`, `ipmitool`,
// `ipmiseld`, `sel `, `redfish`, `rasdaemon`, `mcelog`, `EDAC`, `kdump`, `xcat`, `warewulf`,
// `cray`, `alps`, `PALS`, `cmdaemon`, `bright`, `hpcm`, `stacki`, `rocks`, `perceus`, `confluent`,
// `openhpc`, `ohpc`, `bcfg2`, `powerman`, `powermand`, `pdsh`, `clush`, `ganglia`, `gmond`, `ldms`,
// `ldmsd`, `xdmod`, `lldp`, `dcgm`, `dcgmi`, `nv-hostengine`, `nvidia-smi`, `nvsm`, `nvidia-bug`,
// `xid`, `NVRM`, `cuda-mps`, `mps-control`, `MPS server`, `Starting control daemon`, `Control 1`,
// `nvidia-mps`, `CUDA MPS`, `apptainer`, `singularity`, `sarus`, `shifter`, `charliecloud`,
// `ch-run`, `enroot`, `pyxis`, `spack`, `easybuild`, `lmod`, `xalt`, `reframe`, `nextflow`,
// `snakemake`, `parsl`, `ondemand`, `passenger`, `clustermgtd`, `parallelcluster`, `slurm_plugin`,
// `slurm-gcp`, `slurmsync`, `resume.py`, `cyclecloud`, `jetpack`, `RAS KERNEL`, `thunderbird`,
// `liberty`, `spirit`, `psid`, `parastation`, `nqsv`, `SIGTERM`. None of the OpenMP runtime's
// messages, Realm's logger, HDF5's error stack, DIRAC, DMTCP, Gfarm, CUDA MPS or ADIOS2 is in any
// table (`OMP:` matches only `decomp:` in a MapReduce line; `HDF5` only a Spack line naming the
// package; `legion` only a GASNet case naming Legion as a client; `realm` other products' Kerberos
// and RADIUS realms; `major: ` other products' words; `REASON=` other products' fields; `<info> [`
// other products' bracketed levels; `[job id` Cray MPICH's abort prefix, measured). Left out as
// measured already: Slurm, PBS/Torque, LSF, Grid Engine, HTCondor, Flux, Moab/Maui, Cobalt, OAR and
// the cloud schedulers' plugins (ParallelCluster, slurm-gcp); Lustre, GPFS, BeeGFS, DAOS, OrangeFS,
// XtreemFS, StorNext, CVMFS, XRootD, dCache, FTS3 and Rucio; OpenSM, UFM, the OPA FM, SHARP,
// Slingshot and NVIDIA's fabric manager; Open MPI, MPICH/Hydra, Cray MPICH, Intel MPI, MVAPICH2,
// UCX, libfabric, PMIx, GASNet, Charm++, NCCL and Horovod; NHC, stress-ng burn-in, DCGM,
// nvidia-smi, IPMI, mcelog, rasdaemon and EDAC; conman, conserver and cray-console-node; Apptainer,
// Sarus, Charliecloud, enroot, Spack, EasyBuild, Lmod, ReFrame, Nextflow, Snakemake, Parsl, LDMS,
// XDMoD, GEOPM and Darshan. Left out as not confirmed by any search: Microsoft HPC Pack's scheduler
// trace, PanDA's pilot log (only a test fixture and the banner code were found), SCR's debug lines.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The OpenMP runtime's messages, Realm's lines, HDF5's stacks and DMTCP's
// notes carry no wall time at all (Realm's number is seconds since start, DMTCP's bracket a virtual
// pid): their time is none. DIRAC's stamp ends in Z. Gfarm's lines carry the BSD syslog time,
// without a year (2026). The MPS log's stamp and ADIOS2's ctime stamp have no zone and are taken as
// UTC. Levels only where the line marks one: the word after `OMP:` (Info, Warning, Error); Realm's
// digit in braces (1 debug, 2 info, 4 warning, 5 error, 6 fatal, which is Critical); HDF5's fixed
// `Error detected` header; DIRAC's NOTICE, INFO, WARN, ERROR; DMTCP's TRACE, NOTE (Notice),
// WARNING, ERROR; Gfarm's `<info>`, `<notice>`, `<warning>`, `<err>`; ADIOS2's INFO, WARNING, ERROR
// and EXCEPTION (an error). The MPS log carries none. The host is the record's host field: only the
// syslog header of Gfarm's lines; Realm's node number, HDF5's MPI-process, DMTCP's pid, DIRAC's
// component path, Gfarm's `(user@client)` and the gfsd a gfmd line names, and the MPS user and
// client ids are no hosts. A record that spans lines is one entry: the OpenMP Error with its Hint,
// each HDF5-DIAG stack with its frames and major/minor lines, a DMTCP record with its indented
// values, its `Message:` line and an ERROR's `Terminating...` line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; no family rests on
// memory. Hosts, ids, addresses, users, paths and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 59.4 %, time 100.0 %,
// host 100.0 %, records 91.2 %. That is the macro figure (micro: level 62.2 %, time 100.0 %, host
// 100.0 %, records 91.9 %), in a worktree at deac384 with no change to trawl's code (only this file
// and table_test.go's list), 3 of 8 families fully right (DIRAC, Gfarm, CUDA MPS); the gaps are the
// OpenMP runtime's level word after `OMP:` and its Hint line split off the Error, Realm's level
// digit in braces, HDF5's `Error detected` header as a level, DMTCP's Message and Terminating lines
// split off the record above them, and ADIOS2's EXCEPTION, which trawl does not read as an error.

var fresh526Cases = []worldCase{
	{
		name:   "openmp-runtime-omp-messages",
		gap:    "the `OMP: Hint …` line is made a record of its own instead of joining the Error above it (the level words after `OMP:` are read)",
		source: "the LLVM/Intel OpenMP runtime (libomp, libiomp5) on a job's stderr (`OMP: Info #n: …`, `OMP: Warning #n: …`, `OMP: Error #n: …`, an `OMP: Hint …` line printed with the error as one message): getspams/spams-python issue #7, ESCOMP/CAM issue #1079, lanl/SNAP issue #18, icl-utk-edu/slate issue #224; the `Error #15` and its `OMP: Hint` line in several projects' troubleshooting notes found with find_string",
		why:    "no time at all; the level word after `OMP:` (Info, Warning, Error); the `#n` is a message number; the pid and tid of KMP_AFFINITY's report are no host; the Hint line belongs to the Error above it",
		entries: []worldEntry{
			we("", Info, "", "OMP: Info #276: omp_set_nested routine deprecated, please use omp_set_max_active_levels instead."),
			we("", Info, "", "OMP: Info #255: KMP_AFFINITY: pid 48213 tid 48213 thread 0 bound to OS proc set 0"),
			we("", Info, "", "OMP: Info #255: KMP_AFFINITY: pid 48213 tid 48227 thread 1 bound to OS proc set 1"),
			we("", Warn, "", "OMP: Warning #190: Forking a process while a parallel region is active is potentially unsafe."),
			we("", Error, "",
				"OMP: Error #15: Initializing libiomp5.so, but found libomp.so.5 already initialized.",
				"OMP: Hint This means that multiple copies of the OpenMP runtime have been linked into the program; link only one of them."),
		},
	},
	{
		name:   "legion-realm-logger",
		gap:    "the level digit in braces before the category (`{2}{threads}`, `{4}{…}`, `{5}{…}`) is not read",
		source: "Legion's Realm logger on stdout with no -logfile (`[node - thread]  seconds {level}{category}: msg`, the level a digit: 0 spew, 1 debug, 2 info, 3 print, 4 warning, 5 error, 6 fatal): StanfordLegion/legion issue #1718 (a pasted `{4}{threads}` line), issues #1110 and #1327; the level order from Realm's logging unit test (LEVEL_SPEW, LEVEL_DEBUG, LEVEL_INFO, LEVEL_PRINT) found with find_string",
		why:    "the number after the bracket is seconds since start, no wall time; the level is a digit in braces before the category; the node number before the thread id is a rank, no host",
		entries: []worldEntry{
			we("", Info, "", "[0 - 7f3e2c1ff740]    0.000412 {2}{threads}: creating 4 kernel threads for CPU proc 1d00000000000001"),
			we("", Warn, "", "[0 - 7f3e2c1ff740]    0.052917 {4}{threads}: reservation ('utility proc 1d00000000000004') cannot be satisfied"),
			we("", Debug, "", "[1 - 7f0a95ffb000]    3.418266 {1}{dma}: copy request 0x7f0a8c01e2d0 queued on channel 3 (bytes=16777216)"),
			we("", Error, "", "[1 - 7f0a95ffb000]   18.770031 {5}{runtime}: [error 482] LEGION ERROR: Unable to find entry for region tree ID 12 (from file /opt/legion/runtime/legion/region_tree.cc:4605)"),
			we("", Critical, "", "[3 - 7fb1d3fff000]   22.004518 {6}{gpu}: CUDA error reported on GPU 0: out of memory (CUDA_ERROR_OUT_OF_MEMORY)"),
		},
	},
	{
		name:   "hdf5-diag-error-stack",
		source: "the HDF5 library's error stack on stderr of an MPI job (`HDF5-DIAG: Error detected in HDF5 (x.y.z) MPI-process N:` or `thread 0:`, then `  #000: file line n in func(): msg` with `    major: …` and `    minor: …` under each frame): UKFELs/Puffin issues #45 and #47, HDFGroup/hdf5 issue #4601, GEOS-DEV/GEOS issues #1427 and #2716, ornladios/ADIOS2 issue #1239",
		why:    "no time; `Error detected` is the stack's fixed header, its level; every `#00n` frame and its major/minor lines belong to the stack above them; `MPI-process 3` is a rank, no host",
		entries: []worldEntry{
			we("", Error, "",
				"HDF5-DIAG: Error detected in HDF5 (1.14.5) MPI-process 3:",
				"  #000: H5F.c line 836 in H5Fopen(): unable to synchronously open file",
				"    major: File accessibility",
				"    minor: Unable to open file",
				"  #001: H5F.c line 796 in H5F__open_api_common(): unable to open file",
				"    major: File accessibility",
				"    minor: Unable to open file",
				"  #002: H5FDsec2.c line 353 in H5FD__sec2_open(): unable to open file: name = '/lustre/scratch/pk71/run9/chk_0040.h5', errno = 2, error message = 'No such file or directory', flags = 0, o_flags = 0",
				"    major: File accessibility",
				"    minor: Unable to open file"),
			we("", Error, "",
				"HDF5-DIAG: Error detected in HDF5 (1.14.5) MPI-process 5:",
				"  #000: H5D.c line 403 in H5Dopen2(): unable to synchronously open dataset",
				"    major: Dataset",
				"    minor: Can't open object",
				"  #001: H5VLint.c line 1741 in H5VL_vol_object(): invalid identifier type to function",
				"    major: Invalid arguments to routine",
				"    minor: Inappropriate type"),
			we("", Error, "",
				"HDF5-DIAG: Error detected in HDF5 (1.14.5) thread 0:",
				"  #000: H5S.c line 489 in H5Sclose(): not a dataspace",
				"    major: Invalid arguments to routine",
				"    minor: Inappropriate type"),
		},
	},
	{
		name:   "dirac-agent-log",
		source: "DIRAC 9's agent and service log (`yyyy-MM-ddTHH:mm:ss,ffffffZ System/Component/System/Component LEVEL: msg`, levels DEBUG VERBOSE INFO WARN NOTICE ERROR ALWAYS FATAL): DIRACGrid/DIRAC issue #8375 (a pasted VOMS2CSAgent start-up)",
		why:    "an ISO time with a comma before six fraction digits and a Z; the doubled system/component path is a logger name, no host; the level word before the colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204517Z", Notice, "", "2026-11-29T07:41:16,204517Z WorkloadManagement/StalledJobAgent/WorkloadManagement/StalledJobAgent NOTICE: Loaded agent module WorkloadManagement/StalledJobAgent"),
			we("2026-11-29T07:41:16.204630Z", Notice, "", "2026-11-29T07:41:16,204630Z WorkloadManagement/StalledJobAgent/WorkloadManagement/StalledJobAgent NOTICE:  Polling time: 1.0 hours"),
			we("2026-11-29T07:41:18.771904Z", Info, "", "2026-11-29T07:41:18,771904Z WorkloadManagement/StalledJobAgent/WorkloadManagement/StalledJobAgent INFO: 14 Running jobs have sent no heartbeat for 2.0 hours"),
			we("2026-11-29T07:41:19.030118Z", Warn, "", "2026-11-29T07:41:19,030118Z WorkloadManagement/StalledJobAgent/WorkloadManagement/StalledJobAgent WARN: Could not kill job 88127345: Job not found at site LCG.Kestrel.uk"),
			we("2026-11-29T07:41:22.415006Z", Error, "", "2026-11-29T07:41:22,415006Z Accounting/DataStore/Accounting/DataStore ERROR: Failed to commit 312 records: (2013, 'Lost connection to MySQL server during query')"),
		},
	},
	{
		name:   "dmtcp-jassert",
		gap:    "the `Message: …` line and the `prog (vpid): Terminating...` line under a WARNING or ERROR are made records of their own instead of joining the record above them",
		source: "DMTCP's jalib assertions and notes on stderr of dmtcp_launch, dmtcp_restart and the checkpointed job (`[vpid] LEVEL at file.cpp:line in func; REASON='…'`, then `     name = value` lines, a `Message: …` line, and for an ERROR `prog (vpid): Terminating...`): dmtcp/dmtcp issues #733, #854, #239, #210 and #672",
		why:    "no time; the level word after the bracketed virtual pid (TRACE, NOTE, WARNING, ERROR); the indented values, the Message line and the Terminating line belong to the record above them",
		entries: []worldEntry{
			we("", Trace, "",
				"[41000] TRACE at dmtcp_restart.cpp:902 in main; REASON='Restoring ckpt image'",
				"     path = /scratch/hk42/ckpt/ckpt_wrf.exe_5c1e09a2b7d44f10-41000-6a3b2f11.dmtcp"),
			we("", Notice, "",
				"[41000] NOTE at socketconnection.cpp:1012 in postRestart; REASON='Recreating listen socket'",
				"     fd = 7",
				"     port = 7779"),
			we("", Warn, "",
				"[41000] WARNING at fileconnection.cpp:256 in refill; REASON='JWARNING(false) failed'",
				"     _path = /scratch/hk42/run17/wrfout_d01.nc",
				"Message: file was modified after the checkpoint was taken"),
			we("", Error, "",
				"[42000] ERROR at coordinatorapi.cpp:531 in sendRecvHandshake; REASON='JASSERT(msg.type == DMT_ACCEPT) failed'",
				"Message: the coordinator on port 7779 refused the restart: a computation is already running",
				"dmtcp_restart (42000): Terminating..."),
		},
	},
	{
		name:   "gfarm-gfmd-gfsd-syslog",
		source: "Gfarm's metadata server gfmd and file server gfsd through syslog (local0 by default) in /var/log/messages (`Mmm dd HH:mm:ss host gfmd[pid]: <priority> [msgno] msg`, the priority word in angle brackets and a six-or-more-digit message number; a `(user@client)` auxiliary field on gfsd's lines): gfarm's lib/libgfarm/gfutil/logutil.c (gflog_out's `<%s> %s%s`, gflog_vmessage_out's `[%06d] ` and `(%s) `) and gflog.h, found with the code search and find_string",
		why:    "a BSD syslog time and host; the level is the `<info>`/`<warning>`/`<err>` word the daemon writes into its own message; the client in `(alice@10.20.3.14)` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gfmd01", "Nov 29 07:41:16 gfmd01 gfmd[2817]: <info> [1000198] gfmd: started (version 2.8.6)"),
			we("2026-11-29T07:41:17Z", Notice, "gfmd01", "Nov 29 07:41:17 gfmd01 gfmd[2817]: <notice> [1002420] gfsd fsn07.hpc.example: back channel connected"),
			we("2026-11-29T07:42:03Z", Warn, "fsn07", "Nov 29 07:42:03 fsn07 gfsd[4410]: <warning> [1000451] (alice@10.20.3.14) replica of inode 88213 gen 2 has a bad checksum, invalidated"),
			we("2026-11-29T07:42:40Z", Error, "fsn07", "Nov 29 07:42:40 fsn07 gfsd[4410]: <err> [1002377] (bob@10.20.3.22) write to /data/gfarm/data/0001/5862/00/00/00/0000000000015862-0000000000000003: No space left on device"),
			we("2026-11-29T07:43:12Z", Info, "gfmd01", "Nov 29 07:43:12 gfmd01 gfmd[2817]: <info> [1003675] replication of inode 88213 to fsn09.hpc.example: done"),
		},
	},
	{
		name:   "cuda-mps-control-log",
		source: "NVIDIA CUDA MPS control daemon's control.log and server.log (CUDA_MPS_LOG_DIRECTORY, /var/log/nvidia-mps by default: `[yyyy-MM-dd HH:mm:ss.fff Control pid] msg`, `Other` and `Server` for the server's lines, the pid padded on some builds): NVIDIA/k8s-device-plugin issues #1614 and #762, kubernetes-sigs/dra-driver-nvidia-gpu PR #1153",
		why:    "a zone-less date and time with milliseconds inside a bracket together with the process role and pid; no level; the user and client ids are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 07:41:16.204 Control 48112] Starting control daemon using socket /var/run/nvidia-mps/control"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2026-11-29 07:41:16.205 Control 48112] CUDA MPS Control binary version: 12080"),
			we("2026-11-29T07:43:02.715Z", Unknown, "", "[2026-11-29 07:43:02.715 Control 48112] NEW CLIENT 52210 from user 10412: Server is not ready, push client to pending list"),
			we("2026-11-29T07:43:02.716Z", Unknown, "", "[2026-11-29 07:43:02.716 Control 52214] Starting new server 52214 for user 10412"),
			we("2026-11-29T07:43:02.790Z", Unknown, "", "[2026-11-29 07:43:02.790 Other   52214] Startup"),
			we("2026-11-29T07:58:44.031Z", Unknown, "", "[2026-11-29 07:58:44.031 Control 48112] Server 52214 exited with status 0"),
		},
	},
	{
		name:   "adios2-helper-log",
		gap:    "`[ADIOS2 EXCEPTION]` is not read as an error level (INFO, WARNING and ERROR are)",
		source: "ADIOS2's helper::Log on stdout and stderr of a simulation (`[ctime] [ADIOS2 LEVEL] <Component> <Source> <Activity> : msg`, levels INFO WARNING ERROR EXCEPTION): ornladios/ADIOS2's source/adios2/helper/adiosLog.cpp (found with find_string), ornladios/ADIOS2 issue #3210, Parallel-NetCDF/E3SM-IO PR #167 (pasted lines)",
		why:    "a ctime stamp with a weekday and the year last, no zone (read as UTC); the level word after `ADIOS2` inside a bracket (EXCEPTION is an error); the angle-bracketed component, source and activity are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Sun Nov 29 07:41:16 2026] [ADIOS2 INFO] <Engine> <BP5Writer> <Open> : opened /lustre/scratch/wx21/run042/diag.bp with 8 aggregators"),
			we("2026-11-29T07:41:17Z", Warn, "", "[Sun Nov 29 07:41:17 2026] [ADIOS2 WARNING] <Toolkit> <transport::file::FilePOSIX> <Write> : short write of 134217728 of 268435456 bytes, retrying"),
			we("2026-11-29T07:41:19Z", Error, "", "[Sun Nov 29 07:41:19 2026] [ADIOS2 ERROR] <Engine> <BP5Writer> <EndStep> : aggregator 3 failed to flush step 17"),
			we("2026-11-29T07:43:02Z", Error, "", "[Sun Nov 29 07:43:02 2026] [ADIOS2 EXCEPTION] <Core> <VariableBase> <SetSelection> : selection is out of bounds for variable temperature"),
		},
	},
}

func TestFresh526Formats(t *testing.T) { assertTable(t, fresh526Cases) }
func TestFresh526Score(t *testing.T) {
	checkScore(t, "fresh526 formats", fresh526Cases, [worldNumFields]float64{84.3, 99.9, 99.9, 91.1})
}
