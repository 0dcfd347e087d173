package parse

import "testing"

// The five-hundred-and-fifty-seventh fresh table: times as programs spell them, a further pass, with
// build tools and terminal utilities that write their time where the earlier tables do not hold it:
// at the end of a line after a label, in a 12-hour locale clock, in a pretty relative form, and
// beside elapsed times (`Total time:`, `created … in 412ms`). Each family is one product's output:
// Maven 3's build summary (`Finished at:` with an ISO offset at the end of the line, `Total time:` an
// elapsed time beside it); Maven 2's summary (the same label before Java's Date.toString, the zone
// name between the clock and the year); tsc --watch without colours (`[h:mm:ss AM]` from
// toLocaleTimeString in brackets, diagnostics between); tsc --watch with --pretty (the same locale
// clock in grey before ` - `, a diagnostic with its code frame under it); rollup --watch (`created
// … in Nms` elapsed, then `[yyyy-MM-dd HH:mm:ss] waiting for changes...`); procps-ng 4's watch
// header (a ctime right-aligned at the end of the line after the host name); tmux 3.x
// show-messages (the message log with its pretty time `HH:MM:` before each message); Maven 3 in
// batch mode resolving dependencies (untimed download lines with rates, then a summary whose
// `Finished at:` has a -05:00 offset).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`Every 2.0s`, `Every %.1fs`, `watch -n`, `watch(1)`, `procps watch`,
// `show-messages`, `tmux`, `Finished at`, `Finished at:`, `Reactor Summary`, `Total time:`,
// `BUILD SUCCESS`, `maven`, `mvn `, `File change detected`, `Starting compilation in watch mode`,
// `Found 0 errors`, `tsc`, `typescript`, `waiting for changes`, `rollup`, `rollup v`,
// `created dist`, `Build at:`, `Built at`, `angular`, `Hash: `, `webpack`, `travis_time`,
// `travis_fold`, `travis`, `Puppet (notice)`, `Puppet (`, `(notice)`, `Applied catalog`,
// `puppet`, `tune2fs`, `Filesystem created`, `mdadm`, `Creation Time :`, `Update Time`,
// `keytool`, `completed Nov`, `[success]`, `sbt`, `Regenerating:`, `jekyll`, `hugo`,
// `Rebuilt in`, `Change detected`, `[vite]`, `Starting '`, `gulp`, `setupapi`, `Section start`,
// `WindowsUpdate.log`, `transcript start`, `LevelDisplayName`, `EntryType`, `iperf`,
// `Script started`, `wget`, `icmp_seq`, `ping -D`, `strace`, `loopstats`, `peerstats`, `MJD`,
// `vmstat`, `kubectl`, `LAST SEEN`, `min ago`, `last -F`, `influx`, `line protocol`, `graphite`,
// `opentsdb`, `prometheus`, `robocopy`, `Gestartet`, `INFORMATION:`, `AVERTISSEMENT`,
// `systeminfo`, `DhcpSrvLog`, `factorio`, `7 Days`, `valheim`, `srcds`, `sqlmap`, `nmap`,
// `masscan`, `hydra`, `wpscan`, `Elapsed time`, `duplicity`, `rdiff-backup`, `borg`,
// `openedge`, `veeam`, `netbackup`, `dsmerror`, `ipmitool`, `firebird`, `VBox.log`,
// `Log opened`, `irssi`, `nfdump`, `Start-Date`, `emerge`, `today at`, `snap changes`,
// `smartctl`, `lastlog`, `zdump`, `klist`, `notBefore`, `quickfix`, `JES2`, `HASP`,
// `cconsole`, `dstat`, `nmon`, `pidstat`, `collectl`, `zpool history`, `ereport.fs.zfs`,
// `Scrub started`, `profile_tasks`, `elapsed]`, `packer`, `bazel`, `section_start`, `_bk;t=`,
// `teamcity`). None of Maven's build summary, tsc's watch output, rollup's watch output, procps'
// watch header or tmux's message log is in any table (`Total time:` matches Maven's line only as
// an untimed [INFO] record, and fastboot's and cloud-init's durations; `Finished at` only cloud-init,
// mdtest and vzdump; `rollup` only words in messages; `tsc` only substrings). Left out as measured
// already: sbt's `completed Nov 29, 2026, 7:41:57 AM`, Jekyll's regeneration line, Puppet's agent
// log, Ansible's profile_tasks, Bazel, Gulp, Vite, webpack's infrastructure log, Travis's fold
// markers, systemctl status, last, strace, ping -D, iperf. Left out as not confirmed by any search:
// Angular CLI's `Date:`/`Hash:`/`Time:` banner and webpack 4's `Built at:` locale line. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Maven 3's `Finished at: 2026-11-29T08:41:16+01:00` is converted by its
// offset, and Maven 2's `Sun Nov 29 08:41:16 CET 2026` by its zone name; the other lines of the
// summary carry no time of their own (`Total time:` is elapsed) and have none. tsc's `7:41:16 AM`
// and tmux's `07:41` are times of day on the clock's day, `12:03:44 AM` is just after midnight;
// rollup's bracketed stamp and watch's ctime have no zone and are read as UTC. Levels only where
// the line marks one: Maven's [INFO], [WARNING], [ERROR]; the category word of a tsc diagnostic
// (`error TS2322`); rollup, watch and tmux lines carry none. The host is the record's host field:
// only watch's header names one (the host before its time); Maven's repository host, tsc's file
// names and tmux's session names are no hosts. A record that spans lines is one entry: tsc's
// pretty diagnostic with its code frame. Blank separator lines are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 89.8 %, time 71.1 %, host 83.5 %, records 81.3 %.
// That is the macro figure (micro: level 90.5 %, time 73.8 %, host 85.7 %, records 83.3 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 0 of
// 8 families fully right; the gaps are the times at the end of Maven's `Finished at:` lines (ISO
// with an offset in Maven 3, Date.toString with CET in Maven 2), tsc's diagnostics and rollup's
// untimed lines joined as continuations to the timed line before them, watch's host before the
// ctime at the end of its header, and tmux's `HH:MM:` pretty time, none of which trawl reads.

var fresh557Cases = []worldCase{
	{
		name:   "maven3-build-summary-finished-at-offset",
		source: "Apache Maven 3.x's closing build summary (`[INFO] BUILD SUCCESS|FAILURE`, `[INFO] Total time:  N s` or `mm:ss min`, `[INFO] Finished at: yyyy-MM-ddTHH:mm:ss±hh:mm`, then `[ERROR]` lines for a failure): jcgay/maven-profiler issue #10, khmarbaise/maven-buildtime-profiler issue #48, WeBankFinTech/Schedulis issue #107, TresAmigosSD/SMV issue #486 (pasted summaries), apache/maven issue #7088 (MNG-5176, ISO 8601 times)",
		why:    "the only time is at the end of the `Finished at:` line, with a +01:00 offset; `Total time:` is an elapsed time, not a time of the line; the bracketed level word starts each line",
		entries: []worldEntry{
			we("", Info, "", "[INFO] ------------------------------------------------------------------------"),
			we("", Info, "", "[INFO] BUILD FAILURE"),
			we("", Info, "", "[INFO] ------------------------------------------------------------------------"),
			we("", Info, "", "[INFO] Total time:  01:42 min"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] Finished at: 2026-11-29T08:41:16+01:00"),
			we("", Info, "", "[INFO] ------------------------------------------------------------------------"),
			we("", Error, "", "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger-core: There are test failures."),
			we("", Warn, "", "[WARNING] The requested profile \"nightly\" could not be activated because it does not exist."),
		},
	},
	{
		name:   "maven2-build-summary-date-tostring",
		source: "Apache Maven 2's build summary (`[INFO] BUILD SUCCESSFUL`, `[INFO] Total time: N seconds`, `[INFO] Finished at: EEE MMM dd HH:mm:ss zzz yyyy` from java.util.Date.toString, `[INFO] Final Memory: 1M/12M`): apache/maven issue #2647 (MNG-317, a pasted summary)",
		why:    "Java's Date.toString at the end of the line, the zone name CET between the clock and the year; the elapsed `Total time: 6 seconds` is no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] ------------------------------------------------------------------------"),
			we("", Info, "", "[INFO] BUILD SUCCESSFUL"),
			we("", Info, "", "[INFO] ------------------------------------------------------------------------"),
			we("", Info, "", "[INFO] Total time: 38 seconds"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] Finished at: Sun Nov 29 08:41:16 CET 2026"),
			we("", Info, "", "[INFO] Final Memory: 14M/87M"),
		},
	},
	{
		name:   "tsc-watch-plain-locale-clock",
		source: "TypeScript's tsc --watch with colours off (`[h:mm:ss AM] message`, the time from toLocaleTimeString in brackets; diagnostics `file(line,col): error TSnnnn: text` between): microsoft/TypeScript PR #4998 (toLocaleTimeString in reportWatchDiagnostic) and its tscWatch baselines found with find_string (`[12:00:17 AM] Starting compilation in watch mode...`, `Found 0 errors. Watching for file changes.`)",
		why:    "a 12-hour clock with AM in brackets and no date (the clock's day); 12:03:44 AM is just after midnight; the diagnostic's category word is its level",
		entries: []worldEntry{
			we("2026-11-29T00:03:44Z", Unknown, "", "[12:03:44 AM] Starting compilation in watch mode..."),
			we("2026-11-29T00:03:47Z", Unknown, "", "[12:03:47 AM] Found 0 errors. Watching for file changes."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[7:41:16 AM] File change detected. Starting incremental compilation..."),
			we("", Error, "", "src/ledger/post.ts(41,11): error TS2322: Type 'string' is not assignable to type 'number'."),
			we("2026-11-29T07:41:17Z", Unknown, "", "[7:41:17 AM] Found 1 error. Watching for file changes."),
		},
	},
	{
		name:   "tsc-watch-pretty-grey-clock",
		source: "TypeScript's tsc --watch on a terminal (--pretty: the toLocaleTimeString clock in grey `\\x1b[90mh:mm:ss AM\\x1b[0m - message`; a diagnostic `file:line:col - error TSnnnn: text` in colour with its code frame under it): microsoft/TypeScript PR #4998 (`new Date().toLocaleTimeString() + \" - \"`) and the tscWatch baselines (diagnostic with code frame); the colour codes from memory",
		why:    "the same locale clock without brackets, after an escape code and before ` - `; the diagnostic and its code frame (line number, source, squiggle) are one record",
		gap:    "the blank line and the coloured diagnostic after a grey `h:mm:ss AM - ` line are joined to it, so the diagnostic is no record of its own and its error level is lost",
		entries: []worldEntry{
			we("2026-11-29T07:52:03Z", Unknown, "", "\x1b[90m7:52:03 AM\x1b[0m - File change detected. Starting incremental compilation..."),
			wskip(""),
			we("", Error, "",
				"\x1b[96msrc/ledger/post.ts\x1b[0m:\x1b[93m41\x1b[0m:\x1b[93m11\x1b[0m - \x1b[91merror\x1b[0m\x1b[90m TS2322: \x1b[0mType 'string' is not assignable to type 'number'.",
				"",
				"\x1b[7m41\x1b[0m     const amount: number = row.amountText;",
				"\x1b[7m  \x1b[0m \x1b[91m          ~~~~~~\x1b[0m"),
			wskip(""),
			we("2026-11-29T07:52:04Z", Unknown, "", "\x1b[90m7:52:04 AM\x1b[0m - Found 1 error. Watching for file changes."),
		},
	},
	{
		name:   "rollup-watch-waiting-stamp",
		source: "rollup -c --watch (`bundles src → dist...`, `created dist/x.js in Nms` with an elapsed time, then `[yyyy-MM-dd HH:mm:ss] waiting for changes...`): MDN's Svelte tutorial output found with find_string (`created public/build/bundle.js in 220ms`, `[2020-07-15 04:07:43] waiting for changes...`), rollup/rollup-watch issue #58 (asking for the stamp)",
		why:    "a bracketed zone-less date and time (UTC by the rules) before the waiting line; `in 412ms` is elapsed; the banner and the bundle lines carry no time",
		gap:    "the untimed `bundles …` and `created … in Nms` lines after a `[yyyy-MM-dd HH:mm:ss] waiting for changes...` line are joined to it instead of standing as records",
		entries: []worldEntry{
			we("", Unknown, "", "rollup v4.28.1"),
			we("", Unknown, "", "bundles src/main.ts → public/build/bundle.js..."),
			we("", Unknown, "", "created public/build/bundle.js in 412ms"),
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] waiting for changes..."),
			we("", Unknown, "", "bundles src/main.ts → public/build/bundle.js..."),
			we("", Unknown, "", "created public/build/bundle.js in 98ms"),
			wskip(""),
			we("2026-11-29T07:43:02Z", Unknown, "", "[2026-11-29 07:43:02] waiting for changes..."),
		},
	},
	{
		name:   "procps-watch-header-host-ctime",
		source: "procps-ng 4's watch (the header `Every N.Ns: command` left, `hostname: ctime` right-aligned at the end of the line, a blank line, then the command's output), as captured with script or pasted from a terminal: procps watch.c output_header (`Every %.1fs: ` and ctime) found with find_string, and a reimplementation's spec naming the `%s: %s` host and time on the right; the host before the time from memory of procps-ng 4 output",
		why:    "a ctime with the year at the end of the line after the host; the host is the header's host field; the command's output has no time",
		gap:    "the host before the ctime at the end of watch's header (`build-07: Sun Nov 29 07:41:16 2026`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "build-07", "Every 2.0s: cat /proc/loadavg                                   build-07: Sun Nov 29 07:41:16 2026"),
			wskip(""),
			we("", Unknown, "", "0.41 0.38 0.33 2/411 18233"),
			we("2026-11-29T07:41:18Z", Unknown, "build-07", "Every 2.0s: cat /proc/loadavg                                   build-07: Sun Nov 29 07:41:18 2026"),
			wskip(""),
			we("", Unknown, "", "0.45 0.39 0.33 3/412 18241"),
		},
	},
	{
		name:   "tmux-show-messages-pretty-time",
		source: "tmux 3.x `tmux show-messages` (SHOW_MESSAGES_TEMPLATE `#{t/p:message_time}: #{message_text}` in cmd-show-messages.c, found with find_string); the pretty time's `HH:MM` spelling for a message of the last 24 hours from memory of format_pretty_time",
		why:    "a pretty time of day with no seconds and no date (the clock's day) followed by a colon; session and window names are no hosts; no level",
		gap:    "tmux's `HH:MM:` pretty time at the start of a message line (no seconds, a colon after it) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "07:41: Configuration reloaded"),
			we("2026-11-29T07:44:00Z", Unknown, "", "07:44: can't find session: ledger-dev"),
			we("2026-11-29T08:02:00Z", Unknown, "", "08:02: No previous window"),
			we("2026-11-29T09:15:00Z", Unknown, "", "09:15: Window 4 not found"),
		},
	},
	{
		name:   "maven3-batch-download-transfer-elapsed",
		source: "Apache Maven 3.x in batch mode (-B) resolving dependencies (`[INFO] Downloading from central: URL`, `[INFO] Downloaded from central: URL (N kB at M kB/s)`) before its summary: apache/maven issue #7088 (MNG-5176) and the pasted logs of WeBankFinTech/Schedulis issue #107; the download lines' wording from memory",
		why:    "no line of the resolution carries a time of its own (`at 1.2 MB/s` is a rate); the summary's `Finished at:` with a -05:00 offset at the end of the line is the only one",
		entries: []worldEntry{
			we("", Info, "", "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.pom"),
			we("", Info, "", "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.pom (31 kB at 640 kB/s)"),
			we("", Info, "", "[INFO] BUILD SUCCESS"),
			we("", Info, "", "[INFO] Total time:  12.480 s"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] Finished at: 2026-11-29T02:41:16-05:00"),
		},
	},
}

func TestFresh557Formats(t *testing.T) { assertTable(t, fresh557Cases) }
func TestFresh557Score(t *testing.T) {
	checkScore(t, "fresh557 formats", fresh557Cases, [worldNumFields]float64{92.2, 79.7, 85.9, 86.2})
}
