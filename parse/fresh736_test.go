package parse

import "testing"

// The seven-hundred-and-thirty-sixth fresh table: chess engines, game servers and bots for board
// games, their logs as people attach them to issues, shapes no earlier table holds. Each family is
// one product's documented or observed output: KataGo's GTP log (an ISO time with `+0800:` glued
// to the seconds, the config dumped under `Running with following config:`); gtp2ogs, OGS's bot
// bridge (tracer's `mmm dd HH:MM:ss`, a one-character title that is `!` for errors, a padded
// `File.ts:line`); Lc0's --logfile (`MMDD HH:MM:SS.mmm thread file.cc:line]`); lichess-bot's log
// file (`asctime logger (file.py:line) LEVEL msg`, a traceback under an ERROR); lila's all.log
// (logback's `%date %-5level %logger{30}`, an exception under an ERROR); lila-ws's console in the
// journal (`LEVEL logger [thread] msg` behind the journal's prefix); fishnet in the journal (its
// `D:`, `W:`, `E:` and `><>` prefixes); PicoChess's picochess.log (the level right-aligned to
// seven, the module to ten, the DGT board dumped as eight lines under a DEBUG).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`stockfish`, `lichess`, `lila`, `lila-ws`, `lila.ws`, `LilaWsServer`,
// `fishnet`, `><> `, `W: Worker`, `E: `, `D: Started`, `cutechess`, `ChessEngine`, `lc0`, `lczero`,
// `leela`, `Log started`, `uciloop`, `fics`, `ics server`, `kgs`, `ogs`, `online-go`, `gtp2ogs`,
// `tracer`, `Game.ts`, `[game `, `Bot.ts`, `katago`, `GTP Engine`, `nnRandSeed`, `+0800: `,
// `+0000:`, `lichess-bot`, `lichess_bot`, `lib.matchmaking`, `Process Queued`, `challenge`,
// `fastchess`, `python-chess`, `chess.engine`, `UciProtocol`, `PopenProcess`, `uciok`, `isready`,
// `bestmove`, `info depth`, `xboard`, `winboard`, `gnugo`, `gnu go`, `sabaki`, `lizzie`, `pychess`,
// `fairy`, `picochess`, `send_line`, `on_line_received`, `uci - `, ` - send_`, `gtp`,
// `Engine started`, `chess`, ` go server`, `weiqi`, `baduk`, `igs`, `pandanet`, `lasker`,
// `timeseal`, `openbench`, `banksia`, `c-chess-cli`, `arena`, `scid`, `komi`, `tournament`,
// `rich`). None of KataGo, gtp2ogs, Lc0, lichess-bot, lila, lila-ws, fishnet or PicoChess is in any
// table: `stockfish` and `lichess` appear only in fresh568's list of greps, `chess` also in a MySQL
// case's source (chesslablab), `lc0` only inside a host name (ccc-slc01), `kgs`, `fics` and `igs`
// only inside other words, `ogs` as Open5GS's ogs-init.c, `arena` in Agones, ioquake3 and allocator
// lines, `fairy` as TestFairy, `isready` in a Detox message, `gnu go` as GNU GOMP, `gtp` as
// GTPv2-C, `+0800: ` in an nginx-ui line, `><> ` in opam's and Aerospike's banners, `Log started`,
// `tracer`, `challenge`, `E: `, `D: Started`, `Engine started` and `rich` in other products. Left
// out: the KGS and FICS servers and the OGS back end (no log shape found by any search),
// cutechess-cli's -debug output (the source gives `>Engine(0): cmd` but not the prefix the CLI
// prints before it), Stockfish's Debug Log File (its `>> ` and `<< ` lines were not confirmed by a
// search), python-chess's DEBUG lines (a format each user picks, no product's own), lichess-bot's
// rich console (its wrapped columns and omitted repeated times were not confirmed line by line).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). KataGo's `2026-11-29 15:41:16+0800:` is converted with its offset
// (07:41:16Z). gtp2ogs's `Nov 29 07:41:16` and the journal's stamps have no year (2026) and no zone
// (UTC); Lc0's `1129 07:41:16.512` is month and day then local time (UTC by the rules, 2026);
// lichess-bot's and lila's `yyyy-MM-dd HH:mm:ss,SSS` and PicoChess's `.SSS` are zone-less (UTC).
// lila-ws's console has no time of its own: the journal's is the record's. Levels only where the
// line marks one: lichess-bot's and lila's level words, lila-ws's word after the journal prefix,
// PicoChess's right-aligned word, fishnet's `D:` `W:` `E:` letters, gtp2ogs's `!` title (error;
// its blank title marks none); KataGo's and Lc0's lines carry none, nor do fishnet's bare and
// `><>` lines. The host is the record's host field: only the journal's (ws2, oakbox); lichess.org
// in URLs, Redis and Netty peers, `[bot  12:48211]` and Lc0's thread ids are no hosts. A record
// that spans lines is one entry: KataGo's config dump, lichess-bot's traceback, lila's exception
// with its frames, PicoChess's board rows. Lc0's `Log started` banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a detail was not confirmed by a
// search the source says "from memory" (Lc0's thread ids and paths, lila's logger names and frames,
// lila-ws's logger and thread names); no family's layout rests on memory. Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 91.7 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 90.7 %, time 88.4 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are gtp2ogs's `!` title, which trawl does not read as an error
// level, Lc0's `MMDD HH:MM:SS.mmm` date with no year and no level letter, which trawl does not read
// as a time, and fishnet's `D:` `W:` `E:` letters behind the journal's prefix, which trawl does not
// read as levels.

var fresh736Cases = []worldCase{
	{
		name:   "katago-gtp-log-hour-offset",
		source: "KataGo's GTP engine log (logToStderr or gtp_logs/*.log, `yyyy-MM-dd HH:mm:ss+hhmm: msg`; `Running with following config:` followed by the config's `key = value` lines and a blank line): popojan/goban issue #45 and leela-zero/leela-zero issue #2260 (pasted logs)",
		why:    "a zone-less-looking ISO date whose +0800 offset is glued to the seconds and followed by a colon; the config dump under `Running with following config:` belongs to it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026-11-29 15:41:16+0800: Running with following config:",
				"allowResignation = true",
				"logAllGTPCommunication = true",
				"logDir = gtp_logs",
				"maxVisits = 800",
				"numSearchThreads = 8",
				"rules = japanese",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 15:41:16+0800: GTP Engine starting..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 15:41:16+0800: KataGo v1.15.3"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 15:41:17+0800: Using 8 CPU thread(s) for search"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 15:41:19+0800: Cuda backend thread 0: Found GPU NVIDIA GeForce RTX 4070 memory 12878086144 compute capability major 8 minor 9"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 15:41:21+0800: GTP ready, beginning main protocol loop"),
		},
	},
	{
		name:   "gtp2ogs-tracer-console",
		source: "gtp2ogs (the OGS bot bridge) with verbosity 1: tracer's `{{timestamp}} {{title}} {{file}}:{{line}}{{space}} {{message}}` with dateformat `mmm dd HH:MM:ss`, the title blank for trace/debug/info/warn and `!` for error, file:line padded to 20: online-go/gtp2ogs src/trace.ts; issues #409, #401 and #256 (pasted consoles)",
		why:    "a month-name date with no year, a one-character title column that is `!` only for errors, then a padded file:line; `[game N]` and `[bot  N:pid]` are ids, no host",
		gap:    "tracer's `!` title between the time and the file:line, which marks an error, is not read as a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16   main.ts:202          Connecting to game  61820417"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16   Game.ts:69           [game 61820417] Connecting to game."),
			we("2026-11-29T07:41:18Z", Unknown, "", "Nov 29 07:41:18   Game.ts:463          [game 61820417] genmove black"),
			we("2026-11-29T07:41:21Z", Unknown, "", "Nov 29 07:41:21   Bot.ts:158           [bot  12:48211] visits 800 winrate 54.1% lead 1.3 pv Q16 D4 R4"),
			we("2026-11-29T07:41:21Z", Unknown, "", "Nov 29 07:41:21   Game.ts:530          [game 61820417] Playing q16 { x: 15, y: 3, text: 'q16', resign: false, pass: false }"),
			we("2026-11-29T07:44:02Z", Error, "", "Nov 29 07:44:02 ! Bot.ts:212           [bot  12:48211] Bot process exited with code 1, resigning game 61820417"),
		},
	},
	{
		name:   "lc0-logfile-mmdd",
		source: "Lc0 (Leela Chess Zero) with --logfile: `============= Log started. =============` after two blank lines, then LogMessage's `MMDD HH:MM:SS.mmm <thread id> <file>:<line>] msg` (FormatTime's put_time \"%m%d %T\" of local time): LeelaChessZero/lc0 src/utils/logging.cc, PRs #407 and #473; the thread ids and file paths from memory",
		why:    "a glog-like date without a year and without a level letter (MMDD, then the time with milliseconds); the long thread id and `../../src/…cc:134]` are no times; no level",
		entries: []worldEntry{
			wskip("", "", "============= Log started. ============="),
			we("2026-11-29T07:41:16.512Z", Unknown, "", "1129 07:41:16.512 140128423876416 ../../src/main.cc:47] Lc0 v0.31.2 built Nov 20 2026"),
			we("2026-11-29T07:41:16.514Z", Unknown, "", "1129 07:41:16.514 140128423876416 ../../src/chess/uciloop.cc:134] >> uci"),
			we("2026-11-29T07:41:16.515Z", Unknown, "", "1129 07:41:16.515 140128423876416 ../../src/chess/uciloop.cc:217] << id name Lc0 v0.31.2"),
			we("2026-11-29T07:41:17.902Z", Unknown, "", "1129 07:41:17.902 140128314021440 ../../src/neural/loader.cc:213] Found pb network file: ./BT4-1024x15x32h-swa-6147500.pb.gz"),
			we("2026-11-29T07:41:24.004Z", Unknown, "", "1129 07:41:24.004 140128305628736 ../../src/chess/uciloop.cc:217] << bestmove e2e4 ponder e7e5"),
		},
	},
	{
		name:   "lichess-bot-log-file",
		source: "lichess-bot's log file (--logfile; `%(asctime)s %(name)s (%(filename)s:%(lineno)d) %(levelname)s %(message)s`, Python's default asctime with a comma before the milliseconds; logger.exception puts the traceback under the line): lichess-bot-devs/lichess-bot issues #1067 and #732 (pasted logs)",
		why:    "a comma-millisecond time, the logger name and `(file.py:line)` before the level word; `after 07:42:17` in a message is no time of the record; a traceback belongs to the ERROR above it; lichess.org in a URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.322Z", Info, "", "2026-11-29 07:41:16,322 lib.lichess_bot (lichess_bot.py:1084) INFO Welcome OakridgeEngine!"),
			we("2026-11-29T07:41:17.048Z", Info, "", "2026-11-29 07:41:17,048 lib.matchmaking (matchmaking.py:293) INFO Next challenge will be created after 07:42:17 (4 challenges in last 24 hours)"),
			we("2026-11-29T07:41:31.506Z", Debug, "", `2026-11-29 07:41:31,506 urllib3.connectionpool (connectionpool.py:544) DEBUG https://lichess.org:443 "POST /api/challenge/Xk2PqR7d/accept HTTP/1.1" 200 11`),
			we("2026-11-29T07:41:33.877Z", Warn, "", "2026-11-29 07:41:33,877 chess.engine (engine.py:1120) WARNING <UciProtocol (pid=48113)>: Unexpected engine output: 'info string Loaded 145 tablebase files'"),
			we("2026-11-29T07:43:02.114Z", Error, "",
				"2026-11-29 07:43:02,114 lib.lichess_bot (lichess_bot.py:655) ERROR Error while playing game Xk2PqR7d",
				"Traceback (most recent call last):",
				`  File "/opt/lichess-bot/lib/lichess_bot.py", line 648, in play_game`,
				"    engine.play_move(board, game, li, setup_timer, move_overhead, can_ponder, is_correspondence)",
				`  File "/opt/lichess-bot/lib/engine_wrapper.py", line 212, in play_move`,
				"    best_move = self.search(board, time_limit, can_ponder, draw_offered, best_move)",
				"chess.engine.EngineTerminatedError: engine process died unexpectedly (exit code: -11)"),
		},
	},
	{
		name:   "lila-all-log-logback",
		source: "lila (lichess.org) in production: /var/log/lichess/all.log's logback pattern `%date %-5level %logger{30} %message%n%xException{50}` (logback's %date is `yyyy-MM-dd HH:mm:ss,SSS`), loggers named after modules (relay, ratelimit, fishnet, round): lichess-org/lila conf/logger.prod.xml; the logger names and the exception's frames from memory",
		why:    "a comma-millisecond time and the level padded to five; a short module name, no class; the exception and its `\tat` frames belong to the ERROR above them; a broadcast URL's host is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.880Z", Info, "", "2026-11-29 07:41:15,880 INFO  tournament Started tournament wK9xQ2aF Hourly Blitz Arena"),
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16,204 WARN  relay Sync failure on round 7fQzRb2K: Cannot fetch https://broadcast.example.org/round-4/games.pgn (error 503)"),
			we("2026-11-29T07:41:18.930Z", Warn, "", "2026-11-29 07:41:18,930 WARN  ratelimit challenge.create user:gravelpit cost: 1"),
			we("2026-11-29T07:41:22.517Z", Error, "", "2026-11-29 07:41:22,517 ERROR fishnet Received invalid analysis for game Hq3mZ8aP by client fuzzy-larch: wrong number of plies"),
			we("2026-11-29T07:42:03.011Z", Error, "",
				"2026-11-29 07:42:03,011 ERROR round Round failed for game Pw8tL2xe",
				"reactivemongo.core.errors.DatabaseException$$anon$1: DatabaseException['not primary' (code = 10107)]",
				"\tat reactivemongo.core.errors.DatabaseException$.apply(DatabaseException.scala:64)",
				"\tat reactivemongo.api.commands.CommandCodecs$.$anonfun$1(CommandCodecs.scala:48)",
				"\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:470)"),
		},
	},
	{
		name:   "lila-ws-console-journal",
		source: "lila-ws (lichess's websocket server) as a systemd service, its console read with journalctl: logback's STDOUT pattern `%level %logger{20} [%thread] %msg` (no time of its own) behind the journal's `Mon dd HH:mm:ss host lila-ws[pid]:`: lichess-org/lila-ws src/main/resources/logback.prod.xml; the logger and thread names from memory",
		why:    "the time and host are the journal's; the level word comes first in the message, then an abbreviated logger and the thread in brackets; Redis's and Netty's peers are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ws2", "Nov 29 07:41:16 ws2 lila-ws[9120]: INFO lila.ws.LilaWsServer [main] Listening on port 9664"),
			we("2026-11-29T07:41:16Z", Info, "ws2", "Nov 29 07:41:16 ws2 lila-ws[9120]: INFO lila.ws.Lila [lettuce-nioEventLoop-4-1] Redis connection took 41 ms"),
			we("2026-11-29T07:41:47Z", Warn, "ws2", "Nov 29 07:41:47 ws2 lila-ws[9120]: WARN lila.ws.Controller [pekko-actor-default-dispatcher-7] Rejecting socket for user gravelpit: too many connections"),
			we("2026-11-29T07:42:05Z", Error, "ws2", "Nov 29 07:42:05 ws2 lila-ws[9120]: ERROR l.w.n.NettyServer [nioEventLoopGroup-3-5] Closing channel after error: Connection reset by peer"),
		},
	},
	{
		name:   "fishnet-systemd-journal",
		source: "fishnet 2.x (lichess's distributed Stockfish client) installed with `fishnet systemd` and read with journalctl: its Logger prints `D: ` for debug, `W: ` for warn, `E: ` for error, `><> ` for fishnet's own notices and info lines bare: lichess-org/fishnet src/logger.rs (found with find_string) and src/main.rs; lichess-org/fishnet issues #258 and #292 (pasted output)",
		why:    "the journal's time and host; the level is the letter before a colon at the start of fishnet's message (D W E); bare and `><>` lines carry none; lichess.org in a URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "oakbox", "Nov 29 07:41:16 oakbox fishnet[2211]: Endpoint: https://lichess.org/fishnet"),
			we("2026-11-29T07:41:16Z", Unknown, "oakbox", "Nov 29 07:41:16 oakbox fishnet[2211]: Cores: 6"),
			we("2026-11-29T07:41:17Z", Debug, "oakbox", "Nov 29 07:41:17 oakbox fishnet[2211]: D: Started worker 3."),
			we("2026-11-29T07:43:40Z", Unknown, "oakbox", "Nov 29 07:43:40 oakbox fishnet[2211]: ><> fishnet/2.9.4: 1820 knps/core (nnue), 12 batches, 1.406 positions, 2.911.024.330 total nodes"),
			we("2026-11-29T07:44:02Z", Warn, "oakbox", "Nov 29 07:44:02 oakbox fishnet[2211]: W: Worker 2 waiting for engine to shut down after error. Context: https://lichess.org/Tq4pLm2x#31"),
			we("2026-11-29T07:44:09Z", Error, "oakbox", "Nov 29 07:44:09 oakbox fishnet[2211]: E: Network error: error sending request for url (https://lichess.org/fishnet/acquire?slow=false): operation timed out"),
		},
	},
	{
		name:   "picochess-log-board-dump",
		source: "PicoChess (the Raspberry Pi chess computer) picochess.log: `%(asctime)s.%(msecs)03d %(levelname)7s %(module)10s - %(funcName)s: %(message)s`, the DGT board dumped as eight lines under `process_board_message: `: jromang/picochess issues #255, #108, #112 and python-chess issue #83 (pasted logs)",
		why:    "a dotted-millisecond time, the level right-aligned to seven and the module to ten; the eight board rows (`r.bqkbnr`, `........`) belong to the DEBUG line above them; `->DGT` and `<-DGT` are directions, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204    INFO  picochess - main: Starting picochess with DGT board on [/dev/ttyACM0]"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "2026-11-29 07:41:16.377   DEBUG        dgt - send_command: ->DGT [Commands.DGT_SEND_BRD]"),
			we("2026-11-29T07:41:18.402Z", Debug, "",
				"2026-11-29 07:41:18.402   DEBUG      board - process_board_message: ",
				"r.bqkbnr",
				"pppp.ppp",
				"..n.....",
				"....p...",
				"....P...",
				".....N..",
				"PPPP.PPP",
				"RNBQKB.R"),
			we("2026-11-29T07:41:18.410Z", Debug, "", "2026-11-29 07:41:18.410   DEBUG  picochess - main: user move [g1f3]"),
			we("2026-11-29T07:41:19.020Z", Warn, "", "2026-11-29 07:41:19.020 WARNING dispatcher - _process_message: (i2c) max timer expired for DGT_CLOCK_START"),
			we("2026-11-29T07:41:25.733Z", Error, "", "2026-11-29 07:41:25.733   ERROR  picochess - main: engine terminated unexpectedly [Stockfish 17]"),
		},
	},
}

func TestFresh736Formats(t *testing.T) { assertTable(t, fresh736Cases) }
func TestFresh736Score(t *testing.T) {
	checkScore(t, "fresh736 formats", fresh736Cases, [worldNumFields]float64{97.8, 99.9, 99.9, 99.9})
}
