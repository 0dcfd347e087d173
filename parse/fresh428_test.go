package parse

import "testing"

// The four-hundred-and-twenty-eighth fresh table, written on 2026-12-06: HPC and supercomputer logs,
// a further pass (schedulers, interconnects, parallel file systems, node health), in shapes no
// earlier table holds. Each family is one product's documented or observed output: mpiFileUtils'
// dcp progress and summary lines (`[yyyy-MM-ddTHH:mm:ss] msg`) and its verbose lines with the MPI
// rank and source file in brackets; ndctl monitor's log file (bare JSON notifications with a quoted
// `seconds.nanoseconds` epoch, other messages behind a bracketed epoch and pid); Spectrum Scale's
// `mmperfmon query` table (`yyyy-MM-dd-HH:mm:ss` in its Timestamp column); the IO500 C driver's INI
// output on stdout (`; START`, `t_start = `, `; ERROR`); NCCL's all_reduce_perf table from
// nccl-tests; Slurm's `--test-only` start forecasts from sbatch, srun and salloc; infiniband-diags'
// ibping replies and statistics.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mpifileutils`, `dcp`, `Walking `, `Items walked`, `secs left`, `] [0] [`, `dsync`,
// `ndctl`, `dimm-spares`, `nmem`, `mmperfmon`, `Row           Timestamp`, `Legend:`, `zimon`,
// `pmcollector`, `mmpmon`, `2026-11-29-07:`, `io500`, `IO500`, `ior-easy`, `[RESULT]`, `; START 20`,
// `t_start`, `ERROR INVALID`, `all_reduce_perf`, `busbw`, `nThread`, `Avg bus bandwidth`,
// `to start at`, `test-only`, `Granted job allocation`, `ibping`, `Pong from`, `ibping statistics`,
// `weka`, `sarus`, `shifter`, `charliecloud`, `goconserver`, `ipmiconsole`, `xtnlrd`, `PSM3`,
// `clck`, `dcmi`, `DAOS[`, `flux dmesg`, `tracejob`, `lctl dk`, `beegfs`, `[I] Command`,
// `mmfs.log`, `ibdiagnet`, `nhc`, `Node Health Check`, `conserver`, `conman`, `pbs_mom`,
// `|worker|`, `sge_qmaster`, `mbatchd`, `munged`, `UCX  WARN`, `libfabric:`, `nv-hostengine`,
// `mmhealth`, `apptainer`, `cmdaemon`, `apsys`, `UFM`, `jobcomp`, `rasdaemon`, `mcelog`,
// `LogTimeFormat`, `slurmdbd`, `PJM`, `lljobstat`, `robinhood`, `racadm`, `dmon`, `PSM2`,
// `dcgmi health`, `srun: defined options`, `qacct`, `EventTypeNumber`, `JOB_NEW`, `lfs changelog`).
// IOR's and mdtest's reports are in fresh118, but IO500's own INI output is in none; DAOS' engine
// and control logs are in fresh26 and fresh118; PSM2's glued host is in fresh131 (PSM3 writes the
// same shape); Slurm's daemons are in every LogTimeFormat (fresh59, fresh110, fresh118, fresh131),
// but its clients' will-run forecasts are in none; IB's ibstat, perfquery, ibdiagnet, ibqueryerrors
// and OpenSM are in fresh159, fresh221, fresh313 and fresh360, ibping in none; GPFS' mmfs.log,
// mmhealth, mmdiag and mmpmon are in fresh118, fresh131, fresh159 and fresh360, mmperfmon in none;
// consoles (conman, conserver, ipmitool sol, Cray's console-node) are in fresh102, fresh159,
// fresh320 and fresh329, and no console shape was left that a search could confirm (goconserver,
// ipmiconsole and Sarus' log were not found), so the table holds none. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). mpiFileUtils', mmperfmon's and IO500's local times carry no zone and are
// taken as UTC; `Started: Nov-29-2026,07:41:31` inside a dcp summary is message text, the bracket is
// the record's time. ndctl's `seconds.nanoseconds` epochs are the records' times, in the JSON's
// "timestamp" string and in the brackets. IO500's `result-dir` names a directory after the start
// time and `t_delta` is a duration, neither a time of its own; `[ior-easy-write]` and `[SCORE]` are
// section headers with no time. nccl-tests' rows and ibping's lines carry no time (sizes, counts
// and round trips are none). Slurm's `to start at 2026-11-29T14:05:00` is a forecast of when the job
// may start, not the time the line was written: those lines have no time. Levels only where the
// line marks one: IO500's `; ERROR ` prefix, Slurm's `error:` prefix; ndctl's, dcp's, mmperfmon's,
// nccl-tests' and ibping's lines have none. Hosts: none of these lines has a host field: the MPI
// rank `[0]`, ndctl's `"dev":"nmem1"`, mmperfmon's legend (skipped), nccl-tests' rank listing
// (skipped), Slurm's node lists and ibping's `cn017.(none)` (the peer that answers) are not the
// record's host. Every line is its own record here.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit eb87c08 before any rule for it: level 71.9 %, time 71.9 %, host 71.9 %, records 67.7 %.
// That is the macro figure (micro: level 67.9 %, time 67.9 %, host 67.9 %, records 58.9 %), in a
// worktree at eb87c08 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (both mpiFileUtils shapes, ndctl monitor's log, Slurm's --test-only
// forecasts, ibping); the gaps are mmperfmon's rows and nccl-tests' rows, both joined to the header
// block before them, and IO500's untimed INI lines, joined to the timed line before them.

var fresh428Cases = []worldCase{
	{
		name:   "mpifileutils-dcp-progress-summary",
		source: "mpiFileUtils' dcp/dsync without -v (mfu's progress and summary lines `[yyyy-MM-ddTHH:mm:ss] msg`: Walking, Items walked, Walked N items in S seconds, Copied … secs left, Started:/Completed: with `Mmm-dd-yyyy,HH:mm:ss`, Data:, Rate:, the indented Directories: line): hpc/mpifileutils issues #296 and #658; the Copied progress line from memory",
		why:    "a bracketed ISO time with no zone and no fraction; a second date in `Nov-29-2026,07:41:31` inside the message; byte counts like 90420563968 are no epochs",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16] Walking /lustre/scratch/proj42/run-0917"),
			we("2026-11-29T07:41:26Z", Unknown, "", "[2026-11-29T07:41:26] Items walked 96120"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[2026-11-29T07:41:31] Walked 184233 items in 15.204 seconds (12117.403 items/sec)"),
			we("2026-11-29T07:41:41Z", Unknown, "", "[2026-11-29T07:41:41] Copied 12.000 GiB (14%) in 10.005 secs (1.199 GiB/s) 61 secs left ..."),
			we("2026-11-29T07:42:55Z", Unknown, "", "[2026-11-29T07:42:55] Started: Nov-29-2026,07:41:31"),
			we("2026-11-29T07:42:55Z", Unknown, "", "[2026-11-29T07:42:55] Completed: Nov-29-2026,07:42:55"),
			we("2026-11-29T07:42:55Z", Unknown, "", "[2026-11-29T07:42:55] Data: 84.211 GiB (90420563968 bytes)"),
			we("2026-11-29T07:42:55Z", Unknown, "", "[2026-11-29T07:42:55] Rate: 1.003 GiB/s (90420563968 bytes in 83.962 seconds)"),
			we("2026-11-29T07:42:55Z", Unknown, "", "[2026-11-29T07:42:55]   Directories: 4120"),
		},
	},
	{
		name:   "mpifileutils-dcp-verbose-rank-source",
		source: "mpiFileUtils' dcp with -v (MFU_LOG's `[yyyy-MM-ddTHH:mm:ss] [rank] [file.c:line] msg`): hpc/mpifileutils issue #145 and PR #90 (dcp -v pastes)",
		why:    "the time in brackets, then the MPI rank and the source file and line in brackets of their own; no level word, no host",
		entries: []worldEntry{
			we("2026-11-29T07:50:02Z", Unknown, "", "[2026-11-29T07:50:02] [0] [dcp.c:186] Preserving file attributes."),
			we("2026-11-29T07:50:02Z", Unknown, "", "[2026-11-29T07:50:02] [0] [dcp.c:198] Using sparse file"),
			we("2026-11-29T07:50:02Z", Unknown, "", "[2026-11-29T07:50:02] [0] [mfu_flist_walk.c:1092] Walking /gpfs/proj/climate/ens-07"),
			we("2026-11-29T07:50:09Z", Unknown, "", "[2026-11-29T07:50:09] [0] [mfu_flist_walk.c:1121] Walked 40211 items in 6.913 secs (5816.727 items/sec)"),
			we("2026-11-29T07:50:09Z", Unknown, "", "[2026-11-29T07:50:09] [0] [mfu_flist_copy.c:2710] Creating 512 directories"),
		},
	},
	{
		name:   "ndctl-monitor-logfile-json-epoch",
		source: "`ndctl monitor --log=/var/log/ndctl/monitor.log -v` (ndctl/monitor.c: log_file writes notifications (LOG_NOTICE) as bare one-line JSON from json-c with \"timestamp\" a `%10ld.%09ld` string, and every other message as `[seconds.nanoseconds] [pid] msg`): pmem/ndctl ndctl/monitor.c, ndctl-monitor(1)",
		why:    "an epoch with nine decimals in brackets, and the same epoch quoted as the JSON's timestamp; the pid is no time; nmem1 is a device, not a host; health_state is data, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117335Z", Unknown, "", "[1795938076.204117335] [30412] nmem3: no smart threshold support"),
			we("2026-11-29T07:41:16.204409112Z", Unknown, "", "[1795938076.204409112] [30412] nmem3: enable supported threshold alarms failed"),
			we("2026-11-29T07:58:42.731006254Z", Unknown, "", `{"timestamp":"1795939122.731006254","pid":30412,"event":{"dimm-spares-remaining":false,"dimm-media-temperature":true,"dimm-controller-temperature":false,"dimm-health-state":false,"dimm-unclean-shutdown":false},"dimm":{"dev":"nmem1","id":"8089-a2-2217-00001c4e","handle":4097,"phys_id":22,"health":{"health_state":"ok","temperature_celsius":82.0,"controller_temperature_celsius":51.0,"spares_percentage":100,"alarm_temperature":true,"alarm_controller_temperature":false,"alarm_spares":false,"shutdown_state":"clean","shutdown_count":7}}}`),
			we("2026-11-29T08:12:05.019884410Z", Unknown, "", `{"timestamp":"1795939925.019884410","pid":30412,"event":{"dimm-spares-remaining":true,"dimm-media-temperature":false,"dimm-controller-temperature":false,"dimm-health-state":true,"dimm-unclean-shutdown":false},"dimm":{"dev":"nmem0","id":"8089-a2-2217-00001b07","handle":1,"phys_id":18,"health":{"health_state":"non-critical","temperature_celsius":41.0,"controller_temperature_celsius":44.0,"spares_percentage":9,"alarm_temperature":false,"alarm_controller_temperature":false,"alarm_spares":true,"shutdown_state":"clean","shutdown_count":7}}}`),
		},
	},
	{
		name:   "gpfs-mmperfmon-query-table",
		source: "IBM Storage Scale's `mmperfmon query cpu_user,cpu_system -N gpfs-nsd03 -b 60 -n 5` (a Legend of numbered `node|group|metric` keys, a `Row           Timestamp metric…` header, then one row a bucket: row number, `yyyy-MM-dd-HH:mm:ss`, values): from memory of Storage Scale's mmperfmon documentation and its examples",
		why:    "a date and time joined by a dash with no zone, after a row number; the legend names the node but the rows carry no host; the header lines are fed, not scored",
		entries: []worldEntry{
			wskip("Legend:",
				" 1:\tgpfs-nsd03|CPU|cpu_user",
				" 2:\tgpfs-nsd03|CPU|cpu_system",
				"",
				"Row           Timestamp cpu_user cpu_system "),
			we("2026-11-29T07:41:00Z", Unknown, "", "  1 2026-11-29-07:41:00     3.42       1.17 "),
			we("2026-11-29T07:42:00Z", Unknown, "", "  2 2026-11-29-07:42:00     2.98       1.05 "),
			we("2026-11-29T07:43:00Z", Unknown, "", "  3 2026-11-29-07:43:00    11.60       4.22 "),
			we("2026-11-29T07:44:00Z", Unknown, "", "  4 2026-11-29-07:44:00    38.71      12.90 "),
			we("2026-11-29T07:45:00Z", Unknown, "", "  5 2026-11-29-07:45:00    36.05      11.48 "),
		},
	},
	{
		name:   "io500-driver-ini-stdout",
		gap:    "trawl joins the untimed INI lines to the timed line before them: the `[phase]` and `[SCORE]` headers, `score = `, `t_delta = `, `SCORE = ` and `; ERROR ` lines (whose level is lost) become continuation lines of `; START`, `t_start = ` or `t_end = `, where each `key = value` line and section header is a record of its own",
		source: "the IO500 C driver (`mpirun ./io500 config.ini`, verbosity 1) on stdout: PRINT_PAIR's `%-15s = value`, `; START`/`; END` with u_print_timestamp's `yyyy-MM-dd HH:mm:ss` local time, `[phase]` headers, t_start/t_delta/t_end, `; ERROR ` lines, the [SCORE] section: IO500/io500 src/main.c, src/util.c and include/io500-util.h; VI4IO/io500-app issue #23 (the stonewall error)",
		why:    "INI lines with a zone-less local time after `= `; the result directory's name and t_delta are no times; `; ERROR ` marks an error; section headers carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", "result-dir      = ./results/2026.11.29-07.41.02"),
			we("2026-11-29T07:41:03Z", Unknown, "", "; START 2026-11-29 07:41:03", ""),
			we("", Unknown, "", "[ior-easy-write]"),
			we("2026-11-29T07:41:05Z", Unknown, "", "t_start         = 2026-11-29 07:41:05"),
			we("", Unknown, "", "score           = 8.094512"),
			we("", Unknown, "", "t_delta         = 318.4127"),
			we("2026-11-29T07:46:23Z", Unknown, "", "t_end           = 2026-11-29 07:46:23", ""),
			we("", Unknown, "", "[mdtest-easy-write]"),
			we("2026-11-29T07:46:24Z", Unknown, "", "t_start         = 2026-11-29 07:46:24"),
			we("", Unknown, "", "score           = 41.227310"),
			we("", Error, "", "; ERROR Runtime of phase (287.913402) is below stonewall time. This shouldn't happen!"),
			we("2026-11-29T07:51:12Z", Unknown, "", "t_end           = 2026-11-29 07:51:12", ""),
			we("", Unknown, "", "[SCORE]"),
			we("", Unknown, "", "SCORE           = 18.268  [INVALID]"),
			we("2026-11-29T08:02:47Z", Unknown, "", "; END 2026-11-29 08:02:47"),
		},
	},
	{
		name:   "nccl-tests-all-reduce-perf-table",
		gap:    "trawl joins the untimed size rows (`           8             2     float     sum      -1 …`), led by spaces, to the `#` header block before them: each row of the table is not read as a record of its own",
		source: "NVIDIA nccl-tests' `all_reduce_perf -b 8 -e 8G -f 2 -g 1` under mpirun (the `#` header with nThread/nGpus and the rank listing, then one row a message size: size, count, type, redop, root, out-of-place and in-place time/algbw/busbw/#wrong, then `# Out of bounds values` and `# Avg bus bandwidth`): from memory of nccl-tests' README and its output",
		why:    "no time and no level anywhere; byte sizes and element counts (8589934592, 2147483648) are no epochs; the rank listing names a node but is header, fed and not scored",
		entries: []worldEntry{
			wskip("# nThread 1 nGpus 1 minBytes 8 maxBytes 8589934592 step: 2(factor) warmup iters: 5 iters: 20 agg iters: 1 validation: 1 graph: 0",
				"#",
				"# Using devices",
				"#  Rank  0 Group  0 Pid 231877 on   gpu-b041 device  0 [0x18] NVIDIA H100 80GB HBM3",
				"#  Rank  1 Group  0 Pid 231878 on   gpu-b041 device  1 [0x2a] NVIDIA H100 80GB HBM3",
				"#",
				"#                                                              out-of-place                       in-place          ",
				"#       size         count      type   redop    root     time   algbw   busbw #wrong     time   algbw   busbw #wrong",
				"#        (B)    (elements)                               (us)  (GB/s)  (GB/s)            (us)  (GB/s)  (GB/s)       "),
			we("", Unknown, "", "           8             2     float     sum      -1    38.41    0.00    0.00      0    37.96    0.00    0.00      0"),
			we("", Unknown, "", "       65536         16384     float     sum      -1    52.17    1.26    2.20      0    51.88    1.26    2.21      0"),
			we("", Unknown, "", "    16777216       4194304     float     sum      -1    212.4   78.99  138.23      0    211.9   79.17  138.55      0"),
			we("", Unknown, "", "  2147483648     536870912     float     sum      -1   9120.7  235.45  412.04      0   9118.3  235.51  412.14      0"),
			we("", Unknown, "", "  8589934592    2147483648     float     sum      -1  36402.1  235.97  412.95      0  36398.8  235.99  412.98      0"),
			we("", Unknown, "", "# Out of bounds values : 0 OK"),
			we("", Unknown, "", "# Avg bus bandwidth    : 151.318 "),
		},
	},
	{
		name:   "slurm-test-only-start-forecast",
		source: "Slurm's clients with --test-only (`sbatch --test-only`, `srun --test-only`, `salloc --test-only`: slurm_job_will_run's info() `Job N to start at yyyy-MM-ddTHH:mm:ss using N processors on nodes LIST in partition P`, the variant without a partition, and `error: allocation failure: …`), each behind the client's name: SchedMD/slurm src/api/allocate.c (slurm_job_will_run)",
		why:    "the program's name and a colon; the ISO time in the message is a forecast, not the line's time; `error:` is Slurm's level prefix; node lists are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "sbatch: Job 88412 to start at 2026-11-29T14:05:00 using 256 processors on nodes cn[101-104] in partition compute"),
			we("", Unknown, "", "srun: Job 88413 to start at 2026-11-30T02:30:00 using 64 processors on nodes gpu07 in partition gpu"),
			we("", Unknown, "", "salloc: Job 88414 to start at 2026-11-29T12:00:03 using 8 processors on nodes cn017 in partition debug"),
			we("", Unknown, "", "sbatch: Job 88415 to start at 2026-11-29T16:40:00 using 1024 processors on nodes cn[201-216]"),
			we("", Error, "", "sbatch: error: allocation failure: Requested node configuration is not available"),
		},
	},
	{
		name:   "infiniband-ibping-replies-statistics",
		source: "infiniband-diags' ibping against a node running `ibping -S` (`Pong from host.domain (Lid N): time X.YYY ms`, then on exit a blank line, `--- host (Lid N) ibping statistics ---`, the packets line and `rtt min/avg/max`): linux-rdma/rdma-core infiniband-diags/ibping.c (ibping() and report())",
		why:    "no time and no level; `time 0.041 ms` and `time 3004 ms` are durations; `cn017.(none)` is the node that answers, not the record's host; each statistics line is its own record",
		entries: []worldEntry{
			we("", Unknown, "", "Pong from cn017.(none) (Lid 23): time 0.041 ms"),
			we("", Unknown, "", "Pong from cn017.(none) (Lid 23): time 0.037 ms"),
			we("", Unknown, "", "Pong from cn017.(none) (Lid 23): time 0.052 ms", ""),
			we("", Unknown, "", "--- cn017.(none) (Lid 23) ibping statistics ---"),
			we("", Unknown, "", "3 packets transmitted, 3 received, 0% packet loss, time 3004 ms"),
			we("", Unknown, "", "rtt min/avg/max = 0.037/0.043/0.052 ms"),
		},
	},
}

func TestFresh428Formats(t *testing.T) { assertTable(t, fresh428Cases) }
func TestFresh428Score(t *testing.T) {
	checkScore(t, "fresh428 formats", fresh428Cases, [worldNumFields]float64{84.3, 84.3, 84.3, 80.1})
}
