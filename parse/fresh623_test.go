package parse

import "testing"

// The six-hundred-and-twenty-third fresh table: desktop applications' own log files, as people
// attach them to bug reports, in shapes no earlier table holds. Each family is one product's
// output: WezTerm's gui log (a time of day, a padded level between two-space gaps, a Rust module
// before `>`); the Ladybird browser's terminal output (seconds since boot and `Process(pid):`, a
// backtrace under `VERIFICATION FAILED`); SparkleShare's debug_log.txt (`HH:mm:ss | Component |`);
// SMPlayer's log (`[HH:mm:ss:zzz] Class::method:`); CodeLite's codelite.log (`[HH:mm:ss:zzz LVL]
// [Component]`); Stremio's streaming server output (no time, no level, Node error objects);
// Tauon Music Box's console log (`[ INFO  ] [ module ]`); Sourcetree for Windows' log4net log.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`nextcloud`, `owncloud`, `[ info `, `sync.engine`, `qutebrowser`,
// `app:_init`, `handbrake`, `hb_init`, `hb_scan`, `qbittorrent`, `(I) 20`, `(N) 20`, `seafile`,
// `sync-mgr`, `drivefs`, `NonCelloThread`, `google drive`, `joplin`, `Synchronizer:`, `netbeans`,
// `NbEvents`, `ServerApp`, `jupyter`, `megasync`, `mega sync`, `syncthing`, `insync`, `onedrive`,
// `mattermost`, `electron-log`, `element`, `rageshake`, `jami`, `calibre`, `musicbee`, `onlyoffice`,
// `plex`, `jellyfin`, `shotcut`, `kdenlive`, `ladybird`, `falkon`, `vivaldi`, `epiphany`, `dropbox`,
// `pcloud`, `resilio`, `freefilesync`, `sublime`, `qt creator`, `qtcreator`, `geany`, `spyder`,
// `lapce`, `helix`, `dino`, `konversation`, `psi+`, `smplayer`, `celluloid`, `foobar`, `audacious`,
// `transmission`, `deluge`, `krita`, `inkscape`, `blender`, `gimp`, `darktable`, `anki`, `logseq`,
// `notion`, `evolution`, `outlook`, `wps`, `qtox`, `UTC] src/`, `winscp`, `. 20`, `filezilla`,
// `Status: Connecting`, `duplicati`, `[Information-`, `gnucash`, `gnc.app`, `cryptomator`,
// `org.cryptomator`, `thonny`, `tresorit`, `synology drive`, `box drive`, `maestral`, `chatterino`,
// `kvirc`, `halloy`, `ferdium`, `zulip`, `rocket.chat`, `cyberduck`, `ch.cyberduck`, `haruna`,
// `tauon`, `deadbeef`, `quod libet`, `amarok`, `elisa`, `stremio`, `WebContent(`, `mailspring`,
// `geary`, `claws`, `texstudio`, `lyx`, `scribus`, `zim`, `cherrytree`, `trilium`, `xournal`,
// `okular`, `sumatra`, `kdevelop`, `codelite`, `code::blocks`, `codeblocks`, `lazarus`, `bluej`,
// `processing`, `mu editor`, `gnome builder`, `visual studio`, `ActivityLog`, `seamonkey`,
// `palemoon`, `pale moon`, `waterfox`, `librewolf`, `floorp`, `nyxt`, `luakit`, `midori`, `netsurf`,
// `konqueror`, `fractal`, `neochat`, `quaternion`, `gomuks`, `briar`, `session desktop`, `threema`,
// `viber`, `wechat`, `icloud`, `cloudstation`, `spideroak`, `unison`, `sparkleshare`, `odrive`,
// `mountain duck`, `goodsync`, `koofr`, `filen`, `proton drive`, `yandex`, `picard`, `musescore`,
// `main_thread`, `mixxx`, `jabref`, `zotero`, `github desktop`, `- info: [`, `[ui]`, `sourcetree`,
// `gitkraken`, `pgadmin`, `pgadmin:`, `dbeaver`, `workbench`, `[INF][`, `godot`, `   at: `,
// `alacritty`, `wezterm`, `welcome to alacritty`, `remmina`, `nicotine`, `xcode`, `atom`,
// `sylpheed`, `psi`, `gajim`, `opera`, `brave`, `edge`, `safari`, `onenote`, `word`, `excel`,
// `keynote`, `pages`, `tidal`, `deezer`, `itunes`, `apple music`, `winamp`, `aimp`, `mpc-hc`,
// `potplayer`, `infuse`, `emby`, `plexamp`, `jriver`, `foobar2000`, `musicbrainz`, `nomacs`,
// `ToolbarEditor`, `Core::`, `global_init`, `SYS] [`, `| Cmd |`, `WebContent`, `wezterm_gui`,
// `syncengine.cpp`, `folder.cpp:`, `log4net`, `[1] ERROR`, `[1] INFO`). None of WezTerm,
// Ladybird, SparkleShare, SMPlayer, CodeLite, Stremio, Tauon or Sourcetree is in any table
// (`WebContent` matches only macOS's com.apple.WebKit.WebContent and an Electron component, `Core::`
// other C++ programs; log4net's layout is measured, Sourcetree's logger names are not). Left out as
// measured already: Nextcloud, ownCloud, Seafile, Syncthing, Dropbox, OneDrive, Google Drive, MEGA,
// HandBrake, qBittorrent, Joplin, NetBeans, Jupyter, Mattermost, Jami, Calibre, Plex, Jellyfin,
// Shotcut, Kdenlive, qutebrowser, qTox, WinSCP, FileZilla, Duplicati, GnuCash, Cryptomator, Thonny,
// Tresorit, Maestral, Zulip, Rocket.Chat, Cyberduck, MuseScore, Mixxx, Picard, pgAdmin, DBeaver,
// MySQL Workbench, Godot and the products fresh471 lists. Left out as not confirmed by any search:
// Halloy, Chatterino, Konversation, Quaternion, NetSurf, Luakit, gomuks, Claws Mail, Proton Drive,
// Synology Drive, GitKraken and nomacs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WezTerm, SparkleShare, SMPlayer and CodeLite write a time of day only: it is
// on the clock's day (SMPlayer's and CodeLite's `:zzz` after the seconds are milliseconds). WezTerm's
// older line ends in Z. Tauon's and Sourcetree's stamps have no zone and are taken as UTC. Ladybird's
// leading number is seconds since boot, no time, and Stremio's lines carry none: their records have
// Time 0. Levels only where the line marks one: WezTerm's padded word, CodeLite's code inside the
// time's brackets (SYS, its always-written system level, is Info; ERR WRN DBG), Tauon's bracketed
// word, Sourcetree's log4net column; Ladybird, SparkleShare, SMPlayer and Stremio mark none (a Node
// `Error:` in a message is no level). No family has a host field: Ladybird's `Process(pid)`,
// SparkleShare's folder and remote, Stremio's listen address are no hosts. A record that spans lines
// is one entry: Ladybird's verification failure with its backtrace, SparkleShare's key list, Stremio's
// Node error object, Tauon's traceback under its ERROR and Sourcetree's .NET exception.
//
// The shapes come from the issue threads each case names, found with the search tool (corpus
// "issues"); Sourcetree's rests on memory and its source says so. Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided from
// the format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 92.5 %, time 100.0 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 92.7 %, time 100.0 %, host 100.0 %, records 97.6 %), in a
// worktree at 8f540bf with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Ladybird's backtrace lines, which trawl splits from the
// verification failure, CodeLite's SYS level code, which it does not read, and Stremio's Node error
// object, from whose `Error:` word it takes a level.

var fresh623Cases = []worldCase{
	{
		name:   "wezterm-gui-log",
		source: "WezTerm's stderr and gui-log-PID.txt (`HH:mm:ss.SSS  LEVEL  module::path > msg`, older builds `yyyy-MM-ddTHH:mm:ss.SSSZ LEVEL module > msg`): wezterm/wezterm issues #5127, #5243 and #388, log location in #1576 and #2711",
		why:    "a time of day only, the level word padded between two-space gaps, a Rust module path before `>`; one older line with a full Z stamp",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Info, "", "07:41:16.208  INFO   wezterm_gui > Using wayland connection for window 0"),
			we("2026-11-29T07:41:16.215Z", Debug, "", "07:41:16.215  DEBUG  config                    > Reloaded configuration! generation=2"),
			we("2026-11-29T07:41:16.377Z", Warn, "", "07:41:16.377  WARN   wezterm_font::parser      > Font 'Iosevka Term' not found; using fallback JetBrains Mono"),
			we("2026-11-29T07:41:18.902Z", Error, "", "07:41:18.902  ERROR  mux                       > read_pty EOF: pane_id 3"),
			we("2026-11-29T07:41:20.511Z", Error, "", "2026-11-29T07:41:20.511Z ERROR wezterm_gui::termwindow > OpenGL initialized! Mesa Intel(R) Iris Xe Graphics (TGL GT2) is_context_loss_possible=false"),
		},
	},
	{
		name:   "ladybird-process-log",
		source: "Ladybird browser's terminal output (`seconds.millis Process(pid): msg` from AK's dbgln, seconds since boot; `VERIFICATION FAILED` with a backtrace under it): LadybirdBrowser/ladybird issues #8989, #3772, #4599, #3737 and #3872",
		why:    "the leading number is seconds since boot, no time of day; the process name and pid in parentheses are no host; a verification failure carries its backtrace",
		gap:    "the backtrace lines under `VERIFICATION FAILED` (library paths with an address in brackets) are each read as records of their own, not joined to the failure",
		entries: []worldEntry{
			we("", Unknown, "", "Ladybird PID file '/run/user/1000/Ladybird.pid' exists with PID 52217, but process cannot be found"),
			we("", Unknown, "", "48211.307 WebContent(52340): FIXME: Unimplemented Navigator.maxTouchPoints"),
			we("", Unknown, "", `48211.352 ImageDecoder(52336:52361): libpng warning: iCCP: known incorrect sRGB profile`),
			we("", Unknown, "", `48212.004 WebContent(52340): ResourceLoader: Failed load of: "https://static.example.net/fonts/inter.woff2", Error: Timed out`),
			we("", Unknown, "", "48214.118 Ladybird(52301): WebContent process crashed! Last page loaded: https://shop.example.org/cart"),
			we("", Unknown, "",
				"VERIFICATION FAILED: m_default_fixed_width_font at /build/ladybird/Libraries/LibWebView/Plugins/FontPlugin.cpp:49",
				"/usr/lib/ladybird/liblagom-ak.so.0(ak_verification_failed+0x6c) [0x7f3a1c2b88fc]",
				"/usr/libexec/ladybird/WebContent() [0x42d617]",
				"/usr/lib/libc.so.6(__libc_start_main+0x8b) [0x7f3a1b62a28b]"),
		},
	},
	{
		name:   "sparkleshare-debug-log",
		source: "SparkleShare's ~/.config/sparkleshare/debug_log.txt (`HH:mm:ss | Component | [Folder |] msg`): hbons/SparkleShare issue #1413 (pasted debug_log.txt), issue #515",
		why:    "a time of day only, pipe-separated component and folder columns, no level; the key list under `The following keys may be used:` belongs to that record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 | Auth | Imported key '/home/ilse/.config/sparkleshare/2026-11-02_09h31.key'"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"07:41:16 | Auth | The following keys may be used:",
				"3072 SHA256:q4Vd0xW7mYf2rLk9TnB3sEa1ZpC8uJ6gHo5iNt0yKwE /home/ilse/.config/sparkleshare/2026-11-02_09h31.key (RSA)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 | /home/ilse/SparkleShare/thesis | Initializing..."),
			we("2026-11-29T07:41:17Z", Unknown, "", `07:41:17 | Cmd | thesis | git config remote.origin.url "ssh://storage@files.example.net/srv/sparkle/thesis"`),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19 | Git | thesis | Checking for remote changes..."),
			we("2026-11-29T07:41:20Z", Unknown, "", "07:41:20 | ListenerFactory | Issued new listener for tcp://notify.example.net:443/"),
		},
	},
	{
		name:   "smplayer-log",
		source: "SMPlayer's log (View > Logs, and stderr) `[HH:mm:ss:zzz] Class::method: msg`: smplayer-dev/smplayer issues #513, #1193, #561 and #580",
		why:    "a bracketed time of day with a colon before the milliseconds; no level; the indented ` * path:` lines are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.174Z", Unknown, "", "[07:41:16:174] global_init: config file: '/home/arne/.config/smplayer/smplayer.ini'"),
			we("2026-11-29T07:41:16.176Z", Unknown, "", "[07:41:16:176] This is SMPlayer v. 25.6.0 (revision 10369) running on Linux"),
			we("2026-11-29T07:41:16.176Z", Unknown, "", `[07:41:16:176]  * data path: "/usr/share/smplayer"`),
			we("2026-11-29T07:41:19.210Z", Unknown, "", `[07:41:19:210] Core::startMplayer: file: "/home/arne/Videos/holiday-2026.mkv" seek: 0`),
			we("2026-11-29T07:41:19.224Z", Unknown, "", `[07:41:19:224] InfoReader::getInfo: loaded info from "/home/arne/.config/smplayer/player_info.ini"`),
		},
	},
	{
		name:   "codelite-log",
		source: "CodeLite's ~/.codelite/codelite.log (`[HH:mm:ss:zzz LVL] [Component] msg`, levels SYS ERR WRN DBG of its FileLogger): eranif/codelite issue #3807 (pasted log), log location in #1934 and #3604",
		why:    "a time of day with a colon before the milliseconds, the level code inside the time's brackets; SYS (the always-written system level) is Info",
		gap:    "the level code SYS after the time inside the brackets is not read (ERR, WRN and DBG are)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.747Z", Info, "", "[07:41:16:747 SYS] [Main] Loading lexers..."),
			we("2026-11-29T07:41:17.011Z", Info, "", "[07:41:17:011 SYS] [Main] Success"),
			we("2026-11-29T07:41:20.305Z", Debug, "", "[07:41:20:305 DBG] [LSP] clangd: sending initialize request to language server"),
			we("2026-11-29T07:43:02.118Z", Warn, "", "[07:43:02:118 WRN] [Main] workspace file has no active project, using the first one"),
			we("2026-11-29T07:45:56.490Z", Error, "", `[07:45:56:490 ERR] [Main] failed to open file: C:\Users\tomas\.gdbinit for read-binary`),
		},
	},
	{
		name:   "stremio-server-output",
		source: "Stremio desktop's streaming server (server.js) output shown in its log and terminal: Stremio/stremio-shell issue #107, Stremio/stremio-bugs issue #177, sleeyax/stremio-streaming-server issue #11",
		why:    "no time and no level on any line; a Node error object and a stack trace under a line are one record",
		gap:    "a level is taken from the word `Error` at the start of a Node error object's message, where the line marks none",
		entries: []worldEntry{
			we("", Unknown, "", "hls executables located ->  { ffmpeg: '/usr/bin/ffmpeg', ffsplit: null }"),
			we("", Unknown, "", "Using app path -> /home/lotte/.stremio-server"),
			we("", Unknown, "", "EngineFS server started at http://127.0.0.1:11470"),
			we("", Unknown, "",
				"{ Error: ENOENT: no such file or directory, open '/home/lotte/.stremio-server/localFiles'",
				"  errno: -2,",
				"  code: 'ENOENT',",
				"  syscall: 'open',",
				"  path: '/home/lotte/.stremio-server/localFiles' }"),
			we("", Unknown, "", "-> GET /stats.json"),
		},
	},
	{
		name:   "tauon-music-box-log",
		source: "Tauon Music Box's console log (`yyyy-MM-dd HH:mm:ss [LEVEL  ] [ module ] msg (file.py:line)`, level and module padded inside brackets): Taiko2k/Tauon issues #1396 and #2060",
		why:    "a zone-less stamp, then the level padded inside brackets (`[ INFO  ]`, `[WARNING]`), then the module padded inside brackets; a traceback belongs to its ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [ INFO  ] [ __main__ ] Tauon v8.1.2"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 [WARNING] [  t_draw  ] Unable to import jxlpy, JPEG XL support will be disabled. (t_draw.py:67)"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 [ DEBUG ] [  t_main  ] Loaded Phazor path at: /usr/lib/python3.13/site-packages/phazor-pw.so"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 [ INFO  ] [  t_main  ] Applying theme: Rose"),
			we("2026-11-29T07:42:03Z", Error, "",
				"2026-11-29 07:42:03 [ ERROR ] [  t_main  ] Failed to render gallery (t_main.py:33868)",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.13/site-packages/tauon/t_modules/t_main.py", line 33868, in full_render`,
				"    track_id = track_object.index",
				"AttributeError: 'NoneType' object has no attribute 'index'"),
		},
	},
	{
		name:   "sourcetree-log4net",
		source: "Atlassian Sourcetree for Windows %LOCALAPPDATA%\\Atlassian\\SourceTree\\log.txt, log4net `%date [%thread] %-5level %logger - %message` (from memory)",
		why:    "a comma before the milliseconds, the thread number in brackets, a padded level; a .NET exception with its stack under an ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [1] INFO  SourceTree.Main.App - Starting Sourcetree 3.4.22"),
			we("2026-11-29T07:41:18.551Z", Warn, "", "2026-11-29 07:41:18,551 [7] WARN  SourceTree.Hosting.BitbucketServer - Account refresh for jdekker@git.example.com returned 401, retrying"),
			we("2026-11-29T07:41:19.020Z", Debug, "", "2026-11-29 07:41:19,020 [12] DEBUG SourceTree.Scm.Git.GitRepoMonitor - File change detected in C:\\src\\billing\\.git\\index"),
			we("2026-11-29T07:41:21.377Z", Error, "",
				"2026-11-29 07:41:21,377 [9] ERROR SourceTree.Scm.Git.GitRepository - Failed to fetch from remote origin",
				"System.IO.IOException: The pipe has been ended.",
				"   at System.IO.Pipes.PipeStream.WinIOError(Int32 errorCode)",
				"   at SourceTree.Scm.Git.GitRepository.Fetch(String remote)"),
		},
	},
}

func TestFresh623Formats(t *testing.T) { assertTable(t, fresh623Cases) }
func TestFresh623Score(t *testing.T) {
	checkScore(t, "fresh623 formats", fresh623Cases, [worldNumFields]float64{92.4, 99.9, 99.9, 97.8})
}
