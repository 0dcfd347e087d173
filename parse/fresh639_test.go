package parse

import "testing"

// The six-hundred-and-thirty-ninth fresh table: static site generators and front-end build tools as
// their consoles and log files show them, shapes no earlier table holds. Each family is one
// product's documented or observed output: Hugo 0.12x+'s untimed console (`WARN  ` and `ERROR `
// padded level words, a WARN's suppression hint under it, the version line's BuildDate); Zola's
// `zola serve` (untimed build lines, `Change detected @ yyyy-MM-dd HH:mm:ss` on each rebuild);
// Storybook 6's npmlog console (`info =>`, `WARN`, `ERR!`); VuePress 1's logger words (`wait`,
// `tip`, `warning`, `success [HH:mm:ss] Build … finished in N ms!`); Brunch's `brunch watch`
// (`dd Mon HH:mm:ss - level: msg`); Snowpack 3's `[snowpack]` lines (no time, no level word); DocFX
// v2's `[yy-MM-dd HH:mm:ss.fff]Level:[Phase]msg`; Vue CLI 4's `vue-cli-service serve` badges
// (` DONE `, ` WARNING `, ` ERROR `) with the time of day at the line's end.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`hugo`, `jekyll`, `eleventy`, `11ty`, `webpack`, `vite`, `esbuild`,
// `gatsby`, `parcel`, `turborepo`, `turbo`, `nx`, `rollup`, `rspack`, `rsbuild`, `astro`,
// `docusaurus`, `mkdocs`, `sphinx`, `hexo`, `zola`, `pelican`, `nuxt`, `next.js`, `next dev`,
// `svelte`, `remix`, `storybook`, `ready in`, `Compiled successfully`, `Built in`, `Start building
// sites`, `Total in`, `Server address`, `Regenerating`, `Generating...`, `Writing files`, `Wrote`,
// `webpack-dev-server`, `wds`, `[vite]`, `hmr update`, `Cache miss`, `cache hit, replaying`, `ERROR
// Failed to compile`, `success Building`, `info Done building`, `jekyll serve`, `Auto-regeneration`,
// `Configuration file:`, `bundler`, `turbopack`, `middleman`, `gridsome`, `vuepress`, `vitepress`,
// `quasar`, `angular`, `ng serve`, `lerna`, `lage`, `moon`, `bazel`, `pants`, `rush`, `metro`,
// `snowpack`, `brunch`, `gulp`, `grunt`, `Starting 'build'`, `Finished 'build'`, `Running "`,
// `swc`, `tsc`, `babel`, `postcss`, `tailwind`, `sass`, `stylelint`, `eslint`, `prettier`, `Change
// detected @`, `rslog`, `ready   built`, `=> Starting manager`, `=> Loading presets`, `[snowpack]`,
// ` - info: compiled`, `loggy`, `nanoc`, `Loading site`, `identical`, `bridgetown`, `[Bridgetown]`,
// `lektor`, `Extracting site metadata`, `finished in`, `antora`, `(asciidoctor)`, `[NX Daemon
// Server]`, `nx daemon`, `turborepo_lib`, `daemon.log`, `[SUCCESS]`, `Docusaurus website is
// running`, `App •`, `lume`, `farm`, `[ Farm ]`, `Rspack compiled`, `compiled successfully in`,
// `<i> [webpack-dev-server]`, `[webpack-cli]`, `[11ty]`, `Writing _site`, `✘ [ERROR]`, `▲
// [WARNING]`, `[ERROR] Could not resolve`, `🚨`, `@parcel`, `cache miss, executing`, `Packages in
// scope`, `success onPreInit`, `success compile gatsby`, `ERROR #`, `info Total nodes`, `hugo v0`,
// `REBUILD`, `Web Server is available`, `Change detected, rebuilding site`, `| Error:`, `jekyll 4`,
// `Server running...`, `ember`, `Build successful (`, `vue-cli-service`, `DONE  Compiled
// successfully`, `App running at:`, `WAIT  Compiling`, `react-scripts`, `Compiled with warnings`,
// `Failed to compile.`, `Writing output/`, `INFO  Start processing`, `Hexo is running`, `      create  `,
// `metalsmith`, `hakyll`, `  updated `, `cobalt`, `nikola`, `Scanning posts`, `sculpin`, `jigsaw`,
// `publii`, `wintersmith`, `statiq`, `docfx`, `harp`, `gitbook`, `honkit`, `mdbook`, `[INFO]
// (mdbook`, `mdbook::`, `[build]`, `[watch]`, `[types]`, ` - info: `, ` - warn: `, ` - error: `,
// `success [`, `wait Extracting`, ` DONE `, `WARNING  Compiled`, `friendly-errors`, `]Info:[`,
// `]Warning:[`, `]Error:[`, `info => `, `WARN `, `Building site`, `Web server is available`, `ERROR
// 2026/`, `WARN 2026/`, `jwalterweatherman`, `jww`, `vue cli`, `@vue/cli`, `zola serve`, `ERROR
// render of`, `WARN  deprecated`, `render of "`, `failed to render`, `error building site`, `tip
// Apply`, `ERR! `, `ignoreLogs`, `build complete [`, `File changed...`, `Failed to compile with`,
// `This dependency was not found`, `CoffeeScriptCompiler`, `compiled in`, `Done in`, `-> Creating`,
// `Change detected`). None of Hugo's console, Zola, Storybook, VuePress, Brunch, Snowpack, DocFX
// or Vue CLI is a family of any table: `hugo` matches only other tables' grep lists and a Hugo
// theme named in a Cloudflare Pages source; `WARN  deprecated` only pnpm's warning; `ERR! ` only npm's
// own lines; ` - info: ` only zigbee2mqtt's full dates; `success [` and ` DONE ` other products;
// `Change detected` and `Done in` other tools' lines. Left out as measured already: webpack's
// infrastructure log and webpack-dev-server, Vite's dev server, esbuild's symbol-level blocks,
// Gatsby's reporter words, Eleventy's `[11ty]` console, Jekyll's `jekyll serve`, the Turborepo and
// Nx daemon logs, Parcel's emoji lines, Astro, Next.js, Nuxt, Docusaurus, MkDocs, Sphinx, Hexo,
// mdBook, gulp and grunt. Left out as the same shape as a measured one: Hugo 0.111 and older
// (jwalterweatherman's `WARN 2026/11/29 07:41:16 msg`, which other tables hold). Left out as not
// confirmed by any search: Rsbuild's and Rspack's rslog console. Hugo's rebuild report (its bare
// date line under `Change detected, rebuilding site`) is left out as fresh176 left it out. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zola's `Change detected @` stamp, Brunch's `29 Nov 07:41:16` (no year:
// 2026), VuePress's bracketed time of day and Vue CLI's `7:41:16 AM` at the line's end are local
// and zone-less, read as UTC (the time-of-day ones on the clock's day); DocFX's stamp is UTC with a
// two-digit year. Hugo's, Storybook's and Snowpack's lines and Zola's build lines carry no time:
// Hugo's BuildDate is the binary's, and durations (`Total in 418 ms`, `[0.82s]`, `in 812ms`) are no
// times. Levels only where the line marks one: Hugo's `WARN`/`ERROR` and cobra's `Error:`;
// npmlog's info/WARN/ERR!; VuePress's logger words (wait, tip and success its info tier, warning);
// Brunch's info/warn/error; DocFX's Info/Warning/Error; Vue CLI's badges (DONE its success, the
// info tier). Zola's and Snowpack's lines carry none (Snowpack tells warnings by colour only;
// `!` and `✔` are progress marks). No family has a host field: site paths, localhost URLs and
// project names are no hosts. A record that spans lines is one entry: Hugo's WARN with its
// suppression hint, Vue CLI's failed compile with the missing dependency under blank lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Vue CLI's badges in full; single lines of Storybook, VuePress and
// Brunch). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 0883e68 before any rule for it: level 82.3 %, time 84.7 %, host 96.9 %, records 88.8 %.
// That is the macro figure (micro: level 81.8 %, time 86.4 %, host 97.7 %, records 90.9 %), in a
// worktree at 0883e68 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Zola, Brunch, Snowpack, DocFX); the gaps are Hugo's BuildDate taken as
// the record's time and its suppression hint split from the WARN above it, npmlog's `info` on
// Storybook's opening lines left unread, VuePress's `wait`/`tip`/`success` words and the bracketed
// time after `success` left unread, and Vue CLI's `7:43:27 AM` at the line's end left unread with
// the ` DONE ` line swallowed by the ` INFO ` line and a failed compile's details split from it.

var fresh639Cases = []worldCase{
	{
		name:   "hugo-modern-console-warn-error",
		gap:    "the `You can suppress this warning …` and `ignoreLogs = […]` lines under a WARN are split from it",
		source: "Hugo 0.12x–0.14x on `hugo` / `hugo server` (untimed console: `Start building sites … `, the `hugo vX.Y.Z-<sha>+extended os/arch BuildDate=… VendorInfo=…` line, `WARN  ` and `ERROR ` padded level words, a WARN's `You can suppress this warning …` / `ignoreLogs = […]` lines under it, `Total in N ms`, cobra's `Error: error building site: …`): ropensci/roweb3 issue #817, quarto-dev/quarto-cli issue #8662, kubernetes/contributor-site PR #516, olOwOlo/hugo-theme-even issue #401",
		why:    "untimed lines whose first word is Hugo's level padded to six; the version line's BuildDate is the binary's build time, not the record's; the suppression hint under a WARN belongs to it",
		entries: []worldEntry{
			we("", Unknown, "", "Start building sites … "),
			we("", Unknown, "", "hugo v0.139.4-3afe91d4b1b069abbedd6a96ed755b1e12581dfe+extended linux/amd64 BuildDate=2026-11-20T14:02:11Z VendorInfo=gohugoio"),
			we("", Warn, "", "WARN  deprecated: .Site.Social was deprecated in Hugo v0.124.0 and will be removed in Hugo 0.142.0. Implement taxonomy 'social' or use .Site.Params.Social instead."),
			we("", Warn, "",
				`WARN  The "vimeo" shortcode was unable to retrieve the remote data. See "/home/ines/sites/harbourlog/content/posts/2026-11-tide-tables.md:31:1"`,
				"You can suppress this warning by adding the following to your site configuration:",
				"ignoreLogs = ['shortcode-vimeo-getremote']"),
			we("", Error, "", `ERROR render of "/home/ines/sites/harbourlog/content/posts/2026-11-tide-tables.md" failed: "/home/ines/sites/harbourlog/layouts/_default/single.html:14:5": execute of template failed: template: _default/single.html:14:5: executing "main" at <partial "tide-chart.html" .>: error calling partial: partial "tide-chart.html" not found`),
			we("", Unknown, "", "Total in 418 ms"),
			we("", Error, "", `Error: error building site: render: failed to render pages: render of "/home/ines/sites/harbourlog/content/posts/2026-11-tide-tables.md" failed: partial "tide-chart.html" not found`),
		},
	},
	{
		name:   "zola-serve-change-detected",
		source: "Zola 0.19's `zola serve` console (untimed `Building site...`, `-> Creating N pages (0 orphan) and N sections`, `Done in Nms.`, and on each rebuild `Change detected @ yyyy-MM-dd HH:mm:ss` then `-> Content changed <path>`): getzola/zola issues #2536, #1069 and #1188, PR #2503, AOSC-Dev/aosc-os-abbs PR #7662",
		why:    "only the rebuild banner carries a time, local and zone-less (read as UTC); the untimed lines around it have no time of their own; no level words",
		entries: []worldEntry{
			we("", Unknown, "", "Building site..."),
			we("", Unknown, "", "-> Creating 24 pages (0 orphan) and 6 sections"),
			we("", Unknown, "", "Done in 61ms."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Change detected @ 2026-11-29 07:41:16"),
			we("", Unknown, "", "-> Content changed /home/ines/sites/quayside/content/blog/winter-moorings.md"),
			we("", Unknown, "", "Done in 48ms."),
			we("2026-11-29T07:44:52Z", Unknown, "", "Change detected @ 2026-11-29 07:44:52"),
		},
	},
	{
		name:   "storybook6-npmlog-console",
		source: "Storybook 6.x `start-storybook` through @storybook/node-logger (npmlog: `info => Loading presets`, `WARN …`, `ERR! …`): storybookjs/storybook issue #14833, storybookjs/builder-vite issue #439; the `ERR!` line's exact text from memory",
		why:    "npmlog's level word first (info, WARN, ERR!); `=>` is decoration; no times; a preset's level in `on level 1` is no level",
		entries: []worldEntry{
			we("", Info, "", "info @storybook/react v6.5.16"),
			we("", Info, "", "info => Loading presets"),
			we("", Info, "", "info => Serving static files from ././public at /"),
			we("", Warn, "", `WARN Failed to load preset: {"type":"presets","name":"/home/ines/quay-ui/node_modules/@storybook/addon-knobs/preset.js"} on level 1`),
			we("", Info, "", "info => Using cached manager"),
			we("", Error, "", "ERR! Error: Cannot find module '@storybook/addon-knobs/preset'"),
		},
	},
	{
		name:   "vuepress1-logger-words",
		gap:    "the logger's words `wait`, `tip` and `success` in the level's place are not read as Info (only `warning` is), and the bracketed time of day after `success` (`success [07:41:16] …`) is not read",
		source: "VuePress 1.x `vuepress dev` / `vuepress build` (@vuepress/shared-utils logger: `wait Extracting site metadata...`, `tip Apply plugin …`, `warning An error was encountered in plugin …`, `success [HH:mm:ss] Build <hash> finished in N ms!`): vuejs/vuepress issues #3065, #685 and #1659, vuepress-reco/vuepress-theme-reco-1.x issue #38; the `success [..]` line's layout from memory",
		why:    "the logger's word in the level's place (wait, tip and success its info tier, warning, error); only the success line carries a time of day in brackets (the clock's day, read as UTC)",
		entries: []worldEntry{
			we("", Info, "", "wait Extracting site metadata..."),
			we("", Info, "", "tip Apply theme @vuepress/theme-default ..."),
			we("", Warn, "", `warning An error was encountered in plugin "@vuepress/plugin-google-analytics"`),
			we("", Info, "", `tip Apply plugin @vuepress/search (i.e. "@vuepress/plugin-search") ...`),
			we("2026-11-29T07:41:16Z", Info, "", "success [07:41:16] Build 5c0e7a finished in 3412 ms! ( http://localhost:8080/ )"),
			we("2026-11-29T07:42:58Z", Info, "", "success [07:42:58] Build b81f03 finished in 266 ms!"),
		},
	},
	{
		name:   "brunch-watch-day-month-time",
		source: "Brunch 1.x `brunch watch` (loggy: `dd Mon HH:mm:ss - level: msg`, levels info, warn, error): brunch/brunch issues #287, #671, #753 and #491; the warn line from memory",
		why:    "a day-first date with a month name and no year (2026), zone-less (UTC), then ` - ` and the level word with a colon; `in 812ms` is a duration",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "29 Nov 07:41:16 - info: compiled 186 files into 3 files, copied 24 in 4127ms"),
			we("2026-11-29T07:42:03Z", Info, "", "29 Nov 07:42:03 - info: compiled tide_chart.coffee and 214 cached files into app.js in 812ms"),
			we("2026-11-29T07:42:40Z", Error, "", "29 Nov 07:42:40 - error: CoffeeScriptCompiler failed in 'app/views/harbour_view.coffee' -- unexpected indentation"),
			we("2026-11-29T07:42:41Z", Info, "", "29 Nov 07:42:41 - info: compiled in 96ms"),
			we("2026-11-29T07:43:10Z", Warn, "", "29 Nov 07:43:10 - warn: vendor/scripts/leaflet.js compiled, but not written. Check your javascripts.joinTo config."),
		},
	},
	{
		name:   "snowpack-bracket-name-untimed",
		source: "Snowpack 3.x `snowpack build --watch` / `snowpack dev` (its logger: `[snowpack] msg`, a plugin's lines under `[@snowpack/plugin-…]`, no time, warnings and errors told only by colour): FredKSchott/snowpack issue #376 and PR #2707",
		why:    "untimed lines with the tool's name in brackets; `!` and `✔` are progress marks, not levels; `[0.82s]` is a duration",
		entries: []worldEntry{
			we("", Unknown, "", "[snowpack] watching for file changes..."),
			we("", Unknown, "", "[snowpack] ! building files..."),
			we("", Unknown, "", "[snowpack] ✔ build complete [0.82s]"),
			we("", Unknown, "", "[snowpack] File changed..."),
			we("", Unknown, "", "[snowpack] ✔ build complete [0.14s]"),
		},
	},
	{
		name:   "docfx2-bracket-time-level-phase",
		source: "DocFX v2's console and log (`[yy-MM-dd HH:mm:ss.fff]Level:[Phase.Step]msg`, levels Verbose Info Suggestion Warning Error, the time in UTC): dotnet/docfx issues #1991 and #3494",
		why:    "a two-digit year first in brackets, UTC; the level word glued to the bracket with a colon; the phase in brackets is no level; `since '2026/11/29 06:50:12'` inside a message is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.148Z", Info, "", "[26-11-29 07:41:16.148]Info:[MetadataCommand.ExtractMetadata]Loading projects..."),
			we("2026-11-29T07:41:19.602Z", Info, "", "[26-11-29 07:41:19.602]Info:[MetadataCommand.ExtractMetadata]'/src/Quayside.Core/Quayside.Core.csproj' keep up-to-date since '2026/11/29 06:50:12', cached intermediate result '/src/Quayside.Core/obj/xdoc/cache/obj/4kq1zt0m.x2b' is used."),
			we("2026-11-29T07:41:30.911Z", Warn, "", "[26-11-29 07:41:30.911]Warning:[Build Document.LinkPhaseHandlerWithIncremental.ConceptualDocumentProcessor.Save]Invalid file link:(~/articles/berth-allocation.md)."),
			we("2026-11-29T07:41:31.040Z", Error, "", "[26-11-29 07:41:31.040]Error:[Build Document.LinkPhaseHandlerWithIncremental.Apply Templates]Error transforming model \"obj/.cache/build/t2cq0xw1.xva/api/Quayside.Core.Berth.raw.json\" generated from \"api/Quayside.Core.Berth.yml\" using \"ManagedReference.html.primary.js\"."),
		},
	},
	{
		name:   "vue-cli4-service-badges",
		gap:    "the 12-hour time of day at the end of the badge lines (`7:43:27 AM`) is not read; the ` INFO ` line swallows the ` DONE ` line after it; the failed compile's details after the blank line are split from the ` ERROR ` line",
		source: "Vue CLI 4's `vue-cli-service serve` (@vue/cli-shared-utils logger: ` INFO `, ` DONE `, ` WARNING `, ` ERROR ` badges, the local time of day right-aligned at the end of the compile lines, a failure's details under blank lines): from memory",
		why:    "the badge after a leading blank is the level (DONE the logger's success, its info tier); the 12-hour time of day at the line's end is the record's (the clock's day, read as UTC); a compile failure's details are one record",
		entries: []worldEntry{
			we("", Info, "", " INFO  Starting development server..."),
			we("2026-11-29T07:41:16Z", Info, "", " DONE  Compiled successfully in 4312ms                                         7:41:16 AM"),
			we("2026-11-29T07:43:27Z", Error, "",
				" ERROR  Failed to compile with 1 error                                          7:43:27 AM",
				"",
				"This dependency was not found:",
				"",
				"* @/components/TideChart.vue in ./node_modules/cache-loader/dist/cjs.js??ref--13-0!./node_modules/babel-loader/lib!./node_modules/vue-loader/lib??vue-loader-options!./src/views/Harbour.vue?vue&type=script&lang=js&",
				"",
				"To install it, you can run: npm install --save @/components/TideChart.vue"),
			we("2026-11-29T07:44:02Z", Warn, "", " WARNING  Compiled with 1 warning                                               7:44:02 AM"),
		},
	},
}

func TestFresh639Formats(t *testing.T) { assertTable(t, fresh639Cases) }
func TestFresh639Score(t *testing.T) {
	checkScore(t, "fresh639 formats", fresh639Cases, [worldNumFields]float64{86.4, 86.4, 96.8, 88.7})
}
