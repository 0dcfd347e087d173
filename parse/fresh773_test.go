package parse

import "testing"

// The seven-hundred-and-seventy-third fresh table: container image builders and build systems'
// output. Each family is one builder's console or daemon log: podman build on a terminal (logrus's
// elapsed-seconds WARN[0000] tag, buildah's `[1/2] STEP 1/4:` multi-stage steps, `-->` layer ids
// and the CLI's `Error:` line); podman build in CI without a terminal (logrus's `time="…"
// level=warning` text lines between the untimed STEP and blob-copy lines); buildkitd run in the
// foreground with --debug (DEBU[0000] elapsed tags, a Go error stack under an ERRO line); pack
// build --timestamps (Go's `2006/01/02 15:04:05.000000` before every lifecycle line); melange
// (slog's default handler through the log package: a slashed date, a LEVEL word, key=value
// attributes); Earthly's console (a right-aligned target column and ` | `, an ERROR block over
// several lines); Dagger's --progress=plain (a span number column and ` : `, elapsed seconds in
// brackets); Mill's console (a bracketed task prefix before sbt-style `[info]`/`[error]` tags).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `buildkit`, `progress=plain`, `kaniko`, `buildah`, `podman`,
// `podman build`, `STEP 1/`, `Getting image source signatures`, `Storing signatures`,
// `Writing manifest`, `jib`, `Containerizing`, `ko build`, `ko resolve`, `bazel`, `bazelisk`,
// `INFO: Analyzed`, `INFO: From`, `Target //`, `pants`, `buck2`, `gradle`, `gradle --info`,
// `maven`, `[INFO] ---`, `[DEBUG] (f)`, `sbt`, `mill`, `mill.scalalib`, `[build.compile]`,
// `nix-daemon`, `nix build`, `building '/nix/store`, `hydra-queue`, `cachix`, `earthly`,
// `earthfile`, `+build |`, `dagger`, `#5 [`, `docker build`, `buildx`, `buildx bake`,
// `buildkitd`, `Successfully tagged`, `cloud build`, `buildpacks`, `pack build`,
// `===> DETECTING`, `lifecycle`, `paketo`, `kpack`, `cnb`, `skaffold`, `tilt`, `werf`, `makisu`,
// `img build`, `apko`, `melange`, `s2i`, `shipwright`, `bloop`, `coursier`, `depot`, `nixpacks`,
// `railpack`, `dokku`, `jkube`, `bootBuildImage`, `spring-boot:build-image`, `okteto`,
// `devspace`, `garden`, `ccache`, `sccache`, `ninja`, `cmake`, `meson`, `scons`, `cargo`,
// `please.build`, `plz`, `bitbake`, `yocto`, `teamcity`, `jenkins`. Kaniko, ko, BuildKit's plain
// progress, Bazel, Pants, Gradle, Maven, sbt, Nix, Skaffold, Tilt, Buck 1, please and the
// rest are measured already (kaniko-executor, ko-build-go-log, docker-buildkit-plain-progress,
// bazel-*, pants-build-console, gradle-*, maven-*, sbt-console, nix-*, …) and were left out;
// buildah and podman build, buildkitd's own log, pack, melange, Earthly, Dagger and Mill match
// only grep lists (podman matches other podman commands: logs, events, the API service). The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Logrus's `WARN[0000]` bracket is seconds since the process started, no
// time of day, so those records have none; logrus's non-terminal `time="…Z"` is UTC; pack's and
// melange's slashed dates carry no zone and are the builder's local time, a host in UTC here.
// Earthly, Dagger, Mill and the untimed STEP, `-->` and blob lines carry no time. Levels only
// where the line marks one: logrus's four-letter tag (DEBU INFO WARN ERRO) and its level= key,
// the podman CLI's `Error:` prefix, pack's `ERROR:` prefix, slog's INFO/WARN/ERROR word,
// Earthly's ERROR tag opening its error block after the target column, Mill's `[info]` and
// `[error]` after the task prefix; the STEP lines, the lifecycle's phase banners, Dagger's span
// rows and a test's `--- FAIL` text carry none. No family writes a host: a worker hostname label
// inside buildkitd's message, Earthly's `buildkitd` target and melange's arch= attribute are no
// host. Records: every line is a record of its own except buildkitd's error with its Go stack
// (the frames under ERRO) and Earthly's ERROR block (the indented lines under the same target);
// Mill tags every line of a compiler message again, so each is a record, as in sbt.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (pack's ERROR: line under --timestamps, melange's WARN and ERROR words,
// Dagger's DONE row, Mill's per-line error excerpt). Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still
// gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 90.0 %, time 90.0 %, host 90.0 %, records 87.5 %.
// That is the macro figure (micro: level 89.7 %, time 89.7 %, host 89.7 %, records 87.2 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is Earthly's console: every line after the first begins with
// the blank padding of the right-aligned target column and is joined to the first line as its
// continuation, so its four plain lines and its ERROR block open no record of their own.

var fresh773Cases = []worldCase{
	{
		name:   "podman-build-multistage-tty-elapsed-warn",
		source: "podman build on a terminal: logrus's `WARN[0000] missing \"SECRET\" build argument. Try adding \"--build-arg SECRET=<VALUE>\" to the command line` before buildah's `[1/2] STEP 1/5: FROM alpine AS builder` and `--> bd47ebbc3d04` lines: podman-container-tools/buildah issue #4981; the CLI's `Error: error building at STEP \"WORKDIR /\": …`: podman-container-tools/podman issue #8795",
		why:    "logrus's terminal tag carries seconds since start in brackets, no time of day; the `[1/2]` stage prefix is no time or level; the CLI's `Error:` prefix is the level",
		entries: []worldEntry{
			we("", Warn, "", `WARN[0000] missing "GOFLAGS" build argument. Try adding "--build-arg GOFLAGS=<VALUE>" to the command line`),
			we("", Unknown, "", "[1/2] STEP 1/4: FROM docker.io/library/golang:1.23 AS builder"),
			we("", Unknown, "", "--> 7c41e0a9b2d3"),
			we("", Unknown, "", "[1/2] STEP 4/4: RUN make -C /src release"),
			we("", Error, "", `Error: building at STEP "RUN make -C /src release": while running runtime: exit status 2`),
		},
	},
	{
		name:   "podman-build-ci-logrus-text-between-steps",
		source: "podman build without a terminal (a CI job): logrus's text formatter `time=\"2021-02-18T10:12:37Z\" level=warning msg=\"missing \\\"ROOT\\\" build argument. …\"`: podman-container-tools/podman issue #9422; the untimed `STEP 1/8: FROM …`, `Getting image source signatures`, `Copying blob … done` lines: podman-container-tools/buildah PR #1683",
		why:    "timed logrus lines with a level= key between untimed step and copy lines that are records of their own and must not take the warning's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:37Z", Warn, "", `time="2026-11-29T07:41:37Z" level=warning msg="missing \"ROOT\" build argument. Try adding \"--build-arg ROOT=<VALUE>\" to the command line"`),
			we("", Unknown, "", "STEP 1/6: FROM registry.example.org/base/ubi9-minimal:9.5"),
			we("", Unknown, "", "Getting image source signatures"),
			we("", Unknown, "", "Copying blob 5b1c9e7a20f4 done"),
			we("2026-11-29T07:42:05Z", Error, "", `time="2026-11-29T07:42:05Z" level=error msg="failed to remove intermediate container 3c9f1a7be204: container is still running"`),
		},
	},
	{
		name:   "buildkitd-foreground-debug-elapsed-stack",
		source: "buildkitd run in the foreground with --debug on a terminal: `DEBU[0000] auto snapshotter: overlayfs is not available for /tmp/buildkitd, trying fuse-overlayfs: …`: concourse/oci-build-task issue #50; `DEBU[0012] session finished: <nil>`, padded key=value fields and a Go error stack of `pkg.(*T).Func` / tab-indented `file.go:NN` frames: moby/buildkit issue #410; the `found worker \"…\", labels=map[…]` and `using host network as the default` messages: moby/moby PR #49543",
		why:    "the four-letter logrus tag with elapsed seconds and no time of day; a worker hostname label in the message is no host; the ERRO line's stack frames belong to it",
		entries: []worldEntry{
			we("", Debug, "", "DEBU[0000] auto snapshotter: overlayfs is not available for /var/lib/buildkit, trying fuse-overlayfs: failed to mount overlay: invalid argument "),
			we("", Info, "", `INFO[0000] found worker "q4v8m1x0zk2tr7hb9c3wefnpl", labels=map[org.mobyproject.buildkit.worker.executor:oci org.mobyproject.buildkit.worker.hostname:bk-runner-04 org.mobyproject.buildkit.worker.snapshotter:fuse-overlayfs], platforms=[linux/amd64 linux/386] `),
			we("", Warn, "", "WARN[0000] using host network as the default               "),
			we("", Error, "",
				`ERRO[0012] /moby.buildkit.v1.Control/Solve returned error: rpc error: code = Unknown desc = failed to compute cache key: "/app/go.sum" not found: not found`,
				"github.com/moby/buildkit/solver/llbsolver/ops.(*FileOp).Exec",
				"\t/src/solver/llbsolver/ops/file.go:252",
				"github.com/moby/buildkit/solver.(*sharedOp).Exec.func2",
				"\t/src/solver/jobs.go:981",
				"runtime.goexit",
				"\t/usr/local/go/src/runtime/asm_amd64.s:1700"),
			we("", Debug, "", "DEBU[0013] session finished: <nil>                           spanID=4f1c2e9a7b3d0e11 traceID=9a0b1c2d3e4f56708192a3b4c5d6e7f8"),
		},
	},
	{
		name:   "pack-build-timestamps-lifecycle",
		source: "pack build --timestamps (Go's log date and time with microseconds before every line, the lifecycle's `===> DETECTING` banners and buildpack list): buildpacks/pack PR #672 (its sample output) and issue #668; the `ERROR: failed to build: …` line under --timestamps from memory",
		why:    "a slashed date with microseconds and no zone before untagged lifecycle lines; only the ERROR: prefix marks a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.901382Z", Unknown, "", "2026/11/29 07:41:24.901382 Status: Image is up to date for paketobuildpacks/builder-jammy-base:latest"),
			we("2026-11-29T07:41:28.304662Z", Unknown, "", "2026/11/29 07:41:28.304662 ===> DETECTING"),
			we("2026-11-29T07:41:28.431745Z", Unknown, "", "2026/11/29 07:41:28.431745 paketo-buildpacks/go-dist     1.4.12"),
			we("2026-11-29T07:41:28.457743Z", Unknown, "", "2026/11/29 07:41:28.457743 ===> ANALYZING"),
			we("2026-11-29T07:41:52.118204Z", Error, "", "2026/11/29 07:41:52.118204 ERROR: failed to build: executing lifecycle: failed with status code: 51"),
		},
	},
	{
		name:   "melange-slog-default-handler",
		source: "melange build through slog's default handler (`2024/02/13 19:27:12 INFO melange is building: arch=aarch64`, `INFO   configuration file: …`, `INFO populating workspace … arch=aarch64`): chainguard-dev/melange PR #1025; the WARN and ERROR words from memory (slog's level names)",
		why:    "Go's log date without a zone, then slog's level word, then a message with trailing key=value attributes; the arch attribute is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "", "2026/11/29 07:41:12 INFO melange is building: arch=x86_64"),
			we("2026-11-29T07:41:12Z", Info, "", "2026/11/29 07:41:12 INFO   configuration file: ledger-tools.yaml arch=x86_64"),
			we("2026-11-29T07:41:13Z", Warn, "", "2026/11/29 07:41:13 WARN --cache-dir ./melange-cache/ not a dir; skipping arch=aarch64"),
			we("2026-11-29T07:41:14Z", Info, "", "2026/11/29 07:41:14 INFO populating workspace /tmp/melange-workspace-3318402771 from . arch=aarch64"),
			we("2026-11-29T07:43:50Z", Error, "", `2026/11/29 07:43:50 ERROR failed to build package: unable to run pipeline: exit status 2 arch=aarch64`),
		},
	},
	{
		name:   "earthly-target-column-error-block",
		source: "Earthly's console (the target right-aligned before ` | `: `           buildkitd | Found buildkit daemon as docker container (earthly-buildkitd)`, `+run | --> RUN ./hive`, and the `ERROR Earthfile line 24:2` block with `The command` / the command / `did not complete successfully. Exit code 1` indented under the same target): earthly/earthly issue #3991 and PR #3467; `+base | --> FROM …`: earthly/earthly issue #204",
		why:    "no time; the padded target column is no host; ERROR after the column opens an indented block of the same record",
		gap:    "every line led by Earthly's blank-padded, right-aligned target column and ` | ` is joined to the first (all eight lines become one record): the lines that start with the spaces of the column are taken as continuation, so no line after the first opens its own record and the ERROR block's level is never read",
		entries: []worldEntry{
			we("", Unknown, "", "           buildkitd | Found buildkit daemon as docker container (earthly-buildkitd)"),
			we("", Unknown, "", "               +base | --> FROM golang:1.23"),
			we("", Unknown, "", "                +run | --> RUN ./ledger-cli selftest"),
			we("", Unknown, "", "                +run | /bin/sh: 1: ./ledger-cli: not found"),
			we("", Error, "",
				"                +run | ERROR Earthfile line 31:2",
				"                +run |       The command",
				"                +run |           RUN ./ledger-cli selftest",
				"                +run |       did not complete successfully. Exit code 127"),
		},
	},
	{
		name:   "dagger-plain-progress-span-rows",
		source: "dagger --progress=plain (a span number padded to four, ` : `, the span name indented by depth, a child's output as `[1.2s] | …`): dagger/dagger issue #8259; the `DONE [0.3s]` row (the return type omitted): dagger/dagger PR #7474, its exact shape from memory",
		why:    "no time: the bracketed seconds are elapsed since the span started; the leading number is a span id, no pid or level; a test's FAIL text is no level",
		entries: []worldEntry{
			we("", Unknown, "", "1   : connect"),
			we("", Unknown, "", "2   :   starting engine"),
			we("", Unknown, "", "4   :       [1.4s] | v0.15.1: Pulling from engine"),
			we("", Unknown, "", "9   : [3.7s] | --- FAIL: TestLedgerBalance (0.00s)"),
			we("", Unknown, "", "1   : connect DONE [2.1s]"),
		},
	},
	{
		name:   "mill-task-prefix-sbt-tags",
		source: "Mill 0.12's console (`[build.mill-57/61] compile`, then `[build.mill-57] [info] compiling 1 Scala source to …` and `[build.mill-57] [error] /tmp/mill2/build.mill:6:6: value is is not a member of …` with the source excerpt tagged again): com-lihaoyi/mill issue #3834; the excerpt line's shape from memory",
		why:    "no time; a bracketed task prefix with a counter comes before the sbt-style level tag, and every tagged line is a line of its own",
		entries: []worldEntry{
			we("", Unknown, "", "[build.mill-57/61] compile"),
			we("", Info, "", "[build.mill-57] [info] compiling 1 Scala source to /work/ledger/out/mill-build/compile.dest/classes ..."),
			we("", Error, "", "[build.mill-57] [error] /work/ledger/build.mill:14:9: not found: value ivyDep"),
			we("", Error, "", `[build.mill-57] [error]     def ivyDeps = Agg(ivyDep"com.lihaoyi::upickle:4.0.2")`),
		},
	},
}

func TestFresh773Formats(t *testing.T) { assertTable(t, fresh773Cases) }
func TestFresh773Score(t *testing.T) {
	checkScore(t, "fresh773 formats", fresh773Cases, [worldNumFields]float64{89.9, 89.9, 89.9, 87.4})
}
