package parse

import "testing"

// The seven-hundred-and-fiftieth fresh table: HPC and supercomputer logs as people attach them to
// tickets, shapes no earlier table holds. Each family is one product's documented or observed
// output: gpu-burn run as a GPU node health check (progress lines, each with a `Summary at:` date(1)
// stamp under it, and the `Tested N GPUs:` block); AMD's ROCm Data Center daemon rdcd in the
// foreground (`LEVEL File.cc(line): msg`, no time) and in the journal; JupyterHub's batchspawner on a
// Slurm head node, in the journal (tornado's `[L date time JupyterHub batchspawner:line]` inside a
// journal line) and the notebook job's slurm-<jobid>.out (SingleUserNotebookApp lines and
// slurmstepd's CANCELLED line); siderolabs' nvidia-fabricmanager-wrapper (Go's log package); Graphcore
// Poplar's log (from memory); IBM jsrun's error lines (from memory).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first, and a hit counted only where a case's lines or source hold it, not a
// header's grep list (`slurm`, `slurmctld`, `slurmd`, `slurmdbd`, `_slurm_rpc`, `pbs_server`,
// `pbs_mom`, `PBS Pro`, `openpbs`, `Req;`, `Job;`, `lsf`, `lim.log`, `sbatchd`, `mbatchd`, `lustre`,
// `LustreError`, `LNet`, `opensm`, `osm_`, `SUBNET UP`, `infiniband`, `ibacm`, `mpirun`, `openmpi`,
// `open mpi`, `prterun`, `mpich`, `hydra`, `intel mpi`, `dcgm`, `nv-hostengine`, `nvidia-smi`, `Xid`,
// `nhc`, `node health`, `RAS KERNEL`, `bluegene`, `cobalt`, `torque`, `maui`, `moab`, `htcondor`,
// `condor`, `SchedLog`, `StartLog`, `munge`, `flux`, `pmix`, `ucx`, `UCX  ERROR`, `nccl`, `NCCL INFO`,
// `gpfs`, `mmfs`, `beegfs`, `warewulf`, `xcat`, `pdsh`, `sge`, `gridengine`, `ipmi`, `sel`, `lmod`,
// `spack`, `apptainer`, `singularity`, `fabricmanager`, `fabric manager`, `nvsm`, `xpum`, `xpu-smi`,
// `rocm`, `rdcd`, `rvs`, `ufm`, `ibdiagnet`, `libfabric`, `FI_LOG`, `MPICH ERROR`, `mvapich`,
// `MPI startup`, `easybuild`, `nextflow`, `snakemake`, `reframe`, `ldms`, `ovis`, `ganglia`, `gmond`,
// `cvmfs`, `xrootd`, `gridftp`, `robinhood`, `lhsmtool`, `daos`, `sharp_am`, `opafm`, `omni-path`,
// `conman`, `powerman`, `rasdaemon`, `mcelog`, `datawarp`, `slingshot`, `cxi`, `parastation`,
// `psid`, `oar`, `clck`, `HPCC`, `openlava`, `Liberty`, `spirit`, `Thunderbird`, `dcache`, `a-rex`,
// `nordugrid`, `pegasus`, `cromwell`, `persistenced`, `ipoib`, `nvlink`, `gpu-burn`, `hpl`,
// `slurmrestd`, `sackd`, `pbs_comm`, `lctl dk`, `Lustre: `, `mmfs.log`, `cmdaemon`, `bright`,
// `scorep`, `score-p`, `darshan`, `xalt`, `pbs_hook`, `pbs_sched`, `lfs changelog`, `csmd`,
// `lsb.events`, `JOB_NEW`, `apsys`, `alps`, `hwerr`, `xtconsole`, `hmcollector`, `flowtracer`,
// `panfs`, `weka`, `ondemand`, `batchspawner`, `enroot`, `pyxis`, `charliecloud`, `shifter`, `sarus`,
// `geopm`, `likwid`, `mdtest`, `IOR-`, `hpcg`, `gromacs`, `lammps`, `namd`, `rsl.error`, `wrf`,
// `espresso`, `vasp`, `cp2k`, `rdma_cm`, `sbcast`, `sacct`, `scontrol`, `sinfo`, `squeue`, `qstat`,
// `bjobs`, `bhist`, `tracejob`, `pbsnodes`, `sstat`, `sreport`, `lsload`, `clush`, `nodeattr`,
// `genders`, `mpiexec`, `srun: error`, `slurmstepd`, `ibstat`, `ibnetdiscover`, `perfquery`,
// `iblinkinfo`, `ibqueryerrors`, `oneapi`, `level zero`, `hl-smi`, `hlml`, `habana`, `gaudi`,
// `tenstorrent`, `cerebras`, `graphcore`, `poplar`, `sambanova`, `tofu`, `fugaku`, `rocprof`,
// `omnitrace`, `amd-smi`, `rccl`, `HSA_`, `parsl`, `dask-jobqueue`, `radical`, `balsam`,
// `globus compute`, `funcx`, `fireworks`, `dafilesrv`, `hqueue`, `lsfadmin`, `lsb.acct`, `res.log`,
// `pim.log`, `sminfo`, `mlxconfig`, `mlnx`, `ofed`, `hcoll`, `psm2`, `hfi1`, `opa-`, `ibtracert`,
// `distributed.worker`, `distributed.nanny`, `dask`, `rdci`, `RdcMetric`, `Summary at:`, `proc'd`,
// `gpu_burn`, `Gflop/s`, `fabricmanager-wrapper`, `jsrun`, `MPT ERROR`, `sgi mpt`, `HPE MPT`, `msmpi`,
// `gasnet`, `charm++`, `converse`, `legion`, `hpx`, `SingleUserNotebookApp`, `jupyterhub`,
// `spectrum mpi`, `openshmem`, `upc++`, `Abort(`, `MPI_ABORT`, `mpi4py`). The theme's main products
// are all measured already and left out: Slurm's daemons, PBS Pro and Torque, LSF, Lustre and LNet,
// OpenSM and the InfiniBand tools, Open MPI, MPICH, Hydra, Intel MPI, MVAPICH, HPE MPT, UCX, NCCL,
// DCGM, nvidia-smi and Xid, NHC, BlueGene's RAS log, Cobalt, HTCondor, GPFS, BeeGFS, DAOS, rasdaemon,
// mcelog, the NVIDIA fabric manager daemon itself, Dask's workers (`distributed.worker`). None of
// gpu-burn, rdcd, batchspawner, the wrapper, Poplar or jsrun is in any table's cases (`batchspawner`,
// `gpu-burn`, `jsrun` and `rdcd` appear only in grep lists of headers; `jupyterhub` and `slurmstepd`
// match other outputs). Left out as not confirmed by any search: Omni-Path's opafm, ParaStation's
// psid, GASNet's warnings, HPCC Systems' classic log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). gpu-burn's progress line has no time: the date(1) stamp on the tab-indented
// `Summary at:` line under it (`Sun Nov 29 07:41:23 UTC 2026`) is the record's time, and the blank
// line after it belongs to the record; `Killing processes.. done` and the `Tested` block carry none.
// rdcd's console lines have no time; in the journal the journal's time is the record's.
// batchspawner's journal lines carry the journal's time and JupyterHub's own of the same second, and
// either is accepted; its job output's tornado stamps and slurmstepd's `CANCELLED AT` time have no
// zone and are UTC. The wrapper's Go log stamp and jsrun's lines: the first is zone-less (UTC), the
// second has none; Poplar's ends in Z. Levels only where the line marks one: rdcd's level word,
// tornado's one-letter level (I D W E C, C is critical), slurmstepd's and jsrun's `error:`/`Error:`
// and `Warning:` marker, Poplar's level letter; gpu-burn's OK, FAULTY and (WARNING!) are results, and
// the wrapper's lines carry none. The host is the record's host field: only the journal's; the
// compute node in `JOB 4417031 ON cn0412`, in jsrun's `on host b07n14` and in squeue output is no
// host. A record that spans lines is one entry: gpu-burn's progress line with its Summary line, and
// its Tested block. gpu-burn's GPU list and initialisation lines are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Poplar and jsrun). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1326daa before any rule for it: level 77.5 %, time 92.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 76.5 %, time 91.2 %, host 100.0 %, records 100.0 %), in a
// worktree at 1326daa with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are gpu-burn's `Summary at:` stamp under the progress line, which
// trawl does not take as the record's time, the tornado one-letter level inside batchspawner's
// journal lines, and Poplar's level letter after its pid.tid column, which trawl both leave unknown.

var fresh750Cases = []worldCase{
	{
		name:   "gpu-burn-console-summary",
		source: "wilicc/gpu-burn run on a GPU node as a health check (`N.N%  proc'd: … errors: … temps: …` then a tab-indented `Summary at:   <date(1)>` line and a blank line; `Killing processes.. done`; `Tested N GPUs:` with one tab-indented `GPU n: OK|FAULTY` line a GPU): wilicc/gpu-burn issues #48, #12 and #14",
		why:    "the progress line has no time: the `date` output on the line under it is the record's time (UTC); the Tested block is one record; OK and FAULTY are results, no level",
		gap:    "the `Summary at:` date(1) stamp on the tab-indented line under a progress line is not read as that record's time: the record is joined right but carries no time",
		entries: []worldEntry{
			wskip("GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-3a1c92e0-5b7d-4e11-9f20-c8d4a6b1e077)",
				"GPU 1: NVIDIA A100-SXM4-80GB (UUID: GPU-91f0d2b4-7c3e-4a58-b6e1-2d9f0a4c5e18)",
				"Initialized device 0 with 81051 MB of memory (80614 MB available, using 72553 MB of it), using FLOATS",
				"Initialized device 1 with 81051 MB of memory (80614 MB available, using 72553 MB of it), using FLOATS",
				"Results are 268435456 bytes each, thus performing 281 iterations"),
			we("2026-11-29T07:41:23Z", Unknown, "", "16.7%  proc'd: 3934 (17812 Gflop/s) - 3653 (17790 Gflop/s)   errors: 0 - 0   temps: 58 C - 61 C ", "\tSummary at:   Sun Nov 29 07:41:23 UTC 2026", ""),
			we("2026-11-29T07:41:33Z", Unknown, "", "33.3%  proc'd: 7868 (17805 Gflop/s) - 7306 (17772 Gflop/s)   errors: 0 - 212  (WARNING!)   temps: 63 C - 68 C ", "\tSummary at:   Sun Nov 29 07:41:33 UTC 2026", ""),
			we("2026-11-29T07:41:43Z", Unknown, "", "50.0%  proc'd: 11802 (17799 Gflop/s) - 10959 (17768 Gflop/s)   errors: 0 - 4096  (WARNING!)   temps: 66 C - 71 C ", "\tSummary at:   Sun Nov 29 07:41:43 UTC 2026", ""),
			we("", Unknown, "", "Killing processes.. done"),
			we("", Unknown, "", "Tested 2 GPUs:", "\tGPU 0: OK", "\tGPU 1: FAULTY"),
		},
	},
	{
		name:   "rocm-rdcd-console",
		source: "AMD ROCm Data Center daemon rdcd run in the foreground (`LEVEL File.cc(line): msg`, no time): ROCm/rocm-systems issue #11467 (`ERROR RdcMetricFetcherImpl.cc(1806): Fetch status is not ok …`)",
		why:    "the level word opens the line; `RdcMetricFetcherImpl.cc(1817)` is a file and line, no time; no time at all",
		entries: []worldEntry{
			we("", Info, "", "INFO RdcStandaloneHandler.cc(112): rdcd started in standalone mode, listening on 0.0.0.0:50051"),
			we("", Error, "", "ERROR RdcMetricFetcherImpl.cc(1806): Fetch status is not ok error: 4294967295"),
			we("", Error, "", "ERROR RdcMetricFetcherImpl.cc(1817): Fail to fetch 3:EEPROM_CONFIG_VALID with rsmi error code 1"),
			we("", Debug, "", "DEBUG RdcWatchTableImpl.cc(402): Update field 3:GPU_TEMP every 1000 ms"),
		},
	},
	{
		name:   "rocm-rdcd-journal",
		source: "rdcd as the systemd service rdc.service, read with journalctl (BSD journal line `MMM d HH:mm:ss host rdcd[pid]:` before rdcd's own `LEVEL File.cc(line): msg`): the inner shape from ROCm/rocm-systems issue #11467; the journal wrapper is the usual journalctl short format",
		why:    "the level word after the journal's `rdcd[pid]:`; the journal's host; the GPU index in `3:XGMI_ERROR` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gpu-mi250-07", "Nov 29 07:41:16 gpu-mi250-07 rdcd[3188]: INFO RdcStandaloneHandler.cc(112): rdcd started in standalone mode, listening on 0.0.0.0:50051"),
			we("2026-11-29T07:41:19Z", Error, "gpu-mi250-07", "Nov 29 07:41:19 gpu-mi250-07 rdcd[3188]: ERROR RdcMetricFetcherImpl.cc(1817): Fail to fetch 3:XGMI_ERROR with rsmi error code 2"),
			we("2026-11-29T07:41:20Z", Error, "gpu-mi250-07", "Nov 29 07:41:20 gpu-mi250-07 rdcd[3188]: ERROR RdcMetricFetcherImpl.cc(1806): Fetch status is not ok error: 4294967295"),
			we("2026-11-29T07:41:21Z", Debug, "gpu-mi250-07", "Nov 29 07:41:21 gpu-mi250-07 rdcd[3188]: DEBUG RdcWatchTableImpl.cc(402): Update field 5:GPU_POWER_USAGE every 1000 ms"),
		},
	},
	{
		name:   "batchspawner-hub-journal",
		source: "JupyterHub with batchspawner's SlurmSpawner on a cluster head node, read from the journal (`MMM d HH:mm:ss host jupyterhub[pid]: [L yyyy-MM-dd HH:mm:ss.fff JupyterHub batchspawner:line] msg`, the batch script echoed line by line): jupyterhub/batchspawner issues #217, #233 and #279",
		why:    "the journal's time and JupyterHub's own time of the same second; the one-letter level in the tornado bracket; the journal's host, not the compute node in the message; an echoed script line carries no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:49Z", Unknown, "hpc-hub01", "Nov 29 07:52:49 hpc-hub01 jupyterhub[771204]:     srun batchspawner-singleuser jupyterhub-singleuser --ip=0.0.0.0"),
			we("2026-11-29T07:52:49Z|2026-11-29T07:52:49.240Z", Info, "hpc-hub01", "Nov 29 07:52:49 hpc-hub01 jupyterhub[771204]: [I 2026-11-29 07:52:49.240 JupyterHub batchspawner:295] Job submitted. cmd: sudo -E -u mkoval sbatch --parsable output: 4417031"),
			we("2026-11-29T07:52:49Z|2026-11-29T07:52:49.251Z", Debug, "hpc-hub01", "Nov 29 07:52:49 hpc-hub01 jupyterhub[771204]: [D 2026-11-29 07:52:49.251 JupyterHub batchspawner:322] Spawner querying job: sudo -E -u mkoval squeue -h -j 4417031 -o '%T %B'"),
			we("2026-11-29T07:52:50Z|2026-11-29T07:52:50.903Z", Warn, "hpc-hub01", "Nov 29 07:52:50 hpc-hub01 jupyterhub[771204]: [W 2026-11-29 07:52:50.903 JupyterHub base:183] Rolling back dirty objects IdentitySet([<Server(:0)>])"),
			we("2026-11-29T07:57:49Z|2026-11-29T07:57:49.377Z", Error, "hpc-hub01", "Nov 29 07:57:49 hpc-hub01 jupyterhub[771204]: [E 2026-11-29 07:57:49.377 JupyterHub user:884] Unhandled error starting mkoval's server: Job 4417031 did not start in 300 seconds"),
		},
	},
	{
		name:   "batchspawner-singleuser-job-output",
		source: "the Slurm job output file (slurm-<jobid>.out) of a notebook server batchspawner started (`[L yyyy-MM-dd HH:mm:ss.fff SingleUserNotebookApp module:line] msg`, then slurmstepd's `error: *** JOB n ON node CANCELLED AT … ***`): jupyterhub/batchspawner issue #161",
		why:    "the tornado bracket with a one-letter level (C is critical); slurmstepd's `error:` marker; the node named in the CANCELLED line is in the message, not a host field",
		entries: []worldEntry{
			we("2026-11-29T07:53:02.118Z", Info, "", "[I 2026-11-29 07:53:02.118 SingleUserNotebookApp singleuser:561] Starting jupyterhub-singleuser server version 5.2.1"),
			we("2026-11-29T07:53:02.131Z", Info, "", "[I 2026-11-29 07:53:02.131 SingleUserNotebookApp notebookapp:1825] Serving notebooks from local directory: /home/mkoval"),
			we("2026-11-29T07:53:02.135Z", Info, "", "[I 2026-11-29 07:53:02.135 SingleUserNotebookApp singleuser:542] Updating Hub with activity every 300 seconds"),
			we("2026-11-29T09:53:02Z", Error, "", "slurmstepd: error: *** JOB 4417031 ON cn0412 CANCELLED AT 2026-11-29T09:53:02 DUE TO TIME LIMIT ***"),
			we("2026-11-29T09:53:02.671Z", Critical, "", "[C 2026-11-29 09:53:02.671 SingleUserNotebookApp notebookapp:1560] received signal 15, stopping"),
		},
	},
	{
		name:   "nvidia-fabricmanager-wrapper",
		source: "siderolabs/extensions' nvidia-fabricmanager-wrapper on a DGX-class node (Go's log package: `yyyy/MM/dd HH:mm:ss nvidia-fabricmanager-wrapper: component: msg key=value`): siderolabs/extensions PR #895",
		why:    "a slashed date and time with no zone (UTC); the program name after the time is no host; `mlx5_0` and the port GUID are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 nvidia-fabricmanager-wrapper: infiniband: found NVSwitch LPF device: mlx5_0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 nvidia-fabricmanager-wrapper: infiniband: found NVSwitch LPF device: mlx5_1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 nvidia-fabricmanager-wrapper: infiniband: successful read of port attributes device=mlx5_0 port=1 guid=0xb83fd20300a41c7e"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 nvidia-fabricmanager-wrapper: skipping mlx5_1: isSMDisabled capability flag set"),
		},
	},
	{
		name:   "graphcore-poplar-log",
		source: "Graphcore Poplar SDK with POPLAR_LOG_LEVEL set (`ISO-8601 time with microseconds and Z, PO:COMPONENT padded, pid.tid, one level letter and a colon, msg`): from memory",
		why:    "an ISO time ending in Z; `3157.3157` is a pid and thread, no time; the level letter with a colon after the pid column",
		gap:    "the level letter with a colon (`I:`, `D:`, `W:`, `E:`) after the `PO:COMPONENT pid.tid` columns is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "2026-11-29T07:41:16.204117Z PO:ENGINE   3157.3157 I: Compiling graph for 16 IPUs"),
			we("2026-11-29T07:41:16.873402Z", Debug, "", "2026-11-29T07:41:16.873402Z PO:ENGINE   3157.3157 D: Stream copy buffers allocated: 412 MB"),
			we("2026-11-29T07:41:58.019553Z", Warn, "", "2026-11-29T07:41:58.019553Z PO:ENGINE   3157.3160 W: Tile memory usage is 93% on IPU 5"),
			we("2026-11-29T07:42:03.660831Z", Error, "", "2026-11-29T07:42:03.660831Z PO:DEVICE   3157.3157 E: Failed to attach to IPU device 5: device busy"),
		},
	},
	{
		name:   "ibm-jsrun-errors",
		source: "IBM Job Step Manager's jsrun on an LSF cluster (Summit-class), its error lines on the job's stderr (`Error: msg`, no time): from memory",
		why:    "the `Error:` word that opens the line is the level marker; the compute host named in the message is no host field; no time",
		entries: []worldEntry{
			we("", Error, "", "Error: Remote JSM server is not responding on host b07n14"),
			we("", Error, "", "Error: There are not enough resources available to satisfy the request for 6 resource sets"),
			we("", Warn, "", "Warning: more than 1 task/rank assigned to a core"),
		},
	},
}

func TestFresh750Formats(t *testing.T) { assertTable(t, fresh750Cases) }
func TestFresh750Score(t *testing.T) {
	checkScore(t, "fresh750 formats", fresh750Cases, [worldNumFields]float64{87.4, 92.4, 99.9, 99.9})
}
