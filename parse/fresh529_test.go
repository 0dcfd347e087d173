package parse

import "testing"

// The five-hundred-and-twenty-ninth fresh table: CI/CD runners and build tools, another pass — CI
// runners and agents, build systems, package and artifact tools and deployment tools as their
// console output or log files show them, shapes no earlier table holds. Each family is one
// product's documented or observed output: Taskcluster generic-worker's live task log
// (`[taskcluster <ISO-Z>]`, `[taskcluster:warn <ISO-Z>]`, and `[taskcluster:error]` with no time);
// the payload lines of a Firefox CI task in the same log (run-task's `[task <ISO-Z>]` and `[vcs …]`
// prefixes, mozharness's `HH:MM:SS    LEVEL - msg` inside); gulp's console (`[HH:mm:ss]`, Starting,
// Finished, errored, a plugin error's Message block, an Error's stack); a LAVA test job's
// output.yaml (`- {"dt": …, "lvl": …, "msg": …}`); crane's push progress (Go's standard log stamp,
// then the stdout reference and cobra's `Error:`); Watchtower's logrus lines as `docker logs` shows
// them; NativeLink's tracing pretty format (two blanks, the time, the level, then `at` and `in`
// lines and a blank line); cosign's console output (progress lines, `WARNING:`, `Error:` and the
// `main.go:74:` line after it).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`buildkite`, `drone`, `woodpecker`, `concourse`, `tekton`, `argocd`,
// `argo cd`, `flux`, `spinnaker`, `gocd`, `go-agent`, `bamboo`, `teamcity`, `azure pipelines`,
// `Runner.Listener`, `Runner.Worker`, `bazel`, `buck2`, `buck`, `pants`, `gradle`, `sbt`, `maven`,
// `earthly`, `dagger`, `nix-build`, `nix build`, `poetry`, `npm`, `yarn`, `pnpm`, `cargo`,
// `homebrew`, `chocolatey`, `winget`, `ansible`, `terraform`, `pulumi`, `helm`, `helmfile`,
// `octopus`, `Tentacle`, `capistrano`, `jenkins`, `gitlab-runner`, `packer`, `vagrant`,
// `skaffold`, `tilt`, `werf`, `circleci`, `travis`, `appveyor`, `keptn`, `ccache`, `sccache`,
// `distcc`, `icecc`, `iceccd`, `icecream`, `msbuild`, `cmake`, `ninja`, `meson`, `buildbot`,
// `twistd`, `zuul`, `koji`, `mock`, `open build service`, `obs-worker`, `bitbucket`, `conda`,
// `puppet`, `chef`, `salt`, `juju`, `artifactory`, `nexus`, `renovate`, `dependabot`,
// `flatpak-builder`, `Committing stage`, `Building module`, `bitbake`, `NOTE: Running task`,
// `sbuild`, `pbuilder`, `spack`, `emerge`, `poudriere`, `kaniko`, `buildah`, `buildkit`, `#5 [`,
// `fastlane`, `xcodebuild`, `act_runner`, `gitea act`, `forgejo`, `bitrise`, `activate-ssh-key`,
// `codemagic`, `cirrus`, `cirrus-cli`, `codefresh`, `screwdriver`, `strider`, `abstruse`,
// `agola`, `sourcehut`, `sr.ht`, `builds.sr.ht`, `Booting image`, `jenkins-x`, `spacelift`,
// `env0`, `kargo`, `leiningen`, `rebar3`, `===> Compiling`, `scons: Reading`, `psake`, `xmake`,
// `premake`, `nx run`, `pkg_add`, `autoreconf`, `make[1]`, `Entering directory`, `make: ***`,
// `kamal`, `mrsk`, `colmena`, `snapcraft`, `xbps`, `guix`, `goreleaser`, `YN0000`, `Collecting `,
// `[CORE]`, `Notice: /Stage`, `[salt.`, `machine-0:`, `PACKER_LOG`, `VAGRANT_LOG`, `TF_LOG`,
// `sshkit`, `rundeck`, `buildbarn`, `nativelink`, `RunningActionImpl`, `    in nativelink`,
// `taskcluster`, `[taskcluster`, `generic-worker`, `[task 20`, `[vcs 20`, `[fetches`,
// `     INFO - `, `  WARNING - `, `mozharness`, `run-task`, `gulp`, `Using gulpfile`,
// `Finished '`, `Starting '`, `errored after`, `lava`, `lava-dispatcher`, `lava_dispatcher`,
// `Linaro`, `"lvl"`, `lvl: `, `crane`, `go-containerregistry`, `ggcr`, `pushed blob`,
// `mounted blob`, `existing blob`, `watchtower`, `containrrr`, `No new images found`,
// `Found new`, `cosign`, `sigstore`, `rekor`, `tlog entry`, `Generating ephemeral keys`,
// `error during command execution`). None of Taskcluster, mozharness's run-task lines, gulp,
// LAVA, crane, Watchtower, NativeLink or cosign is in any table (`lava` matches only OpenLava and
// MelonLoader's LavaGang, `Found new` and `errored after` other products' messages — Packer's —
// and `"lvl"` and `lvl: ` other loggers' keys). Left out as measured already: Buildkite, Drone,
// Woodpecker, Concourse, Tekton, Argo CD, Flux, Spinnaker, GoCD, Bamboo, TeamCity, the Azure
// Pipelines and GitHub Actions runners, GitLab Runner, Jenkins, Bazel, Gradle, Maven, sbt, Cargo,
// npm, Yarn, pnpm, Poetry, Earthly, Dagger, Nix, Homebrew, Chocolatey, winget, Ansible, Terraform,
// Pulumi, Helm, Octopus Tentacle, Capistrano, Kamal, Packer, Vagrant, Skaffold, Tilt, Werf,
// CircleCI, Travis, AppVeyor, Bitrise, Codemagic, Cirrus, act_runner, ccache, sccache, distcc,
// icecc, MSBuild, CMake, Ninja, Meson, Buildbot, Zuul, Koji, mock, OBS, conda, Puppet, Chef, Salt,
// Juju, Artifactory, Nexus, Renovate, Dependabot, BitBake and Yocto, sbuild, pbuilder, Spack,
// Portage's emerge, poudriere, kaniko, Buildah, BuildKit, fastlane, xcodebuild, GoReleaser,
// Flatpak's history and verbose output. Left out as not confirmed by any search or carrying no
// time, level or boundary to read: builds.sr.ht's job log, iceccd's log, flatpak-builder's module
// banners, rebar3's `===>` lines, helmfile's output, Kargo. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Taskcluster's and run-task's stamps end in Z; `[taskcluster:error]` lines
// carry no time, so they have none of their own. Mozharness's time of day inside a run-task line is
// the same second as run-task's stamp: either is accepted. Gulp's `[HH:mm:ss]` has no date: it is
// on the clock's day. LAVA's dt is datetime.utcnow().isoformat() with no zone (UTC by the rules);
// crane's Go log stamp has no zone either (read as UTC); Watchtower's carries +01:00 and is
// converted. Crane's stdout reference line, cobra's `Error:` lines and every cosign line carry no
// time. Levels only where the line marks one: Taskcluster's `:warn` and `:error` tags, mozharness's
// INFO WARNING ERROR CRITICAL, LAVA's lvl (info, debug, warning, error; `target` and `results` are
// kinds of line, no severity), Watchtower's level key, NativeLink's INFO WARN ERROR, cobra's and
// cosign's `Error:` and `WARNING:` at the start of a line; gulp's lines (fancy-log prints errors in
// the same shape as the rest), crane's progress lines and cosign's progress lines carry none. The
// host is the record's host field, and none of these families has one: Taskcluster's Worker ID and
// Worker Group, the U-Boot board's prompt in a LAVA message, Watchtower's container names, the
// registry in crane's and cosign's references and NativeLink's worker name are no hosts. A record
// that spans lines is one entry: a gulp plugin error with its Message and Details block, an Error
// with its stack, a NativeLink event with its `at` and `in` lines and the blank line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm part of a layout the source says "from memory". Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 81.2 %, time 96.1 %, host 96.1 %, records 92.3 %.
// That is the macro figure (micro: level 79.2 %, time 95.8 %, host 95.8 %, records 91.7 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Taskcluster's `:warn` tag, which trawl does not read as a
// level, and its time-less `[taskcluster:error]` line, which it joins to the record before; the word
// Error at the start of a gulp message, which trawl reads as a level fancy-log never wrote; LAVA's
// quoted `"lvl"` key, which trawl does not read; and crane's stdout reference line, which trawl joins
// to the digest line before it.

var fresh529Cases = []worldCase{
	{
		name:   "taskcluster-generic-worker-live-log",
		source: "Taskcluster generic-worker's task log (public/logs/live_backing.log): TaskRun.Info writes `[taskcluster <tcclient.Time>] msg` (an ISO time with milliseconds and Z), Warn `[taskcluster:warn <time>] msg`, Error `[taskcluster:error] msg` with no time: taskcluster/taskcluster workers/generic-worker main.go (TaskRun.Info/Warn/Error/Log) and its TestLogFormat, the Task ID/Worker ID/Worker Group/Worker Node Type header lines in taskcluster-cli's log test and ActiveData's process_tc_live_backing_log docstring, treeherder fixtures quoting `[taskcluster:error] exit status 1` (found with find_string); the header and finish lines' wording from memory",
		why:    "an ISO time in Z inside a bracket after the word taskcluster; `:warn` glued to the tag is the level; `[taskcluster:error]` carries a level and no time, so it has none of its own; Worker ID and Worker Group are message values, no host",
		gap:    "trawl reads no level from the `:warn` glued to the tag in `[taskcluster:warn <time>]`, and it joins a `[taskcluster:error] msg` line, which has a level and no time, to the record before it instead of reading it as an Error record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[taskcluster 2026-11-29T07:41:16.204Z] Task ID: Qm3x8ZkTR9e2bV1cYw7pLg"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[taskcluster 2026-11-29T07:41:16.205Z] Worker Group: us-central1-b"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[taskcluster 2026-11-29T07:41:16.205Z] Worker ID: 4419021187530219911"),
			we("2026-11-29T07:41:16.206Z", Unknown, "", "[taskcluster 2026-11-29T07:41:16.206Z] === Task Starting ==="),
			we("2026-11-29T07:41:17.880Z", Warn, "", "[taskcluster:warn 2026-11-29T07:41:17.880Z] Mount cache harbour-level-3-checkouts-v2 was purged: its content was not writable by task user task_1795930876"),
			we("2026-11-29T07:49:02.113Z", Unknown, "", "[taskcluster 2026-11-29T07:49:02.113Z] === Task Finished ==="),
			we("", Error, "", "[taskcluster:error] exit status 2"),
		},
	},
	{
		name:   "taskcluster-run-task-mozharness",
		source: "a Firefox CI task's payload lines in the same live log: run-task's print_line prefixes each line `[<prefix> <utcnow isoformat to milliseconds>Z] ` (prefixes task, vcs, fetches), and mozharness inside writes `HH:MM:SS %(levelname)8s - msg`: mozilla ci-admin run-task.py print_line (found with find_string), treeherder's log-viewer fixtures (`[task 2026-…] 09:17:05     INFO - ConsoleLogger online`); mozharness's level padding for the other levels from memory",
		why:    "the run-task prefix and its ISO time, then mozharness's own time of day of the same second (either accepted) and its level right-aligned to eight before ` - `; a line without mozharness has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.402Z", Unknown, "", "[vcs 2026-11-29T07:41:18.402Z] ensuring https://hg.example.org/harbour-unified@4d1e9a0c7b22 is available at /builds/worker/checkouts/gecko"),
			we("2026-11-29T07:41:40.117Z", Unknown, "", "[task 2026-11-29T07:41:40.117Z] executing ['/builds/worker/bin/test-linux.sh', '--installer-url=https://artifacts.example.org/target.tar.xz']"),
			we("2026-11-29T07:41:52.310Z|2026-11-29T07:41:52Z", Info, "", "[task 2026-11-29T07:41:52.310Z] 07:41:52     INFO - Using python: /usr/bin/python3.11"),
			we("2026-11-29T07:42:10.004Z|2026-11-29T07:42:10Z", Warn, "", "[task 2026-11-29T07:42:10.004Z] 07:42:10  WARNING - tooltool fetch retried (2/5): connection reset by peer"),
			we("2026-11-29T07:48:59.771Z|2026-11-29T07:48:59Z", Error, "", "[task 2026-11-29T07:48:59.771Z] 07:48:59    ERROR - Return code: 2"),
			we("2026-11-29T07:49:00.012Z|2026-11-29T07:49:00Z", Critical, "", "[task 2026-11-29T07:49:00.012Z] 07:49:00 CRITICAL - # TBPL FAILURE #"),
		},
	},
	{
		name:   "gulp-cli-time-of-day",
		source: "gulp 4/5 on a terminal or in a CI job (gulp-cli through fancy-log: `[HH:mm:ss] msg`, `Using gulpfile …`, `Starting 'task'...`, `Finished 'task' after 38 ms`, `'task' errored after 1.93 s`, then the error: a plugin's `Error in plugin 'name'` with its `Message:` block, or an Error with its stack): READMEs and blog posts pasting gulp output (found with find_string: `Finished 'build' after`, `' errored after `, `[18:39:45] Error in plugin 'gulp-istanbul'` with `Message:`, `[16:58:14] Error: Cannot find module 'through2'` with its `    at …` frames)",
		why:    "a time of day in brackets and no date (the clock's day); no level word anywhere (fancy-log prints errors in the same shape); a plugin error's Message block and an Error's stack belong to the line above them",
		gap:    "trawl reads a level Error from the word Error that begins the message after gulp's bracketed time of day (`Error in plugin 'gulp-terser'`, `Error: Cannot find module …`), which fancy-log does not mark with any level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Using gulpfile ~/ci/shopfront/gulpfile.js"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Starting 'build'..."),
			we("2026-11-29T07:41:19Z", Unknown, "", "[07:41:19] Finished 'styles' after 2.61 s"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[07:41:21] 'scripts' errored after 1.93 s"),
			we("2026-11-29T07:41:21Z", Unknown, "",
				"[07:41:21] Error in plugin 'gulp-terser'",
				"Message:",
				"    Unexpected token: punc (})",
				"Details:",
				"    filename: checkout.js",
				"    line: 214"),
			we("2026-11-29T07:41:22Z", Unknown, "",
				"[07:41:22] Error: Cannot find module 'postcss-preset-env'",
				"    at Function.Module._resolveFilename (node:internal/modules/cjs/loader:1140:15)",
				"    at Function.Module._load (node:internal/modules/cjs/loader:981:27)",
				"    at Module.require (node:internal/modules/cjs/loader:1231:19)"),
		},
	},
	{
		name:   "lava-dispatcher-output-yaml",
		source: "a LAVA test job's log as lava-server stores and serves it (output.yaml, one `- {\"dt\": …, \"lvl\": …, \"msg\": …}` a line: YAMLLogger.log_message builds dt from datetime.utcnow().isoformat() (no zone, microseconds) and lvl from the call (debug, info, warning, error, exception, results, target, input, feedback, event), dump() writes a one-line YAML flow mapping with default_style '\"', YAMLListFormatter prefixes `- `): Linaro/lava lava_common/log.py",
		why:    "a zone-less ISO time with microseconds in a quoted dt field (UTC by the rules); the lvl field is the level, and `results` or `target` are kinds, no severity; a U-Boot banner's own date inside msg is not the record's time",
		gap:    "trawl reads no level from LAVA's quoted `\"lvl\"` key in the one-line YAML flow mapping behind the list dash (`- {\"dt\": …, \"lvl\": \"info\", …}`): the info, debug, warning and error records come out with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", `- {"dt": "2026-11-29T07:41:16.204117", "lvl": "info", "msg": "lava-dispatcher, installed at version: 2026.10"}`),
			we("2026-11-29T07:41:16.211930Z", Info, "", `- {"dt": "2026-11-29T07:41:16.211930", "lvl": "info", "msg": "start: 0 validate"}`),
			we("2026-11-29T07:41:16.235402Z", Debug, "", `- {"dt": "2026-11-29T07:41:16.235402", "lvl": "debug", "msg": "validate duration: 0.02"}`),
			we("2026-11-29T07:41:48.590311Z", Unknown, "", `- {"dt": "2026-11-29T07:41:48.590311", "lvl": "target", "msg": "U-Boot 2026.07 (Nov 20 2026 - 10:12:33 +0000)"}`),
			we("2026-11-29T07:44:02.118745Z", Warn, "", `- {"dt": "2026-11-29T07:44:02.118745", "lvl": "warning", "msg": "Unable to find a prompt matching 'root@imx8mp-evk:~#' yet, still waiting"}`),
			we("2026-11-29T07:45:48.002911Z", Error, "", `- {"dt": "2026-11-29T07:45:48.002911", "lvl": "error", "msg": "auto-login-action timed out after 226 seconds"}`),
			we("2026-11-29T07:45:48.004150Z", Unknown, "", `- {"dt": "2026-11-29T07:45:48.004150", "lvl": "results", "msg": {"case": "auto-login-action", "definition": "lava", "result": "fail"}}`),
		},
	},
	{
		name:   "crane-push-progress",
		source: "crane (go-containerregistry) push and copy on a terminal: pkg/logs' Progress and Warn loggers (log.New with LstdFlags, set to stderr in cmd/crane/main.go) write `yyyy/MM/dd HH:mm:ss existing blob: sha256:…`, `pushed blob: …`, `mounted blob: …` and `ref: digest: sha256:… size: N`; push then prints the pushed reference to stdout; a failure is cobra's `Error: …` from Root.Execute: google/go-containerregistry cmd/crane/main.go, issues #165, #1820, PRs #120, #523 and #1860 (pasted output)",
		why:    "Go's standard log stamp (a slashed date, zone-less, UTC by the rules) and no level; the stdout reference line and cobra's `Error:` line carry no time; a digest is no time",
		gap:    "trawl joins the pushed reference crane prints to stdout with no time of its own (`registry…/api@sha256:…`) to the `ref: digest: sha256:… size: N` progress line before it, instead of reading it as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 existing blob: sha256:3b1f0c9d7e2a4f6b8c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 mounted blob: sha256:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 pushed blob: sha256:5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 registry.example.org/harbour/api:1.4.2: digest: sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0 size: 1578"),
			we("", Unknown, "", "registry.example.org/harbour/api@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"),
			we("", Error, "", "Error: PUT https://registry.example.org/v2/harbour/worker/manifests/1.4.2: UNAUTHORIZED: authentication required; [map[Action:push Class: Name:harbour/worker Type:repository]]"),
		},
	},
	{
		name:   "watchtower-logrus-docker-logs",
		source: "Watchtower (containrrr/watchtower) as `docker logs watchtower` shows it (logrus's text formatter without a terminal: `time=\"…+01:00\" level=info msg=\"…\"`, the session summary's fields after msg): containrrr/watchtower issue #643 (a pasted debug log); the start-up and update messages' wording from memory",
		why:    "a quoted RFC 3339 time with an offset (+01:00); the level key; the scheduled first run's own date and zone inside msg are not the record's time; container names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Watchtower 1.7.1"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Scheduling first run: 2026-11-30 04:00:00 +0100 CET"`),
			we("2026-11-29T07:46:03Z", Debug, "", `time="2026-11-29T08:46:03+01:00" level=debug msg="No new images found for /shop-web"`),
			we("2026-11-29T07:46:05Z", Info, "", `time="2026-11-29T08:46:05+01:00" level=info msg="Found new ghcr.io/example/shop-api:stable image (5c1e0f2a9b7d)"`),
			we("2026-11-29T07:46:21Z", Error, "", `time="2026-11-29T08:46:21+01:00" level=error msg="Unable to update container \"/shop-worker\": Error response from daemon: No such image: ghcr.io/example/shop-worker:stable. Proceeding to next."`),
			we("2026-11-29T07:46:22Z", Info, "", `time="2026-11-29T08:46:22+01:00" level=info msg="Session done" Failed=1 Scanned=4 Updated=1 notify=no`),
		},
	},
	{
		name:   "nativelink-tracing-pretty",
		source: "NativeLink (remote build execution for Bazel and Buck2) on a terminal: tracing-subscriber's pretty format (two blanks, an RFC 3339 time with microseconds and Z, the level, `target: message, fields`, then `    at file:line` and `    in span with fields` lines, a blank line after each event): TraceMachina/nativelink issue #2115 (a pasted worker log), issue #615",
		why:    "the record's first line starts with two blanks; the `at` and `in` lines and the blank line belong to the event above them; the worker's name in a span field is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "",
				"  2026-11-29T07:41:16.204117Z  INFO nativelink: Ready, listening on 0.0.0.0:50051",
				"    at nativelink/src/bin/nativelink.rs:412",
				"    in nativelink::server with name: \"cas_and_scheduler\"",
				""),
			we("2026-11-29T07:41:17.550931Z", Warn, "",
				"  2026-11-29T07:41:17.550931Z  WARN nativelink_worker::local_worker: Failed to connect to scheduler, retrying in 1s, err: Error { code: Unavailable, messages: [\"tcp connect error: Connection refused (os error 111)\"] }",
				"    at nativelink-worker/src/local_worker.rs:688",
				"    in nativelink_worker::local_worker::run",
				"    in nativelink::worker with name: \"worker_0\"",
				""),
			we("2026-11-29T07:44:02.913305Z", Error, "",
				"  2026-11-29T07:44:02.913305Z ERROR nativelink_worker::running_actions_manager: Action exceeded its timeout, killing process, operation_id: 1f0c3d9e-7a2b-4c51-9e8d-6b4a2f1e0c77",
				"    at nativelink-worker/src/running_actions_manager.rs:1102",
				"    in nativelink_worker::local_worker::worker_start_action",
				"    in nativelink::worker with name: \"worker_0\"",
				""),
		},
	},
	{
		name:   "cosign-cli-output",
		source: "cosign 2.x on a terminal or in a CI job: sign's progress lines (`Generating ephemeral keys...`, `Retrieving signed certificate...`, `tlog entry created with index: N`, `Pushing signature to: ref`), and a failed command's cobra `Error: …` followed by main.go's log.Fatalf with Lshortfile (`main.go:74: error during command execution: …`): sigstore/cosign PRs #841 and #1045, sigstore/sigstore-website issue #80, kubernetes-sigs/cluster-api PR #10428, goreleaser/goreleaser-action issue #559 (pasted output); the `WARNING: Image reference … uses a tag` line's wording from memory",
		why:    "no times at all; `Error:` and `WARNING:` at the start of a line are the levels; `main.go:74:` is a file and line, no time; the error and its main.go line are two records",
		entries: []worldEntry{
			we("", Warn, "", "WARNING: Image reference registry.example.org/harbour/api:1.4.2 uses a tag, not a digest, to identify the image to sign."),
			we("", Unknown, "", "Generating ephemeral keys..."),
			we("", Unknown, "", "Retrieving signed certificate..."),
			we("", Unknown, "", "tlog entry created with index: 918273645"),
			we("", Unknown, "", "Pushing signature to: registry.example.org/harbour/api"),
			we("", Error, "", "Error: no matching signatures: invalid signature when validating ASN.1 encoded signature"),
			we("", Unknown, "", "main.go:74: error during command execution: no matching signatures: invalid signature when validating ASN.1 encoded signature"),
		},
	},
}

func TestFresh529Formats(t *testing.T) { assertTable(t, fresh529Cases) }
func TestFresh529Score(t *testing.T) {
	checkScore(t, "fresh529 formats", fresh529Cases, [worldNumFields]float64{81.1, 96.0, 96.0, 92.2})
}
