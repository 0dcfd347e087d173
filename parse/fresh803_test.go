package parse

import "testing"

// The eight-hundred-and-third fresh table: trading bots, a matching engine, a FIX engine and a
// market-data terminal whose own log files no earlier table holds. Each family is one product's
// output: Gekko's console and log file (a date and time, the level in parentheses with a colon, a
// tab); Jesse's live-mode log (`[LEVEL | yyyy-MM-ddTHH:mm:ss] msg`, a traceback under its line);
// the ViaBTC exchange server's matchengine log (a bracketed time with microseconds, the pid in
// brackets, the level in brackets glued to the source file and function); OpenBB's (then
// Gamestonk Terminal's) pipe-separated log file (a type letter, the commit sha, an ISO time with a
// +0000 offset, the level, module, function and line); Stellar Kelp's Go log (slashed date, no
// level); pysystemtrade's older log (`yyyy-MM-dd:HHmm.ss`, a dict of context, two spaces, the
// message, a traceback after a critical line) and its current one (a date and time, the level
// word, the logger, a dict of context); and fix8's session log (a seven-digit sequence, a thread
// letter, a time with nanoseconds).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `quickfix`, `fix8`, `fixengine`, `8=FIX`, `kdb`, `kdb+`,
// `hummingbot`, `freqtrade`, `openbb`, `gamestonk`, `|sha:`, `onixs`, `quickfixn`, `QFJ`, `lean`,
// `quantconnect`, `nautilus`, `zipline`, `backtrader`, `ccxt`, `ibgateway`, `IB Gateway`, `ibc`,
// `TWS`, `jesse`, `INFO |`, `octobot`, `gekko`, `(INFO):`, `zenbot`, `catalyst`, `vnpy`,
// `tradingview`, `ctrader`, `metatrader`, `MT4`, `MT5`, `sierra`, `ninjatrader`, `rithmic`, `cqg`,
// `lmax`, `exchange-core`, `liquibook`, `chronicle`, `aeron`, `artio`, `alpaca`, `ib_insync`,
// `ibapi`, `tastytrade`, `lightstreamer`, `solace`, `market data`, `matching engine`,
// `orderbook`, `order book`, `deephaven`, `binance`, `coinbase`, `kraken`, `superalgos`,
// `blankly`, `polygon`, `cryptofeed`, `marketstore`, `questdb`, `arcticdb`, `trading`, `lumibot`,
// `pyalgotrade`, `passivbot`, `kelp`, `lastCursor`, `stocksharp`, `coralfix`, `philadelphia`,
// `fix antenna`, `b2bits`, `tribeca`, `hftbacktest`, `fixparser`, `banzai`, `ordermatch`,
// `openmama`, `bloomberg`, `refinitiv`, `viabtc`, `matchengine`, `me_persist`, `pysystemtrade`,
// `stack_handler`, `cboe`, `nasdaq`, `mdp3`, `29west`, `ultramessaging`. QuickFIX/J, QuickFIX/n,
// QuickFIX/Go, QuickFIX C++, OnixS, kdb+ (q console, Insights, TorQ), Hummingbot, Freqtrade,
// NautilusTrader, LEAN, IBC, the IB Gateway, ib_insync, OctoBot, Zipline, Backtrader, cryptofeed,
// MarketStore, ArcticDB, Deephaven, Lightstreamer, Solace, exchange-core, Aeron, OpenMAMA and the
// crypto bots of fresh659 are measured already (fresh44, fresh109, fresh198, fresh659 and others)
// and were left out; Gekko, Jesse, OpenBB, Kelp and fix8 match only grep lists (`gekko` otherwise
// GekkoFS, `kelp` another product's word, `(INFO):` and `INFO |` other products' lines),
// `me_persist` only an Android line, and ViaBTC and pysystemtrade nothing. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every product here writes a full date; none writes a zone but OpenBB, whose
// +0000 offset is converted (to itself); the others are taken as UTC. pysystemtrade's older time
// `2026-11-29:0741.16` is 07:41:16. Levels only where the line marks one: Gekko's parenthesised
// word, Jesse's word before the pipe, ViaBTC's bracketed word glued to the source file, OpenBB's
// fourth column (the leading `I` is a record type, read as no level of its own beyond the column),
// pysystemtrade's current level word; Kelp's Go log, pysystemtrade's older log (its `*CRITICAL
// ERROR*` is an e-mail subject in the message) and fix8's session log carry none. No family
// writes a host: ViaBTC's pid, OpenBB's sha, fix8's thread letter and the exchanges and accounts
// named in messages are none. Jesse's traceback and pysystemtrade's traceback under their lines
// are one record each; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 95.8 %.
// That is the macro figure (micro: level 100.0 %, time 90.6 %, host 100.0 %, records 96.9 %), in a
// worktree at cab9b82 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is pysystemtrade's older log, whose `yyyy-MM-dd:HHmm.ss` time
// is not read (no record gets a time) and whose traceback under a line is not joined to it.

var fresh803Cases = []worldCase{
	{
		name:   "gekko-console-paren-level-tab",
		source: "askmike/gekko core/log.js output as pasted in askmike/gekko issues #1142 and #638 and #358 (`2017-09-26 01:27:53 (INFO):\\tSetting up Gekko in backtest mode`, `(DEBUG):`, `(WARN):`); the `(ERROR):` word from memory",
		why:    "the level in parentheses with a colon right after the time, then a tab; continuation lines of a setup block are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 (INFO):\tSetting up Gekko in realtime mode"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 (INFO):\t\t Trading Advisor"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 (DEBUG):\tAvailable 1440"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 (WARN):\tThe plugin Paper Trader does not support the mode realtime. It has been disabled."),
			we("2026-11-29T07:42:03Z", Error, "", "2026-11-29 07:42:03 (ERROR):\tExchange error: rate limited by the exchange, retrying in 30 seconds"),
		},
	},
	{
		name:   "jesse-live-bracket-level-pipe-iso",
		source: "jesse-ai/jesse live mode log as pasted in jesse-ai/jesse issue #390 (`[INFO | 2023-01-12T00:00:04] EXECUTED order: …`, a Python traceback under `[INFO | …] Traceback (most recent call last):`); the `ERROR` word from memory",
		why:    "a bracket holding the level word, a pipe and an ISO time without zone or fraction; a traceback continues the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO | 2026-11-29T07:41:16] SUBMITTED order: BTC-USDT, LIMIT, buy, 0.015, $91250.5"),
			we("2026-11-29T07:41:20Z", Info, "", "[INFO | 2026-11-29T07:41:20] EXECUTED order: BTC-USDT, LIMIT, buy, 0.015, $91250.5"),
			we("2026-11-29T07:41:21Z", Info, "",
				"[INFO | 2026-11-29T07:41:21] Traceback (most recent call last):",
				`  File "jesse_live/exchanges/LiveExchange.py", line 417, in jesse_live.exchanges.LiveExchange.LiveExchange._connect_ws._on_message`,
				`  File "/usr/local/lib/python3.11/dist-packages/jesse/models/Order.py", line 261, in execute`,
				"    p._on_executed_order(self)",
				"KeyError: 'fee'"),
			we("2026-11-29T07:41:22Z", Error, "", "[ERROR | 2026-11-29T07:41:22] Session terminated as the result of an uncaught exception"),
		},
	},
	{
		name:   "viabtc-matchengine-bracket-pid-level-glued",
		source: "viabtc/viabtc_exchange_server matchengine log as pasted in viabtc/viabtc_exchange_server issue #38 (`[2017-11-27 10:30:37.701069] [11483] [error]me_persist.c:96(load_operlog_from_db): table operlog_20171127 not exist`) and issue #233; the `[info]` and `[warn]` words from memory",
		why:    "a bracketed time with microseconds, the pid in brackets, the level word in brackets glued to file:line(function)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004311Z", Info, "", "[2026-11-29 07:41:16.004311] [20417] [info]main.c:102(main): server start"),
			we("2026-11-29T07:41:16.012877Z", Info, "", "[2026-11-29 07:41:16.012877] [20417] [info]me_persist.c:135(init_from_db): last_slice_time: 1795849200, last_oper_id: 88214, last_order_id: 5312, last_deals_id: 4077"),
			we("2026-11-29T07:41:16.013502Z", Error, "", "[2026-11-29 07:41:16.013502] [20417] [error]me_persist.c:96(load_operlog_from_db): table operlog_20261129 not exist"),
			we("2026-11-29T07:41:17.55019Z", Warn, "", "[2026-11-29 07:41:17.550190] [20417] [warn]me_server.c:214(on_cmd_order_put_limit): balance not enough, user_id: 1042, market: ETHBTC"),
		},
	},
	{
		name:   "openbb-terminal-pipe-sha-offset",
		source: "OpenBB (Gamestonk Terminal) log file as shown in OpenBB-finance/OpenBB PR #1292 (`I|sha:3f766c95|2022-01-26T18:11:25+0000|INFO|gamestonk_terminal.loggers|setup_logging|183|Logging configuration finished|none|`)",
		why:    "a type letter and a commit sha before the time; an ISO time with a colon-less +0000 offset; the level is the fourth pipe column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I|sha:7c2e91ab|2026-11-29T07:41:16+0000|INFO|openbb_terminal.loggers|setup_logging|183|Logging configuration finished|none|"),
			we("2026-11-29T07:41:16Z", Info, "", "I|sha:7c2e91ab|2026-11-29T07:41:16+0000|INFO|openbb_terminal.loggers|setup_logging|185|Verbosity set to 20|none|"),
			we("2026-11-29T07:41:29Z", Info, "", "I|sha:7c2e91ab|2026-11-29T07:41:29+0000|INFO|openbb_terminal.stocks.stocks_controller|call_load|0|START params: -t MSFT|none|"),
			we("2026-11-29T07:41:30Z", Info, "", "I|sha:7c2e91ab|2026-11-29T07:41:30+0000|INFO|openbb_terminal.stocks.stocks_controller|call_load|0|END|none|"),
		},
	},
	{
		name:   "stellar-kelp-go-log",
		source: "stellar-deprecated/kelp trader output (Go log `2020/10/19 10:40:03 Starting the trader bot...`, `there were no trades, leaving lastCursor value as …`, `sleeping for 4m57.8927256s...`): stellar-deprecated/kelp PR #537 and issue #656",
		why:    "Go's standard log: a slashed date and a time, no level; words like error in the message are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Starting the trader bot..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 there were no trades, leaving lastCursor value as 201938475610238977-0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 could not get last trade cursor from exchangeShim: error while fetching latest trade cursor in SDEX: horizon error: \"Bad Request\""),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 sleeping for 4m58.1204417s..."),
		},
	},
	{
		name:   "pysystemtrade-legacy-colon-hhmm-ss",
		source: "pst-group/pysystemtrade older logger output as pasted in pst-group/pysystemtrade issue #452 (`2021-11-15:0017.44 {'type': 'stack_handler', 'broker': 'IB', …}  Trade completed`, a traceback after `Sent email subject *CRITICAL ERROR*`)",
		why:    "the time glued to the date by a colon as HHmm.ss; a dict of context, two spaces, the message; no level; a traceback continues the record",
		gap:    "the time `2026-11-29:0741.16` (the date, a colon, HHmm.ss with a dot before the seconds) is not read: every record gets no time; and with no time read, the Python traceback under the `Sent email subject *CRITICAL ERROR*` line is not joined to it (the record ends at its first line)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29:0741.16 {'type': 'stack_handler', 'broker': 'IB', 'clientid': 21, 'strategy_name': 'carry_trend', 'instrument_code': 'GOLD_micro', 'contract_order_id': 311, 'broker_order_id': 88}  Trade completed"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29:0741.18 {'type': 'stack_handler', 'broker': 'IB', 'clientid': 21, 'strategy_name': 'carry_trend', 'instrument_code': 'GOLD_micro', 'contract_order_id': 312, 'broker_order_id': 89}  Tried to change limit price to 2651.300000"),
			we("2026-11-29T07:41:19Z", Unknown, "",
				"2026-11-29:0741.19 {'type': 'stack_handler', 'broker': 'IB', 'clientid': 21}  Sent email subject *CRITICAL ERROR*",
				"Traceback (most recent call last):",
				`  File "/home/trader/pysystemtrade/sysexecution/stack_handler/fills.py", line 76, in apply_broker_fill_from_broker_to_broker_database`,
				"    broker_order = self.broker_order_for_id(broker_order_id)",
				"KeyError: 89"),
		},
	},
	{
		name:   "pysystemtrade-level-logger-dict",
		source: "pst-group/pysystemtrade current logging output as pasted in pst-group/pysystemtrade issue #1474 (`2024-12-27 01:00:01 DEBUG stack_handler {'strategy_name': …} Submitted order to IB …`, `INFO arctic.arctic Mongo Quota: …`); the WARNING and ERROR words from memory (Python logging's names)",
		why:    "a date and time, the level word, the logger name, then a Python dict of context before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 DEBUG stack_handler {'strategy_name': 'carry_trend', 'instrument_code': 'BUND', 'contract_order_id': 912, 'broker_order_id': 4410} Trade completed"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO arctic.arctic Mongo Quota: arctic_production.contract_positions 0.000 / 10 GB used"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29 07:41:18 WARNING stack_handler {'strategy_name': 'carry_trend', 'instrument_code': 'BUND', 'contract_order_id': 913} Order cancelled by broker, will retry next cycle"),
			we("2026-11-29T07:41:20Z", Error, "", "2026-11-29 07:41:20 ERROR run_daily_price_updates {'instrument_code': 'V2X'} No IB contract found for V2X 20261200"),
		},
	},
	{
		name:   "fix8-session-log-seq-thread-nanos",
		source: "fix8/fix8 runtime/logger.cpp Logger::operator() (a seven-digit zero-padded sequence with `sequence`, the thread code letter A.. with `thread`, then the time with `timestamp`, then the message); the Tickval time's layout (date, time, nine fraction digits) from memory",
		why:    "a sequence number and a thread letter before the time; nanoseconds; no level; the session names in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204115873Z", Unknown, "", "0000001 A 2026-11-29 07:41:16.204115873 Starting session FIX.4.4:DLD_TEX_1->TEX_DLD_1"),
			we("2026-11-29T07:41:16.310020441Z", Unknown, "", "0000002 A 2026-11-29 07:41:16.310020441 Connection established to 10.21.4.17:11001"),
			we("2026-11-29T07:41:16.415287006Z", Unknown, "", "0000003 B 2026-11-29 07:41:16.415287006 Heartbeat interval is 30"),
			we("2026-11-29T07:41:47.001904112Z", Unknown, "", "0000004 B 2026-11-29 07:41:47.001904112 Session(TEX_DLD_1): peer reset connection"),
		},
	},
}

func TestFresh803Formats(t *testing.T) { assertTable(t, fresh803Cases) }
func TestFresh803Score(t *testing.T) {
	checkScore(t, "fresh803 formats", fresh803Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 95.7})
}
