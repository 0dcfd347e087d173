package parse

import "testing"

// The five-hundred-and-sixty-eighth fresh table: the labelled datasets' domains, a thirty-fourth pass
// (the kinds of systems public labelled log datasets such as Loghub's draw from: distributed systems,
// supercomputers, operating systems, mobile systems, server applications and standalone software),
// with products of those domains in shapes those datasets do not hold. This pass stays with
// distributed systems, the peer-to-peer ledgers whose nodes no table held yet. Each family is one
// product's documented or observed output: Nano's nano_node in two generations (V26's spdlog
// `[stamp] [logger] [level] msg`, and the older Boost.Log `[stamp]: msg` with no level); the Streamr
// network node's pretty console (`LEVEL [ISO] (Module padded): msg`); NEAR's neard (tracing's ISO-Z
// stamp, the right-aligned level, the `stats: #height` line), and the same lines in the journal
// under kuutamod; Taraxa's node (a thread address, a node-id prefix, a channel, a bracketed stamp,
// `LEVEL:`); FISCO BCOS's pipe-separated log in two generations (3.x's `level|stamp|[BADGES]Event,k=v`
// and 2.x's with the `[g:N]` group tag).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`nanocurrency`, `nano-node`, `nano_node`, `nano node`,
// `[daemon] [info]`, `[init] [info]`, `[lmdb]`, `] [node] [`, `[info] Daemon`, `Node starting`,
// `streamr`, `(NetworkStack`, `INFO [20`, `(ContentDelivery`, `AutoCertifier`, `nearcore`, `neard`,
// `near_`, `stats: #`, `INFO stats`, `Waiting for peers`, `Validator |`, `V/4`, `gas/s`, `Tgas`,
// `kuutamod`, `taraxa`, `PBFT_MGR`, `0x00007f`, `ERROR: `, `fisco`, `bcos`, `[CONSENSUS]`,
// `info|20`, `|[P2P]`, `[g:1]`, `addCheckPointMsg`, `^^^^^^^^Report`, and the candidates dropped as
// already there or not confirmed: `hstream`, `hstreamdb`, `[INFO][20`, `aeternity`, `aec_`,
// `@aec`, `epoch.log`, `[info] <0.`, `[debug] <0.`, `lager`, `kaspad`, `kaspa`, `tari`, `iotex`,
// `iotex-core`, `concordium`, `skale`, `sui_node`, `xrpl`, `LedgerMaster`, `rippled`, `hedera`,
// `zcash`, `mina_`, `snarkos`, `radix`, `dfinity`, `internet computer`, `arweave`, `akash`,
// `chronicles`, `nimbus`, `lighthouse`, `prysm`, `teku`, `lodestar`, `erigon`, `besu`, `nethermind`,
// `reth`, `cardano`, `tezos`, `octez`, `avalanche`, `C Chain`, `lotus`, `kubo`, `chia`, `stellar`,
// `aptos`, `nccl`, `horovod`, `deepspeed`, `darshan`, `ucx`, `libfabric`, `score-p`, `likwid`,
// `dcgm`, `xrootd`, `rucio`, `cvmfs`, `apptainer`, `spack`, `easybuild`, `lmod`, `warewulf`, `xcat`,
// `beegfs`, `lustre`, `gpfs`, `htcondor`, `flux-core`, `pbs_server`, `lsf`, `kokkos`, `amrex`,
// `ascent`, `trilinos`, `nek5000`, `pbspro`, `pjsub`, `aprun`, `apsched`, `garage`, `seaweedfs`,
// `juicefs`, `alluxio`, `kudu`, `tikv`, `foundationdb`, `ratis`, `celeborn`, `kyuubi`, `temporal`,
// `zeebe`, `flowable`, `rocketmq`, `orleans`, `proto.actor`, `nanomsg`, `fluvio`, `memphis`,
// `pathway`, `hilog`, `tizen`, `sailfish`, `kaios`, `twrp`, `magisk`, `kernelsu`, `shizuku`,
// `termux`, `appium`, `scrcpy`, `briar`, `linphone`, `baresip`, `jami`, `svc.startd`, `setupapi`,
// `MSI (s)`, `haiku`, `redox`, `genode`, `minix`, `plan9`, `sel4`, `plymouth`, `dracut`,
// `natron`, `zrythm`, `flameshot`, `xournal`, `mixxx`, `ppsspp`, `scummvm`, `openttd`, `wesnoth`,
// `supertuxkart`, `luanti`, `ACTION[Server]`, `dwarf fortress`, `endless-sky`, `daggerfall`,
// `stockfish`, `lichess`). None of nano_node, the Streamr node, neard, kuutamod, Taraxa's node or
// FISCO BCOS is in any table (`streamr` matches only `StreamResultFuture`, `fisco` only
// `WifiScoreReport`; `gas/s` and `Tgas` other ledgers' lines; `Node starting` and `V/4` other
// products). Left out as measured already: the Ethereum clients (Lighthouse, Prysm, Teku, Lodestar,
// Erigon, Besu, Nethermind, Reth), cardano-node, Tezos's octez, Avalanche, Lotus, Kubo, Chia,
// Stellar, rippled, Fluvio, and Erlang nodes in lager's shape (aeternity's epoch.log is lager's
// `[info] <0.N.0>@mod:fun:line`). Left out as not confirmed by any search: HStreamDB's server log,
// kaspad, Tari's base node, Concordium's node. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). nano_node's, Streamr's, Taraxa's and FISCO BCOS's stamps have no zone and
// are taken as UTC; neard's ends in Z. Under kuutamod the journal's time and neard's time of the
// same second are both accepted. Levels only where the line marks one: nano_node V26's bracketed
// word (info, warning, error, debug), Streamr's leading word, neard's right-aligned tracing level,
// Taraxa's word before the colon, FISCO BCOS's leading lower-case word (info, debug, warning,
// error); the older nano_node lines carry none. The host is the record's host field: only the
// journal's; nano's subsystem names, Streamr's module and node id, NEAR's peer ids and boot-node
// address, Taraxa's node-id prefix and FISCO's node ids and endpoints are no hosts. None of these
// products writes a record over several lines in the shapes taken here.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (nano_node's older Boost.Log file and FISCO BCOS 2.x's group tag). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit dc51325 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at dc51325 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there is no gap.

var fresh568Cases = []worldCase{
	{
		name:   "nano-node-spdlog-logger-level",
		source: "Nano's nano_node daemon since V26 (spdlog: `[yyyy-MM-dd HH:mm:ss.fff] [logger] [level] msg`, the logger a subsystem such as daemon, init, lmdb, network): nanocurrency/nano-node PR #4852 (its pasted startup log)",
		why:    "a zone-less bracketed stamp with milliseconds, then two bracketed words: the subsystem (no host) and the level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.572Z", Info, "", "[2026-11-29 07:41:16.572] [daemon] [info] Daemon started"),
			we("2026-11-29T07:41:16.574Z", Info, "", "[2026-11-29 07:41:16.574] [init] [info] Using data directory: /srv/nano/Nano"),
			we("2026-11-29T07:41:16.576Z", Info, "", "[2026-11-29 07:41:16.576] [lmdb] [info] Loading ledger from: /srv/nano/Nano/data.ldb, this might take a while..."),
			we("2026-11-29T07:41:19.102Z", Warn, "", "[2026-11-29 07:41:19.102] [network] [warning] Unable to connect to peer [::ffff:198.51.100.41]:7075 (connection refused)"),
			we("2026-11-29T07:41:21.880Z", Error, "", "[2026-11-29 07:41:21.880] [rpc] [error] Unable to start RPC server on port 7076: address already in use"),
			we("2026-11-29T07:41:25.003Z", Debug, "", "[2026-11-29 07:41:25.003] [bootstrap] [debug] Starting bootstrap attempt with id: 5f2c91d0"),
		},
	},
	{
		name:   "nano-node-legacy-boost-log",
		source: "Nano's nano_node daemon before V26 (Boost.Log into log/log_<date>.log: `[yyyy-MM-dd HH:mm:ss.ffffff]: msg`, no level); from memory",
		why:    "a zone-less bracketed stamp with microseconds and a colon after the bracket; no level word at all",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", "[2026-11-29 07:41:16.123456]: Node starting, version: V25.1"),
			we("2026-11-29T07:41:16.124107Z", Unknown, "", "[2026-11-29 07:41:16.124107]: Build information: 1d7c6e2 \"GNU C++ version \" \"11.4.0\" \"BOOST 108200\" BUILT \"Nov 12 2026\""),
			we("2026-11-29T07:41:16.131990Z", Unknown, "", "[2026-11-29 07:41:16.131990]: Work generation is disabled"),
			we("2026-11-29T07:41:47.508312Z", Unknown, "", "[2026-11-29 07:41:47.508312]: Found a representative: nano_3kpd1wq8bfeb7fx1mx4xcqzp6qujh4o8mc1mp6tm6xwa3nnkp3ogz9ui7ryt"),
		},
	},
	{
		name:   "streamr-network-node-pretty",
		source: "Streamr network node's pretty console logger (`LEVEL [yyyy-MM-ddTHH:mm:ss.fff] (Module padded to 25): msg`): streamr-dev/network PR #2461 (its pasted start sequence)",
		why:    "the level word first, then a zone-less ISO stamp in brackets; the module in padded parentheses is no host; a node id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.274Z", Info, "", "INFO [2026-11-29T07:41:16.274] (NetworkStack             ): Starting a Streamr Network Node"),
			we("2026-11-29T07:41:16.305Z", Info, "", "INFO [2026-11-29T07:41:16.305] (NetworkStack             ): Node id is 7a3e90c14b2d85f6e0a1c9d4b37f2e6a10c5d8e4"),
			we("2026-11-29T07:41:22.918Z", Warn, "", "WARN [2026-11-29T07:41:22.918] (AutoCertifierClient      ): Failed to renew certificate, retrying in 60 seconds"),
			we("2026-11-29T07:41:40.061Z", Error, "", "ERROR [2026-11-29T07:41:40.061] (ContentDeliveryManager   ): Failed to join stream part 0x4f1c2e7a/sensors/temperature#0"),
			we("2026-11-29T07:41:41.007Z", Debug, "", "DEBUG [2026-11-29T07:41:41.007] (DhtNode                  ): Connected to 12 neighbors"),
		},
	},
	{
		name:   "nearcore-neard-tracing-stats",
		source: "NEAR's neard (tracing-subscriber: `yyyy-MM-ddTHH:mm:ss.ffffffZ  LEVEL target: msg`, the level right-aligned to five, the periodic `stats: #height` line): kuutamo's kuutamod docs/run.md and a pasted neard log found with find_string (`INFO stats: #`), near/nearcore issue #2454",
		why:    "an ISO stamp in Z with microseconds, two blanks, the level padded left; the block hash, `V/4` and the peer counts are no times; a peer id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.465398Z", Info, "", `2026-11-29T07:41:16.465398Z  INFO neard: version="2.3.1" build="2.3.1-7e1d5a3" latest_protocol=73`),
			we("2026-11-29T07:41:16.512077Z", Info, "", "2026-11-29T07:41:16.512077Z  INFO db: Opened a new RocksDB instance. num_instances=1"),
			we("2026-11-29T07:41:26.520805Z", Info, "", "2026-11-29T07:41:26.520805Z  INFO stats: # 1408733 Waiting for peers 0 peers ⬇ 0 B/s ⬆ 0 B/s 0.00 bps 0 gas/s CPU: 0%, Mem: 61.4 MB"),
			we("2026-11-29T07:41:26.520858Z", Debug, "", "2026-11-29T07:41:26.520858Z DEBUG stats: EpochId(`7sZqkQm4bGv2nWf1hR8yXcT3oLp6dJe9aKu5VzN1BrY`) Blocks in progress: 0 Chunks in progress: 0 Orphans: 0"),
			we("2026-11-29T07:41:31.204511Z", Warn, "", "2026-11-29T07:41:31.204511Z  WARN network: Peer stream error peer_id=ed25519:9hTq2Wb6kXr3LmN8pZs4VfC1yGd7aJe5oUi2RxK8cBn err=Connection reset by peer"),
			we("2026-11-29T07:41:44.880126Z", Error, "", "2026-11-29T07:41:44.880126Z ERROR chain: Failed to process block height=1408741 err=DBNotFoundErr(\"BLOCK HEADER: 3nYd…\")"),
		},
	},
	{
		name:   "kuutamod-journal-neard-stats",
		source: "neard supervised by kuutamo's kuutamod under systemd, read with `journalctl -u kuutamod.service` (BSD journal line `Mon dd HH:mm:ss host kuutamod[pid]:`, then neard's own tracing line): kuutamo/kuutamod docs/run.md (found with find_string `INFO stats: #`)",
		why:    "the journal's time and neard's ISO time of the same second; the journal's host; the level word after the inner time, not the journal's",
		entries: []worldEntry{
			we("2026-11-29T07:43:50Z|2026-11-29T07:43:50.898176Z", Info, "valnode3", "Nov 29 07:43:50 valnode3 kuutamod[40217]: 2026-11-29T07:43:50.898176Z  INFO stats: # 1408902 5kJvQe8tNw3bR1aXc6mYz9PdLs2HfG7uTo4WqE1iKn3B Validator | 100 validators 31 peers ⬇ 402 kB/s ⬆ 517 kB/s 0.90 bps 112 Tgas/s CPU: 61%, Mem: 2.03 GB"),
			we("2026-11-29T07:44:02Z|2026-11-29T07:44:02.114390Z", Warn, "valnode3", "Nov 29 07:44:02 valnode3 kuutamod[40217]: 2026-11-29T07:44:02.114390Z  WARN client: Dropping tx because it expired tx_hash=Fq8m2RzA1vT6cNd3YbK9sW4jLp7eHx5uGo2QiB8nCr1E"),
			we("2026-11-29T07:44:04Z|2026-11-29T07:44:04.902331Z", Info, "valnode3", "Nov 29 07:44:04 valnode3 kuutamod[40217]: 2026-11-29T07:44:04.902331Z  INFO stats: # 1408911 2pLw7Ka4dXf9QeN1mRt6vJc3yBs8hGz5oUi1TnE4aWq7 Validator | 100 validators 31 peers ⬇ 388 kB/s ⬆ 502 kB/s 0.90 bps 98 Tgas/s CPU: 58%, Mem: 2.03 GB"),
			we("2026-11-29T07:44:09Z|2026-11-29T07:44:09.377015Z", Error, "valnode3", "Nov 29 07:44:09 valnode3 kuutamod[40217]: 2026-11-29T07:44:09.377015Z ERROR network: Failed to connect to boot node peer_id=ed25519:3Vc8nQ1wRx5KbT9mAz2Lf7YhGd4pJs6eUo1NiW8kCt2B addr=203.0.113.77:24567"),
		},
	},
	{
		name:   "taraxa-node-thread-channel-bracket",
		source: "Taraxa's taraxa-node (Aleth-derived logger: `0x<thread> <node-id prefix>… CHANNEL [yyyy-MM-dd HH:mm:ss.ffffff] LEVEL: msg`): Taraxa-project/taraxa-node PR #2189 (pasted PBFT_MGR errors) and issue #2812",
		why:    "a thread address and an abbreviated node id (no host) before the channel; the zone-less time in brackets with microseconds; the level word with a colon after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.115966Z", Error, "", "0x00007f3a91ffb640 5c81e2d4… PBFT_MGR [2026-11-29 07:41:16.115966] ERROR: Unable to get CurrentDposTotalVotesCount for period: 88120. Period is too far ahead of actual finalized pbft chain size (88114)"),
			we("2026-11-29T07:41:17.402118Z", Info, "", "0x00007f3a937fe640 5c81e2d4… SUMMARY [2026-11-29 07:41:17.402118] INFO: Connected to 14 peers, synced: true, PBFT period: 88115"),
			we("2026-11-29T07:41:18.009731Z", Debug, "", "0x00007f3a92ffd640 5c81e2d4… PBFT_SYNC_PH [2026-11-29 07:41:18.009731] DEBUG: Received sync packet with 12 blocks from 0a77c3e1…"),
			we("2026-11-29T07:41:19.550204Z", Warn, "", "0x00007f3a937fe640 5c81e2d4… NETWORK [2026-11-29 07:41:19.550204] WARN: Incorrect genesis hash #5e1a0b77…, host 9f3c2d10… will be disconnected"),
		},
	},
	{
		name:   "fisco-bcos-3-pipe-badges",
		source: "FISCO BCOS 3.x node log (Boost.Log: `level|yyyy-MM-dd HH:mm:ss.ffffff|[MODULE][SUB]Event,k=v,…`): the FISCO-BCOS-DOC operation pages (consensus packed-log and block-commit examples, `info|…|[CONSENSUS][PBFT]addCheckPointMsg,…`, `[CONSENSUS][PBFT][METRIC]^^^^^^^^Report,…`); the warning and error words after Boost.Log's severity names",
		why:    "the lower-case level word first, then a pipe, a zone-less stamp with microseconds, a pipe, and the badges glued to the message; k=v pairs and hashes are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.530293Z", Info, "", "info|2026-11-29 07:41:16.530293|[CONSENSUS][PBFT]addCheckPointMsg,reqHash=9ad41c07...,reqIndex=412,reqV=3,fromIdx=2,Idx=0,weight=3,minRequiredWeight=3"),
			we("2026-11-29T07:41:16.611072Z", Info, "", "info|2026-11-29 07:41:16.611072|[CONSENSUS][PBFT][METRIC]^^^^^^^^Report,sealer=2,txs=7,committedIndex=412,consNum=413,committedHash=9ad41c07...,view=3,toView=3,changeCycle=0,Idx=0,nodeId=c7e1f04b..."),
			we("2026-11-29T07:41:17.004815Z", Debug, "", "debug|2026-11-29 07:41:17.004815|[TXPOOL]batchFetchTxs,txsSize=7,pendingTxs=19,limit=1000"),
			we("2026-11-29T07:41:21.338650Z", Warn, "", "warning|2026-11-29 07:41:21.338650|[P2PService][Service]onMessage: unknown node,nodeID=4b90e2aa...,endpoint=198.51.100.23:30300"),
			we("2026-11-29T07:41:24.779102Z", Error, "", "error|2026-11-29 07:41:24.779102|[CONSENSUS][PBFT]onRecvProposal: invalid proposal,index=414,hash=0e3f58d1...,fromIdx=3,reason=invalid signature"),
		},
	},
	{
		name:   "fisco-bcos-2-group-tag",
		source: "FISCO BCOS 2.x node log (the same `level|time|` head, then the group tag `[g:N]` before the module badges); from memory",
		why:    "the group tag `[g:1]` between the time and the badges; `++++` and `^^^^` runs are no markers; the level word first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.253147Z", Info, "", "info|2026-11-29 07:41:16.253147|[g:1][CONSENSUS][SEALER]++++++++++++++++ Generating seal on,blkNum=2087,tx=4,nodeIdx=1,hash=71be3d09..."),
			we("2026-11-29T07:41:16.402911Z", Info, "", "info|2026-11-29 07:41:16.402911|[g:1][CONSENSUS][PBFT]^^^^^^^^Report,num=2087,sealerIdx=1,hash=71be3d09...,next=2088,tx=4,nodeIdx=1"),
			we("2026-11-29T07:41:18.120554Z", Debug, "", "debug|2026-11-29 07:41:18.120554|[g:1][SYNC]Receive status from peer,peerBlockNumber=2087,peer=2d61c0f8..."),
			we("2026-11-29T07:41:30.918770Z", Error, "", "error|2026-11-29 07:41:30.918770|[g:1][CONSENSUS][PBFT]checkSign failed,reqIdx=3,nodeIdx=1,hash=aa04b9e2..."),
		},
	},
}

func TestFresh568Formats(t *testing.T) { assertTable(t, fresh568Cases) }
func TestFresh568Score(t *testing.T) {
	checkScore(t, "fresh568 formats", fresh568Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
