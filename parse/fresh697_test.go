package parse

import "testing"

// The six-hundred-and-ninety-seventh fresh table: cryptocurrency nodes, wallets and miners, their
// own logs as people paste them into tickets, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Monero P2Pool's p2pool.log (the level word first,
// `NOTICE  `, `WARNING `, `ERROR   `, then a UTC time with four fraction digits); ElectrumX under
// systemd (Python's `LEVEL:Logger:msg` after the journal's prefix); stellar-core (an ISO time, the
// node's short key, `[Partition LEVEL]`, a JSON context on the lines under it); ethminer on a
// terminal (a channel mark, ` i`, ` X`, ` m`, `cu`, then a time of day only and the thread's name);
// cpuminer-opt's console (`[date time] msg`, no level, a continuation line indented by the stamp's
// width); NBMiner (`[HH:mm:ss] LEVEL - msg`, its summary table a row a line); Sparrow Wallet's
// sparrow.log (logback with `[null:-1]` for the caller, a Java stack under an ERROR); Zebra's
// zebrad (tracing's full format with `{zebrad="…" net="Main"}` span fields).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`bitcoind`, `UpdateTip`, `geth`, `Imported new chain segment`,
// `lighthouse`, `prysm`, `teku`, `nimbus`, `lodestar`, `erigon`, `nethermind`, `besu`, `reth`,
// `lnd`, `c-lightning`, `lightningd`, `eclair`, `monerod`, `xmrig`, `cgminer`, `bfgminer`,
// `sgminer`, `cpuminer`, `cpuminer-opt`, `khash`, `Accepted 0`, `S0 R0`, `Submitted Diff`,
// `Stratum Diff`, `zcash`, `zcashd`, `zebra`, `zebrad`, `zebrad::`, `zebra_`, `{zebrad=`,
// `net="Main"`, `solana`, `agave`, `cardano`, `polkadot`, `substrate`, `tendermint`, `cometbft`,
// `electrum`, `electrumx`, `electrs`, `fulcrum`, `BlockProcessor`, `INFO:BlockProcessor`,
// `electrumx_server`, `btcd`, `BMGR`, `[INF] SRVR`, `litecoin`, `dogecoin`, `dashd`, `ethminer`,
// `<unknown>`, `Mh -`, `Mh/s`, `MH/s`, `H/s`, `t-rex`, `lolminer`, `nbminer`, `] INFO - `,
// `] WARN - `, `] ERROR - `, `New job:`, `gminer`, `Share #`, `phoenixminer`, `phoenix`,
// `phoenixd`, `teamredminer`, `teamred`, `trm`, `srbminer`, `claymore`, `EthDcrMiner`, `ETH: GPU`,
// `ETH share found`, `Sol/s`, `GPU0 t=`, `Total Speed`, `GPU0`, `GPU 0`, `bminer`, `nicehash`,
// `excavator`, `awesome miner`, `minerstat`, `hiveos`, `xmr-stak`, `xmrstak`, `xmrig-proxy`,
// `ckpool`, `p2pool`, `P2PServer`, `StratumServer`, `SideChain`, `NOTICE  20`, `NOTICE  2`, `XMR`,
// `tari`, `grin`, `mina`, `avalanche`, `algod`, `algorand`, `octez`, `tezos`, `hyperledger`,
// `chia`, `lotus`, `bitcoin knots`, `nodeos`, `eosio`, `ripple`, `rippled`, `stellar`,
// `stellar-core`, `[Herder`, `[Overlay`, `[Ledger`, `[Ledger INFO`, `horizon`, `aptos`, `sui-node`,
// `sui`, `near`, `neard`, `lnbits`, `btcpay`, `nbxplorer`, `wasabi`, `sparrow`, `sparrowwallet`,
// `[null:-1]`, `c.s.s.`, `bisq`, `joinmarket`, `rotki`, `mempool`, `esplora`, `openethereum`,
// `parity`, `mev-boost`, `web3signer`, `dirk`, `smartnode`, `rocketpool`, `rocket pool`, `iota`,
// `kaspa`, `kaspad`, `zilliqa`, `op-node`, `op-geth`, `optimism`, `arbitrum`, `anvil`, `hardhat`,
// `ganache`, `trezor`, `ledger`, `exodus`, `monero-wallet-rpc`, `braiins`, `bosminer`, `bitaxe`,
// `esp-miner`, `asic_result`, `axeos`, `nerdminer`, `public-pool`, `stratum`, `stratum v2`, `sv2`,
// `share accepted`, `hsd`, `bcoin`, `blgr`, `[I:20`, `[D:20`, `(chain)`, `ckb`, `nervos`,
// `ChainService`, `spacemesh`, `bitcoin`, `ethereum`, `monero`, `miner`, `wallet`, `[Nest]`). None
// of P2Pool, ElectrumX, stellar-core, ethminer, cpuminer-opt, NBMiner, Sparrow Wallet or zebrad is
// in any table (`sparrow` matches only RavenDB's Sparrow namespace, `c.s.s.` Spring Boot loggers,
// `[Ledger` other products' loggers, `zebra_` Quagga's zebra, and `<unknown>` and `] INFO - ` other
// products' lines). Left out as measured already: bitcoind, dogecoind, BTCPay, Electrum, electrs,
// Wasabi, monerod, monero-wallet-rpc, XMRig, ckpool, lnd and the btclog shape it shares with btcd,
// Core Lightning, Eclair, geth, reth, Erigon, Nethermind, Besu (and Web3Signer's same log4j pipes),
// Teku, Lighthouse, Prysm, Lodestar, Nimbus, Solana and Agave, Cardano, Polkadot, Tendermint and
// CometBFT, Tezos, Aptos, Chia, Lotus, Avalanche, nodeos. Left out as not confirmed by any search:
// PhoenixMiner's log file (only its `-logfile` option was found), TeamRedMiner, SRBMiner and
// lolMiner; GMiner and Claymore were confirmed but kept out for eight families of different shapes.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). P2Pool writes UTC (gmtime) with four fraction digits; ElectrumX's time is
// the journal's; stellar-core's ISO time and Sparrow's logback time have no zone and are taken as
// UTC; cpuminer-opt's bracketed date and time have no zone and are taken as UTC; ethminer's and
// NBMiner's stamps are a time of day only, on the clock's day; zebrad's ends in Z. Levels only
// where the line marks one: P2Pool's leading word (NOTICE is Notice), ElectrumX's
// `LEVEL:Logger:`, stellar-core's word after the partition inside the bracket, ethminer's ` i`
// (the note channel, Info) and ` X` (the warning channel, Warn), NBMiner's word before the dash,
// Sparrow's and zebrad's level words; ethminer's ` m`, `cu` and `cl` name channels and carry none,
// and cpuminer-opt marks none (colours only). The host is the record's host field: only the
// journal's for ElectrumX; stellar-core's short node key, zebrad's span fields, stratum clients,
// peers, pools and Electrum servers are no hosts. A record that spans lines is one entry:
// stellar-core's JSON context under `Out of sync context: {`, cpuminer-opt's indented `Diff:`
// line under `New Stratum Diff`, Sparrow's exception and its `at` lines; NBMiner's summary rows
// are records of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory (P2Pool's and
// ethminer's writers were read in their sources). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3b19223 before any rule for it: level 89.6 %, time 87.5 %, host 91.7 %, records 87.5 %.
// That is the macro figure (micro: level 88.1 %, time 85.7 %, host 90.5 %, records 85.7 %), in a
// worktree at 3b19223 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (42 records); the gap is ethminer's: the time of day after its channel
// mark is not read, so the lines that open with a blank are joined to the record before them, and
// its ` i` and ` X` marks are not read as levels.

var fresh697Cases = []worldCase{
	{
		name:   "p2pool-log-file-level-first",
		source: "Monero P2Pool's p2pool.log (SChernykh/p2pool src/log.cpp: the file writer puts `NOTICE  `, `WARNING ` or `ERROR   ` (padded to eight) before the UTC time from gmtime, `yyyy-MM-dd HH:mm:ss.ffff` with four fraction digits, then the category and the message): SChernykh/p2pool issues #97 (a pasted log) and #375, and src/log.cpp read with read_file",
		why:    "the level word comes first, before the time; four fraction digits; the time is UTC; the stratum client's and the peer's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T06:12:40.3318Z", Notice, "", "NOTICE  2026-11-29 06:12:40.3318 P2Pool v4.12 (built with gcc/13.3.0 on 2026-11-02)"),
			we("2026-11-29T06:12:40.3401Z", Notice, "", "NOTICE  2026-11-29 06:12:40.3401 SideChain network type  = mainnet"),
			we("2026-11-29T06:13:05.7723Z", Notice, "", "NOTICE  2026-11-29 06:13:05.7723 StratumServer SHARE FOUND: mainchain height 3561482, sidechain height 10448213, diff 412309, client 192.168.40.17:52114 user rig-attic, effort 87.412%"),
			we("2026-11-29T06:13:19.0046Z", Warn, "", "WARNING 2026-11-29 06:13:19.0046 P2PServer peer 203.0.113.58:37889 is ahead on mainchain (height 3561483, your height 3561482). Is your monerod stuck or lagging?"),
			we("2026-11-29T06:14:02.515Z", Error, "", "ERROR   2026-11-29 06:14:02.5150 ZMQReader failed to connect to 127.0.0.1:18083, error Connection refused"),
		},
	},
	{
		name:   "electrumx-journal-levelname-colon",
		source: "ElectrumX under systemd, read with journalctl (Python logging's `%(levelname)s:%(name)s:%(message)s` after the journal's `Mon dd HH:MM:SS host electrumx_server[pid]:`): kyuupichan/electrumx issues #1049 and #181, spesmilo/electrumx issue #216 (pasted journals); the bare lines in btcpayserver/btcpayserver-docker issue #986 and atomicals/atomicals-electrumx issue #53",
		why:    "the journal's time and host; the level is the word glued by a colon to the logger's name (`WARNING:Env:`); the daemon's and the RPC listener's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T05:02:11Z", Info, "satsrv1", "Nov 29 05:02:11 satsrv1 electrumx_server[1742]: INFO:electrumx:ElectrumX server starting"),
			we("2026-11-29T05:02:11Z", Warn, "satsrv1", "Nov 29 05:02:11 satsrv1 electrumx_server[1742]: WARNING:Env:lowered maximum sessions from 2,000 to 1,012 because your open file limit is 2,048"),
			we("2026-11-29T05:02:12Z", Error, "satsrv1", "Nov 29 05:02:12 satsrv1 electrumx_server[1742]: ERROR:Daemon:connection problem - check your daemon is running.  Retrying occasionally..."),
			we("2026-11-29T05:03:40Z", Info, "satsrv1", "Nov 29 05:03:40 satsrv1 electrumx_server[1742]: INFO:BlockProcessor:our height: 871,904 daemon: 924,310 UTXOs 1,906MB hist 212MB"),
			we("2026-11-29T05:03:41Z", Info, "satsrv1", "Nov 29 05:03:41 satsrv1 electrumx_server[1742]: INFO:SessionManager:RPC server listening on 127.0.0.1:8000"),
		},
	},
	{
		name:   "stellar-core-node-key-partition-level",
		source: "stellar-core's log (`yyyy-MM-ddTHH:mm:ss.SSS NODEID [Partition LEVEL] msg`, the node's five-letter short key, a JSON context on the lines under `Out of sync context:`): stellar/stellar-core issues #1540 and #1435 (pasted logs), PR #386 (the older `[Herder] INFO` layout)",
		why:    "a zone-less ISO time (UTC by the rules); the node's short key (GDKXE) is no host; the level is the second word inside the bracket after the partition; the JSON lines belong to the record above them",
		entries: []worldEntry{
			we("2026-11-29T08:20:14.102Z", Info, "", "2026-11-29T08:20:14.102 GDKXE [Ledger INFO] Got consensus: [seq=51203377, prev=9c41e2, txs=212, ops=498]"),
			we("2026-11-29T08:20:14.109Z", Info, "", "2026-11-29T08:20:14.109 GDKXE [Ledger INFO] Closed ledger: [seq=51203377, hash=4e90ad]"),
			we("2026-11-29T08:20:31.56Z", Warn, "", "2026-11-29T08:20:31.560 GDKXE [Work WARNING] Scheduling retry #2/32 in 9 sec, for get-remote-file archive-b"),
			we("2026-11-29T08:20:33.017Z", Error, "", "2026-11-29T08:20:33.017 GDKXE [Overlay ERROR] Unable to add peer 'core-live-c.example.net' [OverlayManagerImpl.cpp:312]"),
			we("2026-11-29T08:21:02.448Z", Info, "",
				"2026-11-29T08:21:02.448 GDKXE [Herder INFO] Out of sync context: {",
				`   "queue" : null,`,
				`   "you" : "GDKXEV3N4QZ7TPLW2M6RYA5HJCKUO3BSFX4DIG7WE2NQPLZ6T5RMYVQA"`,
				"}"),
		},
	},
	{
		name:   "ethminer-channel-time-of-day",
		source: "ethminer 0.18/0.19 on a terminal (libdevcore/Log.cpp: the channel mark ` i` (NoteChannel) or ` X` (WarnChannel), or another channel such as ` m`, `cl` or `cu`; the local time of day from strftime %X; the thread's name padded to eight; the message): ethereum-mining/ethminer issue #1919 (a pasted log) and libdevcore/Log.cpp read with read_file",
		why:    "a time of day only (the clock's day); ` i` is the note channel (info) and ` X` the warning channel; ` m`, `cu` and `cl` name channels, no level; the pool's name and address are no host",
		entries: []worldEntry{
			we("2026-11-29T09:14:02Z", Info, "", " i 09:14:02 main     Configured pool eth-eu.example-pool.org:4444"),
			we("2026-11-29T09:14:03Z", Info, "", " i 09:14:03 stratum  Established connection to eth-eu.example-pool.org [198.51.100.23:4444]"),
			we("2026-11-29T09:14:05Z", Unknown, "", "cu 09:14:05 cuda-0   Generating DAG + Light : 4.71 GB"),
			we("2026-11-29T09:14:40Z", Unknown, "", " m 09:14:40 main     0:00 A0 61.84 Mh - cu0 30.92 58C 45%, cu1 30.92 61C 52%"),
			we("2026-11-29T09:15:12Z", Info, "", " i 09:15:12 stratum  **Accepted  88 ms. eth-eu.example-pool.org [198.51.100.23:4444]"),
			we("2026-11-29T09:16:30Z", Warn, "", " X 09:16:30 stratum  Error: Connection reset by peer - retrying in 3 seconds"),
		},
	},
	{
		name:   "cpuminer-opt-console-indented-continuation",
		source: "cpuminer-opt's console (JayDDee/cpuminer-opt applog: `[yyyy-MM-dd HH:mm:ss] msg`, no level word, only colours; a second line indented by the stamp's width continues the record, as under `New Stratum Diff`): JayDDee/cpuminer-opt issue #272 (a pasted log) and its wiki page Console-Logs",
		why:    "a bracketed zone-less date and time (UTC by the rules); no level; the indented `Diff: Net …` line belongs to the record above it; `S0 R0 B0` are share counters",
		entries: []worldEntry{
			we("2026-11-29T10:02:11Z", Unknown, "", "[2026-11-29 10:02:11] Stratum connect stratum+tcp://yespower.eu.example-pool.net:6234"),
			we("2026-11-29T10:02:11Z", Unknown, "", "[2026-11-29 10:02:11] 12 of 16 miner threads started using 'yespowerr16' algorithm"),
			we("2026-11-29T10:02:12Z", Unknown, "",
				"[2026-11-29 10:02:12] New Stratum Diff 0.004, Block 1204477, Job 3a91",
				"                      Diff: Net 0.0081233, Stratum 0.004, Target 6.1035e-008"),
			we("2026-11-29T10:02:19Z", Unknown, "", "[2026-11-29 10:02:19] 1 Submitted Diff 0.0052117, Block 1204477, Job 3a91"),
			we("2026-11-29T10:02:19Z", Unknown, "", "[2026-11-29 10:02:19] 1 Accepted 1 S0 R0 B0, 7.112 sec (64ms)"),
		},
	},
	{
		name:   "nbminer-bracket-time-level-dash",
		source: "NBMiner 39-42's console and log file (`[HH:mm:ss] LEVEL - msg`, levels INFO WARN ERROR; the periodic summary drawn as a table, each row a line of its own): NebuTech/NBMiner issue #908 and nicehash/NiceHashMiner issue #1575 (pasted logs); the 2018 layout `yyyy-MM-dd HH:mm:ss,SSS LEVEL - msg` in NebuTech/NBMiner issue #16",
		why:    "a bracketed time of day only (the clock's day); the level word before a dash; the summary's rows are records of their own; the pool's name in `New job:` is no host",
		entries: []worldEntry{
			we("2026-11-29T11:20:05Z", Info, "", "[11:20:05] INFO - ethash - New job: etc.eu.example-pool.io:1010, ID: 5c02e9aa, HEIGHT: 21843307, DIFF: 4.295G"),
			we("2026-11-29T11:20:09Z", Info, "", "[11:20:09] INFO - ethash - #14 Share accepted, 61 ms. [DEVICE 1, #6]"),
			we("2026-11-29T11:20:30Z", Info, "", "[11:20:30] INFO - |ID|Device|Hashrate|Accept|Reject|Inv|Powr|CTmp|MTmp|Fan|CClk|GMClk|RV|MUtl|Eff/Watt|"),
			we("2026-11-29T11:20:30Z", Info, "", "[11:20:30] INFO - | 0|3060ti| 30.12 M|    14|     0|  0| 118|  57|    | 62|1470| 7000|Sa| 100| 255.3 K|"),
			we("2026-11-29T11:20:41Z", Warn, "", "[11:20:41] WARN - ethash - Share rejected by pool, stale share. [DEVICE 0, #7]"),
			we("2026-11-29T11:21:12Z", Error, "", "[11:21:12] ERROR - Pool connection lost: etc.eu.example-pool.io:1010, reconnecting in 10s"),
		},
	},
	{
		name:   "sparrow-wallet-log-null-line",
		source: "Sparrow Wallet's sparrow.log (logback: `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] abbreviated.Logger [file:line] msg`, the caller shown as `[null:-1]` in release builds, one blank after the level; an exception's stack under an ERROR): sparrowwallet/sparrow issues #583 and #110, raspibolt/raspibolt issue #1328 (pasted logs)",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules); the level word after the time; `[JavaFX Application Thread]` is a thread; the exception and its `at` lines belong to the ERROR; the Electrum server's name is no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:44.118Z", Info, "", "2026-11-29 08:02:44,118 INFO [JavaFX Application Thread] c.s.s.AppServices [null:-1] Connected to electrs.lan.example:50002 (electrs/0.10.6)"),
			we("2026-11-29T08:02:47.53Z", Debug, "", "2026-11-29 08:02:47,530 DEBUG [Thread-9] c.s.s.n.ElectrumServer [null:-1] Fetching history for 42 script hashes"),
			we("2026-11-29T08:03:10.902Z", Warn, "", "2026-11-29 08:03:10,902 WARN [Thread-41] c.s.s.n.ExchangeSource [null:-1] Error retrieving historical rates for EUR (HTTP 429)"),
			we("2026-11-29T08:04:55.671Z", Error, "",
				"2026-11-29 08:04:55,671 ERROR [JavaFX Application Thread] c.s.s.p.ServerPreferencesController [null:-1] Connection error",
				"com.sparrowwallet.sparrow.net.ServerException: Connection refused",
				"\tat com.sparrowwallet.sparrow@2.3.1/com.sparrowwallet.sparrow.net.TcpTransport.connect(Unknown Source)",
				"\tat com.sparrowwallet.sparrow@2.3.1/com.sparrowwallet.sparrow.net.ElectrumServer.connect(Unknown Source)",
				"\tat java.base/java.lang.Thread.run(Unknown Source)"),
			we("2026-11-29T08:05:20.004Z", Info, "", "2026-11-29 08:05:20,004 INFO [Thread-52] c.s.s.w.WalletForm [null:-1] Wallet cold-storage finished loading history"),
		},
	},
	{
		name:   "zebrad-tracing-span-fields",
		source: "Zebra's zebrad on stdout (tracing-subscriber's full format: `yyyy-MM-ddTHH:mm:ss.ffffffZ LEVEL {zebrad=\"commit\" net=\"Main\"}:span: target: msg fields`, the level right-aligned to five): ZcashFoundation/zebra issues #9512 and #7060, PRs #8868 and #6235 (pasted logs)",
		why:    "an ISO time in Z with microseconds; the level right-aligned after it; the span's fields in braces are no host; `127.0.0.1:8232` is a listener",
		entries: []worldEntry{
			we("2026-11-29T03:40:05.118204Z", Info, "", `2026-11-29T03:40:05.118204Z  INFO {zebrad="4b7e1c2" net="Main"}: zebrad::commands::start: spawning RPC server`),
			we("2026-11-29T03:40:05.118377Z", Info, "", `2026-11-29T03:40:05.118377Z  INFO {zebrad="4b7e1c2" net="Main"}: zebra_rpc::server: Opened RPC endpoint at 127.0.0.1:8232`),
			we("2026-11-29T03:41:05.402911Z", Info, "", `2026-11-29T03:41:05.402911Z  INFO {zebrad="4b7e1c2" net="Main"}: zebrad::components::sync::progress: estimated progress to chain tip sync_percent=98.412% current_height=Height(3190442) network_upgrade=Nu6 remaining_sync_blocks=51032 time_since_last_state_block=0s`),
			we("2026-11-29T03:41:17.550321Z", Warn, "", `2026-11-29T03:41:17.550321Z  WARN {zebrad="4b7e1c2" net="Main"}:sync:try_to_sync: zebrad::components::sync: error downloading and verifying block e=Timeout height=Height(3190519)`),
			we("2026-11-29T03:42:00.007645Z", Error, "", `2026-11-29T03:42:00.007645Z ERROR {zebrad="4b7e1c2" net="Main"}: zebra_state::service: state service request failed error="database is locked"`),
		},
	},
}

func TestFresh697Formats(t *testing.T) { assertTable(t, fresh697Cases) }
func TestFresh697Score(t *testing.T) {
	checkScore(t, "fresh697 formats", fresh697Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
