package parse

import "testing"

// The three-hundred-and-eighty-first fresh table, written on 2026-12-06: levels as programs spell
// and place them, another pass, in product shapes no earlier table holds: level words, letters and
// symbols glued to a product's name, a module trace, a message code or a row of stars, and one
// language that translates its level word. Each family is one product's documented or observed
// output: BibTeX's .blg (the level glued to its message with two dashes, `Warning--`, a
// `--line N of file` continuation, an error with no level word and its ` : ` context lines);
// Biber's .blg (a millisecond counter in brackets and a module trace `Biber.pm:131>` before
// `WARN - `, and a `=== date` line); pdfTeX's .log (the level after a package's name, `Package
// hyperref Warning:`, `LaTeX Font Info:`, the `(hyperref)` continuation, `!` for an error, the
// banner's `29 NOV 2026 07:41`); Pylint's text reporter (one letter glued to a message number,
// `W0612:`, under `************* Module` headers); Rollup's CLI (`(!)` for a warning block and `[!]`
// for an error with its stack); apt and dpkg under LANG=de_DE.UTF-8 (`dpkg: Warnung:`, `dpkg:
// Fehler beim Bearbeiten des Paketes`, apt's `E:`); Ghostscript's PDF interpreter (`   **** Error:`
// and `   **** Warning:` behind a row of stars, a continuation indented under it, the repair
// notice); x265's CLI (the level in brackets after the module's name, `x265 [warning]:`, `y4m
// [info]:`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`bibtex`, `Warning--`, `I didn't find a database entry`, `biber`,
// `Config.pm`, `Biber.pm`, `pdfTeX`, `LaTeX Warning`, `Package hyperref`, `Overfull`,
// `Undefined control sequence`, `texlive`, `latexmk`, `pylint`, `************* Module`, `W0612`,
// `rollup`, `(!) `, `RollupError`, `Circular dependency`, `Unresolved dependencies`,
// `dpkg: Warnung`, `Fehler beim Bearbeiten`, `Entpacken`, `avertissement`, `ghostscript`,
// `**** Warning`, `**** Error`, `x264`, `x265`, `encoder version`, `lavf [`, `HandBrake`; and,
// dropped as already measured, `luanti`, `minetest`, `ACTION[`, `ryujinx`, `|I| `, `FLog`, `!ENTRY`,
// `┌ Warning`, `[ Info:`, `setupapi`, `!!!  `, `CMake Warning`, `==> ERROR`, `mkinitcpio`,
// `MOZ_LOG`, `D/nsHttp`, `pipewire`, `][W][`, `dolphin`, `OSREPORT`, `openmw`, `tshark`,
// `warning: variable`, `[success]`, `GHC-`, `Hint: `, `godot`, `SCRIPT ERROR`, `WARNING in `,
// `npm warn`, `#c.i.`, `Warning message`, `hadolint`, `yamllint`, `SC2086`, `configure: WARNING`,
// `dpkg: warning`, `TS2322`, `beegfs`, `errpt`, `AMQ9209`, `IEF403I`, the JDK's translated level
// names (情報, SCHWERWIEGEND, AVERTISSEMENT, INFORMACIÓN, 정보, 严重) and PostgreSQL's (FEHLER:,
// ОШИБКА, ERREUR)). BibTeX, Biber, pdfTeX's log, Pylint's reporter, Rollup's CLI, dpkg in German,
// Ghostscript's stars and x265 are in none: `pylint` in fresh23 is Metaflow's `Running pylint...`,
// `Unresolved dependencies` in fresh163 is Ivy's `UNRESOLVED DEPENDENCIES` box, `ghostscript` in
// fresh34 is a word inside a paperless-ngx error, `x264` in fresh179 is ffmpeg's `[libx264 @ …]
// [info]`, `Config.pm` in fresh52 and fresh136 is another Perl program's file, `dpkg: warning` in
// fresh5 is the English catalogue. Nim's `file(line, col) Warning:` (fresh104) is why Free Pascal's
// same shape was left out, and mkinitcpio's `==> ERROR:` (fresh40) why makepkg's was. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Almost nothing here carries a time: Biber's `[266]` is milliseconds since
// it started, and only its `=== Sun Nov 29, 2026, 07:41:16` line (local, no zone, taken as UTC)
// names the clock; pdfTeX's banner ends with `29 NOV 2026 07:41` (no seconds, no zone); a package's
// date (`Package: hyperref 2026-06-02`), the format's date (`format=pdflatex 2026.11.20`),
// Ghostscript's release date in its banner and the date inside Pylint's crash-report file name are
// no record's time. Levels only where the line marks one, mapped onto Level: Warning-- Warn; INFO,
// WARN, ERROR Info, Warn, Error; `Package X Warning:` and `LaTeX Warning:` Warn, `Package X Info:`
// and `LaTeX Font Info:` Info, TeX's `!` Error; Pylint's I, W, E and F (fatal) Info, Warn, Error and
// Critical; Rollup's `(!)` Warn and `[!]` Error; `dpkg: Warnung:` Warn, `dpkg: Fehler beim
// Bearbeiten des Paketes` (dpkg's `error processing package`, written in the slot of its warning)
// and apt's `E:` Error; Ghostscript's `**** Error:` Error and `**** Warning:` Warn; x265's [info],
// [warning], [error]. BibTeX's `I was expecting a ','` error, TeX's `Overfull \hbox`, dpkg's `Fehler
// traten auf beim Bearbeiten von:` summary and Ghostscript's `This file had errors` notice carry no
// level word and so no level; x265's `Level-4` is the HEVC level. No record names its host. A
// record that spans lines is one entry: BibTeX's warning with its `--line` line and its error with
// the ` : ` lines and `I'm skipping…`; pdfTeX's banner to `**thesis.tex`, hyperref's warning with its
// `(hyperref)` line, the Overfull box with its box lines, the `!` error with `l.N`, the rest of the
// line and TeX's help text; a Rollup `(!)` block with its URL, its detail lines and code frame, the
// `[!]` error with the file and the stack; dpkg's error with its indented line, apt's `Fehler traten
// auf` with the package under it, systemctl's two-line failure; Ghostscript's banner, its error with
// the indented `Output may be incorrect.`, the repair notice's `****` lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", find_string, read_file); where a search did
// not confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb3417 before any rule for it: level 72.9 %, time 94.0 %, host 95.0 %, records 74.1 %.
// That is the macro figure (micro: level 75.0 %, time 93.8 %, host 95.0 %, records 76.2 %), in a
// worktree at beb3417 with no change to trawl's code (only this file and table_test.go's list), 1 of
// 8 families fully right (x265's CLI); the gaps are the levels of BibTeX's `Warning--`, TeX's `!`,
// Pylint's letters, Rollup's `(!)`/`[!]`, dpkg's German `Fehler` and Ghostscript's stars, Biber's
// run-stamp time, and the continuations of BibTeX, pdfTeX, Rollup, systemctl and Ghostscript.

var fresh381Cases = []worldCase{
	{
		name:   "bibtex-blg-double-dash-warnings",
		gap:    "trawl reads no level from `Warning--` (the word glued to the message by two dashes), does not join a field warning's `--line 118 of file refs.bib` line to it, and cuts the `I was expecting` error before its col-0 `I'm skipping whatever remains of this entry` line",
		source: "BibTeX 0.99d's .blg file (the banner, `The top-level auxiliary file:`, `The style file:`, `Database file #1:`, `Warning--msg` with a `--line N of file f` line after a field warning, `I was expecting a `,' or a `}'---line N of file f` with ` : ` context lines and `I'm skipping whatever remains of this entry`, `(There was 1 error message)`): adrn/thejoker issue #42, topepo/APM_Exercises issue #4, gallandarakhneorg/tex-templates issue #14, overleaf/overleaf issue #81",
		why:    "the level word glued to the message by two dashes; a field warning's `--line` line belongs to it; an error with no level word spans its context lines; `TeX Live 2026` is no time",
		entries: []worldEntry{
			we("", Unknown, "", "This is BibTeX, Version 0.99d (TeX Live 2026)"),
			we("", Unknown, "", "The top-level auxiliary file: thesis.aux"),
			we("", Unknown, "", "The style file: plainnat.bst"),
			we("", Unknown, "", "Database file #1: refs.bib"),
			we("", Unknown, "",
				"I was expecting a `,' or a `}'---line 57 of file refs.bib",
				" :   title = {Adaptive octree meshing for coastal flows}",
				" :                                                      journal",
				"I'm skipping whatever remains of this entry"),
			we("", Warn, "",
				"Warning--I'm ignoring vance2025's extra \"year\" field",
				"--line 118 of file refs.bib"),
			we("", Warn, "", "Warning--I didn't find a database entry for \"ortega2024\""),
			we("", Warn, "", "Warning--empty journal in lindqvist2023"),
			we("", Warn, "", "Warning--can't use both author and editor fields in okafor2022"),
			we("", Unknown, "", "(There was 1 error message)"),
		},
	},
	{
		name:   "biber-blg-module-trace-levels",
		gap:    "trawl reads the `[ms] Module.pm:line> LEVEL -` levels but not the time of Biber's run-stamp line `INFO - === Sun Nov 29, 2026, 07:41:16` (a weekday, `Mon d, yyyy,` and a comma before the clock)",
		source: "Biber 2.19-2.21's .blg file (`[ms] Module.pm:line> LEVEL - msg`, the `=== weekday Mon d, yyyy, HH:mm:ss` run stamp, `BibTeX subsystem:` errors, the closing WARNINGS/ERRORS counts): plk/biber issues #397, #40 and #116 (the same messages on the terminal without the trace), find_string hits of `] Biber.pm:` in .blg parsers' tests (`[0] Config.pm:307> INFO - This is Biber`, `[91] Utils.pm:411> ERROR - BibTeX subsystem: …`); the === line's format from memory",
		why:    "the level after a millisecond counter and a module trace ending in `>`; only the `===` line names the clock; `line 57` and `section 0` are no times",
		entries: []worldEntry{
			we("", Info, "", "[0] Config.pm:307> INFO - This is Biber 2.21"),
			we("", Info, "", "[0] Config.pm:310> INFO - Logfile is 'thesis.blg'"),
			we("2026-11-29T07:41:16Z", Info, "", "[47] biber:340> INFO - === Sun Nov 29, 2026, 07:41:16"),
			we("", Info, "", "[61] Biber.pm:419> INFO - Reading 'thesis.bcf'"),
			we("", Info, "", "[140] Biber.pm:979> INFO - Found 38 citekeys in bib section 0"),
			we("", Info, "", "[171] Biber.pm:4610> INFO - Looking for bibtex file 'refs.bib' for section 0"),
			we("", Error, "", `[204] Utils.pm:411> ERROR - BibTeX subsystem: /tmp/biber_tmp_Xq3k/refs.bib_27141.utf8, line 57, syntax error: found "journal", expected end of entry ("}" or ")") (skipping to next "@")`),
			we("", Warn, "", "[266] Biber.pm:131> WARN - I didn't find a database entry for 'ortega2024' (section 0)"),
			we("", Warn, "", "[301] Biber.pm:131> WARN - Datamodel: article entry 'lindqvist2023' (refs.bib): Missing mandatory field 'journaltitle'"),
			we("", Info, "", "[389] bbl.pm:665> INFO - Writing 'thesis.bbl' with encoding 'UTF-8'"),
			we("", Info, "", "[390] Biber.pm:133> INFO - WARNINGS: 2"),
			we("", Info, "", "[390] Biber.pm:135> INFO - ERRORS: 1"),
		},
	},
	{
		name:   "pdftex-log-package-level-words",
		gap:    "trawl reads no level from TeX's `! Undefined control sequence.` and joins no continuation in the .log: the banner's `entering extended mode`/` restricted \\write18`/`**thesis.tex` lines, hyperref's `(hyperref)` line, the Overfull box's `[]…` lines and the `!` error's `l.204`, context and help lines each stay records of their own",
		source: "pdfTeX 1.40 with LaTeX's .log file under TeX Live (the banner ending `dd MMM yyyy HH:mm`, `Package: name date version`, `Package hyperref Info:`/`Warning:` with `(hyperref)` continuation lines, `LaTeX Font Info:`, `LaTeX Warning:`, `Overfull \\hbox` with its box lines, `! msg` with `l.N` and TeX's help text in nonstopmode): teorth/pfr PR #193, gi-ev/LNI issue #106, plk/biblatex issue #1117 (LaTeX Warning lines); the banner, the Overfull and `!` blocks from memory",
		why:    "the level after a package's name; `(hyperref)` lines continue the warning; `!` is an error glyph; the banner's `29 NOV 2026 07:41` is the run's time, the format's and the package's dates are not",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "",
				"This is pdfTeX, Version 3.141592653-2.6-1.40.28 (TeX Live 2026) (preloaded format=pdflatex 2026.11.20)  29 NOV 2026 07:41",
				"entering extended mode",
				" restricted \\write18 enabled.",
				" %&-line parsing enabled.",
				"**thesis.tex"),
			we("", Unknown, "", "Package: hyperref 2026-06-02 v7.01p Hypertext links for LaTeX"),
			we("", Info, "", "Package hyperref Info: Option `colorlinks' set `true' on input line 12."),
			we("", Info, "", "LaTeX Font Info:    Trying to load font information for T1+lmr on input line 40."),
			we("", Warn, "",
				"Package hyperref Warning: Token not allowed in a PDF string (Unicode):",
				"(hyperref)                removing `math shift' on input line 88."),
			we("", Warn, "", "LaTeX Warning: Reference `fig:pipeline' on page 4 undefined on input line 131."),
			we("", Unknown, "",
				"Overfull \\hbox (14.2018pt too wide) in paragraph at lines 150--153",
				"[]\\T1/lmr/m/n/10.95 Meshing uses the adaptive octree of Vance and Okafor with refine-",
				" []"),
			we("", Error, "",
				"! Undefined control sequence.",
				"l.204 \\citeauthorr",
				"                  {vance2025} shows that the solver converges",
				"The control sequence at the end of the top line",
				"of your error message was never \\def'ed. If you have",
				"misspelled it (e.g., `\\hobx'), type `I' and the correct",
				"spelling (e.g., `I\\hbox'). Otherwise just continue,",
				"and I'll forget about whatever was undefined."),
			we("", Warn, "", "LaTeX Warning: There were undefined references."),
			we("", Unknown, "", "Output written on thesis.pdf (38 pages, 1207443 bytes)."),
		},
	},
	{
		name:   "pylint-text-reporter-letter-codes",
		source: "Pylint 3's default text reporter (`************* Module pkg.mod` before each module's messages, `path:line:col: XNNNN: msg (symbol)` where X is the category: I, C, R, W, E, F; the score line under a rule of dashes): find_string hits of `************* Module ` (a pylint plugin's README, CI reports quoting E1101, E0602 and F0001 lines), PyCQA/bandit PR #389 and Ericsson/codechecker issue #2083 (W0612), spaam/svtplay-dl PR #41 (the rating line); the crash-report text of F0002 from memory",
		why:    "the level is one letter glued to a four-digit message number after the position; `42:8` is a line and column, no time; the crash file's name carries a date-time that is no record's time",
		entries: []worldEntry{
			we("", Unknown, "", "************* Module ledger.sync"),
			we("", Error, "", "ledger/sync.py:3:0: E0401: Unable to import 'boto3' (import-error)"),
			we("", Warn, "", "ledger/sync.py:42:8: W0612: Unused variable 'retries' (unused-variable)"),
			we("", Warn, "", "ledger/sync.py:88:4: W0718: Catching too general exception Exception (broad-exception-caught)"),
			we("", Error, "", "ledger/sync.py:120:15: E1101: Instance of 'Batch' has no 'flush_all' member (no-member)"),
			we("", Unknown, "", "************* Module ledger.cli"),
			we("", Critical, "", "ledger/cli.py:1:0: F0002: ledger/cli.py: Fatal error while checking 'ledger/cli.py'. Please open an issue in our bug tracker so we address this. There is a pre-filled template that you can use in '/home/ci/.cache/pylint/pylint-crash-2026-11-29-07-41-16.txt'. (astroid-error)"),
			we("", Info, "", "ledger/cli.py:7:0: I1101: Module 'lxml.etree' has no 'XMLParser' member, but source is unavailable. Consider adding this module to extension-pkg-allow-list if you want to perform analysis based on run-time introspection of living objects. (c-extension-no-member)"),
			we("", Unknown, "", "------------------------------------------------------------------"),
			we("", Unknown, "", "Your code has been rated at 6.84/10 (previous run: 6.52/10, +0.32)"),
		},
	},
	{
		name:   "rollup-cli-bang-blocks",
		gap:    "trawl reads no level from Rollup's `(!)` and `[!]` glyphs and joins nothing under them: a warning's URL, module list and code frame and the error's file and `    at` stack lines are split off",
		source: "Rollup 4's CLI (`input → output...`, each warning as `(!) title` with its documentation URL and detail lines or code frame, `created file in Ns`, an error as `[!] RollupError: msg` with the file and the stack): rollup/rollup issue #4264 and rollup/rollup-plugin-node-resolve issue #167 (the Unresolved dependencies block), mixmaxhq/rollup-plugin-handlebars-plus issue #166 (two `(!)` blocks in a row); the Circular dependency, eval and `[!]` blocks from memory",
		why:    "a warning is `(!)` and an error `[!]`, a glyph in brackets at the start; a block's URL, module list and code frame (with `14:` line numbers) belong to it; `1.4s` is a duration",
		entries: []worldEntry{
			we("", Unknown, "", "src/main.ts → dist/app.js..."),
			we("", Warn, "",
				"(!) Unresolved dependencies",
				"https://rollupjs.org/troubleshooting/#warning-treating-module-as-external-dependency",
				`node:worker_threads (imported by "src/pool.ts")`),
			we("", Warn, "",
				"(!) Circular dependency",
				"src/store/index.ts -> src/store/cart.ts -> src/store/index.ts"),
			we("", Warn, "",
				`(!) Use of eval in "src/legacy/expr.js" is strongly discouraged as it poses security risks and may cause issues with minification.`,
				"https://rollupjs.org/troubleshooting/#avoiding-eval",
				"src/legacy/expr.js (14:11)",
				"12:   const fn = compile(src);",
				"13:   if (!fn) {",
				"14:     return eval(src);",
				"               ^",
				"15:   }"),
			we("", Unknown, "", "created dist/app.js in 1.4s"),
			we("", Unknown, "", "src/report.ts → dist/report.js..."),
			we("", Error, "",
				`[!] RollupError: Could not resolve "./utils/format" from "src/report.ts"`,
				"src/report.ts",
				"    at getRollupError (/work/shop/node_modules/rollup/dist/shared/parseAst.js:285:41)",
				"    at error (/work/shop/node_modules/rollup/dist/shared/parseAst.js:281:42)"),
		},
	},
	{
		name:   "apt-dpkg-de-de-upgrade",
		gap:    "trawl reads `dpkg: Warnung:` and apt's `E:` but no level from `dpkg: Fehler beim Bearbeiten des Paketes nginx (--configure):`, and splits systemctl's two-line `Job for … failed`/`See \"systemctl status …\"` message",
		source: "`apt upgrade` on Debian/Ubuntu under LANG=de_DE.UTF-8 (dpkg's German catalogue: `Vorbereitung zum Entpacken von …`, `Entpacken von p (v) über (v) ...`, `p (v) wird eingerichtet ...`, `dpkg: Warnung: …`, `dpkg: Fehler beim Bearbeiten des Paketes p (--configure):` with its indented reason, `Fehler traten auf beim Bearbeiten von:`; apt's `E:`): find_string hits of `dpkg: Warnung:` (ubuntuusers-style pastes in issue threads: `Während Entfernens von … ist Verzeichnis »…« nicht leer`, `»altes …-Skript des Paketes pre-removal«-Unterprozess gab den Fehlerwert 127 zurück`); the error block's German from memory",
		why:    "the level is the translated word after `dpkg:` (Warnung, Fehler); apt's `E:` is a letter; the summary `Fehler traten auf` has no level slot; `1.26.3-2` is a version",
		entries: []worldEntry{
			we("", Unknown, "", "Vorbereitung zum Entpacken von .../nginx-common_1.26.3-2_all.deb ..."),
			we("", Unknown, "", "Entpacken von nginx-common (1.26.3-2) über (1.26.0-1) ..."),
			we("", Warn, "", "dpkg: Warnung: Während Entfernens von nginx-common ist Verzeichnis »/usr/share/nginx/modules-available« nicht leer, wird daher nicht gelöscht"),
			we("", Unknown, "", "nginx-common (1.26.3-2) wird eingerichtet ..."),
			we("", Unknown, "", "nginx (1.26.3-2) wird eingerichtet ..."),
			we("", Unknown, "",
				"Job for nginx.service failed because the control process exited with error code.",
				`See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.`),
			we("", Unknown, "", `invoke-rc.d: initscript nginx, action "start" failed.`),
			we("", Error, "",
				"dpkg: Fehler beim Bearbeiten des Paketes nginx (--configure):",
				" »installiertes nginx-Skript des Paketes post-installation«-Unterprozess gab den Fehler-Ausgangsstatus 1 zurück"),
			we("", Unknown, "",
				"Fehler traten auf beim Bearbeiten von:",
				" nginx"),
			we("", Error, "", "E: Sub-process /usr/bin/dpkg returned an error code (1)"),
		},
	},
	{
		name:   "ghostscript-star-row-errors",
		gap:    "trawl reads no level from `   **** Error:`/`   **** Warning:` and joins each indented star line to the `Page N` line above it (so those records start nowhere), while the four-line banner is split into records",
		source: "Ghostscript 9.5x's PDF interpreter writing to stderr while rendering a damaged PDF (`GPL Ghostscript v (date)` banner, `Processing pages 1 through N.`, `Page N`, `   **** Error:  msg` with `               Output may be incorrect.` under it, `   **** Warning: msg`, the `**** This file had errors that were repaired or ignored.` notice naming the producer): ocrmypdf/OCRmyPDF issues #409, #410 and #880, coherentgraphics/cpdf-binaries issue #117 (the banner and page lines); the star lines' wording from memory",
		why:    "the level word after indentation and a row of four stars; the continuation is indented under the message; the banner's release date is no time; the repair notice has no level word",
		entries: []worldEntry{
			we("", Unknown, "",
				"GPL Ghostscript 9.56.1 (2022-04-04)",
				"Copyright (C) 2022 Artifex Software, Inc.  All rights reserved.",
				"This software is supplied under the GNU AGPLv3 and comes with NO WARRANTY:",
				"see the file COPYING for details."),
			we("", Unknown, "", "Processing pages 1 through 4."),
			we("", Unknown, "", "Page 1"),
			we("", Unknown, "", "Page 2"),
			we("", Error, "",
				"   **** Error:  stream operator isn't terminated by valid EOL.",
				"               Output may be incorrect."),
			we("", Unknown, "", "Page 3"),
			we("", Warn, "", "   **** Warning: File has an invalid xref entry:  17.  Rebuilding xref table."),
			we("", Unknown, "", "Page 4"),
			we("", Error, "",
				"   **** Error: Unknown operator: 'ETx'",
				"               Output may be incorrect."),
			we("", Unknown, "",
				"   **** This file had errors that were repaired or ignored.",
				"   **** The file was produced by: ",
				"   **** >>>> ScanDesk PDF Writer 4.2 <<<<",
				"   **** Please notify the author of the software that produced this",
				"   **** file that it does not conform to Adobe's published PDF",
				"   **** specification."),
		},
	},
	{
		name:   "x265-cli-module-bracket-level",
		source: "the x265 4.x command-line encoder's stderr (`module [level]: msg` with the module padded to four: `y4m  [info]:`, `raw  [info]:`, `x265 [info]:`, `x265 [warning]:`, `x265 [error]:`; the closing `encoded N frames in Ns` line): lisamelton/other_video_transcoding issue #209 (`x265 [info]: HEVC encoder version 3.5+1-…`); the warning, error and frame-summary wording from memory",
		why:    "the level in brackets after a padded module name; `Level-4` is the HEVC level and `frames 0 - 1439` a range, neither a level nor a time",
		entries: []worldEntry{
			we("", Info, "", "y4m  [info]: 1920x1080 fps 30000/1001 i420p8 frames 0 - 1439 of 1440"),
			we("", Info, "", "raw  [info]: output file: harbour-cut.hevc"),
			we("", Info, "", "x265 [info]: HEVC encoder version 4.1+12-5c3e7a91d"),
			we("", Info, "", "x265 [info]: build info [Linux][GCC 14.2.0][64 bit] 8bit+10bit+12bit"),
			we("", Info, "", "x265 [info]: using cpu capabilities: MMX2 SSE2Fast LZCNT SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2"),
			we("", Warn, "", "x265 [warning]: --vbv-bufsize is set but --vbv-maxrate is not, VBV is disabled"),
			we("", Info, "", "x265 [info]: Main profile, Level-4 (Main tier)"),
			we("", Info, "", "x265 [info]: Thread pool created using 16 threads"),
			we("", Info, "", "x265 [info]: frame I:     12, Avg QP:22.41  kb/s: 14502.33"),
			we("", Unknown, "", "encoded 1440 frames in 212.44s (6.78 fps), 2841.19 kb/s, Avg QP:27.82"),
			we("", Error, "", "x265 [error]: unable to open input file <harbour-raw.y4m>"),
		},
	},
}

func TestFresh381Formats(t *testing.T) { assertTable(t, fresh381Cases) }
func TestFresh381Score(t *testing.T) {
	checkScore(t, "fresh381 formats", fresh381Cases, [worldNumFields]float64{80.3, 93.9, 94.9, 75.3})
}
