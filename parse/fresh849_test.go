package parse

import "testing"

// The eight-hundred-and-forty-ninth fresh table: static site generators and docs builders as their
// consoles and log files show them, shapes no earlier table holds. Each family is one product's
// documented or observed output: Astro 4's CLI logger (a 24-hour time of day, `[WARN]`/`[ERROR]`
// only on those levels, a bracketed label such as `[build]` or a request's status); Docusaurus'
// `[INFO]`/`[SUCCESS]`/`[WARNING]`/`[ERROR]` console with its multi-line broken-links block; Hexo's
// `hexo --debug` console (`HH:mm:ss.SSS LEVEL ` with a FATAL and its render-error stack); Hexo 3/4's
// debug.log (bunyan JSON with a hostname); Antora 3's pino-pretty console (`[HH:mm:ss.SSS] LEVEL
// (logger): msg` with indented `file:` and `source:` lines); Pelican 4.7+'s rich console
// (`[HH:MM:SS] LEVEL    msg   file.py:N`, wrapped continuation lines, an untimed `Done:` summary);
// MkDocs 1.5+'s `mkdocs serve` (`LEVEL   -  ` with a `[HH:MM:SS]` only on the live-reload server's
// lines, an indented list under a nav note); Nikola 8's `[yyyy-MM-dd HH:mm:ss] LEVEL: logger: msg`
// among doit's untimed task lines.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`hugo`, `jekyll`, `gatsby`, `eleventy`, `11ty`, `mkdocs`, `sphinx`,
// `docusaurus`, `astro`, `hexo`, `zola`, `antora`, `vuepress`, `vitepress`, `nextra`, `gitbook`,
// `pelican`, `middleman`, `hakyll`, `nikola`, `gridsome`, `jbake`, `bridgetown`, `mdbook`, `docfx`,
// `doxygen`, `read the docs`, `readthedocs`, `quarto`, `hugo-server`, `Web Server is available`,
// `jekyll serve`, `Regenerating:`, `mkdocs serve`, `Building documentation`, `build succeeded`,
// `sphinx-build`, `astro build`, `hexo server`, `zola serve`, `Generating...`, `INFO    -`,
// `WARNING -`, `webpack compiled`, `Serving on`, `gatsby develop`, `success Building`, `[11ty]`,
// `Writing output`, `Livereload`, `Hexo is running`, `Zola v`, `Building site`, `asciidoctor`,
// `pandoc`, `publii`, `nuxt content`, `storybook`, `honkit`, `sculpin`, `metalsmith`, `hyde`,
// `lektor`, `wintersmith`, `docsify`, `slate`, `bookdown`, `typedoc`, `jsdoc`, `javadoc`,
// `rustdoc`, `redoc`, `backstage`, `techdocs`, `mintlify`, `starlight`, `fumadocs`, `rspress`,
// `dumi`, `docsy`, `lume`, `soupault`, `cobalt`, `nanoc`, `statiq`, `wyam`, `jigsaw`, `[build]
// output`, `Docusaurus website`, `INFO  Start processing`, `Browser connected`, `[SUCCESS]`,
// `(asciidoctor)`, `"name":"hexo"`, `Scanning posts`). Measured already and left out: Hugo's
// console, Jekyll's `jekyll serve`, Gatsby's reporter, Eleventy's `[11ty]`, MkDocs' `mkdocs build`
// (fresh60: untimed `LEVEL   -  ` lines; the serve lines with a bracketed time of day are new),
// Sphinx, DocFX, mdBook, Zola, VuePress, Storybook, Vite and webpack, pandoc. `astro` matches only
// Astropy and other products, `docusaurus` only doc paths of another product and a note that left
// it out, `hexo` only `hexoffset` and `hexos`, and `antora`, `pelican`, `nikola` and `bridgetown`
// only grep lists or other products (Pelican's egg repository); fresh639's note that Astro,
// Docusaurus and Hexo were measured matches no family of any table.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Astro's, Hexo's console, Antora's, Pelican's and MkDocs serve's times of
// day are on the clock's day, 2026-11-29, read as UTC; Nikola's date and time carry no zone and are
// read as UTC; Hexo's debug.log writes ISO times with Z. Docusaurus writes no time, nor do MkDocs'
// lines outside the live-reload server, Pelican's `Done:` summary and Nikola's doit task lines:
// those records have none. Levels only where the line marks one: Astro's `[WARN]` and `[ERROR]`
// (its info lines carry only a label, `[build]` or a status `[200]`, and no level); Docusaurus'
// bracketed words (SUCCESS is its info tier); Hexo's padded words (FATAL is Critical); the bunyan
// level numbers (20 debug, 30 info, 40 warn, 50 error); Antora's level words (FATAL Critical);
// Pelican's rich level column; MkDocs' padded level; Nikola's `LEVEL:`. The host is the record's
// host field: only Hexo's debug.log has one (`hostname`); Antora's `(asciidoctor)`, Nikola's
// `Nikola:` and Astro's `[router]` are logger names, and addresses in messages are peers.
// Multi-line records: Docusaurus' broken-links block (with its empty lines), Hexo's FATAL with the
// template error and stack under it, Antora's `file:`/`source:` lines, Pelican's wrapped message,
// MkDocs' indented page list.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, paths, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 12101aa before any rule for it: level 89.4 %, time 86.9 %,
// host 91.9 %, records 83.8 %.
// That is the macro figure (micro: level 89.5 %, time 86.8 %, host 92.1 %, records 84.2 %), in a
// worktree at 12101aa with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Astro, Hexo's console, Hexo's debug.log, Antora); the gaps are records and
// a time: Docusaurus' broken-links block is cut after its first line and its [SUCCESS] read as
// Notice, Pelican's untimed `Done:` summary and Nikola's doit lines are joined to the record before
// them, and MkDocs serve's bracketed time of day after the level and dash is not read.

var fresh849Cases = []worldCase{
	{
		name:   "astro4-cli-time-of-day-label",
		source: "Astro 4/5's CLI logger getEventPrefix (`dateTimeFormat` with hour 2-digit, minute, second, hour12 false; `[LEVEL]` pushed only for warn and error, then `[label]`): withastro/astro packages/astro/src/core/logger/core.ts as built into dist (core.js); the labels `[build]` with `output:` and `directory:` from withastro/astro PR #9105; the 12-hour shape of Astro 3 (`09:17:22 PM [build] …`) in PR #8678; the dev server's request line `HH:mm:ss [200] /path 14ms` from memory",
		why:    "a bare 24-hour time of day first; a level tag only on warn and error lines, an info line has just a label (`[build]`, `[types]`, a status `[200]`) that is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 [types] Generated 212ms"),
			we("2026-11-29T07:41:16Z", Unknown, "", `07:41:16 [build] output: "static"`),
			we("2026-11-29T07:41:18Z", Warn, "", "07:41:18 [WARN] [router] A `getStaticPaths()` route pattern was matched, but no matching static path was found for requested path `/notes/draft-ferry-times`."),
			we("2026-11-29T07:41:19Z", Error, "", "07:41:19 [ERROR] [content] Invalid frontmatter in src/content/notes/harbour-fees.md: pubDate: Expected type \"date\", received \"string\""),
			we("2026-11-29T07:41:22Z", Unknown, "", "07:41:22 [200] /notes/winter-timetable 14ms"),
		},
	},
	{
		name:   "docusaurus-cli-bracket-levels-broken-links",
		gap:    "the broken-links warning is cut after its first line (the entry holds `[WARNING] Docusaurus found broken links!` and the empty line; `Please check …`, the note, `Exhaustive list …` and the `- On source page path` / `   -> linking to` lines are not joined to it), and `[SUCCESS]` is read as Notice where it is the logger's info tier",
		source: "Docusaurus 2/3's @docusaurus/logger console (`[INFO]`, `[SUCCESS]`, `[WARNING]`, `[ERROR]` before the message; the broken-links report as one warning over several lines with empty lines): mozilla/ecosystem-platform issue #363, celo-org/docs issue #424, wandb/docs PR #31 (`[ERROR] Unable to build website for locale en.`); `[INFO] [en] Creating an optimized production build...` from wechaty/docusaurus issue #707",
		why:    "no time at all; the level is a bracketed word (SUCCESS its info tier); the broken-links warning runs over empty lines, a note, and an indented list, and is one record",
		entries: []worldEntry{
			we("", Info, "", "[INFO] [en] Creating an optimized production build..."),
			we("", Warn, "",
				"[WARNING] Docusaurus found broken links!",
				"",
				"Please check the pages of your site in the list below, and make sure you don't reference any path that does not exist.",
				"Note: it's possible to ignore broken links with the 'onBrokenLinks' Docusaurus configuration, and let the build pass.",
				"",
				"Exhaustive list of all broken links found:",
				"- On source page path = /handbook/ops/runbook:",
				"   -> linking to /handbook/ops/escalation-matrix",
				"   -> linking to ../oncall (resolved as: /handbook/oncall)"),
			we("", Info, "", `[SUCCESS] Generated static files in "build".`),
			we("", Info, "", "[INFO] [fr] Creating an optimized production build..."),
			we("", Error, "", "[ERROR] Unable to build website for locale fr."),
		},
	},
	{
		name:   "hexo-debug-console-fatal-stack",
		source: "Hexo 3–7 run with `--debug` (hexo-log: `HH:mm:ss.SSS LEVEL msg`, the level padded to five, `INFO  Start processing`): hexojs/hexo issues #2327, #1895 and #3064; a timed FATAL (`18:08:37.368 FATAL Something's wrong. …` then `Template render error: (unknown path)` and the error indented) in visioncan/hexo-tag-flickr issue #5; the stack under it in hexojs/hexo issue #2036",
		why:    "a time of day with milliseconds and no date, then a padded level word (FATAL is Critical); the FATAL's template error and its `at` stack lines belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.201Z", Debug, "", "07:41:16.201 DEBUG Hexo version: 7.3.0"),
			we("2026-11-29T07:41:16.733Z", Debug, "", "07:41:16.733 DEBUG Plugin loaded: hexo-generator-feed"),
			we("2026-11-29T07:41:17.020Z", Info, "", "07:41:17.020 INFO  Start processing"),
			we("2026-11-29T07:41:17.512Z", Warn, "", "07:41:17.512 WARN  No layout: tags/harbour/index.html"),
			we("2026-11-29T07:41:18.340Z", Critical, "",
				"07:41:18.340 FATAL Something's wrong. Maybe you can find the solution here: https://hexo.io/docs/troubleshooting.html",
				"Template render error: (unknown path) [Line 14, Column 3]",
				"  unknown block tag: gallery_grid",
				"    at Object._prettifyError (/srv/blog/node_modules/nunjucks/src/lib.js:32:11)",
				"    at Template.render (/srv/blog/node_modules/nunjucks/src/environment.js:464:21)",
				"    at Environment.renderString (/srv/blog/node_modules/nunjucks/src/environment.js:322:17)"),
		},
	},
	{
		name:   "hexo-debug-log-bunyan-json",
		source: "Hexo 3/4's debug.log written next to the site by `--debug` (bunyan JSON: `{\"name\":\"hexo\",\"hostname\":…,\"pid\":…,\"level\":20,\"msg\":…,\"time\":\"…Z\",\"v\":0}`, ANSI colour escapes kept inside msg): hexojs/hexo issue #2624, yelog/hexo-theme-3-hexo issue #77",
		why:    "one JSON object a line; the level is bunyan's number (20 debug, 30 info, 40 warn, 50 error); the host is the hostname field; msg carries escaped ANSI colour codes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.201Z", Debug, "blog-build02", `{"name":"hexo","hostname":"blog-build02","pid":3117,"level":20,"msg":"Hexo version: \u001b[35m4.2.1\u001b[39m","time":"2026-11-29T07:41:16.201Z","v":0}`),
			we("2026-11-29T07:41:16.640Z", Debug, "blog-build02", `{"name":"hexo","hostname":"blog-build02","pid":3117,"level":20,"msg":"Processed: _posts/winter-ferry-timetable.md","time":"2026-11-29T07:41:16.640Z","v":0}`),
			we("2026-11-29T07:41:16.655Z", Info, "blog-build02", `{"name":"hexo","hostname":"blog-build02","pid":3117,"level":30,"msg":"Start processing","time":"2026-11-29T07:41:16.655Z","v":0}`),
			we("2026-11-29T07:41:17.108Z", Warn, "blog-build02", `{"name":"hexo","hostname":"blog-build02","pid":3117,"level":40,"msg":"No layout: \u001b[35mcategories/harbour/index.html\u001b[39m","time":"2026-11-29T07:41:17.108Z","v":0}`),
			we("2026-11-29T07:41:17.930Z", Error, "blog-build02", `{"name":"hexo","hostname":"blog-build02","pid":3117,"level":50,"msg":"Deployer not found: rsync2","time":"2026-11-29T07:41:17.930Z","v":0}`),
		},
	},
	{
		name:   "antora3-pino-pretty-file-source",
		source: "Antora 3's console logger (pino-pretty: `[HH:mm:ss.SSS] LEVEL (logger): msg`, then `    file: …` and `    source: … (branch: … | start path: …)` indented under it): opendevstack/ods-provisioning-app issue #719, decidim/documentation PR #96, quarkiverse/quarkus-backstage issue #100; the FATAL with `Add the --stacktrace option to see the cause of the error.` under it from memory",
		why:    "a bracketed time of day with milliseconds, a level word, the logger name in parentheses (no host); the indented file and source lines belong to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Warn, "",
				"[07:41:16.208] WARN (asciidoctor): skipping reference to missing attribute: ferry-api-version",
				"    file: docs/modules/admin/pages/upgrade.adoc",
				"    source: https://git.example.org/harbour/handbook.git (branch: main | start path: docs)"),
			we("2026-11-29T07:41:16.311Z", Error, "",
				"[07:41:16.311] ERROR (asciidoctor): target of xref not found: ROOT:quickstart.adoc",
				"    file: docs/modules/ROOT/nav.adoc",
				"    source: https://git.example.org/harbour/handbook.git (branch: main | start path: docs)"),
			we("2026-11-29T07:41:16.594Z", Error, "",
				"[07:41:16.594] ERROR (asciidoctor): section title out of sequence: expected level 2, got level 3",
				"    file: docs/modules/ops/pages/berth-allocation.adoc:41",
				"    source: /home/kmoreau/src/handbook (branch: feature/berths <worktree> | start path: docs)"),
			we("2026-11-29T07:41:17.002Z", Critical, "",
				"[07:41:17.002] FATAL (antora): Duplicate nav in main@handbook: docs/modules/ROOT/nav.adoc",
				"    Add the --stacktrace option to see the cause of the error."),
		},
	},
	{
		name:   "pelican-rich-console-path-column",
		gap:    "the untimed `Done: Processed …` summary printed after the last logged record is joined to the ERROR record before it (with that record's wrapped continuation line) instead of being a record of its own with no time and no level",
		source: "Pelican 4.7+'s console through rich's RichHandler (pelican/log.py: `logging.basicConfig(format=\"%(message)s\", datefmt=\"[%H:%M:%S]\", handlers=[RichHandler(console=console)])`; getpelican/pelican PR #2897); rich's columns (level padded to eight, the caller's `file.py:N` at the right, a long message wrapped under the message column) and the untimed `Done: Processed …` summary printed by console.print from memory",
		why:    "a bracketed time of day, a level padded to eight, the caller's file and line at the line's end; a wrapped message continues on an indented line with no time; the `Done:` summary is printed, not logged, and carries neither",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16] INFO     Writing /srv/site/output/2026/11/winter-timetable.html   writers.py:212"),
			we("2026-11-29T07:41:17Z", Warn, "", "[07:41:17] WARNING  Docutils has no localization for 'tlh'. Using 'en' instead.     log.py:91"),
			we("2026-11-29T07:41:18Z", Error, "",
				"[07:41:18] ERROR    Could not process content/posts/berth-fees.md: Could not parse   readers.py:632",
				"                    date '29 Novmber 2026' in metadata field 'date'"),
			we("", Unknown, "", "Done: Processed 14 articles, 1 draft, 0 hidden articles, 3 pages, 0 hidden pages and 0 draft pages in 1.27 seconds."),
		},
	},
	{
		name:   "mkdocs-serve-livereload-bracket-time",
		source: "MkDocs 1.5+'s `mkdocs serve` (the ColorFormatter's `LEVEL   -  msg`; the live-reload server's lines carry `[HH:MM:SS]` after it: `INFO    -  [17:14:19] Serving on http://127.0.0.1:8000/`, `Browser connected: …`, and the nav note with its list indented under it): READMEs and docs pasting its output found by find_string (`INFO    -  [`), among them one with `The following pages exist in the docs directory, but are not included in the \"nav\" configuration:` and `             - page.md` lines",
		why:    "the level column first; only the live-reload server's lines have a time of day, in brackets after the dash; the build's lines have none; the nav note's indented page list is one record with it; the URL's address is a peer",
		entries: []worldEntry{
			we("", Info, "",
				`INFO    -  The following pages exist in the docs directory, but are not included in the "nav" configuration:`,
				"             - ops/runbook-legacy.md",
				"             - ops/oncall-2025.md"),
			we("", Info, "", "INFO    -  Documentation built in 2.14 seconds"),
			we("2026-11-29T07:41:19Z", Info, "", "INFO    -  [07:41:19] Serving on http://127.0.0.1:8000/handbook/"),
			we("2026-11-29T07:42:03Z", Info, "", "INFO    -  [07:42:03] Browser connected: http://127.0.0.1:8000/handbook/ops/"),
			we("", Warn, "", "WARNING -  Doc file 'ops/berths.md' contains a link 'fees.md#winter', but the target 'ops/fees.md' is not found among documentation files."),
		},
	},
	{
		name:   "nikola8-bracket-datetime-logger-doit",
		gap:    "doit's untimed lines (`Scanning posts.........done!`, `.  render_posts:…`) are joined to the bracketed `[2026-11-29 07:41:16] INFO: Nikola: …` record before them instead of being records of their own with no time and no level",
		source: "Nikola 8's logging (`[yyyy-MM-dd HH:mm:ss] LEVEL: logger: msg`, the logger Nikola or a plugin's name) among doit's untimed output (`Scanning posts....done!`, `.  task:target`): a `nikola build` pasted in eclipse-mosquitto/mosquitto issue #2321; the doit lines also in getnikola/nikola issues #1474 and #1217",
		why:    "a bracketed date and time with no zone, the level word and a colon, then the logger name (Nikola, a plugin) and a colon, no host; doit's lines between carry no time and no level and are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "[2026-11-29 07:41:16] WARNING: Nikola: The UNSLUGIFY_TITLES setting was renamed to FILE_METADATA_UNSLUGIFY_TITLES."),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] INFO: Nikola: Setting CATEGORY_DESTPATH_AS_DEFAULT = True"),
			we("", Unknown, "", "Scanning posts.........done!"),
			we("", Unknown, "", ".  render_posts:cache/posts/2026/winter-ferry-timetable.html"),
			we("2026-11-29T07:41:19Z", Error, "", "[2026-11-29 07:41:19] ERROR: render_posts: Cannot render post: posts/berth-fees.rst has no date"),
		},
	},
}

func TestFresh849Formats(t *testing.T) { assertTable(t, fresh849Cases) }
func TestFresh849Score(t *testing.T) {
	checkScore(t, "fresh849 formats", fresh849Cases, [worldNumFields]float64{89.3, 91.8, 91.8, 83.7})
}
