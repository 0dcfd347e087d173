package parse

import "testing"

// The five-hundred-and-thirty-third fresh table: the labelled datasets' domains, a thirtieth pass
// (the kinds of systems public labelled log datasets such as Loghub's draw from: distributed
// systems, supercomputers, operating systems, mobile systems, server applications and standalone
// software), with products of those domains in shapes those datasets do not hold. Each family is one
// product's documented or observed output: Hyperledger Sawtooth's validator (a distributed ledger;
// `[date time.ms LEVEL    logger] msg` in one bracket); Zilliqa's node log (a sharded blockchain;
// g3log with a four-letter level, a thread id and a `yy-MM-ddTHH:mm:ss.fff` time in brackets);
// ParaView's console on a visualisation node (VTK's loguru logger: an uptime in parentheses, the
// level before a bar, a starred block under an ERR); Extrae, the BSC tracing library of MPI jobs on
// supercomputers, and its merger (program-name prefixes, no time); the Hermit unikernel's boot log
// (an uptime bracket, a core number, the level and target padded, pretty-printed values over several
// lines); Winlator on Android (Box64's `[BOX64]` lines mixed with Wine's `tid:err:channel:` lines);
// Trilium Notes' server log (a time of day since midnight, `ERROR:` and a stack); AliceVision's node
// log in Meshroom's cache (a parameter block, then `[HH:mm:ss.ffffff][level] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`sawtooth`, `INFO     chain`, `zilliqa`, `g3log`, `[DEBU]`,
// `][0][INFO`, `paraview`, `vtkTCPNetwork`, `vtkLogger`, `loguru`, `ERR| `, `FATL|`,
// `hermit`, `Welcome to Hermit`, `winlator`, `box64`, `[BOX64]`, `trilium`, `simple-node-logger`,
// `alicevision`, `meshroom`, `][info]`, `][warning]`, `][error]`, `extrae`, `mpi2prv`, and the
// candidates dropped as already there or left for another pass: `beegfs`, `lustre`, `openpbs`,
// `pbs_mom`, `torque`, `htcondor`, `flux-core`, `warewulf`, `xcat`, `munge`, `pdsh`,
// `clustershell`, `apptainer`, `singularity`, `spack`, `easybuild`, `lmod`, `xalt`, `darshan`,
// `score-p`, `ucx`, `nccl`, `open mpi`, `mpich`, `haiku`, `redox`, `serenity`, `illumos`, `genode`,
// `fuchsia`, `zephyr`, `nuttx`, `riot`, `contiki`, `hilog`, `tizen`, `dlog`, `sailfish`,
// `postmarketos`, `twrp`, `magisk`, `shizuku`, `termux`, `garage`, `seaweedfs`, `juicefs`, `cubefs`,
// `curvefs`, `lizardfs`, `moosefs`, `orangefs`, `glusterfs`, `ceph`, `dragonfly`, `ray `, `dask`,
// `helix`, `ratis`, `bookkeeper`, `ignite`, `hazelcast`, `akka`, `kaios`, `webos`, `ubuntu touch`,
// `idevicesyslog`, `oceanbase`, `observer.log`, `pegasus`, `brpc`, `kvrocks`, `mmfs`, `gpfs`,
// `opensm`, `fabricmanager`, `dcgm`, `xrootd`, `dcache`, `cvmfs`, `rucio`, `nordugrid`, `arc-ce`,
// `gridftp`, `(XEN)`, `slog2`, `qnx`, `vxworks`, `threadx`, `mynewt`, `I/flutter`, `flutter`,
// `cocoalumberjack`, `swiftybeaver`, `xcglogger`, `timber`, `napier`, `willow`, `kamailio`,
// `opensips`, `freeswitch`, `openfire`, `ejabberd`, `stalwart`, `maddy`, `chasquid`, `haraka`,
// `opensmtpd`, `darktable`, `rawtherapee`, `digikam`, `kdenlive`, `shotcut`, `ardour`, `reaper`,
// `musescore`, `calibre`, `anki`, `freecad`, `kicad`, `openscad`, `qgis`, `godot`, `qt creator`,
// `ghidra`, `cutter`, `radare2`, `x64dbg`, `celeborn`, `uniffle`, `kyuubi`, `amoro`, `paimon`, `hudi`,
// `seatunnel`, `dolphinscheduler`, `linkis`, `shardingsphere`, `eventmesh`, `inlong`, `hugegraph`,
// `nebula`, `dgraph`, `janusgraph`, `vitess`, `yugabyte`, `foundationdb`, `tigerbeetle`,
// `tarantool`, `aerospike`, `couchbase`, `riak`, `geode`, `infinispan`, `ozone`, `longhorn`,
// `openebs`, `ambry`, `prrte`, `pmix`, `slurmrestd`, `pbs_server`, `lsf`, `cobalt`, `moab`, `maui`,
// `grid engine`, `sge`, `alps`, `cray`, `bright`, `confluent`, `sarus`, `shifter`, `charliecloud`,
// `enroot`, `pyxis`, `daos`, `libfabric`, `psm2`, `hwloc`, `papi`, `hpctoolkit`, `caliper`,
// `reframe`, `ganglia`, `gmond`, `icinga`, `geth`, `lighthouse`, `prysm`, `tendermint`, `cometbft`,
// `solana`, `substrate`, `polkadot`, `hyperledger`, `besu`, `nethermind`, `erigon`, `teku`,
// `nimbus`, `lodestar`, `reth`, `bitcoind`, `lnd`, `c-lightning`, `core lightning`, `monero`,
// `zcash`, `algorand`, `cardano`, `tezos`, `avalanche`, `aptos`, `sui `, `lotus`, `kubo`, `iroha`,
// `corda`, `quorum`, `chainmaker`, `xuperchain`, `hedera`, `celestia`, `flow-go`, `multiversx`,
// `elrond`, `neo-go`, `bitshares`, `litecoin`, `dogecoin`, `legion`, `hpx`, `chapel`, `gasnet`,
// `openshmem`, `mvapich`, `spectrum mpi`, `adios2`, `hdf5`, `petsc`, `lammps`, `gromacs`, `namd`,
// `cp2k`, `openfoam`, `rsl.error`, `minix`, `hurd`, `plan 9`, `amigaos`, `morphos`, `risc os`,
// `kolibri`, `toaruos`, `managarm`, `hubris`, `theseus`, `asterinas`, `unikraft`, `includeos`,
// `mirageos`, `cloud hypervisor`, `crosvm`, `bhyve`, `acrn`, `jailhouse`, `bareflank`, `smartos`,
// `openindiana`, `netbsd`, `qubes`, `nixos`, `guix`, `emerge.log`, `eopkg`, `tdnf`, `bitbake`,
// `xlog`, `bugly`, `kermit`, `palera1n`, `checkra1n`, `altstore`, `trollstore`, `sileo`, `riru`,
// `zygisk`, `lsposed`, `gadgetbridge`, `antennapod`, `opencamera`, `kiwix`, `libhybris`, `halium`,
// `droidian`, `phosh`, `phoc`, `squeekboard`, `feedbackd`, `maliit`, `asteroidos`, `sailjail`,
// `mmsd`, `callaudiod`, `ppsspp`, `aethersx2`, `mupen64plus`, `pavilion`, `coldfront`, `llview`,
// `scalasca`, `vampir`, `paraver`, `totalview`, `vtune`, `rocprof`, `omnitrace`, `libEnsemble`,
// `parsl`, `nextflow`, `snakemake`, `logseq`, `joplin`, `typora`, `geany`, `notepad++`, `gephi`,
// `cytoscape`, `slicer`, `ctkerror`, `cloudcompare`, `jdownloader`, `avidemux`, `musicbee`,
// `handbrake`, `qbittorrent`, `veracrypt`). None of Sawtooth, Zilliqa, ParaView, Extrae, Hermit,
// Winlator or Box64, Trilium or AliceVision is in any table (`g3log` and `[DEBU]` match other
// products; `loguru` the Python library and strfry's dated loguru lines, not ParaView's undated
// ones; `][info]` and its kin other products' bracketed levels after a dated stamp). Left out as
// measured already: Slurm, PBS, LSF, HTCondor, Lustre, BeeGFS, Ceph, the MPI runtimes, NCCL and UCX,
// geth and the Ethereum clients, Tendermint/CometBFT, Solana, Android's logcat and HarmonyOS hilog,
// Magisk and TWRP, Xen, QNX, Zephyr and NuttX. Left out as not confirmed by any search:
// MultiversX's node log, JDownloader's log, 3D Slicer's log file, Avidemux's admlog, phoc's log,
// libEnsemble's ensemble.log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Sawtooth's stamp has no zone and is taken as UTC. Zilliqa's `26-11-29T…` is
// a two-digit year first and is UTC (the g3log banner above it is local time; it is fed but not
// scored). Trilium's and AliceVision's lines carry a time of day only: they are on the clock's day
// (Trilium's date is in the file name, AliceVision's in none). ParaView's `(  7.905s)` and Hermit's
// `[    0.201733]` are seconds since start, no time, and Hermit's blank bracket before the timer
// runs is none either; Box64's `built on Nov 20 2026 18:02:41` is the build's date, not the
// record's; Winlator's, Box64's, Wine's and Extrae's lines carry no time. Levels only where the line
// marks one: Sawtooth's padded level word, Zilliqa's four-letter level (DEBU INFO WARN), ParaView's
// word before the bar (INFO WARN ERR), Hermit's level in the third bracket, Wine's `err` class after
// the thread id, Trilium's `ERROR: ` (its request and info lines carry none), AliceVision's bracketed
// info, warning and error; Box64's and Extrae's lines carry none. No family has a host field: a
// Sawtooth peer's tcp:// address, ParaView's server in a message and Extrae's node names in angle
// brackets are no hosts. A record that spans lines is one entry: ParaView's ERR with its starred
// block, Hermit's pretty-printed tls_info, Trilium's ERROR with its stack, AliceVision's CameraInit
// report. AliceVision's parameter block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a detail the source says "from memory" (Zilliqa's `WARN`). Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 88.6 %, time 100.0 %, host 100.0 %, records 97.7 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is ParaView's loguru lines, whose level word before the bar
// (`INFO|`, `WARN|`, `ERR|`) trawl does not read, and whose starred block under an ERR it splits
// into entries of their own.

var fresh533Cases = []worldCase{
	{
		name:   "sawtooth-validator-python-log",
		source: "Hyperledger Sawtooth's validator (sawtooth-validator, Python logging `[yyyy-MM-dd HH:mm:ss.fff LEVEL    logger] msg`, the level padded to eight inside the bracket): hyperledger-archives/sawtooth-core PR #1261 (a pasted sample output of the chain controller) and PR #439",
		why:    "a zone-less date and time with milliseconds inside a bracket that also holds the padded level word and the logger name; a peer's tcp:// address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.391Z", Info, "", "[2026-11-29 07:41:16.391 INFO     cli] sawtooth-validator (Hyperledger Sawtooth) version 1.2.6"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "[2026-11-29 07:41:16.402 DEBUG    core] global state database file is /var/lib/sawtooth/merkle-00.lmdb"),
			we("2026-11-29T07:41:19.877Z", Info, "", "[2026-11-29 07:41:19.877 INFO     chain] Chain head updated to: 3b9d1f0a(112, S:5c2e88a4, P:9e04d7b1)"),
			we("2026-11-29T07:41:20.114Z", Warn, "", "[2026-11-29 07:41:20.114 WARNING  gossip] Unable to reach peer tcp://10.20.4.17:8800, will retry in 30 seconds"),
			we("2026-11-29T07:41:23.560Z", Error, "", "[2026-11-29 07:41:23.560 ERROR    interconnect] Received a message on address tcp://10.20.4.18:8800 that caused an error: unknown message type 4711"),
		},
	},
	{
		name:   "zilliqa-node-g3log",
		source: "Zilliqa's node log zilliqa-00001-log.txt (g3log with Zilliqa's sink: `[LEVL][ tid][yy-MM-ddTHH:mm:ss.fff][file:line][function] msg`, the level cut to four letters, the file name cut to its last twenty characters, the function padded or cut to twenty; a `g3log created log at:` line first): Zilliqa/zq1 issues #1396, #1776, #2521 and #3799 (pasted logs); `WARN` as the four-letter warning from the same cut, from memory",
		why:    "a two-digit year first (yy-MM-dd) glued to the time by a T inside brackets, after a thread id in brackets; the g3log banner is fed but not scored; `[Epoch 0]` is no time",
		entries: []worldEntry{
			wskip("\t\tg3log created log at: Sun Nov 29 15:41:10 2026"),
			we("2026-11-29T07:41:10.172Z", Info, "", "[INFO][ 5121][26-11-29T07:41:10.172][src/cmd/main.cpp:193][main                ] Copyright (C) Zilliqa. Version v9.3.1.  <https://www.zilliqa.com/>"),
			we("2026-11-29T07:41:10.613Z", Debug, "", "[DEBU][ 5121][26-11-29T07:41:10.613][reSpecification.h:74][CheckMinimumRAMReq  ] RAM (KBs): 16311508"),
			we("2026-11-29T07:41:10.614Z", Info, "", "[INFO][ 5121][26-11-29T07:41:10.614][ctoryService.cpp:437][SetState            ][Epoch 0] DS State = POW_SUBMISSION"),
			we("2026-11-29T07:41:12.905Z", Warn, "", "[WARN][ 5188][26-11-29T07:41:12.905][ookup/Lookup.cpp:812][GetDSInfoFromSeedNod] No seed node answered, retrying in 10 s"),
			we("2026-11-29T07:41:22.931Z", Info, "", "[INFO][ 5188][26-11-29T07:41:22.931][ookup/Lookup.cpp:825][GetVCFinalBlockFromL] [Epoch 41872] Fetched final block 41872 from lookup"),
		},
	},
	{
		name:   "paraview-loguru-uptime",
		source: "ParaView's client and pvserver console (VTK's vtkLogger, built on loguru: `(  uptime s) [thread name     ]file:line  LVL| msg`, the file name cut to its last twenty-three characters, INFO, WARN, ERR, FATL; `-v=` and `-l=` set the verbosity): ParaView's release notes on logging (found with the code search), pasted console output found with find_string (tomviz's VolumeSinkWidget.cxx comment, an IPPL/Catalyst README with a handshake ERR and its starred block, install notes with an OpenGL ERR)",
		why:    "the seconds since start in parentheses are no time of day (no time); the level after the file and line ends in a bar; the starred block under an ERR belongs to it",
		entries: []worldEntry{
			we("", Info, "", "(   0.412s) [paraview        ]    vtkPVPluginLoader.cxx:339   INFO| Loading plugin: /opt/ParaView-5.13.1/lib/paraview-5.13/plugins/AcceleratedAlgorithms/AcceleratedAlgorithms.so"),
			we("", Error, "",
				"(   7.905s) [paraview        ]vtkTCPNetworkAccessMana:346    ERR| vtkTCPNetworkAccessManager (0x3a71f20): ",
				"************************************************************************",
				"Connection failed during handshake. The server at hpc-viz02:11111 closed the socket.",
				"************************************************************************"),
			we("", Warn, "", "(  14.318s) [paraview        ]       vtkDataReader.cxx:1507  WARN| Error reading binary data!"),
			we("", Error, "", "(  15.020s) [paraview        ]vtkOpenGLRenderWindow.c:471    ERR| vtkXOpenGLRenderWindow (0x14de0490): Unable to find a valid OpenGL 3.2 or later implementation."),
			we("", Info, "", "(  21.776s) [paraview        ]    pqPythonShell.cxx:214   INFO| Python shell initialized"),
		},
		gap: "the starred block under an ERR is cut after its first rule line: the message line and the closing rule start an entry of their own (the level words before the bar are read)",
	},
	{
		name:   "hermit-unikernel-boot",
		source: "the Hermit unikernel's kernel log on its serial console (`[uptime][core][LEVEL target    ] msg`, the uptime blank until the timer runs, the level padded to five, the target to ten; Rust `{:#?}` values printed over several lines): hermit-os/kernel PRs #2021, #2030 and #1974 (pasted boot logs)",
		why:    "the uptime in the first bracket is no time (blank or seconds since boot: no time); the core number in brackets; the level word inside the third bracket; a pretty-printed value under a line belongs to it",
		entries: []worldEntry{
			we("", Info, "", "[            ][0][INFO  hermit    ] Welcome to Hermit 0.12.1"),
			we("", Info, "", "[            ][0][INFO  hermit    ] Kernel starts at 0x1600000"),
			we("", Info, "",
				"[            ][0][INFO  hermit    ] tls_info = Some(",
				"    TlsInfo {",
				"        start: 0x180e2b0,",
				"        filesz: 0x20,",
				"        memsz: 0x70,",
				"        align: 0x8,",
				"    },",
				")"),
			we("", Info, "", "[    0.201733][0][INFO  processor ] Model:                   AMD EPYC 7713 64-Core Processor"),
			we("", Warn, "", "[    0.349120][0][WARN  pci       ] Device 00:03.0 has no driver, skipping it"),
			we("", Error, "", "[    0.412907][1][ERROR virtio    ] Feature negotiation with the network device failed"),
		},
	},
	{
		name:   "winlator-box64-wine-android",
		source: "Winlator on Android (Windows games through Wine and Box64): its log as users paste it, Box64's `[BOX64] msg` lines with no time and no level, mixed with Wine's debug channel lines `tid:class:channel:function msg`: alexvorxx/winlator issue #88 (a pasted log), termux-pacman/glibc-packages issue #386, ptitSeb/box64 issues #191 and #263",
		why:    "no time on any line (Box64's build date is no time of the record); no level on Box64's lines; Wine's `err` class after the thread id is the level",
		entries: []worldEntry{
			we("", Unknown, "", "[BOX64] Box64 arm64 v0.4.4 3e1c0a9 with Dynarec built on Nov 20 2026 18:02:41"),
			we("", Unknown, "", "[BOX64] Dynarec for ARM64, with extension: ASIMD AES CRC32 PMULL ATOMICS SHA1 SHA2"),
			we("", Unknown, "", "[BOX64] Running on Cortex-A78 with 8 cores, pagesize: 4096"),
			we("", Unknown, "", `[BOX64] Wine64 detected, WINEPRELOADRESERVE=""`),
			we("", Unknown, "", `[BOX64] Rename process to "wine"`),
			we("", Unknown, "", "[BOX64] Using native(wrapped) libc.so.6"),
			we("", Error, "", `0128:err:module:import_dll Library d3dx9_43.dll (which is needed by L"C:\\Games\\Harbour\\harbour.exe") not found`),
		},
	},
	{
		name:   "trilium-server-daily-log",
		source: "Trilium Notes' server log trilium-data/log/trilium-yyyy-MM-dd.log (its services/log.ts: the time of day since local midnight `HH:mm:ss.fff`, then the message; log.error prefixes `ERROR: `; requests as `status METHOD url with N bytes took Nms`, `Slow ` first at 10 ms or more): zadam/trilium and TriliumNext's src/services/log.ts, TriliumNext/Trilium issue #4366",
		why:    "a time of day only (the date is in the file name: the clock's day); `ERROR:` is the logger's own marker; request lines carry no level; an error's stack under it belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Unknown, "", "07:41:16.118 Using data dir: /home/trilium/trilium-data"),
			we("2026-11-29T07:41:16.530Z", Unknown, "", "07:41:16.530 DB size: 48211 KB"),
			we("2026-11-29T07:41:17.902Z", Unknown, "", "07:41:17.902 App HTTP server starting up at port 8080"),
			we("2026-11-29T07:42:03.771Z", Unknown, "", "07:42:03.771 200 GET /api/tree?subTreeNoteId=root with 18431 bytes took 4ms"),
			we("2026-11-29T07:42:05.014Z", Unknown, "", "07:42:05.014 Slow 200 POST /api/search-related with 9122 bytes took 38ms"),
			we("2026-11-29T07:43:11.650Z", Error, "",
				"07:43:11.650 ERROR: Error: Note 'x8KwqR2mTc1b' not found",
				"    at Becca.getNoteOrThrow (/usr/src/app/src/becca/becca.ts:112:19)",
				"    at getNote (/usr/src/app/src/routes/api/notes.ts:21:26)"),
		},
	},
	{
		name:   "alicevision-node-log",
		source: "AliceVision's per-node log in Meshroom's cache (MeshroomCache/<Node>/<uid>/log: the `Program called with the following parameters:` block, then Boost.Log lines `[HH:mm:ss.ffffff][level] msg` with info, warning, error; a report's indented lines under it): alicevision/Meshroom issue #200 (a pasted FeatureExtraction log), openphotogrammetry/meshroomcl issue #46 (a CameraInit report)",
		why:    "a time of day with microseconds and no date (the clock's day) in the first bracket, the level word in the second; the parameter block is fed but not scored; an indented report belongs to its line",
		entries: []worldEntry{
			wskip("Program called with the following parameters:",
				` * defaultFieldOfView = 45`,
				` * input = "D:/scans/bridge/cache/CameraInit/5d1e0c77a4b2/viewpoints.sfm"`,
				` * output = "D:/scans/bridge/cache/CameraInit/5d1e0c77a4b2/cameraInit.sfm"`,
				` * verboseLevel = "info"`,
				""),
			we("2026-11-29T07:41:16.118402Z", Info, "", "[07:41:16.118402][info] Found 48 images in 'D:/scans/bridge'"),
			we("2026-11-29T07:41:16.201544Z", Warn, "", "[07:41:16.201544][warning] Sensor width doesn't exist in the database for image: 'D:/scans/bridge/IMG_4412.JPG'"),
			we("2026-11-29T07:41:16.233910Z", Info, "",
				"[07:41:16.233910][info] CameraInit report:",
				"        - # views listed: 48",
				"           - # views with an initialized intrinsic listed: 47",
				"           - # views without metadata (with a default intrinsic): 1",
				"        - # intrinsics listed: 2"),
			we("2026-11-29T07:41:16.240087Z", Error, "", "[07:41:16.240087][error] Cannot open image 'D:/scans/bridge/IMG_4431.JPG' for reading"),
		},
	},
	{
		name:   "extrae-mpi-tracing-console",
		source: "Extrae, the BSC tracing library for MPI and OpenMP jobs on supercomputers, and its merger mpi2prv: their console lines (`Welcome to Extrae x.y.z`, `Extrae: msg`, `mpi2prv: msg`, `merger: msg`, no time and no level): bsc-performance-tools/extrae issues #101 and #102, EESSI/software-layer PR #640 (pasted job output)",
		why:    "no time on any line; the program name before a colon is no level and no host; node names in angle brackets are no host",
		entries: []worldEntry{
			we("", Unknown, "", "Welcome to Extrae 4.1.7"),
			we("", Unknown, "", "Extrae: Detected and hooked OpenMP runtime: [Intel KMPC] [GNU GOMP]"),
			we("", Unknown, "", "Extrae: Tracing buffer can hold 500000 events"),
			we("", Unknown, "", "Extrae: Successfully initiated with 64 tasks and 4 threads"),
			we("", Unknown, "", "merger: Output trace format is: Paraver"),
			we("", Unknown, "", "mpi2prv: Assigned nodes < cn0412 cn0413 >"),
		},
	},
}

func TestFresh533Formats(t *testing.T) { assertTable(t, fresh533Cases) }
func TestFresh533Score(t *testing.T) {
	checkScore(t, "fresh533 formats", fresh533Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
