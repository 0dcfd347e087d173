package parse

import "testing"

// The two-hundred-and-fifty-sixth fresh table, written on 2026-12-05: blockchain and
// distributed-ledger nodes as their operators read them (files, docker logs, journalctl), in shapes
// no earlier table holds. Each family is one product's documented or observed output: geth's
// terminal log under `docker compose logs -t` (the service prefix, Docker's stamp, then geth's own
// yearless `INFO [11-29|…]`); Erigon's log directory written as JSON (`--log.dir.json`: sorted keys,
// lvl spelled info/warn/eror/dbug, t as RFC 3339 nanoseconds with the host's -05:00 offset);
// Nethermind's console (`dd MMM HH:mm:ss | message`, its block summary written a line a call) read
// with `docker logs`; Lighthouse's tracing logger with `--log-format JSON` on stdout (a yearless
// `Nov 29 07:41:17.002` inside the JSON); Prysm v7 under systemd in the journal (logrus text with a
// centisecond `time="… 07:41:18.42"`); Bitcoin Core's debug.log with -logthreadnames and
// -logsourcelocations (a thread, a file:line and a function in brackets before the category or
// level); lnd 0.19 under systemd with logging.console.no-timestamps and call-site=short (btclog v2's
// `[INF] SUBS file.go:N: msg key=value`, [CRT] for critical); `solana logs` streaming a validator's
// transaction logs (untimed blocks, a program's multi-line log ending at column 0); gaiad (Cosmos
// SDK 0.50 on CometBFT) in the journal with zerolog's console writer (`8:14AM INF …`); a Hyperledger
// Fabric 2.2 LTS peer in a container with TZ=America/New_York (the pre-2.4 layout, `EST [module]
// func -> LEVL seq msg`, its version block).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`geth`, `go-ethereum`, `erigon`, `nethermind`, `lighthouse`, `prysm`, `teku`, `nimbus`,
// `lodestar`, `besu`, `reth`, `bitcoind`, `debug.log`, `UpdateTip`, `lnd`, `lightning`, `solana`,
// `agave`, `cosmos`, `cometbft`, `tendermint`, `gaiad`, `cosmovisor`, `hyperledger`, `fabric`,
// `peer.gossip`, `chaincode`, `Imported new chain segment`, `Imported new potential chain head`,
// `Chain head was updated`, `Looking for peers`, `Forkchoice requested`, `execution-1`, `| INFO [`,
// `Z INFO [`, `"lvl":`, `"lvl":"eror"`, `eror`, `"dbug"`, `Received ForkChoice`, `Synced chain Head`,
// `| Received`, `Processed  `, `MGas`, `Blk/s`, `mgasps`, `Nov 07:`, ` Nov 0`, `"ts":"Nov`,
// `"msg":"Synced"`, `exec_hash`, `slot_notifier`, `prysm.sh`, `Synced new block`, `"prefix"`,
// `time="2026-11-29 0` with a two-digit fraction, `logtimemicros`, `logthreadnames`,
// `sourcelocation`, `[msghand]`, `[scheduler]`, `[init]`, `UpdateTipLog`, `[validation.cpp`,
// `brontide`, `no-timestamps`, `call-site`, `[INF] `, `[INF] PEER`, `[CRT]`, `LNWL`, `CRTR`, `HSWC`,
// `Transaction executed in slot`, `Streaming transaction`, `Log Messages:`, `Program log`,
// `invoke [1]`, `compute units`, `AM INF`, `PM INF`, ` INF committed`, `finalizing commit of block`,
// `module=consensus`, `-> INFO 0`, `-> WARN 0`, `-> ERRO`, `serve -> `, `EST [`, `UTC [`,
// `getLocalAddress`, `Starting peer`, `nodeCmd`, `shortfunc`, `docker logs -t`, `journalctl -fu`).
// Blockchain nodes are fresh106's theme (44 families) and appear in fresh11, fresh44 and fresh94;
// each family here is a product in a mode or output none of them holds. geth is in fresh11 (the
// terminal layout bare) and fresh106 (JSON); under Docker's stamp and a compose prefix in none.
// Erigon is in fresh106 as the console's bracketed level; its JSON log file in none. Nethermind is in
// fresh106 as the per-network logs.txt (`longdate|message`); its `dd MMM` console in none.
// Lighthouse is in fresh106 as the slog-era terminal layout; the tracing-era JSON in none. Prysm is
// in fresh106 as the prefixed text; the v7 logrus text in the journal in none. bitcoind is in
// fresh44 (debug.log) and fresh106 (v28 in the journal); with thread names and source locations in
// none. lnd is in fresh94 (btclog with its own time); without time, with call sites, in none. Solana
// is in fresh106 (Agave's log file and journal, Firedancer); the `solana logs` stream in none. The
// Cosmos SDK is in fresh106 as zerolog's console bare and as JSON; zerolog's console in the journal
// in none. The Fabric peer is in fresh44 as the 2.x layout in UTC; the 2.2 layout (the level after
// the arrow) in a local zone in none. Left out as measured already: Teku (its log file is Besu's
// pipe layout), Nimbus, Lodestar, reth, Besu, op-node, mev-boost, Dogecoin, ord, litd, Core
// Lightning, eclair, Agave, Firedancer, Tendermint 0.34, Hermes, the go-relayer, the Fabric orderer
// and CA (fresh94, fresh106). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Docker's stamp and geth's yearless time of the same instant are both the
// record's time (the container's clock is UTC), so either is accepted; Erigon's t is converted from
// -05:00; Nethermind's `29 Nov 07:41:16` and Lighthouse's `Nov 29 07:41:17.002` have no year (2026)
// and no zone (UTC); the journal's time and the daemon's own (Prysm's centiseconds, zerolog's
// minute-precision `8:14AM`) are two versions of the record's time, either accepted; lnd writes no
// time of its own there; `solana logs` carries no time at all; the Fabric peer's `EST` is -05:00.
// Levels only where the line marks one: geth's level word, Erigon's lvl (eror is Error, dbug is
// Debug), Lighthouse's level key, logrus' level=, Bitcoin Core's [warning] and [error] (a [net] or
// [rpc] category is no level, as in fresh44), btclog's [INF] [WRN] [ERR] [CRT], zerolog's INF WRN
// ERR, Fabric's four-letter word after the arrow; Nethermind's console and `solana logs` mark none
// (`Status: Error processing …` is a field, not a level). The host is the record's host field: the
// journal's; a compose service name, a peer, a client address, an endpoint and a Fabric peer's
// address in its message are not hosts. A record that spans lines is one entry: a `solana logs`
// block from `Transaction executed in slot N:` to the next, a program log's pretty-printed struct
// included down to its closing brace at column 0; the Fabric peer's Starting peer record with its
// indented version block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30e307a before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %, over
// 53 records), in a worktree at 30e307a with no change to trawl's code (only this file and
// table_test.go's list), 10 of 10 families fully right; no family carries a gap.

var fresh256Cases = []worldCase{
	{
		name:   "geth-compose-logs-timestamps",
		source: "go-ethereum 1.16 in a docker compose stack read with `docker compose logs -t` (the service name padded and ` | `, Docker's RFC 3339 nanosecond stamp, then geth's terminal `LEVEL[MM-dd|HH:mm:ss.SSS] msg key=value`, ERROR touching the bracket): ethstaker/eth-docker issue #1622 (an execution-1 paste of the same shape)",
		why:    "a compose service prefix, then Docker's stamp, then geth's yearless time of the same instant; the service name is no host; the thousands commas in number= and the µs in elapsed are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412734911Z|2026-11-29T07:41:16.412Z", Info, "", "execution-1  | 2026-11-29T07:41:16.412734911Z INFO [11-29|07:41:16.412] Imported new potential chain head     number=24,112,305 hash=8c41e2..a7f03b blocks=1 txs=163 mgas=17.442 elapsed=201.307ms mgasps=86.64 snapdiffs=2.31MiB triedirty=612.40MiB"),
			we("2026-11-29T07:41:16.418020377Z|2026-11-29T07:41:16.417Z", Info, "", `execution-1  | 2026-11-29T07:41:16.418020377Z INFO [11-29|07:41:16.417] Chain head was updated                   number=24,112,305 hash=8c41e2..a7f03b root=d07a55..19c2e4 elapsed="901.204µs"`),
			we("2026-11-29T07:41:40.00251864Z|2026-11-29T07:41:40.002Z", Warn, "", "execution-1  | 2026-11-29T07:41:40.002518640Z WARN [11-29|07:41:40.002] Beacon client online, but no consensus updates received in a while. Please fix your beacon client to follow the chain!"),
			we("2026-11-29T07:41:52.770113902Z|2026-11-29T07:41:52.769Z", Error, "", `execution-1  | 2026-11-29T07:41:52.770113902Z ERROR[11-29|07:41:52.769] Failed to journal state snapshot         err="snapshot [0x6d1f..c03a] missing"`),
			we("2026-11-29T07:42:05.118409256Z|2026-11-29T07:42:05.118Z", Info, "", "execution-1  | 2026-11-29T07:42:05.118409256Z INFO [11-29|07:42:05.118] Looking for peers                        peercount=18 tried=41 static=0"),
		},
	},
	{
		name:   "erigon-log-dir-json",
		source: "Erigon 3 with `--log.dir.json` writing <datadir>/logs/erigon.log (erigon-lib/log/v3 JsonFormat: a Go map marshalled with sorted keys, t the record's time.Time as RFC 3339 nanoseconds in the local zone, lvl from Lvl.String() spelled trace/dbug/info/warn/eror/crit, msg): erigontech/erigon turbo/logging/logging.go (initSeparatedLogging, the dir handler) and erigon-lib/log/v3 format.go and logger.go; the messages from memory",
		why:    "lvl comes before msg and t after both, keys sorted; eror and dbug are the log15 spellings; t carries -05:00 and Go trims trailing zeros of the fraction (or drops it); blk/s, tx/s and the block number are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.418402154Z", Info, "", `{"alloc":"3.1GB","blk/s":"1.0","blocks":1,"lvl":"info","msg":"[4/6 Execution] Executed blocks","number":24112305,"sys":"7.8GB","t":"2026-11-29T02:41:16.418402154-05:00","tx/s":"163.0"}`),
			we("2026-11-29T07:41:28.004117301Z", Info, "", `{"hash":"0x5e17c04a9b3d2f8e61a7c0d4b9e2f5a8c1d6e3b0f7a4c9d2e5b8f1a6c3d0e7b4","height":24112306,"lvl":"info","msg":"[NewPayload] Handling new payload","t":"2026-11-29T02:41:28.004117301-05:00"}`),
			we("2026-11-29T07:41:33.810552019Z", Warn, "", `{"err":"context deadline exceeded","lvl":"warn","msg":"[sentry] Failed to send message","peer":"a41c90e2f3b7d5e8","t":"2026-11-29T02:41:33.810552019-05:00"}`),
			we("2026-11-29T07:41:40.27721Z", Error, "", `{"conn":"10.40.2.9:48122","err":"query exceeds max block range 10000","lvl":"eror","method":"eth_getLogs","msg":"[rpc] served","reqid":412,"t":"2026-11-29T02:41:40.27721-05:00"}`),
			we("2026-11-29T07:41:41Z", Debug, "", `{"lvl":"dbug","msg":"[p2p] Dropped peer","peer":"3fa1c2d4e5b6a798","reason":"too many peers","t":"2026-11-29T02:41:41-05:00"}`),
		},
	},
	{
		name:   "nethermind-console-day-month",
		source: "Nethermind 1.3x's console read with `docker logs nethermind` (the console target's `dd MMM HH:mm:ss | message`, no level word, the block summary written as separate lines `Processed`, `- Block`, `- Block throughput`): coincashew's staking guide (the same lines under `journalctl -fu execution`, found with find_string), NethermindEth/nethermind PRs #5769 and #5770 (the Processed and throughput lines); the peers line from memory",
		why:    "a day-first yearless date with a month name, then ` | `; each line of the block summary is a record of its own with its own time; `12,004 ms` and `4.73 Blk/s` are no times; no level anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | Received new block:  24112305 (0x8c41e2...a7f03b)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | Processed                24112305     |    211.42 ms  |  slot     12,004 ms |"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | - Block               17.44 MGas   |    163    txs |  calls  1,288 ( 21) | sload   3,512 | sstore  1,104 | create   2"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | - Block throughput    82.49 MGas/s |    770.96 t/s |          4.73 Blk/s | recv        0 | proc        0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | Received ForkChoice: Head: 24112305 (0x8c41e2...a7f03b), Safe: 24112273 (0x19d0c4...e2b871), Finalized: 24112241 (0x4a7e90...3c5d12)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 | Synced chain Head to 24112305 (0x8c41e2...a7f03b)"),
			we("2026-11-29T07:41:41Z", Unknown, "", "29 Nov 07:41:41 | Peers: 50 | node diversity :  Geth (58 %), Nethermind (22 %), Reth (10 %), Besu (6 %), Erigon (4 %)"),
		},
	},
	{
		name:   "lighthouse-tracing-json-stdout",
		source: "Lighthouse v7+ (the tracing logger) with `--log-format JSON` on stdout, read with `docker logs` (build_json_log_stdout: msg, level INFO/WARN/ERROR/CRIT, ts as the local `%b %d %H:%M:%S%.3f`, the event's fields parsed as JSON values; serde_json's default map sorts the keys): sigp/lighthouse common/logging/src/tracing_logging_layer.rs; the messages after the slog-era ones in sigp/lighthouse issue #2566",
		why:    "a JSON record whose ts is a yearless `Nov 29 07:41:17.002` with no zone; the level key holds INFO WARN ERROR CRIT; slot, epoch and the unix timestamp field are no times; the endpoint is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.002Z", Info, "", `{"block":"0x3fa2…c91e","epoch":331402,"exec_hash":"0x8c41…f03b (verified)","finalized_checkpoint":"Checkpoint { epoch: 331400, root: 0x77d0…e1a4 }","level":"INFO","msg":"Synced","peers":84,"slot":10604876,"ts":"Nov 29 07:41:17.002"}`),
			we("2026-11-29T07:41:29.188Z", Info, "", `{"level":"INFO","msg":"New block received","root":"0x9b07d3e1f52a48c6b0e7d19a3c5f2e8b4d6a0c1e7f39b2d5a8c4e6f0b1d3a7e9","slot":10604877,"ts":"Nov 29 07:41:29.188"}`),
			we("2026-11-29T07:41:35.41Z", Warn, "", `{"endpoint":"http://127.0.0.1:8551/","last_seen_block_unix_timestamp":0,"level":"WARN","msg":"Execution endpoint is not synced","ts":"Nov 29 07:41:35.410"}`),
			we("2026-11-29T07:41:41.007Z", Error, "", `{"error":"EngineError(Api { error: Reqwest(reqwest::Error { kind: Request, url: \"http://127.0.0.1:8551/\" }) })","level":"ERROR","msg":"Error during execution engine upcheck","ts":"Nov 29 07:41:41.007"}`),
			we("2026-11-29T07:42:02.515Z", Critical, "", `{"error":"ValidatorPubkeyCacheLockTimeout","level":"CRIT","msg":"Beacon block processing error","ts":"Nov 29 07:42:02.515"}`),
		},
	},
	{
		name:   "prysm-v7-journal-logrus-text",
		source: "Prysm v7's beacon-chain as a systemd service (prysm.sh) read with journalctl (the journal's `Mmm dd HH:mm:ss host ident[pid]:`, then logrus text with Prysm's TimestampFormat `2006-01-02 15:04:05.00`: `time=\"… 01:22:51.21\" level=info msg=\"…\" key=val prefix=…`): OffchainLabs/prysm issue #16340 (a v7.1.2 journal paste), the validator's main.go (TimestampFormat) found with find_string, prysm issue #12434 (the v4 journal)",
		why:    "the journal's time and host, then logrus' zone-less time with two fraction digits (centiseconds); level=warning is Warn; prefix=, epoch= and slot= are no hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.42Z", Info, "eth-cl-02", `Nov 29 07:41:18 eth-cl-02 prysm.sh[1873]: time="2026-11-29 07:41:18.42" level=info msg="Synced new block" block=0x3fa2c91e... epoch=331402 finalizedEpoch=331400 finalizedRoot=0x77d0e1a4... prefix=blockchain slot=10604876`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.43Z", Info, "eth-cl-02", `Nov 29 07:41:18 eth-cl-02 prysm.sh[1873]: time="2026-11-29 07:41:18.43" level=info msg="Finished applying state transition" attestations=9 kzgCommitmentCount=6 payloadHash=0x8c41e2b7d509 prefix=blockchain slot=10604876 syncBitsCount=489 txCount=163`),
			we("2026-11-29T07:41:44Z|2026-11-29T07:41:44.07Z", Warn, "eth-cl-02", `Nov 29 07:41:44 eth-cl-02 prysm.sh[1873]: time="2026-11-29 07:41:44.07" level=warning msg="Execution client is not syncing" prefix=execution`),
			we("2026-11-29T07:41:52Z|2026-11-29T07:41:52.91Z", Error, "eth-cl-02", `Nov 29 07:41:52 eth-cl-02 prysm.sh[1873]: time="2026-11-29 07:41:52.91" level=error msg="Could not handle p2p pubsub" error="could not process block: invalid parent root" prefix=sync topic="/eth2/8c9f62fe/beacon_block/ssz_snappy"`),
			we("2026-11-29T07:42:03Z", Info, "eth-cl-02", `Nov 29 07:42:03 eth-cl-02 prysm.sh[1873]: time="2026-11-29 07:42:03.00" level=info msg="Connected peers" inboundQUIC=96 inboundTCP=7 outboundQUIC=3 outboundTCP=1 prefix=p2p target=70`),
		},
	},
	{
		name:   "bitcoind-debug-log-threads-sourcelocs",
		source: "Bitcoin Core 29/30's debug.log with -logtimemicros -logthreadnames -logsourcelocations (FormatLogStrInPlace: the ISO time with microseconds and Z, `[thread] `, `[file:line] [function] `, then GetLogPrefix's `[category]`, `[warning]` or `[error]`, then the message): bitcoin/bitcoin src/logging.cpp (found with find_string and read_file); UpdateTip's fields as in fresh44",
		why:    "three or four bracketed words before the message: a thread name, a source location, a function, then a category or level; only [warning] and [error] are levels; UpdateTip's date= is the block's, not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "2026-11-29T07:41:16.204118Z [init] [init/common.cpp:131] [LogPackageVersion] Bitcoin Core version v30.0.0 (release build)"),
			we("2026-11-29T07:41:19.880412Z", Unknown, "", "2026-11-29T07:41:19.880412Z [msghand] [validation.cpp:2961] [UpdateTipLog] UpdateTip: new best=00000000000000000000f2a9c41e7b3d508e6a19c2d47f03b8e51a6c9d2e7b40 height=925118 version=0x2000e000 log2_work=95.833017 tx=1193441072 date='2026-11-29T07:39:58Z' progress=1.000000 cache=18.2MiB(131022txo)"),
			we("2026-11-29T07:41:20.004321Z", Unknown, "", "2026-11-29T07:41:20.004321Z [net] [net.cpp:1624] [SocketSendData] [net] socket send error for peer=42: Broken pipe (32)"),
			we("2026-11-29T07:41:21.551208Z", Warn, "", "2026-11-29T07:41:21.551208Z [scheduler] [validation.cpp:2812] [FlushStateToDisk] [warning] Flushing large (1 GiB) UTXO set to disk, it may take several minutes"),
			we("2026-11-29T07:41:22.870011Z", Error, "", "2026-11-29T07:41:22.870011Z [msghand] [node/blockstorage.cpp:1044] [ReadRawBlock] [error] ReadRawBlock: OpenBlockFile failed for FlatFilePos(nFile=4390, nPos=1044117)"),
			we("2026-11-29T07:41:23.118932Z", Unknown, "", "2026-11-29T07:41:23.118932Z [httpworker.3] [rpc/server.cpp:580] [ExecuteCommand] [rpc] ThreadRPCServer method=getblockchaininfo user=__cookie__"),
		},
	},
	{
		name:   "lnd-019-journal-callsite-no-timestamps",
		source: "lnd 0.19 under systemd with logging.console.no-timestamps=true and logging.console.call-site=short, read with journalctl (btclog v2's DefaultHandler: `[LVL]`, ` SUBS`, ` file.go:line`, `: `, the message, then structured key=value attributes; levels TRC DBG INF WRN ERR CRT): lightningnetwork/lnd PR #9083 (sample-lnd.conf's logging.console.no-timestamps and call-site), btcsuite/btclog v2/handler.go and v2/handler_test.go (the `[INF] handler_test.go:30: …` and `[CRT]:` outputs)",
		why:    "the journal's time and host, then a level in brackets with no time of lnd's own; the subsystem and a file:line call site before the colon; [CRT] is critical; Peer(…) and ChannelLink(925001:1422:0) are no hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ln-node-2", "Nov 29 07:41:16 ln-node-2 lnd[1412]: [INF] LTND lnd.go:297: Version: 0.19.3-beta commit=v0.19.3-beta, build=production, logging=default, debuglevel=info"),
			we("2026-11-29T07:41:17Z", Info, "ln-node-2", "Nov 29 07:41:17 ln-node-2 lnd[1412]: [INF] PEER brontide.go:1133: Peer(03f1a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2): Loading ChannelPoint(5c1e4a77b2d8e0f3a6c9d1e4b7f0a3c6e9d2f5a8b1c4e7d0a3f6b9c2e5d8a1f4:1), isPending=false"),
			we("2026-11-29T07:41:18Z", Warn, "ln-node-2", "Nov 29 07:41:18 ln-node-2 lnd[1412]: [WRN] HSWC link.go:1688: ChannelLink(925001:1422:0): insufficient bandwidth to route htlc: 250000 mSAT is larger than 120000 mSAT"),
			we("2026-11-29T07:41:19Z", Error, "ln-node-2", "Nov 29 07:41:19 ln-node-2 lnd[1412]: [ERR] CRTR payment_lifecycle.go:398: Failed to find route for payment err=\"unable to find a path to destination\" payment_hash=4c1e9a07b3d5f2e8 attempt=3"),
			we("2026-11-29T07:41:20Z", Critical, "ln-node-2", "Nov 29 07:41:20 ln-node-2 lnd[1412]: [CRT] CHDB db.go:212: Unable to open channel state database: database not open"),
		},
	},
	{
		name:   "solana-cli-logs-stream",
		source: "the Solana CLI's `solana logs <program>` against a validator's RPC (a `Streaming transaction logs mentioning … Confirmed commitment` line, then per transaction `Transaction executed in slot N:` with indented Signature, Status and Log Messages lines; a program's msg! with a pretty-printed struct spans lines, its closing brace at column 0): solana-labs/solana PR #12833 (the same block under `solana confirm -v`), two public program tutorials pasting `solana logs` output (found with find_string)",
		why:    "no time, no level and no host anywhere; a block is one record from its `Transaction executed in slot` line to the next, the struct's lines and its `}` at column 0 included; slot numbers and compute units are no times; `Status: Error processing …` is a field, not a level",
		entries: []worldEntry{
			we("", Unknown, "", "Streaming transaction logs mentioning 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa. Confirmed commitment"),
			we("", Unknown, "",
				"Transaction executed in slot 381004512:",
				"  Signature: 4Hx9TbR2kWm7ZcYq3NvJd8FgAe5LsPu6QiKo1XtGh2MnVb4CwRy9EjDf3Uz7Sa8Lk5Pq2Nm6Bv1Xc4Tg9Yh3Jw",
				"  Status: Ok",
				"  Log Messages:",
				"    Program ComputeBudget111111111111111111111111111111 invoke [1]",
				"    Program ComputeBudget111111111111111111111111111111 success",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa invoke [1]",
				"    Program log: Instruction: Settle",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa consumed 18233 of 199850 compute units",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa success"),
			we("", Unknown, "",
				"Transaction executed in slot 381004513:",
				"  Signature: 2Gv7KpW4nXr9YdTb6MqZc3HsJf8EaLu5NoRi2VtCg7PkXm1QwBy4DhZe9Fj6Sa3Lc8Rn5Tq1Mv7Kx2Wb4Yz6Hd",
				"  Status: Error processing Instruction 1: custom program error: 0x1771",
				"  Log Messages:",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa invoke [1]",
				"    Program log: Instruction: Swap",
				"    Program log: AnchorError occurred. Error Code: SlippageExceeded. Error Number: 6001. Error Message: Slippage tolerance exceeded.",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa consumed 24190 of 199700 compute units",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa failed: custom program error: 0x1771"),
			we("", Unknown, "",
				"Transaction executed in slot 381004515:",
				"  Signature: 5Nc2RwH8kTz4XbQm7VpYd1JsGf6EaKu3LoMi9WtCr5PnZx2QvBg8DhYe4Fj1Sa7Lk3Rq6Tm9Nv2Kw5Xb8Yc1Hf",
				"  Status: Ok",
				"  Log Messages:",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa invoke [1]",
				"    Program log: pool: Pool {",
				"    bump: 254,",
				"    fee_bps: 30,",
				"    reserve_a: 918233004,",
				"}",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa consumed 9120 of 200000 compute units",
				"    Program 7qRtN4kXv2bY9cWd8eF3gH5jK1mL6pQ9sT2uV4wX8yZa success"),
		},
	},
	{
		name:   "gaiad-journal-zerolog-console",
		source: "gaiad (Cosmos SDK 0.50 on CometBFT 0.38) as a systemd service with --log_no_color, read with journalctl (the journal's prefix, then zerolog's ConsoleWriter: a 12-hour `3:04PM` clock with no seconds or date, a three-letter level INF WRN ERR, the message, key=value pairs with module=): cosmos/cosmos-sdk issue #8132 (the `12:04PM INF …` console lines); the journal wrapping from memory",
		why:    "the journal's time and host, then zerolog's minute-precision clock (PM after noon) and three-letter level; height=, round= and a peer id are no times or hosts",
		entries: []worldEntry{
			we("2026-11-29T08:14:03Z|2026-11-29T08:14:00Z", Info, "cosmos-val-01", "Nov 29 08:14:03 cosmos-val-01 gaiad[2291]: 8:14AM INF finalizing commit of block hash=4C1E9A07B3D5F2E86A0C4D8E1B7F3A5C9D2E6B0F4A8C1D5E9B3F7A2C6E0D4B8 height=28113404 module=consensus num_txs=4 root=9D0E7F41A2B6C8E3D5F70A1B4C6E8D2F9A3B5C7E0D1F4A6B8C2E5D7F9A1B3C5"),
			we("2026-11-29T08:14:03Z|2026-11-29T08:14:00Z", Info, "cosmos-val-01", "Nov 29 08:14:03 cosmos-val-01 gaiad[2291]: 8:14AM INF finalized block block_app_hash=2F7A91C4E0B3D6A8F1C5E9B2D4A7F0C3E6B9D1A4F7C0E3B6D9A2F5C8E1B4D7A0 height=28113404 module=state num_txs_res=4 num_val_updates=0"),
			we("2026-11-29T08:14:04Z|2026-11-29T08:14:00Z", Info, "cosmos-val-01", "Nov 29 08:14:04 cosmos-val-01 gaiad[2291]: 8:14AM INF indexed block events height=28113404 module=txindex"),
			we("2026-11-29T14:02:51Z|2026-11-29T14:02:00Z", Warn, "cosmos-val-01", `Nov 29 14:02:51 cosmos-val-01 gaiad[2291]: 2:02PM WRN failed to dial peer err="dial tcp 198.51.100.31:26656: i/o timeout" module=p2p peer=b41c7e2a9d03f5e8c6a1b4d7f0e3c9a2d5b8e1f4`),
			we("2026-11-29T14:02:55Z|2026-11-29T14:02:00Z", Error, "cosmos-val-01", `Nov 29 14:02:55 cosmos-val-01 gaiad[2291]: 2:02PM ERR failed to process message err="error adding vote" height=28116240 module=consensus msg_type=*consensus.VoteMessage peer=b41c7e2a9d03f5e8c6a1b4d7f0e3c9a2d5b8e1f4 round=0`),
		},
	},
	{
		name:   "fabric-peer-22-local-zone-arrow-level",
		source: "a Hyperledger Fabric 2.2 LTS peer in a container with TZ=America/New_York, read with `docker logs` (the pre-2.4 default format `%{time:2006-01-02 15:04:05.000 MST} [%{module}] %{shortfunc} -> %{level:.4s} %{id:03x} %{message}`, the Starting peer record's version block on indented lines): hyperledger/fabric PR #2349 (the format before 2.4, with an EST paste of the same lines), hyperledger/fabric common/flogging/logging.go",
		why:    "a zone abbreviation after the time (EST, -05:00); the module in brackets and the function before `->`, the four-letter level after it, then a hex sequence number; the peer addresses in messages are no hosts; Starting peer is one record with its version block",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.923Z", Info, "",
				"2026-11-29 02:41:16.923 EST [nodeCmd] serve -> INFO 001 Starting peer:",
				" Version: 2.2.15",
				" Commit SHA: 8f2a0c1",
				" Go version: go1.20.14",
				" OS/Arch: linux/amd64",
				" Chaincode:",
				"  Base Docker Label: org.hyperledger.fabric",
				"  Docker Namespace: hyperledger"),
			we("2026-11-29T07:41:16.931Z", Info, "", "2026-11-29 02:41:16.931 EST [peer] getLocalAddress -> INFO 002 Auto-detected peer address: 10.30.1.21:7051"),
			we("2026-11-29T07:41:19.204Z", Warn, "", "2026-11-29 02:41:19.204 EST [gossip.discovery] func1 -> WARN 013 Could not connect to Endpoint: peer1.org2.example.com:9051, InternalEndpoint: peer1.org2.example.com:9051, PKI-ID: <nil>, Metadata:  : context deadline exceeded"),
			we("2026-11-29T07:41:22.018Z", Error, "", "2026-11-29 02:41:22.018 EST [core.comm] ServerHandshake -> ERRO 014 Server TLS handshake failed in 1.204ms with error EOF server=PeerServer remoteaddress=10.30.1.40:51122"),
			we("2026-11-29T07:41:23.55Z", Info, "", "2026-11-29 02:41:23.550 EST [endorser] callChaincode -> INFO 015 finished chaincode: basic duration: 38ms channel=mychannel txID=5d2e0b91"),
			we("2026-11-29T07:41:24.101Z", Info, "", "2026-11-29 02:41:24.101 EST [kvledger] commit -> INFO 016 [mychannel] Committed block [412] with 1 transaction(s) in 21ms (state_validation=1ms block_and_pvtdata_commit=14ms state_commit=4ms) commitHash=[4c1e9a07b3d5f2e8]"),
		},
	},
}

func TestFresh256Formats(t *testing.T) { assertTable(t, fresh256Cases) }
func TestFresh256Score(t *testing.T) {
	checkScore(t, "fresh256 formats", fresh256Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
