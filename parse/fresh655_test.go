package parse

import "testing"

// The six-hundred-and-fifty-fifth fresh table: terminal emulators', multiplexers' and text editors'
// own logs as people attach them to bug reports, shapes no earlier table holds. Each family is one
// product's documented or observed output: Alacritty's log file (`[elapsed s] [LEVEL] [target]`,
// an indented continuation); tmux -vv's server log (epoch seconds with microseconds); Zellij's
// zellij.log (`LEVEL |module| date [thread] [file:line]:`, a panic's indented lines); Zed's Zed.log
// (an ISO second with the local offset, a padded level, `[target]`); kitty's stderr before 0.41
// (`[day-of-year HH:MM:SS.ffffff]`, a Python traceback under it) and from 0.41 on (`[seconds since
// start]`); Vim's channel log (`==== start log session ====`, blank-padded relative seconds, `ERR`,
// `on N:`); and the Emacs daemon's stderr in the user journal.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`alacritty`, `Alacritty-`, `[INFO ] [alacritty`, `] [alacritty]`,
// `Welcome to Alacritty`, `zellij`, `|zellij`, `zellij_server`, `zellij_client`, `[main      ]`,
// `tmux`, `tmux-server`, `tmux-client`, `server started (`, `client started (`,
// `sending message 1`, `add peer`, `kitty`, `[glfw error`, `glfw error`, `glfw`,
// `Ignoring unknown config key`, `vim`, `start log session`, `ch_logfile`, `on 0: `,
// `Created channel`, `emacs`, `Starting Emacs daemon`, `emacs[`, `daemon.el`, `[zed`, `zed::`,
// `[crashes]`, `starting zed version`, `Zed.log`, `[workspace]`, `foot`, ` info: main.c:`,
// `ghostty`, `konsole`, `gnome-terminal`, `wezterm`, `neovim`, `nvim`, `helix`, `helix.log`,
// `lapce`, `kakoune`, `sublime`, `neovide`, `warp`, `tabby`, `hyper`, `iterm`, `tilix`,
// `terminator`, `screen`, `micro`, `windows terminal`, `rio`, `contour`, `startuptime`,
// `VIM STARTING`, `vim.lsp`, `lsp.log`, `mason`, `st-term`, `xterm`, `mosh`, `wayst`, `geany`,
// `kate`). None of Alacritty's log, tmux's server log, Zellij's log, Zed's log, kitty's stderr,
// Vim's channel log or the Emacs daemon's journal lines is in any table (`alacritty`, `zellij` and
// `Zed.log` match only other tables' lists of greps; `tmux` only capture-pane, show-messages and
// tmate; `kitty` only CloudKitty, HyperKitty and logkitty; `vim` only Neovim's logs; `emacs` only
// Eglot's events buffer; `server started (` and `add peer` other daemons' lines; `[zed` the ZED
// camera SDK; `zed::` ZFS's zed). Left out as measured already: Neovim's $NVIM_LOG_FILE (fresh11)
// and lsp.log (fresh98, fresh648), Helix's log (fresh98), WezTerm's gui log (fresh623), tmux's
// capture-pane and show-messages (fresh206, fresh557), Emacs's Eglot buffer (fresh648) and Ghostty
// (fresh431's list). Left out as not confirmed by any search: foot's stderr (`info: main.c:…`),
// Neovim's and Vim's --startuptime files, Neovide's log and Lapce's log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). tmux's time is Unix seconds with microseconds. Zellij's date and time have no
// zone and are read as UTC; Zed's carry the local offset (+01:00) and are converted. kitty's older
// stamp is the day of the year (333 is 29 November 2026) and a zone-less time of day, read as UTC.
// Alacritty's, kitty 0.41's and Vim's leading numbers are seconds since the program or the log
// started: their records have no time. The journal lines have no year (2026). Levels only where the
// line marks one: Alacritty's bracketed padded word, Zellij's and Zed's level words, Vim's `ERR`, and
// Emacs's display-warning prefix (`Warning (comp):`, `Error (use-package):`); tmux's lines, kitty's
// (log_error has no level; `[glfw error 65544]` is GLFW's error code in the message) and the
// journal's other lines carry none. The host is the record's host field: only the journal's; tmux's
// panes and ttys, Zellij's thread names, Zed's and Alacritty's targets and Vim's channel numbers and
// peers are no hosts. A record that spans lines is one entry: Alacritty's indented config path,
// Zellij's panic, kitty's tracebacks. Vim's `==== start log session ====` header is fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only Emacs's display-warning prefix). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided from
// the format before the table was first run, and none was changed after it; a family trawl still
// gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 83.3 %, time 67.5 %, host 85.4 %, records 81.9 %.
// That is the macro figure (micro: level 81.8 %, time 70.5 %, host 84.1 %, records 81.8 %), in a
// worktree at 3a5e29b with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (Alacritty and Zed); the gaps are tmux's function name after the epoch
// time read as a host, Zellij's first three times, kitty's day-of-year stamp, the last line of
// kitty's tracebacks split off, Vim's blank-padded lines joined to the session header, and Emacs's
// display-warning prefix not read as a level.

var fresh655Cases = []worldCase{
	{
		name:   "alacritty-log-file-elapsed-seconds",
		source: "Alacritty's log file (/tmp/Alacritty-<pid>.log, the same lines on stdout with -v: `[elapsed.nnnnnnnnns] [LEVEL] [target] msg`, the level padded to five in brackets, a continuation indented under `Configuration files loaded from:`): alacritty/alacritty issues #5953 (a pasted log), #5125 and #4730",
		why:    "the leading number is seconds since start, no time; the padded bracketed level; the target (`alacritty`, `crossfont`) is a module, no host; the indented path belongs to the record above it",
		entries: []worldEntry{
			we("", Info, "", "[0.000002418s] [INFO ] [alacritty] Welcome to Alacritty"),
			we("", Info, "", "[0.000057903s] [INFO ] [alacritty] Version 0.15.1 (0c405d5)"),
			we("", Info, "", "[0.000081266s] [INFO ] [alacritty] Running on Wayland"),
			we("", Info, "",
				"[0.001017734s] [INFO ] [alacritty] Configuration files loaded from:",
				`                                     "/home/rosa/.config/alacritty/alacritty.toml"`),
			we("", Warn, "", "[0.001240561s] [WARN ] [alacritty_config_derive] Unused config key: window.gtk_theme_variant"),
			we("", Error, "", "[0.068513902s] [ERROR] [crossfont] Could not find font \"Iosevka Term\", falling back to \"monospace\""),
		},
	},
	{
		name:   "tmux-server-log-epoch-micros",
		source: "tmux -vv's server log (tmux-server-<pid>.log in the current directory: log.c writes `%lld.%06d msg`, seconds since the epoch and microseconds, then the message; the first lines `server started (pid): version …, socket …, protocol 8` and `on <uname>; libevent …`): tmux/tmux issues #2222, #1776 and #718 (pasted logs)",
		why:    "an epoch time with microseconds at the start of the line; the uname line carries a build date that is not the record's; pane ids (%0) and ttys are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "1795938076.204113 server started (48213): version 3.5a, socket /tmp/tmux-1000/default, protocol 8"),
			we("2026-11-29T07:41:16.204140Z", Unknown, "", "1795938076.204140 on Linux 6.12.4-arch1-1 #1 SMP PREEMPT_DYNAMIC Fri, 20 Nov 2026 18:02:11 +0000; libevent 2.1.12-stable (epoll)"),
			we("2026-11-29T07:41:16.211502Z", Unknown, "", "1795938076.211502 add peer 0x5621c8e1a9f0: 7 (0x5621c8e1a6b0)"),
			we("2026-11-29T07:41:16.302117Z", Unknown, "", "1795938076.302117 @0 alerts timer reset 0"),
			we("2026-11-29T07:41:16.302145Z", Unknown, "", `1795938076.302145 input_parse_buffer: %0 ground, 9 bytes: \r\nexit\r\n`),
			we("2026-11-29T07:41:16.302190Z", Unknown, "", "1795938076.302190 screen_write_linefeed: at 0,4 (region 0-47)"),
		},
	},
	{
		name:   "zellij-log-level-module-columns",
		source: "Zellij's log (/tmp/zellij-<uid>/zellij-log/zellij.log, log4rs `LEVEL  |module padded to 25| yyyy-MM-dd HH:mm:ss.SSS [thread    ] [file:line]: msg`; a panic's thread, location and message indented under it): zellij-org/zellij issues #1561, #2497 and #3722 (pasted logs)",
		why:    "the level word first, then a module column cut at 25 characters between bars, then a zone-less date and time (UTC by the rules); the thread name in brackets is no host; the panic's indented lines belong to its record",
		gap:    "the date and time after the level word and the `|module|` column are not read for the first three records (only from the fourth on)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "INFO   |zellij_client            | 2026-11-29 07:41:16.402 [main      ] [zellij-client/src/lib.rs:176]: Starting Zellij client!"),
			we("2026-11-29T07:41:16.455Z", Info, "", "INFO   |zellij_server            | 2026-11-29 07:41:16.455 [main      ] [zellij-server/src/lib.rs:419]: Starting Zellij server!"),
			we("2026-11-29T07:41:16.511Z", Warn, "", "WARN   |zellij_server::route     | 2026-11-29 07:41:16.511 [server_router] [zellij-server/src/route.rs:1141]: Server not ready, trying to place instruction in retry queue..."),
			we("2026-11-29T07:41:17.02Z", Error, "", `ERROR  |zellij_server::background| 2026-11-29 07:41:17.020 [async-std/runti] [zellij-server/src/background_jobs.rs:536]: Failed to read created stamp of resurrection file: Error { kind: Unsupported, message: "creation time is not available on this platform currently" }`),
			we("2026-11-29T07:41:18.773Z", Error, "",
				"ERROR  |zellij_utils::errors::not| 2026-11-29 07:41:18.773 [pty_writer] [zellij-utils/src/errors.rs:629]: Panic occured:",
				"             thread: pty_writer",
				"             location: At zellij-server/src/pty_writer.rs:88:17",
				"             message: called `Result::unwrap()` on an `Err` value: Os { code: 5, kind: Uncategorized, message: \"Input/output error\" }"),
		},
	},
	{
		name:   "zed-log-offset-seconds",
		source: "Zed's log file (~/Library/Logs/Zed/Zed.log, ~/.local/share/zed/logs/Zed.log on Linux: `yyyy-MM-ddTHH:mm:ss±hh:mm LEVEL [target] msg`, the level padded to five, a `starting zed version` banner line): zed-industries/zed issues #43697 and #20984 (pasted logs), #5714 (the file's place)",
		why:    "an ISO time to the second with the local offset (+01:00, converted); the level word padded to five; the target in brackets is a crate or a source path, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INFO  [zed] ========== starting zed version 0.216.2, sha 9e41c0b =========="),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INFO  [crashes] spawning crash handler process"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+01:00 INFO  [workspace] Rendered first frame"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29T08:41:18+01:00 WARN  [project::lsp_store] language server rust-analyzer (id 2) exited with status: 101"),
			we("2026-11-29T07:41:19Z", Error, "", "2026-11-29T08:41:19+01:00 ERROR [agent] Failed to authenticate provider: Ollama: connection refused (os error 111)"),
			we("2026-11-29T07:44:02Z", Error, "", "2026-11-29T08:44:02+01:00 ERROR [crates/gpui/src/window.rs:1183] window not found"),
		},
	},
	{
		name:   "kitty-stderr-day-of-year-stamp",
		source: "kitty before 0.41 on a terminal (logging.c's log_error: `[%j HH:MM:SS.ffffff] msg`, the day of the year and the local time of day with microseconds; a Python traceback logged as one message, its lines unprefixed): kovidgoyal/kitty issues #784, #5498, #2010 and #8463 (pasted output)",
		why:    "a day-of-year number (333 is 29 November 2026) and a zone-less time of day (UTC by the rules) in brackets; `[glfw error 65544]` is GLFW's error code inside the message that log_error writes for every kind of message, no level; the traceback is one record",
		gap:    "the `[DDD HH:MM:SS.ffffff]` stamp (day of the year, then the time of day) is not read as a time, and the traceback's last line (`ValueError: …`) is split off from its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "[333 07:41:16.204113] Ignoring unknown config key: x11_bell_volume"),
			we("2026-11-29T07:41:16.390562Z", Unknown, "", "[333 07:41:16.390562] [glfw error 65544]: Wayland: Window position retrieval not supported"),
			we("2026-11-29T07:41:16.412007Z", Unknown, "", "[333 07:41:16.412007] Could not find font with family: Fira Code Retina"),
			we("2026-11-29T07:41:16.433915Z", Unknown, "",
				"[333 07:41:16.433915] Traceback (most recent call last):",
				`  File "/usr/lib/kitty/kitty/main.py", line 386, in main`,
				"    _main()",
				`  File "/usr/lib/kitty/kitty/main.py", line 129, in _run_app`,
				"    window_id = create_os_window(",
				"ValueError: Failed to create GLFWwindow"),
		},
	},
	{
		name:   "kitty-041-stderr-monotonic-seconds",
		source: "kitty 0.41 and later on a terminal (logging.c's log_error: `fprintf(stderr, \"[%.3f] \", monotonic_t_to_s_double(monotonic()))` before the message, seconds since kitty started): kovidgoyal/kitty kitty/logging.c (read with the code search) and issue #8463 (`[0.042] [glfw error 65544]: …`)",
		why:    "the bracketed number is seconds since start with three decimals, no time; no level (log_error has none); the traceback's lines belong to the record above them",
		gap:    "the traceback's last line (`AttributeError: …`) is split off from the record it ends",
		entries: []worldEntry{
			we("", Unknown, "", "[0.036] Ignoring unknown config key: macos_thicken_font"),
			we("", Unknown, "", "[0.118] Could not find font with family: Fira Code Retina"),
			we("", Unknown, "", "[0.241] [glfw error 65544]: Wayland: Failed to connect to display"),
			we("", Unknown, "",
				"[1.907] Traceback (most recent call last):",
				`  File "/opt/kitty.app/lib/kitty/kitty/boss.py", line 1412, in on_focus`,
				"    self.update_tab_bar_data()",
				"AttributeError: 'NoneType' object has no attribute 'tab_bar'"),
			we("", Unknown, "", "[12.460] Failed to open URL: https://example.org/docs with error: No such file or directory"),
		},
	},
	{
		name:   "vim-channel-log-relative-seconds",
		source: "Vim's channel log (ch_logfile() or --log: `==== start log session ====`, then ch_log_lead's `%10.6f ` seconds since the log started, `ERR ` for an error, `on <channel id>: ` or `: ` without a channel): vim/vim src/channel.c (found with find_string); neovim/neovim issue #9010 and govim issue #200 on its use",
		why:    "the leading number, padded with blanks, is seconds since the log started, no time; `ERR` before `on N:` marks an error and the other lines carry no level; a line that begins with blanks is still a record of its own; the header line is fed but not scored",
		gap:    "the blank-padded seconds-since-start lines are joined to the `==== start log session ====` header as its continuation lines, so none of them starts a record (and `ERR` is not read as a level)",
		entries: []worldEntry{
			wskip("==== start log session ===="),
			we("", Unknown, "", "  0.000019 on 0: Created channel"),
			we("", Unknown, "", "  0.000207 on 0: Connecting to localhost port 8765"),
			we("", Unknown, "", "  0.000448 on 0: Waiting for connection (waiting 50 msec)..."),
			we("", Error, "", "  0.051033 ERR on 0: channel_open: Connect failed with errno 111"),
			we("", Unknown, "", "  0.051101 on 0: Freeing channel"),
			we("", Error, "", "  2.307715 ERR : Channel for fd 7 not found"),
		},
	},
	{
		name:   "emacs-daemon-user-journal",
		source: "Emacs started as a systemd user service (`emacs --fg-daemon`), its stderr in the journal as `journalctl --user -u emacs` prints it (`Mmm dd HH:mm:ss host emacs[pid]: msg`, systemd's Starting/Started lines): radian-software/straight.el issue #1057 (a pasted journal); display-warning's `Warning (type): ` and `Error (type): ` prefixes from memory of warnings.el",
		why:    "a BSD journal line with no year (2026) and the journal's host; Emacs's display-warning prefix `Warning (comp):` or `Error (use-package):` at the start of the message is its level, other lines carry none",
		gap:    "display-warning's `Warning (type):` and `Error (type):` prefix at the start of the journal message is not read as a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rosa-x1", "Nov 29 07:41:16 rosa-x1 systemd[1822]: Starting Emacs text editor..."),
			we("2026-11-29T07:41:18Z", Unknown, "rosa-x1", "Nov 29 07:41:18 rosa-x1 emacs[40211]: Loading /home/rosa/.config/emacs/custom.el (source)...done"),
			we("2026-11-29T07:41:19Z", Warn, "rosa-x1", "Nov 29 07:41:19 rosa-x1 emacs[40211]: Warning (comp): magit-section.el:212:8: Warning: the function `seq-keep' is not known to be defined."),
			we("2026-11-29T07:41:19Z", Error, "rosa-x1", "Nov 29 07:41:19 rosa-x1 emacs[40211]: Error (use-package): lsp-ui/:config: Symbol's function definition is void: lsp-ui-doc--setup"),
			we("2026-11-29T07:41:21Z", Unknown, "rosa-x1", "Nov 29 07:41:21 rosa-x1 emacs[40211]: Starting Emacs daemon."),
			we("2026-11-29T07:41:21Z", Unknown, "rosa-x1", "Nov 29 07:41:21 rosa-x1 systemd[1822]: Started Emacs text editor."),
		},
	},
}

func TestFresh655Formats(t *testing.T) { assertTable(t, fresh655Cases) }
func TestFresh655Score(t *testing.T) {
	checkScore(t, "fresh655 formats", fresh655Cases, [worldNumFields]float64{83.2, 67.4, 87.4, 81.8})
}
