package parse

import "testing"

// The four-hundred-and-ninetieth fresh table: HPC stacks' and supercomputers' logs, a further pass
// (schedulers, resource managers, workflow managers that drive the batch systems, node GPU and
// power daemons), in shapes no earlier table holds. Each family is one product's documented or
// observed output: IBM CAST's CSM aggregator log (`[AGG]` glued to a zone-less date, then
// `csmd::severity  | msg`); Rocoto's workflow log (`yyyy-MM-dd HH:mm:ss -0700 :: host :: msg`);
// CCTools' debug file from work_queue_worker (`yyyy/MM/dd HH:mm:ss.cc prog[pid] flag: msg`);
// Makeflow's transaction log (Unix times in microseconds, first on node lines, after the keyword on
// `# STARTED`, last on file-state lines); Intel XPU Manager's xpumd in its own log
// (`[ts] [I] [pid-tid] msg`) and in the journal; Autosubmit's ASLOGS run log; GEOPM's geopmd in
// the journal (`Warning: <geopm> …`, `Warning <geopm-service> …`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`slurm`, `slurmctld`, `slurmd`, `slurmdbd`, `slurmrestd`, `sackd`, `scrun`,
// `slurmscriptd`, `jobcomp`, `pbs_server`, `pbs_mom`, `openpbs`, `torque`, `lsf`, `lsbatch`,
// `mbatchd`, `sbatchd`, `JOB_FINISH`, `htcondor`, `condor`, `SchedLog`, `dagman`,
// `Job submitted from host`, `grid engine`, `sge_qmaster`, `qmaster`, `qacct`, `qsub_time`,
// `job_log:`, `flux`, `broker.info`, `flux job`, `moab`, `maui`, `showq`, `oar-server`, `oarsub`,
// `cobalt`, `hyperqueue`, `loadleveler`, `LoadL`, `pjsub`, `pjstat`, `nqsv`, `lustre`,
// `LustreError`, `lhsmtool`, `robinhood`, `beegfs`, `gpfs`, `mmfs`, `daos`, `DAOS[`,
// `daos_engine`, `orangefs`, `weka`, `hpss`, `eos`, `unit=fst`, `logid=`, `openmpi`, `open mpi`,
// `mpich`, `intel mpi`, `mvapich`, `hydra`, `ucx`, `UCX WARN`, `ucp_context`, `libfabric:`,
// `pmix`, `prrte`, `gasnet`, `charmrun`, `nccl`, `rccl`, `jsrun`, `opensm`, `SM port`, `ufm`,
// `opafm`, `omni-path`, `PROGR[`, `sharp_am`, `sharpd`, `fabric manager`, `nv-fabricmanager`,
// `nvidia-imex`, `slingshot`, `nhc`, `node health`, `clck`, `dcgm`, `nv-hostengine`,
// `dcgmi diag`, `ipmitool`, `sel list`, `mcelog`, `rasdaemon`, `ras-mc-ctl`, `edac`, `ghes`,
// `Hardware Error`, `redfish`, `idrac`, `IML`, `xclarity`, `servicelog`, `opal-prd`, `errpt`,
// `xtconsumer`, `munge`, `warewulf`, `warewulfd`, `xcat`, `cmdaemon`, `hpcm`, `scyld`,
// `apptainer`, `singularity`, `[U=`, `sarus`, `shifter`, `podman-hpc`, `enroot`, `pyxis`,
// `easybuild`, `spack`, `==> [20`, `lmod`, `ModuleUsageTracking`, `xalt`, `xdmod`, `ldms`,
// `tacc_stats`, `remora`, `reframe`, `darshan`, `mpifileutils`, `Walked`, `HPL_pdgesv`,
// `ecflow`, `cylc`, `pegasus-plan`, `PST: [`, `nextflow`, `snakemake`, `cromwell`, `parsl`,
// `fireworks`, `balsam`, `radical`, `batchspawner`, `ondemand`, `a-rex`, `fts3`, `rucio`,
// `xrootd`, `gridftp`, `boinc`, `geopm`, `geopmd`, `<geopm`, `geopm-service`, `xpumd`,
// `xpumanager`, `xpu-smi`, `amd-smi`, `rocm-smi`, `] [I] [`, `] [W] [`, `csmd`, `csmapi`,
// `[AGG]`, `[COMPUTE]`, `[UTL]`, `csm_allocation`, `makeflow`, `work_queue`,
// `work_queue_worker`, `cctools`, `] wq:`, `] batch:`, `rocoto`, `Submission status`,
// ` +0000 :: `, `autosubmit`, `ASLOGS`, `Setting job:`, `jobs remaining`). None of CSM, Rocoto,
// CCTools' debug file, Makeflow's log, xpumd, Autosubmit or GEOPM is in any table (`xpum` matches
// only a word inside an unrelated line and a grep list; `csm_` only other products' words;
// `] [I] [` TensorRT's, Toil's and srsRAN's lines, none with a pid-tid). Left out as measured
// already: Slurm, PBS/Torque, LSF, HTCondor, Grid Engine, Flux, Moab/Maui, OAR, Cobalt,
// HyperQueue, LoadLeveler and Fujitsu's PJM; Lustre, GPFS, BeeGFS, DAOS, OrangeFS, EOS and
// XRootD; Open MPI, MPICH/Hydra, Intel MPI, MVAPICH2, UCX, libfabric, PMIx, GASNet, Charm++ and
// NCCL; OpenSM, UFM, the OPA FM, SHARP, NVIDIA's fabric manager and IMEX, Slingshot; NHC,
// DCGM, IPMI SEL, mcelog, rasdaemon, EDAC, Redfish and iDRAC; Apptainer's debug lines (`[U=…,P=…]`,
// in fresh12), ecFlow, Cylc, Pegasus' planner, Nextflow, Parsl, FireWorks, ARC, FTS3 and BOINC.
// Left out as not confirmed by any search: NEC NQSV, ParaStation's psid, HPSS, TACC Stats and
// Remora. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). CSM's, CCTools', xpumd's and Autosubmit's stamps have no zone and are taken
// as UTC; CCTools' two digits after the seconds are hundredths. Rocoto's stamp carries its offset
// (-0700, so seven hours later in UTC). Makeflow's times are Unix times in microseconds. In the
// journal xpumd's own stamp and the journal's time of the same second are both accepted. Levels
// only where the line marks one: CSM's severity after `component::`; CCTools' flag when it is
// fatal, error, notice or debug (a subsystem flag such as wq or tcp is none); xpumd's letter
// (T D I W E); geopmd's `Warning:` and `Warning <geopm-service>` tags. Rocoto's, Makeflow's and
// Autosubmit's lines and systemd's own lines carry none (`failure!`, `FAILED` and `DEAD` are words
// of the message). The host is the record's host field: Rocoto's ` :: host :: ` and the journal's;
// CSM's compute-node addresses, the Work Queue manager's address and Rocoto's batch job ids are
// no hosts. No family here writes a record over several lines; Makeflow's `#` lines are records of
// their own, not continuations.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 80.8 %, time 93.8 %, host 83.3 %, records 91.7 %.
// That is the macro figure (micro: level 80.0 %, time 92.5 %, host 82.5 %, records 90.0 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are CSM's severity word after `csmd::`, which is not read as the
// level; Rocoto's host between the ` :: ` separators, which is not read; Makeflow's microsecond time
// after `# STARTED`, which is not read, and its `#` lines after a node line, which are joined to
// that line; and geopmd's `Warning <geopm-service>` with no colon, which is not read as a level.

var fresh490Cases = []worldCase{
	{
		name:   "ibm-csm-aggregator-daemon-log",
		gap:    "the severity word after `component::` (`csmd::info`, `csmd::warning`, `csmd::error`, `csmd::debug`) before the ` | ` is not read as the level",
		source: "IBM CAST's Cluster System Management daemon logs under /var/log/ibm/csm (`[ROLE]yyyy-MM-dd HH:mm:ss.ffffff  component::severity  | msg`, the role tag [AGG], [COMPUTE] or [UTL] glued to the date, none on the master; the component right-aligned, the severity padded, then ` | `): IBM/CAST's csm_logging tools (the Log class of API_Statistics.py and its sample lines, found with find_string `csmd::info`), docs/source/tools.rst; the severities other than info from the CSM 'Configuring CSM API Logging Levels' page, their padding from memory",
		why:    "a role tag glued to a zone-less date with microseconds (UTC by the rules); the level is the word after `csmd::`; the compute node's address in the message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "[AGG]2026-11-29 07:41:16.204117       csmd::info     | DAEMONSTATE: Compute node 10.41.7.19:48210 switched to PRIMARY connection."),
			we("2026-11-29T07:41:16.88153Z", Info, "", "[AGG]2026-11-29 07:41:16.881530       csmd::info     | AGG-MTC: Expecting 4 responses. Setting timeout to 58000 milliseconds."),
			we("2026-11-29T07:41:44.017205Z", Warn, "", "[AGG]2026-11-29 07:41:44.017205       csmd::warning  | DAEMONSTATE: Compute node 10.41.7.22:51733 disconnected after 3 missed heartbeats."),
			we("2026-11-29T07:41:44.019834Z", Error, "", "[AGG]2026-11-29 07:41:44.019834       csmd::error    | AGG-MTC: Timeout waiting for 1 of 4 responses (csm_allocation_step_begin)."),
			we("2026-11-29T07:41:45.300112Z", Debug, "", "[AGG]2026-11-29 07:41:45.300112       csmd::debug    | EventRouter: forwarding RAS event csm.status.down for c07n12 to MASTER."),
		},
	},
	{
		name:   "rocoto-workflow-log-offset-host",
		gap:    "the host between the ` :: ` separators after the time and its offset is not read",
		source: "Rocoto's workflow log (the <log> file of a NOAA/UFS workflow, e.g. log/FV3LAM_wflow.log: `yyyy-MM-dd HH:mm:ss ±zzzz :: host :: msg`, written by its log server with the local offset and the host that ran rocotorun): a log pasted in a ufs-srweather-app discussion (found with find_string `Submission status of previously pending`, `2024-02-14 16:27:07 -0700 :: derecho6 :: …`), NOAA-GSL/rocoto lib/workflowmgr/workflowengine.rb (the `Submission status of previously pending … is success, jobid=…`, `Task …, jobid=…, in state … (…), ran for … seconds, exit status=…, try=n (of m)` and `has been resurrected` messages)",
		why:    "a date and time with a numeric offset (-0700, so seven hours later in UTC), then ` :: host :: `; the host is the machine rocotorun ran on; no level (`failure!` is a word of the message)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "wxfe02", "2026-11-29 00:41:16 -0700 :: wxfe02 :: Submission status of previously pending make_grid is success, jobid=4417021.pbsh1"),
			we("2026-11-29T07:47:52Z", Unknown, "wxfe02", "2026-11-29 00:47:52 -0700 :: wxfe02 :: Task make_grid, jobid=4417021.pbsh1, in state SUCCEEDED (F), ran for 391.0 seconds, exit status=0, try=1 (of 2)"),
			we("2026-11-29T07:48:30Z", Unknown, "wxfe02", "2026-11-29 00:48:30 -0700 :: wxfe02 :: Submission status of previously pending make_orog is failure!  qsub: Job rejected by all possible destinations"),
			we("2026-11-29T07:53:31Z", Unknown, "wxfe02", "2026-11-29 00:53:31 -0700 :: wxfe02 :: Task run_fcst_mem000, jobid=4417390.pbsh1, in state DEAD (F), ran for 2.0 seconds, exit status=271, try=2 (of 2)"),
			we("2026-11-29T07:58:05Z", Unknown, "wxfe02", "2026-11-29 00:58:05 -0700 :: wxfe02 :: Task run_fcst_mem000 has been resurrected.  2 more tries will be allowed"),
		},
	},
	{
		name:   "cctools-work-queue-worker-debug-file",
		source: "CCTools' debug output written to a file with `-d all -o worker.debug` (dttools debug.c: `yyyy/MM/dd HH:mm:ss.cc prog[pid] flag: msg`, local time with hundredths, then the flag's name: fatal, error, notice, debug or a subsystem such as wq, tcp, batch): cooperative-computing-lab/cctools dttools/src/debug.c, issue #2816 (`--debug-file` needs `-d all`)",
		why:    "a slashed zone-less date with two-digit hundredths (UTC by the rules); the flag is a level only when it is fatal, error, notice or debug, a subsystem name (wq, tcp) is none; the manager's address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.42Z", Unknown, "", "2026/11/29 07:41:16.42 work_queue_worker[41207] tcp: connecting to 10.52.3.7 port 9123"),
			we("2026-11-29T07:41:16.43Z", Unknown, "", "2026/11/29 07:41:16.43 work_queue_worker[41207] wq: connected to manager 10.52.3.7 port 9123"),
			we("2026-11-29T07:41:19.07Z", Debug, "", "2026/11/29 07:41:19.07 work_queue_worker[41207] debug: started process 41233: ./run_shard.sh 17"),
			we("2026-11-29T07:44:02.88Z", Notice, "", "2026/11/29 07:44:02.88 work_queue_worker[41207] notice: disconnecting from manager 10.52.3.7:9123: idle timeout of 120 seconds reached"),
			we("2026-11-29T07:44:02.9Z", Error, "", "2026/11/29 07:44:02.90 work_queue_worker[41207] error: couldn't remove /tmp/worker-1001-41207/t.17: Directory not empty"),
		},
	},
	{
		name:   "makeflow-transaction-log-epoch-micros",
		gap:    "the microsecond Unix time after `# STARTED` and a tab is not read, and a `#` line that follows a node line (`# 2 file ts`, `# FAILED<TAB>ts`) is joined to the record before it instead of starting its own",
		source: "Makeflow's transaction log (<workflow>.makeflowlog: `timestamp node_id new_state job_id waiting running complete failed aborted counter` with the Unix time in microseconds first, `# STARTED|FAILED|COMPLETED<TAB>timestamp`, `# GC<TAB>timestamp<TAB>…`, and the file-state lines `# state filename timestamp` with the time last): cooperative-computing-lab/cctools makeflow/src/makeflow_log.c (its comment and fprintf formats), makeflow_monitor(1)",
		why:    "the record's time is a sixteen-digit Unix time in microseconds, first on a node line and after the keyword on a # line, last on a file-state line; job ids and node counts are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118204Z", Unknown, "", "# STARTED\t1795938076118204"),
			we("2026-11-29T07:41:16.204511Z", Unknown, "", "1795938076204511 0 1 41233 3 1 0 0 0 4"),
			we("2026-11-29T07:42:19.880417Z", Unknown, "", "# 2 out/shard_000.csv 1795938139880417"),
			we("2026-11-29T07:42:19.881003Z", Unknown, "", "1795938139881003 0 2 41233 2 1 1 0 0 4"),
			we("2026-11-29T07:43:21.44712Z", Unknown, "", "1795938201447120 1 3 41234 2 0 1 1 0 4"),
			we("2026-11-29T07:43:21.450018Z", Unknown, "", "# FAILED\t1795938201450018"),
		},
	},
	{
		name:   "intel-xpumd-log-file",
		source: "Intel XPU Manager's daemon xpumd run in the foreground or in its container (spdlog `[yyyy-MM-dd HH:mm:ss.SSS] [L] [pid-tid] msg`, one letter for the level: T D I W E): intel/xpumanager issues #2, #8 and #64",
		why:    "a bracketed zone-less time with milliseconds (UTC by the rules); the level is a single bracketed letter; `[3318-3331]` is the pid and thread, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16.204] [I] [3318-3318] Level Zero loader 1.19.2 found, starting device discovery"),
			we("2026-11-29T07:41:16.611Z", Debug, "", "[2026-11-29 07:41:16.611] [D] [3318-3318] PCIe manager: reading link speed of 0000:3a:00.0"),
			we("2026-11-29T07:41:17.302Z", Warn, "", "[2026-11-29 07:41:17.302] [W] [3318-3331] Device 1 tile 0 reports no HBM temperature sensor; metric skipped"),
			we("2026-11-29T07:41:17.305Z", Error, "", "[2026-11-29 07:41:17.305] [E] [3318-3318] Failed to open /dev/cpu/0/msr: No such file or directory"),
			we("2026-11-29T07:41:17.41Z", Trace, "", "[2026-11-29 07:41:17.410] [T] [3318-3318] DataLogic::init() done"),
		},
	},
	{
		name:   "intel-xpumd-journal-own-stamp",
		source: "xpumd as the xpum.service unit, read with journalctl (BSD journal line `Mmm dd HH:mm:ss host xpumd[pid]:`, then xpumd's own `[yyyy-MM-dd HH:mm:ss.SSS] [L] [pid-tid] msg`): intel/xpumanager issue #72 (`systemctl status xpum` pasted)",
		why:    "the journal's time and xpumd's own time of the same second are both accepted; the journal's host; the level letter after the inner time; systemd's own line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:02Z", Unknown, "gpu-n07", "Nov 29 07:52:02 gpu-n07 systemd[1]: Started xpum.service - XPUM daemon."),
			we("2026-11-29T07:52:02Z|2026-11-29T07:52:02.871Z", Info, "gpu-n07", "Nov 29 07:52:02 gpu-n07 xpumd[5120]: [2026-11-29 07:52:02.871] [I] [5120-5120] Initializing device manager with 4 GPUs"),
			we("2026-11-29T07:52:04Z|2026-11-29T07:52:04.019Z", Warn, "gpu-n07", "Nov 29 07:52:04 gpu-n07 xpumd[5120]: [2026-11-29 07:52:04.019] [W] [5120-5144] partial monitoring failure on GPU 2: memory bandwidth not supported"),
			we("2026-11-29T07:52:09Z|2026-11-29T07:52:09.556Z", Error, "gpu-n07", "Nov 29 07:52:09 gpu-n07 xpumd[5120]: [2026-11-29 07:52:09.556] [E] [5120-5120] Firmware flash of GPU 3 aborted: image does not match the device SKU"),
		},
	},
	{
		name:   "autosubmit-aslogs-run-log",
		source: "Autosubmit's run log in <expid>/tmp/ASLOGS (`yyyy-MM-dd HH:mm:ss,SSS msg`, Python logging's asctime and the message, no level): BSC-ES/autosubmit issue #1299 (an ASLOGS run log pasted), issues #147 and #746",
		why:    "a zone-less date with comma milliseconds (UTC by the rules) and no level word; job names carry a start date (20261101) that is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.09Z", Unknown, "", "2026-11-29 07:41:16,090 Setting job: a9f3_20261101_fc0_12_SIM status to: READY (all parents completed)..."),
			we("2026-11-29T07:41:16.092Z", Unknown, "", "2026-11-29 07:41:16,092 Update finished"),
			we("2026-11-29T07:41:16.098Z", Unknown, "", "2026-11-29 07:41:16,098 Saving JobList: /esarchive/autosubmit/a9f3/pkl/job_list_a9f3.pkl.tmp"),
			we("2026-11-29T07:41:16.301Z", Unknown, "", "2026-11-29 07:41:16,301 Number of jobs ready: 14"),
			we("2026-11-29T07:41:16.315Z", Unknown, "", "2026-11-29 07:41:16,315 Jobs ready for MARENOSTRUM5: 14"),
		},
	},
	{
		name:   "geopmd-journal-warning-prefix",
		gap:    "`Warning <geopm-service>` (the severity word with no colon, before the bracketed tag) after the journal tag is not read as the level",
		source: "GEOPM's service daemon geopmd (the Global Extensible Open Power Manager on compute nodes) read with journalctl: its `Warning: <geopm> file:line : msg` and `Warning <geopm-service> msg` lines and the `The call io.github.geopm.… has failed with an exception:` line, beside systemd's own: geopm/geopm issues #2355, #3246 and #1912",
		why:    "the journal's time and host; `Warning:` and `Warning <geopm-service>` open the message as geopmd's severity tag; the failed-call line and systemd's lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:50:19Z", Unknown, "cn0412", "Nov 29 07:50:19 cn0412 systemd[1]: Starting Global Extensible Open Power Manager Service..."),
			we("2026-11-29T07:50:20Z", Unknown, "cn0412", "Nov 29 07:50:20 cn0412 systemd[1]: Started Global Extensible Open Power Manager Service."),
			we("2026-11-29T07:58:44Z", Warn, "cn0412", "Nov 29 07:58:44 cn0412 geopmd[3634]: Warning: <geopm> src/MSRIOGroup.cpp:1604 :  Unable to read the MSR allowlist: Permission denied"),
			we("2026-11-29T08:03:10Z", Warn, "cn0412", `Nov 29 08:03:10 cn0412 geopmd[3634]: Warning <geopm-service> The access list for group "hpcusers" is empty; only the default signals are allowed`),
			we("2026-11-29T08:05:27Z", Unknown, "cn0412", "Nov 29 08:05:27 cn0412 geopmd[3634]: The call io.github.geopm.PlatformOpenSession has failed with an exception:"),
		},
	},
}

func TestFresh490Formats(t *testing.T) { assertTable(t, fresh490Cases) }
func TestFresh490Score(t *testing.T) {
	checkScore(t, "fresh490 formats", fresh490Cases, [worldNumFields]float64{80.7, 93.7, 83.2, 91.6})
}
