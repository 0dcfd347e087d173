package parse

import "testing"

// The six-hundred-and-fifty-ninth fresh table: crypto trading bots and their market-data loops as
// their users paste them into issues, shapes no earlier table holds. Each family is one product's
// output: GoCryptoTrader's pipe-separated console (`[LEVEL] | SUBSYSTEM | dd/MM/yyyy HH:mm:ss |`)
// and its older form without the subsystem column; ccxt/binance-trade-bot's Python log file
// (`asctime - crypto_trader_logger - LEVEL - msg`); pycryptobot's log (a month-first date with a
// 12-hour clock and AM/PM, then ` - LEVEL: `); ChannelBreakoutBot's log (the same 12-hour stamp,
// then `LEVEL: ` with no dash); Binance-volatility-trading-bot-JS's console (`[yyyy/MM/dd
// HH:mm:ss] msg`); Krypto-trading-bot's console (a time of day with microseconds, an optional
// level word, a two-letter component); and Backtrader's quickstart strategy log (a bare ISO date, a
// comma, the text) with the portfolio lines around it.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`quickfix`, `QuickFIX/J`, `quickfixj`, `quickfixn`, `freqtrade`,
// `hummingbot`, `QuantConnect`, `Lean`, `nautilus`, `jesse`, `backtrader`, `zipline`, `ccxt`,
// `ib_insync`, `ib_async`, `IBGateway`, `ibgateway`, `TWS`, `metatrader`, `MT5`, `MT4`, `ctrader`,
// `openbb`, `vnpy`, `vn.py`, `lumibot`, `alpaca`, `octobot`, `gekko`, `zenbot`, `superalgos`,
// `8=FIX`, `35=D`, `FIX.4`, `FIXT`, `incoming>`, `outgoing>`, `FileLog`, `event>`, `onCreate`,
// `Session FIX`, `freqtrade.worker`, `freqtrade.freqtradebot`, `hummingbot.core`,
// `hummingbot.connector`, `TRADER-`, `nautilus_trader`, `[INF] TRADER`, `catalyst`, `kraken`,
// `binance`, `coinbase`, `bitmex`, `hftbacktest`, `tradingview`, `ninjatrader`, `sierra chart`,
// `amibroker`, `tradestation`, `Rithmic`, `CQG`, `Bloomberg`, `Refinitiv`, `kdb`, `onixs`, `fix8`,
// `fix engine`, `marketdata`, `market data`, `order book`, `orderbook`, `stratum`, `Lean.Engine`,
// `TRACE:: `, `ERROR:: `, `Algorithm`, `ccxt.base`, `Bot heartbeat`, `pyalgotrade`,
// `gocryptotrader`, `| SYNC`, `| EXCHANGE`, `| WEBSOCKET |`, `lightstreamer`, `solace`,
// `passivbot`, `kelp`, `tribeca`, `barter`, `blankly`, `thetadata`, `stocksharp`, `questdb`,
// `artio`, `philadelphia`, `fixparser`, `strategy [INFO]`, `krakend`, `tardis`, `polygon`,
// `ib-controller`, `clientportal`, `ta-lib`, `hyperliquid`, `pycryptobot`, `Krypto-trading`,
// `ctubio`, `DEBUG QE`, `ChannelBreakout`, `binance-trade-bot`, `crypto_trader_logger`,
// `crypto_trading_logger`, `BUY EXECUTED`, `dexbot`, `gunbot`, ` PM - DEBUG`, ` PM INFO:`).
// None of GoCryptoTrader, binance-trade-bot, pycryptobot, ChannelBreakoutBot, the JS volatility
// bot, Krypto-trading-bot or Backtrader is in any table (`| SYNC` matches other products' pipe
// tables, `DEBUG QE` a QEMU line, ` PM INFO:` another product, `binance` and `coinbase` only
// cryptofeed's exchange names). Left out as measured already (fresh109, fresh198 and others):
// QuickFIX/J's, QuickFIX/n's, QuickFIX/Go's and QuickFIX C++'s event, message and screen logs,
// OnixS, IBC, the IB Gateway, ib_insync, MetaTrader 5, NautilusTrader, QuantConnect LEAN,
// Hummingbot and its Gateway, Freqtrade, OctoBot, VeighNa, Zipline, cryptofeed, MarketStore.
// Left out as not confirmed by any search: Jesse's live log, Lumibot's logger, Passivbot's and
// Zenbot's consoles, Superalgos' task logs, NinjaTrader's log; Kryptos' logbook lines are the
// Zipline shape already measured. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). None of these products writes a zone, so every stamp is read as UTC.
// GoCryptoTrader's date is day-first (29/11/2026); pycryptobot's and ChannelBreakoutBot's are
// month-first with a 12-hour clock (`02:41:16 PM` is 14:41:16, `12:05:10 AM` is 00:05:10).
// Krypto-trading-bot writes a time of day only: it is on the clock's day. Backtrader's strategy
// log writes a bare date: the record's time is that day at midnight; its portfolio lines carry no
// time. A bar time inside a message (ChannelBreakoutBot's trade detail) is no record time. Levels
// only where the line marks one: GoCryptoTrader's bracketed word, binance-trade-bot's and
// pycryptobot's level field, ChannelBreakoutBot's word before the colon, Krypto-trading-bot's
// DEBUG before the component; the JS volatility bot's lines, Krypto's component-only lines and
// Backtrader's lines carry none (`BUY EXECUTED`, `SL threshold` are message words). No family has
// a host field: exchange names, symbols and the logger name are no hosts. Every record is one line.
//
// The shapes come from the issue threads and documentation each case names, found with the search
// tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 100.0 %, time 91.7 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 89.2 %, host 100.0 %, records 100.0 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Backtrader's strategy log, whose bare ISO date before a comma
// trawl does not read, so its dated lines get no time.
//
// go test ./parse -run Fresh659 -v

var fresh659Cases = []worldCase{
	{
		name:   "gocryptotrader-subsystem-pipes",
		source: "GoCryptoTrader's console logger (`[LEVEL] | SUBSYSTEM | dd/MM/yyyy HH:mm:ss | msg`, the level padded to seven inside the bracket column): thrasher-corp/gocryptotrader PR #1229 (SYNC lines pasted) and issue #1730 (EXCHANGE and WEBSOCKET lines)",
		why:    "the level first in brackets, then a subsystem column, then a day-first date between pipes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO]  | SYNC | 29/11/2026 07:41:16 | Okx websocket ADA-USDT SPOT TICKER: Last 0.41230000 Ask 0.41240000 Bid 0.41220000 High 0.42810000 Low 0.40550000 Volume 1883021.40000000"),
			we("2026-11-29T07:41:16Z", Debug, "", "[DEBUG] | SYNC | 29/11/2026 07:41:16 | Okx ticker sync complete ADA-USDT [4/17]."),
			we("2026-11-29T07:41:18Z", Debug, "", "[DEBUG] | EXCHANGE | 29/11/2026 07:41:18 | Set Kraken 'Subscriptions' to ticker, orderbook, allTrades"),
			we("2026-11-29T07:41:21Z", Warn, "", "[WARN]  | WEBSOCKET | 29/11/2026 07:41:21 | Kraken websocket: no subscriptions generated"),
			we("2026-11-29T07:42:02Z", Error, "", "[ERROR] | ORDERBOOK | 29/11/2026 07:42:02 | Kraken websocket XBT-EUR SPOT: orderbook checksum mismatch, resubscribing"),
		},
	},
	{
		name:   "gocryptotrader-legacy-pipes",
		source: "GoCryptoTrader's console logger before the subsystem column (`[LEVEL] | dd/MM/yyyy HH:mm:ss | msg`): thrasher-corp/gocryptotrader issue #746 (a pasted Bittrex websocket log)",
		why:    "the bracketed level padded to seven, a pipe, a day-first date, a pipe; a JSON payload in the message is no time",
		entries: []worldEntry{
			we("2026-11-28T20:10:48Z", Debug, "", `[DEBUG] | 28/11/2026 20:10:48 | Bittrex websocket connection: message received: {"C":"d-51F0A2C1-B,0|Bq7,0|Bq8,4|Go,7A13E","M":[]}`),
			we("2026-11-28T20:10:48Z", Info, "", "[INFO]  | 28/11/2026 20:10:48 | Bittrex websocket ethusdt SPOT: TICKER: Last 3411.52000000 Ask 3411.90000000 Bid 3410.77000000 High 3488.10000000 Low 3362.05000000 Volume 1904.33120000"),
			we("2026-11-28T20:10:49Z", Warn, "", "[WARN]  | 28/11/2026 20:10:49 | Bittrex websocket has been disconnected. Reason: websocket: close 1006 (abnormal closure): unexpected EOF"),
			we("2026-11-28T20:10:51Z", Debug, "", "[DEBUG] | 28/11/2026 20:10:51 | Bittrex attempt 1 request path: https://api.example-exchange.test/v3/markets/ETH-USDT/orderbook?depth=500"),
		},
	},
	{
		name:   "binance-trade-bot-python-dashes",
		source: "ccxt/binance-trade-bot's crypto_trading.log (Python logging `%(asctime)s - %(name)s - %(levelname)s - %(message)s`, logger crypto_trader_logger): ccxt/binance-trade-bot issue #63 and PR #211 (pasted logs)",
		why:    "a comma before the milliseconds; the logger name between dashes is no host; a Python dict in the message carries an epoch that is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.066Z", Info, "", "2026-11-29 07:41:16,066 - crypto_trader_logger - INFO - Will be jumping from DOT to ATOM"),
			we("2026-11-29T07:41:17.529Z", Info, "", "2026-11-29 07:41:17,529 - crypto_trader_logger - INFO - Selling 14.2 of DOT"),
			we("2026-11-29T07:41:17.987Z", Info, "", "2026-11-29 07:41:17,987 - crypto_trader_logger - INFO - {'symbol': 'DOTUSDT', 'orderId': 881204771, 'orderListId': -1, 'clientOrderId': 'q7XkT2vNw9LbR4aZc1Hs0e', 'transactTime': 1795938077876, 'status': 'FILLED', 'type': 'MARKET', 'side': 'SELL'}"),
			we("2026-11-29T07:41:18.872Z", Debug, "", "2026-11-29 07:41:18,872 - crypto_trader_logger - DEBUG - Waiting for order 881204799 to be created"),
			we("2026-11-29T07:41:25.310Z", Warn, "", "2026-11-29 07:41:25,310 - crypto_trader_logger - WARNING - Binance API error on order status, retrying in 5s"),
		},
	},
	{
		name:   "pycryptobot-ampm-dash-level",
		source: "pycryptobot's pycryptobot.log (Python logging, a month-first date with a 12-hour clock and AM/PM, then ` - LEVEL: msg`): whittlem/pycryptobot issue #68 (a pasted log)",
		why:    "a month-first slashed date and a 12-hour clock with PM; a candle time inside the message is no record time",
		entries: []worldEntry{
			we("2026-11-29T06:55:28Z", Info, "", "11/29/2026 06:55:28 AM - INFO: Starting pycryptobot on ETH-GBP, granularity 1h"),
			we("2026-11-29T06:55:28Z", Debug, "", `11/29/2026 06:55:28 AM - DEBUG: * Candlestick Detected: Hammer ("Weak - Reversal - Bullish Signal - Up")`),
			we("2026-11-28T19:00:34Z", Debug, "", "11/28/2026 07:00:34 PM - DEBUG: 2026-11-28 19:00:00 | ETHGBP (BULL) | 1h | Close: 2701.44 | ^ EMA12/26: 2698.1 > 2690.77 ^ | MACD: 7.33 > 5.02 | ERI: buy | WAIT | Last Action: BUY"),
			we("2026-11-28T20:19:30Z", Warn, "", "11/28/2026 08:19:30 PM - WARNING: Coinbase API returned 429, retrying in 30 seconds"),
			we("2026-11-28T20:21:02Z", Error, "", "11/28/2026 08:21:02 PM - ERROR: Unable to fetch historical data for ETH-GBP: 503 Service Unavailable"),
		},
	},
	{
		name:   "channelbreakoutbot-ampm-level-colon",
		source: "ChannelBreakoutBot's log (Python logging `%(asctime)s %(levelname)s: %(message)s` with a month-first 12-hour datefmt): Connie-Wild/ChannelBreakoutBot PR #4 (a pasted backtest trade detail)",
		why:    "a 12-hour clock with AM/PM, then the level word and a colon; `12:05:10 AM` is just after midnight; the bar time in the trade detail is no record time",
		entries: []worldEntry{
			we("2026-11-29T00:05:10Z", Info, "", "11/29/2026 12:05:10 AM INFO: showFigure :True, sendFigure :False"),
			we("2026-11-29T09:54:37Z", Info, "", "11/29/2026 09:54:37 AM INFO: Total pl: 3120JPY"),
			we("2026-11-29T09:54:37Z", Info, "", "11/29/2026 09:54:37 AM INFO: 2026-11-29 01:00:00 buy  entry 14620000.0 "),
			we("2026-11-29T09:54:38Z", Warn, "", "11/29/2026 09:54:38 AM WARNING: Order is not accepted, retrying"),
		},
	},
	{
		name:   "binance-volatility-bot-js-bracket-slashed",
		source: "21jake/Binance-volatility-trading-bot-JS console and log file (`[yyyy/MM/dd HH:mm:ss] msg`): 21jake/Binance-volatility-trading-bot-JS issue #8 (the requested and implemented stamp)",
		why:    "a slashed year-first date in brackets; no level (`SL threshold`, `sold` are message words)",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "[2026/11/29 07:41:02] No coin has risen more than 5% in the last 5 minutes"),
			we("2026-11-29T07:41:02Z", Unknown, "", "[2026/11/29 07:41:02] ADAUSDT price has hit SL threshold"),
			we("2026-11-29T07:41:03Z", Unknown, "", "[2026/11/29 07:41:03] The asset ADAUSDT has been sold sucessfully at the profit of -4.91% and recorded in sold-assets.json"),
			we("2026-11-29T07:41:03Z", Unknown, "", "[2026/11/29 07:41:03] Wait for the bot to gather data to check price volatility..."),
		},
	},
	{
		name:   "krypto-trading-bot-console",
		source: "Krypto-trading-bot (K) console (`HH:mm:ss.ffffff [LEVEL] CC msg`, a two-letter component such as QE, PG, GW; DEBUG before the component only on debug lines): ctubio/Krypto-trading-bot issues #398 and #583 (pasted consoles)",
		why:    "a time of day with microseconds and no date (the clock's day); DEBUG where written, no level on component-only lines; a JSON quote is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.320229Z", Debug, "", `07:41:16.320229 DEBUG QE quoteA 4 4 {"ask":{"price":0.05211302,"size":0.0125},"bid":{"price":0.05188410,"size":0.0125}}.`),
			we("2026-11-29T07:41:16.320243Z", Debug, "", `07:41:16.320243 DEBUG QE quoteB 4 5 {"ask":{"price":0.0,"size":0.0},"bid":{"price":0.05188410,"size":0.0125}}.`),
			we("2026-11-29T07:41:17.003064Z", Unknown, "", "07:41:17.003064 PG TBP: 0% = 0.00000000 LTC, pDiv: 10% = 1.84402211 LTC."),
			we("2026-11-29T07:41:19.118402Z", Unknown, "", "07:41:19.118402 PG TBP: 50% = 9.22011055 LTC, pDiv: 10% = 1.84402211 LTC."),
		},
	},
	{
		name:   "backtrader-quickstart-strategy-log",
		source: "Backtrader's quickstart strategy log (`print('%s, %s' % (dt.isoformat(), txt))` in the strategy's log(), with the cerebro `Starting Portfolio Value` and `Final Portfolio Value` prints around it): the quickstart's TestStrategy.log and its `BUY EXECUTED, Price: %.2f, Cost: %.2f, Comm %.2f` copied in a Hugging Face space's test_module.py (wangzerui/finaich, found with the docs search) and the portfolio prints in gist andrew-rosca/7bdd6c422402e0da7c314eba0e68c172",
		why:    "a bare ISO date, a comma, the text: the day at midnight; the portfolio prints carry no time; `BUY EXECUTED` is a message word, no level",
		entries: []worldEntry{
			we("", Unknown, "", "Starting Portfolio Value: 100000.00"),
			we("2026-11-24T00:00:00Z", Unknown, "", "2026-11-24, Close, 187.41"),
			we("2026-11-24T00:00:00Z", Unknown, "", "2026-11-24, BUY CREATE, 187.41"),
			we("2026-11-25T00:00:00Z", Unknown, "", "2026-11-25, BUY EXECUTED, Price: 187.90, Cost: 187.90, Comm 0.19"),
			we("2026-11-27T00:00:00Z", Unknown, "", "2026-11-27, OPERATION PROFIT, GROSS 3.12, NET 2.74"),
			we("", Unknown, "", "Final Portfolio Value: 100002.74"),
		},
		gap: "the bare ISO date before a comma (`2026-11-24, Close, 187.41`) is not read as the record's day: the strategy-log lines get no time",
	},
}

func TestFresh659Formats(t *testing.T) { assertTable(t, fresh659Cases) }

func TestFresh659Score(t *testing.T) {
	checkScore(t, "fresh659 formats", fresh659Cases, [worldNumFields]float64{99.9, 91.6, 99.9, 99.9})
}
