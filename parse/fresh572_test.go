package parse

import "testing"

// The five-hundred-and-seventy-second fresh table: CI/CD runners and build tools, a further pass (CI
// runners and agents, build systems, package managers and deployment tools as their console output
// or log files show them, with their step headers, timestamps and errors), shapes no earlier table
// holds. Each family is one product's documented or observed output: BuildStream's `bst build`
// (`[elapsed][key][ action:element ] TYPE msg`, an elapsed clock in brackets, never a time of day);
// nox with --add-timestamp (`nox > [yyyy-MM-dd HH:mm:ss,SSS] msg`, a session command's output
// between); Task (go-task) on a terminal (`task: [name] command`, `task: Failed to run task …`);
// bandersnatch's mirror run (`yyyy-MM-dd HH:mm:ss,SSS LEVEL: msg (file.py:line)`, a traceback under
// an ERROR); the Codecov uploader in a CI job (`[ISO-Z] ['level'] msg`, a file list indented under
// its line); twine's upload (rich's `LEVEL    msg`, a progress bar with an elapsed `00:00`, the
// server's reason indented under the ERROR); ko's build (Go's log stamp, the dirty-tree warning
// running on over lines, the image reference alone on stdout); conda-build 3 (every message bare and
// again as `LEVEL:logger:msg`, a traceback at the end).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`macports`, `:debug:main`, `:info:build`, `easybuild`,
// `build_log.py`, `buildstream`, `bst build`, `bst `, `][    main:core activity`, `laminar`,
// `onedev`, `harbor`, `copr`, `foreman`, `[I|app|`, `nuke`, `[INF]`, `rexify`, `keel`,
// `buildbuddy`, `buildfarm`, `bazel-remote`, `reproxy`, `reclient`, `soong`, `waf`,
// `Entering directory`, `fastbuild`, `FBuild`, `UnrealBuildTool`, `AutomationTool`, `BuildGraph`,
// `RunUAT`, `bandersnatch`, `chartmuseum`, `athens`, `reprepro`, `rpmbuild`, `Executing(%`,
// `Bad exit status`, `Wrote: `, `cake`, `invoke-build`, `Invoke-Build`, `Build succeeded. `,
// `tfc-agent`, `okteto`, `dokku`, `caprover`, `coolify`, `flyctl`, `fly deploy`, `heroku`,
// `buildpacks`, `===> DETECTING`, `STEP 1/`, `Step 1/`, `skopeo`, `kraken`, `brigade`, `prow`,
// `habitat`, `hab-sup`, `r10k`, `bolt`, `st2`, `stackstorm`, `pre-commit`, `Passed`, `tox`,
// `nox`, `nox >`, `nox > [20`, `cibuildwheel`, `conda-build`, `INFO:conda_build`, `rattler`,
// `ansible-pull`, `awx`, `pdq`, `config.log`, `configure:`, `buildroot`, `pkgsrc`, `opkg`,
// `cobbler`, `maas`, `ignition`, `serverless`, `serverless deploy`, `sam deploy`,
// `Successfully created/updated stack`, `cdktf`, `ecs-deploy`, `eb deploy`, `firebase deploy`,
// `gcloud`, `wrangler`, `pulumi`, `copilot`, `expo`, `eas build`, `appcenter`, `flutter`,
// `grunt`, `rake`, `[javac]`, `BUILD SUCCESSFUL`, `ivy`, `bloop`, `paket`, `quay`,
// `argo-rollouts`, `flagger`, `tentacle`, `sonar-scanner`, `SonarScanner`, `dependency-check`,
// `trivy`, `incredibuild`, `gitea`, `task: [`, `task: Failed`, `task:`, `go-task`, `Taskfile`,
// `earthly`, `codecov`, `['info']`, `coveralls`, `ko build`, `Using base`, `golangci`, `luci`,
// `swarming`, `@@@STEP`, `percy`, `lhci`, `lighthouse`, `twine`, `Uploading distributions`,
// `hatch`, `maturin`, `setuptools`, `running bdist_wheel`, `dotnet publish`, `dotnet restore`,
// `nuget`, `Restored `, `rush `, `rush install`, `sentry-cli`). None of BuildStream, nox, Task,
// bandersnatch, the Codecov uploader, twine, ko's build output or conda-build is in any table
// (`nox` matches only words such as Knox and Mellanox; `task:` only other programs' `Task:` fields
// and `exec.Task:` loggers; `ko build` only a grep list in fresh522's header; `copr` a dnf
// repository name; `macports` the port console, and `:debug:main` its main.log, both in fresh119).
// Left out as measured already: rpmbuild (fresh445), MacPorts (fresh119), the SonarScanner CLI and
// tfc-agent (fresh53), StackStorm (fresh33), Flagger (fresh522), crane (fresh529), and the runners,
// agents and build systems the earlier CI tables list (GitLab Runner, Buildkite, Jenkins, the
// Actions and Azure agents, TeamCity, Drone, Woodpecker, Bazel, Gradle, Maven, sbt, npm, yarn).
// Left out as not confirmed by a search, or with no shape a search showed: Unreal's AutomationTool
// log, ChartMuseum, BuildBuddy, pre-commit's hook summary. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BuildStream's bracketed clock is the elapsed time of an activity (or
// `--:--:--` before it ends), so no BuildStream record has a time, and the date in a build log's file
// name is no time of the record; twine's progress bar `00:00` is elapsed too. nox's, bandersnatch's
// and ko's stamps have no zone and are taken as UTC; the Codecov uploader's ends in Z. Task's,
// twine's and conda-build's lines carry no time. Levels only where the line marks one: BuildStream's
// WARNING and FAILURE in its type column (START and SUCCESS are none), bandersnatch's level word,
// the Codecov uploader's quoted word (`verbose` is Debug), twine's rich level column, conda-build's
// `LEVEL:logger:` prefix (its bare copy of a message has none); nox, Task and ko write none, and
// pytest's `FAILED` is a test outcome, no level. No family has a host field: pypi.org, codecov.io,
// ghcr.io, cgr.dev and the remote cache are peers. A record that spans lines is one entry:
// BuildStream's FAILURE with its indented log lines, bandersnatch's ERROR with its traceback, the
// Codecov uploader's file list, twine's ERROR with the server's reason, ko's dirty-tree warning,
// conda-build's traceback; an untimed line that is a record of its own (pytest's output under nox,
// ko's image reference on stdout, conda-build's traceback after a WARNING line) is not joined to
// the line before.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a layout the source says "from memory" (only nox's format string in its logger.py; its
// line itself is confirmed). Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit dc51325 before any rule for it: level 80.1 %, time 84.2 %, host 92.6 %, records 85.1 %.
// That is the macro figure (micro: level 80.0 %, time 84.0 %, host 92.0 %, records 84.0 %), in a
// worktree at dc51325 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are BuildStream's elapsed clock, read as a time of day, with a
// `[--:--:--]` line joined to the elapsed line before it; nox's unprefixed command output joined to
// the stamped line above; the Codecov uploader's quoted level in brackets, not read; ko's untimed
// image reference joined to the last stamped line; and conda-build's traceback joined to the
// WARNING line before it.

var fresh572Cases = []worldCase{
	{
		name:   "buildstream-bst-build-elapsed",
		gap:    "the bracketed elapsed time (`[00:00:41]`) is read as a time of day on the clock's day, and a `[--:--:--]` line after an elapsed one is joined to it",
		source: "BuildStream 2.x `bst build` on a terminal (`[elapsed][cache key][ action:element ] TYPE message`, `[--:--:--]` before an activity ends, the message type padded to seven: START, SUCCESS, STATUS, INFO, WARNING, FAILURE, BUG; a failure's last log lines indented under it): apache/buildstream tests/integration/cachedfail.py-style assertion (`[--:--:--][        ][    main:core activity                 ] WARNING Failed to initialize remote`), bst build output pasted in fixtures found with find_string (a bst-build retry test, a BuildStream 2.7.0 capture)",
		why:    "the bracketed clock is an elapsed time of the activity, not a time of day: no record has a time; the build log's name carries a date and time that is not the record's; WARNING and FAILURE are levels in the type column, START and SUCCESS are none; the indented log lines belong to the FAILURE above them",
		entries: []worldEntry{
			we("", Unknown, "", "[--:--:--][        ][    main:core activity                 ] START   Build"),
			we("", Unknown, "", "[00:00:01][        ][    main:core activity                 ] SUCCESS Loading elements"),
			we("", Warn, "", "[--:--:--][        ][    main:core activity                 ] WARNING Failed to initialize remote https://cas.lumen.example:11002: failed to connect to all addresses"),
			we("", Unknown, "", "[00:00:41][3e9a0c12][   build:components/zstd.bst          ] SUCCESS components-zstd/3e9a0c12-build.20261129-074116.log"),
			we("", Error, "",
				"[00:02:14][b51f7d08][   build:components/libtide.bst       ] FAILURE Command failed",
				"    Printing the last 20 lines from log file:",
				"    make[2]: *** [Makefile:412: src/tide_io.o] Error 1",
				"    [00:02:14] FAILURE [b51f7d08] components/libtide.bst: Command failed"),
			we("", Error, "", "[00:03:02][        ][    main:core activity                 ] FAILURE Build"),
		},
	},
	{
		name:   "nox-add-timestamp",
		gap:    "the command's own unprefixed output line (pytest's `FAILED …`) after a `nox > [time]` line is joined to it instead of standing as a record of its own",
		source: "nox run with `--add-timestamp` (its logger's `nox > [yyyy-MM-dd HH:mm:ss,SSS] msg`, colour only, no level word; a session command's own output unprefixed between): astral-sh/uv issue text found with find_string (`nox > [2024-03-04 07:19:07,068] uv pip install …`); nox's logger.py from memory of its format string",
		why:    "a zone-less date with a comma before the milliseconds, in brackets after `nox >` (UTC by the rules); nox writes no level; pytest's `FAILED` line is the command's output, a record of its own with no time, and its word is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "nox > [2026-11-29 07:41:16,204] Running session tests-3.12"),
			we("2026-11-29T07:41:16.209Z", Unknown, "", "nox > [2026-11-29 07:41:16,209] Creating virtual environment (virtualenv) using python3.12 in .nox/tests-3-12"),
			we("2026-11-29T07:41:21.877Z", Unknown, "", "nox > [2026-11-29 07:41:21,877] python -m pip install -e '.[test]'"),
			we("2026-11-29T07:41:25.031Z", Unknown, "", "nox > [2026-11-29 07:41:25,031] pytest -q --cov=harbourd tests/"),
			we("", Unknown, "", "FAILED tests/test_sync.py::test_resume_partial - AssertionError: 3 != 4"),
			we("2026-11-29T07:42:03.512Z", Unknown, "", "nox > [2026-11-29 07:42:03,512] Command pytest -q --cov=harbourd tests/ failed with exit code 1"),
			we("2026-11-29T07:42:03.513Z", Unknown, "", "nox > [2026-11-29 07:42:03,513] Session tests-3.12 failed."),
		},
	},
	{
		name:   "go-task-console",
		source: "Task (go-task) running a Taskfile on a terminal (`task: [name] command` before each command, `task: Task \"name\" is up to date`, `task: Failed to run task \"name\": exit status N`): READMEs found with find_string (`task: [build] go build -o bin/… ./cmd/…`, `task: [clean] rm -f ./app`), TEN-framework/ten-framework issue #598 (`task: Failed to run task \"use\": exit status 1`)",
		why:    "no time and no level on any line; `[build]` is a task name, not a level or a host; every line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "task: [deps] go mod download"),
			we("", Unknown, "", `task: Task "generate" is up to date`),
			we("", Unknown, "", "task: [build] CGO_ENABLED=0 go build -trimpath -o bin/relayd ./cmd/relayd"),
			we("", Unknown, "", "task: [test] go test -race ./internal/..."),
			we("", Unknown, "", `task: Failed to run task "ci": exit status 1`),
		},
	},
	{
		name:   "bandersnatch-mirror-console",
		source: "bandersnatch 6.x `bandersnatch mirror` (`yyyy-MM-dd HH:mm:ss,SSS LEVEL: msg (file.py:line)`, DEBUG under --debug, an exception's traceback under its ERROR line): pypa/bandersnatch issues #1529, #1836 and #1297 (pasted logs)",
		why:    "a zone-less date with a comma before the milliseconds (UTC by the rules); the level word and a colon after it; `(mirror.py:58)` is a file and line, no time; pypi.org and the mirror are no hosts; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.292Z", Info, "", "2026-11-29 07:41:16,292 INFO: Selected storage backend: filesystem (configuration.py:133)"),
			we("2026-11-29T07:41:16.293Z", Debug, "", "2026-11-29 07:41:16,293 DEBUG: Checking config for compare method... (configuration.py:167)"),
			we("2026-11-29T07:41:16.325Z", Info, "", "2026-11-29 07:41:16,325 INFO: Syncing with https://pypi.org. (mirror.py:58)"),
			we("2026-11-29T07:41:52.730Z", Warn, "", "2026-11-29 07:41:52,730 WARNING: Timeout error while fetching metadata for tidewater-client, retrying in 2s (package.py:59)"),
			we("2026-11-29T07:41:57.118Z", Error, "",
				"2026-11-29 07:41:57,118 ERROR: Error syncing package: tidewater-client@24410937 (mirror.py:416)",
				"Traceback (most recent call last):",
				`  File "/opt/bandersnatch/lib/python3.12/site-packages/bandersnatch/mirror.py", line 403, in process_package`,
				"    await self.sync_release_files(package)",
				"aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected"),
			we("2026-11-29T07:42:10.004Z", Info, "", "2026-11-29 07:42:10,004 INFO: New mirror serial: 24410951 (mirror.py:305)"),
		},
	},
	{
		name:   "codecov-uploader-quoted-level",
		source: "the Codecov uploader (0.x, as codecov-action v3/v4 runs it: `[yyyy-MM-ddTHH:mm:ss.SSSZ] ['level'] msg`, levels info, error and verbose; a found-files list indented under its line): robinlinden/hastur issue #790, codecov/codecov-action issue #595, scikit-learn/scikit-learn PR #28361, TissueImageAnalytics/tiatoolbox PR #811 (pasted logs)",
		why:    "an ISO time in Z in brackets; the level is a quoted word in brackets; `verbose` is the debug level; the indented file names belong to the line above; codecov.io and the runner are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.266Z", Info, "", "[2026-11-29T07:41:16.266Z] ['info'] => Project root located at: /home/runner/work/relayd/relayd"),
			we("2026-11-29T07:41:16.277Z", Info, "", "[2026-11-29T07:41:16.277Z] ['info'] Searching for coverage files..."),
			we("2026-11-29T07:41:18.358Z", Info, "",
				"[2026-11-29T07:41:18.358Z] ['info'] => Found 2 possible coverage files:",
				"  coverage.out",
				"  internal/store/coverage.out"),
			we("2026-11-29T07:41:18.402Z", Info, "", "[2026-11-29T07:41:18.402Z] ['info'] Detected GitHub Actions as the CI provider."),
			we("2026-11-29T07:41:19.044Z", Error, "", "[2026-11-29T07:41:19.044Z] ['error'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - {'detail': 'Rate limit reached. Please upload with the Codecov repository upload token to resolve issue.'}"),
			we("2026-11-29T07:41:19.045Z", Debug, "", "[2026-11-29T07:41:19.045Z] ['verbose'] End of uploader: 2786 milliseconds"),
		},
	},
	{
		name:   "twine-upload-rich-levels",
		source: "twine 4.x/5.x `twine upload` (rich's log handler: `LEVEL    msg` padded to nine, a message's further lines indented by nine blanks; the unlevelled `Uploading distributions to …` and `Uploading <file>` lines and a progress bar with its elapsed `00:00`): pypa/twine issues #897 and #995, pypi/warehouse issue #15873, python/cpython issue #116887 (pasted output)",
		why:    "no time on any line (the progress bar's `00:00` is an elapsed time); the level word first, padded; the server's reason indented under the ERROR belongs to it; upload.pypi.org is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Uploading distributions to https://upload.pypi.org/legacy/"),
			we("", Info, "", "INFO     dist/harbourd-2.4.0-py3-none-any.whl (48.2 KB)"),
			we("", Unknown, "", "Uploading harbourd-2.4.0-py3-none-any.whl"),
			we("", Unknown, "", "100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 61.3/61.3 kB • 00:00 • 1.1 MB/s"),
			we("", Warn, "", "WARNING  Error during upload. Retry with the --verbose option for more details."),
			we("", Error, "",
				"ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/",
				"         File already exists ('harbourd-2.4.0-py3-none-any.whl', with blake2_256 hash",
				"         '5f1c0e2a9b7d44e18c3a6f0b2d9e4c7a1b8f3e6d0c2a5b9e7f1d4c8a0b3e6f2d'). See https://pypi.org/help/#file-name-reuse for more information."),
		},
	},
	{
		name:   "ko-build-go-log",
		gap:    "the untimed image reference ko prints on stdout after its last stamped line is joined to that line",
		source: "ko (ko-build/ko 0.15+) `ko build` (Go's standard log stamp `yyyy/MM/dd HH:mm:ss msg` on stderr: Using base, Building, Publishing, pushed blob, digest; the dirty-tree warning running on over lines; the image reference alone on stdout at the end): READMEs and notes found with find_string (`2025/04/30 02:40:16 Using base cgr.dev/chainguard/static:latest@sha256:… for github.com/…`, `git is in a dirty state` with `Please check in your pipeline…` and the file list under it)",
		why:    "a zone-less slashed date and time (UTC by the rules); no level; the dirty-tree lines belong to the line above; the final reference on stdout is a record of its own with no time; ghcr.io and cgr.dev are registries, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Using base cgr.dev/chainguard/static:latest@sha256:9d0c3b1e5a7f2e4c8b6a1d3f5e7c9b2a4d6f8e0c1b3a5d7f9e2c4b6a8d0f1e3c for github.com/lumenworks/relayd/cmd/relayd"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 Building github.com/lumenworks/relayd/cmd/relayd for linux/arm64"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"2026/11/29 07:41:17 git is in a dirty state",
				"Please check in your pipeline what can be changing the following files:",
				" M cmd/relayd/main.go",
				"?? .ko.yaml.orig"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026/11/29 07:41:24 Publishing ghcr.io/lumenworks/relayd:latest"),
			we("2026-11-29T07:41:27Z", Unknown, "", "2026/11/29 07:41:27 pushed blob: sha256:4e2b8d6f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b"),
			we("2026-11-29T07:41:28Z", Unknown, "", "2026/11/29 07:41:28 ghcr.io/lumenworks/relayd:latest: digest: sha256:7a9c1e3b5d7f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c size: 1211"),
			we("", Unknown, "", "ghcr.io/lumenworks/relayd@sha256:7a9c1e3b5d7f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c"),
		},
	},
	{
		name:   "conda-build-3-doubled-messages",
		gap:    "an untimed traceback after a `WARNING:conda_build.build:` line is joined to it instead of standing as a record of its own",
		source: "conda-build 3.x `conda build recipe` (each message printed bare and again by Python's root handler as `LEVEL:logger:msg`; `BUILD START: [...]`; a traceback when a dependency cannot be solved): conda/conda-build issues #3320, #2173 and #3400, fusion-energy/paramak issue #47 (pasted output)",
		why:    "no time on any line; `INFO:conda_build.build:` is a level, a colon and a logger; the bare copy of the same message carries no level; a traceback is one record with no level",
		entries: []worldEntry{
			we("", Unknown, "", "Adding in variants from internal_defaults"),
			we("", Info, "", "INFO:conda_build.variants:Adding in variants from internal_defaults"),
			we("", Unknown, "", "BUILD START: ['harbourd-2.4.0-py312_0.tar.bz2']"),
			we("", Unknown, "", "Packaging harbourd"),
			we("", Info, "", "INFO:conda_build.build:Packaging harbourd"),
			we("", Warn, "", "WARNING:conda_build.build:No files or script found for output harbourd-tests"),
			we("", Unknown, "",
				"Traceback (most recent call last):",
				`  File "/opt/conda/bin/conda-build", line 11, in <module>`,
				"    sys.exit(main())",
				"conda_build.exceptions.DependencyNeedsBuildingError: Unsatisfiable dependencies for platform linux-64: {\"libtide[version='>=3.1']\"}"),
		},
	},
}

func TestFresh572Formats(t *testing.T) { assertTable(t, fresh572Cases) }
func TestFresh572Score(t *testing.T) {
	checkScore(t, "fresh572 formats", fresh572Cases, [worldNumFields]float64{92.5, 84.1, 92.5, 85.0})
}
