package parse

import "testing"

// The six-hundred-and-fifty-third fresh table: fuzzers' and static analysis tools' console output
// and logs as people paste them into issues, shapes no earlier table holds. Each family is one
// product's documented or observed output: honggfuzz's console (`[ISO±hhmm][L][pid] func():line`
// with its untimed `Sz:… Tm:…` status lines between); a libFuzzer target's console (`INFO:` and
// `WARNING:` prefixes, `#N INITED cov:` progress lines, the deadly-signal ERROR with its stack);
// syzkaller's syz-manager console (Go's `yyyy/MM/dd HH:mm:ss` and its stats line); `codeql
// database create` on a terminal (untimed CLI lines, then `[stamp] [build-stdout]` and `[ERROR]`);
// Semgrep's osemgrep verbose output (`[SS.ss][LEVEL]:`, elapsed seconds, no time); Coverity
// cov-build's build-log.txt (`ISO-Z|cov-build|pid|info|> msg`); CodeChecker's console
// (`[INFO yyyy-MM-dd HH:mm] - msg`, minutes only) and its --verbose debug form (`[DEBUG][stamp]
// {logger} [pid] <thread> - file.py:line func() - msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, fixed strings) by
// product and by a fragment of its line first (`afl`, `afl-fuzz`, `afl++`, `american fuzzy`,
// `PROGRAM ABORT`, `[*] `, `libfuzzer`, `INFO: Seed`, `entropic`, `INITED cov`, `INITED`, `exec/s`,
// `deadly signal`, `AddressSanitizer`, `==ERROR`, `honggfuzz`, `][I][`, `][W][`, `][E][`,
// `subproc_`, `fuzz_runVerifier`, `Sz:`, `Tm:`, `syzkaller`, `syz-manager`, `corpus cover`,
// `candidates=`, `fuzzing VMs`, `VM 3: crash`, `codeql`, `[build-stdout]`, `[build-stderr]`,
// `Plumbing command`, `[PROGRESS]`, `[ERROR]`, `Spawned process`, `semgrep`, `osemgrep`,
// `[INFO]:`, `][DEBUG](`, `](default)`, `[00.0`, `Getting the rules`, `coverity`, `cov-build`,
// `cov-analyze`, `cov-int`, `|cov-build|`, `|info|`, `|info|>`, `codechecker`, `[INFO 20`,
// `[ERROR 20`, `[DEBUG][20`, `[INFO][20`, `{system}`, `{buildlogger}`, `Successfully analyzed`,
// `----==== Summary`, `sonar`, `sonarscanner`, `INFO: Scanner`, `SonarScanner for`,
// `dotnet-sonarscanner`, `jazzer`, `go-fuzz`, `fuzz: elapsed`, `go test -fuzz`, `cargo-fuzz`,
// `cargo fuzz`, `libafl`, `clusterfuzz`, `oss-fuzz`, `boofuzz`, `fuzzer`, `checkstyle`,
// `[WARN] /`, `spotbugs`, `findbugs`, `pmd`, `clang-tidy`, `scan-build`, `staticcheck`,
// `cppcheck`, `infer `, `Capturing`, `klocwork`, `pvs-studio`, `fortify`, `sourceanalyzer`,
// `veracode`, `checkmarx`, `frama`, `gosec`, `[gosec]`, `golangci`, `trivy`, `grype`, `snyk`,
// `checkov`, `tfsec`, `kics`, `bandit`, `gitleaks`, `trufflehog`, `hadolint`, `shellcheck`,
// `dependency-check`, `osv-scanner`, `horusec`, `nuclei`, `ruff`, `mypy`, `pylint`, `eslint`,
// `sarif`). None of honggfuzz, libFuzzer's console, syz-manager, the CodeQL CLI, osemgrep,
// cov-build's build log or CodeChecker is in any table (`libfuzzer` and `oss-fuzz` match only
// rsyslog's seed corpus in fresh333, `syzkaller` only a grep list in fresh588, `semgrep` only a
// grep list in fresh523, `codechecker` only a mention in fresh381; `][W][` and `][E][` are other
// products' bracketed letters (ESPHome, the ESP32 Arduino core, a switch's console), `[ERROR 20`
// foreman-installer's `[ERROR stamp main]`, `|info|` other layouts (XHarness's `dbug|info|warn`),
// `INITED` Hadoop's JOB_INITED, and the
// AddressSanitizer reports in fresh123 and fresh231 are other products' stderr, not libFuzzer's
// prefixed console). Left out as measured already: the SonarScanner CLI (fresh53's
// `sonar-scanner-cli-debug`) and SonarQube's server logs (fresh2), cppcheck (fresh415), boofuzz
// (fresh333), pylint, Bandit, ESLint, Trivy, Grype, Snyk, gosec, golangci-lint, hadolint,
// ShellCheck and the secret scanners. Left out as a shape already held: AFL++'s afl-fuzz console,
// whose `[*]`, `[+]`, `[!]` and `[-]` bullets are Impacket's in fresh431. The table holds 8
// families; none was replaced.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). honggfuzz's `2026-11-29T08:41:16+0100` carries a colon-less offset and is
// converted (07:41:16Z); its `Sz:… Tm:…` status line has no time of its own. libFuzzer's console
// has no time at all, and osemgrep's `[00.04]` is seconds since the start, no time of day: those
// records have none. syz-manager's Go stamp, CodeQL's bracketed stamp and CodeChecker's stamps
// have no zone and are taken as UTC; CodeChecker's console stamp stops at the minute (07:41:00Z).
// cov-build's stamp ends in Z with microseconds. Levels only where the line marks one:
// honggfuzz's letter (I W E), libFuzzer's `INFO:` / `WARNING:` / `ERROR:` prefixes, CodeQL's
// `[ERROR]`, osemgrep's `[INFO]` / `[DEBUG]`, cov-build's `info` field, CodeChecker's INFO ERROR
// DEBUG; libFuzzer's progress lines, syz-manager's lines (`crash:` is a message word), CodeQL's
// `[build-stdout]` / `[build-stderr]` streams and its untimed CLI lines carry none. The host is the
// record's host field, and no family here has one: honggfuzz's and CodeChecker's pids,
// CodeChecker's `{logger}` and `<thread>`, syz-manager's VM numbers are no hosts. A record that
// spans lines is one entry: libFuzzer's deadly-signal ERROR with its stack frames, CodeChecker's
// `[ERROR …] - ` with the analyzer's output under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (syz-manager's `VM N: crash:` line, cov-build's
// `EXECUTING:` and `COMPILING:` messages). Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 85.0 %, time 97.5 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 87.8 %, time 97.6 %, host 97.6 %, records 95.1 %), in a
// worktree at 3a5e29b with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are honggfuzz's untimed `Sz:… Tm:…` status line, which trawl
// joins to the stamped `[W]` line before it, and cov-build's level word in the fourth
// pipe-separated field (`|info|`), which trawl does not read.

var fresh653Cases = []worldCase{
	{
		name:   "honggfuzz-console-bracket-offset-letter",
		gap:    "the untimed `Sz:… Tm:…` status line after a stamped `[W]` line is joined to that record as a continuation instead of starting a record of its own",
		source: "honggfuzz 2.x's console and --logfile lines (libhfcommon/log.c: `[yyyy-MM-ddTHH:mm:ss±hhmm][L][pid] func():line msg`, the level one letter F E W I D; the untimed `Sz:… Tm:…` status lines between them): robinlinden/hastur PR #341 (a pasted run), google/honggfuzz issue #465, bitcoin/bitcoin PR #18739",
		why:    "an ISO time with a colon-less offset in brackets (+0100, so an hour earlier in UTC), then the level letter and the pid in brackets; `func():531` is a function and line, no time; the untimed status line is its own record with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T08:41:16+0100][I][20417] input_getDirStatsAndRewind():183 Analyzed 'corpus/tiff' directory: maxFileSz:8192, number of usable files:412"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29T08:41:19+0100][W][20422] subproc_checkTimeLimit():531 pid=20488 took too much time (limit 1 s). Killing it with SIGKILL"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29T08:41:19+0100][W][20422] arch_checkWait():239 Persistent mode: pid=20488 exited with status: SIGNALED, signal: 9 (Killed)"),
			we("", Unknown, "", "Sz:4096 Tm:1,204us (i/b/h/e/p/c) New:0/0/0/2/0/17, Cur:0/0/0/88/0/412"),
			we("2026-11-29T07:42:05Z", Error, "", "[2026-11-29T08:42:05+0100][E][20417] fuzz_runVerifier():280 Verifier stack mismatch: (original) 5d1c0e92ab != (new) 0"),
		},
	},
	{
		name:   "libfuzzer-console-untimed-prefixes",
		source: "a libFuzzer fuzz target run from a shell (compiler-rt's FuzzerLoop/FuzzerDriver: `INFO: …` and `WARNING: …` lines, `#N\\tINITED cov: … ft: … corp: … exec/s: … rss: …` progress lines, `==pid== ERROR: libFuzzer: deadly signal` with the `    #N 0x… in …` stack under it): google/oss-fuzz PRs #721 and #1147, google/fuzzbench PR #798 and issue #590, google/fuzzing issue #26",
		why:    "no time at all; the level is the `INFO:` / `WARNING:` / `ERROR:` prefix; the progress lines carry none; the deadly-signal ERROR and its stack frames are one record",
		entries: []worldEntry{
			we("", Warn, "", `WARNING: Failed to find function "__sanitizer_acquire_crash_state".`),
			we("", Info, "", "INFO: Running with entropic power schedule (0xFF, 100)."),
			we("", Info, "", "INFO: Seed: 3318470551"),
			we("", Unknown, "", "#2\tINITED cov: 118 ft: 119 corp: 1/1b exec/s: 0 rss: 31Mb"),
			we("", Unknown, "", "#1024\tNEW    cov: 131 ft: 140 corp: 6/87b lim: 17 exec/s: 0 rss: 33Mb L: 16/16 MS: 2 ChangeBit-InsertRepeatedBytes-"),
			we("", Error, "",
				"==31207== ERROR: libFuzzer: deadly signal",
				"    #0 0x5581c2b1e3a1 in __sanitizer_print_stack_trace (/home/ines/fuzz/parse_hdr+0x1e3a1)",
				"    #1 0x5581c2a6f2d8 in fuzzer::PrintStackTrace() (/home/ines/fuzz/parse_hdr+0x6f2d8)",
				"    #2 0x5581c2b4a0c4 in LLVMFuzzerTestOneInput /home/ines/fuzz/parse_hdr.c:27:5"),
		},
	},
	{
		name:   "syzkaller-syz-manager-go-log",
		source: "syz-manager's console (Go's log package, `yyyy/MM/dd HH:mm:ss msg`: the ten-second stats line `candidates=… corpus=… coverage=… exec total=… (N/sec) fuzzing VMs=… reproducing=…` of 2024+, the older `VMs N, executed N, cover N, crashes N, repro N`): google/syzkaller PR #4905 and issues #772 and #24; the `VM N: crash: …` line from memory",
		why:    "a slashed zone-less date (UTC by the rules); no level, `crash:` is a message word; the VM number is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 candidates=5210 corpus=2874 coverage=41822 exec total=38115 (226/sec) fuzzing VMs=8 reproducing=0 "),
			we("2026-11-29T07:41:26Z", Unknown, "", "2026/11/29 07:41:26 candidates=3102 corpus=2891 coverage=41907 exec total=40402 (229/sec) fuzzing VMs=8 reproducing=0 "),
			we("2026-11-29T07:41:31Z", Unknown, "", "2026/11/29 07:41:31 VM 3: crash: KASAN: slab-use-after-free Read in hci_conn_drop"),
			we("2026-11-29T07:41:36Z", Unknown, "", "2026/11/29 07:41:36 candidates=1488 corpus=2903 coverage=41960 exec total=42731 (231/sec) fuzzing VMs=7 reproducing=1 "),
		},
	},
	{
		name:   "codeql-database-create-console",
		source: "`codeql database create` on a terminal (the CLI's untimed `Initializing database at …` and `Running build command: […]`, then the traced build's lines `[yyyy-MM-dd HH:mm:ss] [build-stdout] …` / `[build-stderr]`, and the CLI's own `[ERROR] …`): github/codeql issues #17981, #13524 and #13531",
		why:    "a bracketed zone-less stamp (UTC by the rules); `[build-stdout]` and `[build-stderr]` are streams, no level; `[ERROR]` is the level; the untimed lines before the build have no time",
		entries: []worldEntry{
			we("", Unknown, "", "Initializing database at /home/ines/work/libtiff-db."),
			we("", Unknown, "", "Running build command: [make, -j8]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] [build-stdout] gcc -DHAVE_CONFIG_H -I. -I../libtiff -O2 -c tif_dirread.c -o tif_dirread.o"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[2026-11-29 07:41:18] [build-stdout] gcc -DHAVE_CONFIG_H -I. -I../libtiff -O2 -c tif_jpeg.c -o tif_jpeg.o"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[2026-11-29 07:41:19] [build-stderr] tif_jpeg.c:41:10: jpeglib.h: No such file or directory"),
			we("2026-11-29T07:41:20Z", Error, "", "[2026-11-29 07:41:20] [ERROR] Spawned process exited abnormally (code 2; tried to run: [/opt/codeql/tools/linux64/preload_tracer, make, -j8])"),
		},
	},
	{
		name:   "osemgrep-verbose-elapsed-level",
		source: "Semgrep 1.x (osemgrep) with --verbose / --debug (its Logs reporter: `[SS.ss][LEVEL]: msg`, DEBUG lines with the log source in parentheses `[SS.ss][DEBUG](src): msg`): semgrep/semgrep PRs #10120, #10187 and #7994",
		why:    "the bracketed number is seconds since the start, no time of day (the record has no time); the level in brackets after it",
		entries: []worldEntry{
			we("", Debug, "", "[00.03][DEBUG](default): setup_logging: highlight_setting=Console.Auto, highlight=false"),
			we("", Info, "", "[00.04][INFO]: Getting the rules"),
			we("", Info, "", "[00.31][INFO]: Computing the targets"),
			we("", Debug, "", "[00.33][DEBUG](semgrep.targeting): skipping vendor/jquery.min.js: minified file"),
			we("", Info, "", "[00.35][INFO]: running the semgrep engine"),
			we("", Info, "", "[04.12][INFO]: reporting matches if any"),
		},
	},
	{
		name:   "coverity-cov-build-build-log",
		source: "Coverity's cov-build build-log.txt in the intermediate directory (`yyyy-MM-ddTHH:mm:ss.ffffffZ|cov-build|pid|level|> msg`): the comment of a Java build-log parser's logParser/LineParser.java found with find_string (`…Z|cov-build|4685|info|> some stuff here`); the `EXECUTING:` and `COMPILING:` messages from memory",
		why:    "an ISO time in Z with microseconds, then pipe-separated tool, pid and the level word `info`; the `> ` marks the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Info, "", "2026-11-29T07:41:16.204113Z|cov-build|20417|info|> Coverity Build Capture (64-bit) version 2024.9.1 on Linux 6.8.0-49-generic x86_64"),
			we("2026-11-29T07:41:16.204398Z", Info, "", "2026-11-29T07:41:16.204398Z|cov-build|20417|info|> Internal version numbers: 7b1e2c40d3 p-2024.9.1"),
			we("2026-11-29T07:41:17.880512Z", Info, "", "2026-11-29T07:41:17.880512Z|cov-build|20431|info|> EXECUTING: /usr/bin/gcc -O2 -c src/codec/huff.c -o build/huff.o"),
			we("2026-11-29T07:41:17.902766Z", Info, "", "2026-11-29T07:41:17.902766Z|cov-build|20433|info|> COMPILING: /opt/cov-analysis/bin/cov-emit --dir /home/ines/work/idir --ignore_path=/tmp/cov-ines/4f1d src/codec/huff.c"),
		},
	},
	{
		name:   "codechecker-minute-stamp-dash",
		source: "CodeChecker 6.x's console (`[LEVEL yyyy-MM-dd HH:mm] - msg`, levels DEBUG INFO WARNING ERROR; an ERROR with the analyzer's output on the lines under it): zephyrproject-rtos/zephyr issue #68831, Ericsson/codechecker issue #3695",
		why:    "the level and a zone-less date with minutes only inside one bracket, then ` - `; the analyzer's output under `[ERROR …] - ` is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Info, "", "[INFO 2026-11-29 07:41] - Starting static analysis ..."),
			we("2026-11-29T07:42:00Z", Error, "",
				"[ERROR 2026-11-29 07:42] - ",
				"14 warnings and 1 error generated.",
				"Error while processing /home/ines/src/relay/net/sock.c.",
				"Found compiler error(s)."),
			we("2026-11-29T07:43:00Z", Info, "", "[INFO 2026-11-29 07:43] - ----==== Summary ====----"),
			we("2026-11-29T07:43:00Z", Info, "", "[INFO 2026-11-29 07:43] - Successfully analyzed"),
			we("2026-11-29T07:43:00Z", Info, "", "[INFO 2026-11-29 07:43] -   clangsa: 57"),
			we("2026-11-29T07:43:00Z", Info, "", "[INFO 2026-11-29 07:43] - Analysis finished."),
		},
	},
	{
		name:   "codechecker-verbose-debug-logger-braces",
		source: "CodeChecker 6.x with --verbose debug (`[LEVEL][yyyy-MM-dd HH:mm:ss] {logger} [pid] <thread> - file.py:line func() - msg`, INFO lines in the same long form): Ericsson/codechecker issue #4297 (a pasted run) and PR #824",
		why:    "the level and a zone-less stamp in two brackets; `{system}` is a logger, `[76410]` a pid and `<…>` a thread id, no host; `analyze.py:1045` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[DEBUG][2026-11-29 07:41:16] {system} [20417] <139872114300736> - analyze.py:1045 main() - Output will be stored to: '/home/ines/src/relay/reports'"),
			we("2026-11-29T07:41:16Z", Debug, "", "[DEBUG][2026-11-29 07:41:16] {buildlogger} [20417] <139872114300736> - log_parser.py:1035 parse_options() - Same clang is used for compilation and analysis."),
			we("2026-11-29T07:41:17Z", Info, "", "[INFO][2026-11-29 07:41:17] {analyzer} [20417] <139872114300736> - analyzer.py:141 perform_analysis() - Starting static analysis ..."),
			we("2026-11-29T07:41:29Z", Debug, "", "[DEBUG][2026-11-29 07:41:29] {analyzer} [20431] <139872114300736> - analysis_manager.py:402 check() - Analyzing /home/ines/src/relay/net/sock.c with clang-tidy"),
		},
	},
}

func TestFresh653Formats(t *testing.T) { assertTable(t, fresh653Cases) }
func TestFresh653Score(t *testing.T) {
	checkScore(t, "fresh653 formats", fresh653Cases, [worldNumFields]float64{97.4, 97.4, 97.4, 94.9})
}
