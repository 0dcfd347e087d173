package parse

import "testing"

// The four-hundred-and-ninety-fifth fresh table: CI/CD runners and build tools, a further pass (CI
// agents and runners, build systems, package managers and deploy tools' logs as written to files or
// consoles), shapes no earlier table holds. Each family is one product's documented or observed
// output: semantic-release in a CI job (signale's `[h:mm:ss AM] [scope] › glyph  msg`); the
// Dependabot updater's console (`updater | yyyy/MM/dd HH:mm:ss LEVEL <job_id> msg`, the proxy's
// right-aligned `  proxy | …` lines and the Results table); Netlify's deploy log (`h:mm:ss AM: msg`);
// Cloudflare Pages' build log (an ISO-Z stamp and a tab); Vercel's deployment build log (a time of
// day with milliseconds, two blanks and a tab, the builder's `WARN!`); Koji's kojid.log (Python
// logging with a bracketed level and a TRACEBACK under a WARNING); Fedora's mock on a terminal
// (`INFO:`, `WARNING:`, `ERROR:` and the unlevelled `Start:`/`Finish:` lines, no time); Debian's
// pbuilder (`I:`, `W:`, `E:`, no time).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`gitlab-runner`, `buildkite`, `teamcity`, `drone`, `woodpecker`,
// `concourse`, `gocd`, `go-agent`, `bamboo`, `Runner_`, `Worker_`, `actions/runner`, `##[group]`,
// `bazel`, `gradle`, `maven`, `[INFO] BUILD`, `sbt`, `npm`, `yarn`, `YN0000`, `YN0`, `pip`, `pip-`,
// `Created temporary directory`, `apt`, `Start-Date`, `dpkg`, `dnf`, `yum`, `pacman`, `ALPM`,
// `zypper`, `homebrew`, `chocolatey`, `ansible`, `p=`, `terraform`, `packer`, `capistrano`,
// `sshkit`, `octopus`, `tentacle`, `argocd`, `spinnaker`, `flux`, `helm`, `tekton`, `buildah`,
// `kaniko`, `buildkit`, `circleci`, `harness`, `delegate`, `artifactory`, `nexus`, `sonarqube`,
// `puppet`, `chef`, `salt`, `cloud-init`, `rundeck`, `bitbucket`, `msbuild`, `fastlane`, `jenkins`,
// `Jenkinsfile`, `travis`, `act_runner`, `gitea`, `nektos`, `renovate`, `dependabot`, `updater |`,
// `proxy |`, `job_`, `semaphore`, `buildbot`, `zuul`, `gerrit`, `cirrus`, `earthly`, `dagger`,
// `skaffold`, `tilt`, `waypoint`, `conda`, `mamba`, `pixi`, `poetry`, `uv `, `rye`, `pdm`, `hatch`,
// `composer`, `nuget`, `vcpkg`, `conan`, `kamal`, `deployer`, `pulumi`, `nix`, `nixpacks`, `cmake`,
// `ninja`, `cargo`, `xcodebuild`, `ccache`, `sccache`, `distcc`, `icecc`, `pnpm`, `bun `, `deno`,
// `mix `, `rebar`, `cabal`, `stack`, `opam`, `cpan`, `gem `, `bundler`, `vagrant`, `werf`, `garden`,
// `jfrog`, `cloudbuild`, `codebuild`, `codedeploy`, `azure pipelines`, `vsts`, `agent.listener`,
// `Runner.Listener`, `Runner.Worker`, `AgentProcess`, `Z INFO `, `pants`, `pantsd`,
// `[INFO] Initializing`, `please.build`, `please`, `plz`, `winget`, `[CORE]`, `MSI (s)`,
// `squirrel`, `Program: Starting`, `inno setup`, `Log opened`, `verdaccio`, `aptly`, `goreleaser`,
// `semantic-release`, `[semantic-release]`, `signale`, `lerna`, `atlantis`, `terragrunt`,
// `[terragrunt]`, `turbo`, `nx `, `spack`, `==> Installing`, `buck`, `meson`, `scons`, `bitrise`,
// `codemagic`, `appveyor`, `hydra`, `hydra-`, `cachix`, `jib`, `liquibase`, `flyway`, `mina`,
// `fabric`, `changesets`, `pulp`, `devpi`, `snapd`, `packagekit`, `flatpak`, `scoop`, `sparkle`,
// `mise`, `asdf`, `rustup`, `sdkman`, `nvm`, `netlify`, `Build ready to start`, `Site is live`,
// `Build script completed`, `vercel`, `Running build in`, `cloudflare pages`, `Cloning repository`,
// `Deploying to Cloudflare`, `Success: Assets published`, `Installing dependencies`, `wrangler`,
// `kapp`, `applying`, `CREATE_IN_PROGRESS`, `cdk`, `eb-engine`, `Executing instruction`,
// `elastic beanstalk`, `beanstalk`, `emerge`, `>>> emerge`, `cfengine`, `cf-agent`, `devspace`,
// `render.com`, `flyctl`, `railway`, `heroku`, `dokku`, `caprover`, `coolify`, `kudu`, `cake`,
// `nuke`, `gitpod`, `codespaces`, `devcontainer`, `firebase`, `expo`, `eas build`, `xcode cloud`,
// `keptn`, `copilot`, `sam cli`, `samcli`, `serverless`, `sls `, `amplify`, `Starting phase`,
// `App Platform`, `oryx`, `koji`, `kojid`, `TaskManager`, `mock.py`, `Start: init plugins`,
// `pbuilder`, `cowbuilder`, `debootstrap`, `I: Retrieving`, `"I: `, `"E: `, `bitbake`,
// `NOTE: Executing`, `do_compile`, `obs build`, `open build service`, `sbuild`, `laminar`,
// `onedev`). None of semantic-release, Dependabot's updater, Netlify's deploy log, Cloudflare
// Pages' build log, Koji, mock or pbuilder is in any table; `vercel` is fresh184's `vercel logs`
// request table and fresh40's `next dev`, not the deployment build log; `netlify` is only a word of
// fresh345's grep list; `signale` is Nginx Proxy Manager's and others' lines with a label word after
// the glyph; `TaskManager` is other products' class; `pbuilder` matches only inside
// `PolicyMgrUserGroupBuilder`; `"I: ` and `"E: ` are MMDVM's letters with a date after them;
// `debootstrap` is a grep word and a Ganeti OS name. Left out as measured already: GitLab Runner,
// Buildkite, TeamCity, Drone, Woodpecker, the Forgejo runner and act_runner, Concourse, GoCD,
// Bamboo, the Azure Pipelines and GitHub Actions runners' _diag logs, Jenkins, Bazel, Gradle, Maven,
// sbt, Pants, npm, Yarn 1, pip, apt, dpkg, dnf, yum, pacman, zypper, Homebrew, Chocolatey, Portage's
// emerge.log, Ansible, Terraform, Terragrunt, Atlantis, Packer, Capistrano and SSHKit, Octopus, Argo
// CD, Flux, Helm, Tekton, Kaniko, BuildKit, Renovate, Verdaccio, GoReleaser, Lerna, Squirrel, Inno
// Setup, MSI, Elastic Beanstalk's eb-engine, CodeDeploy, Fastlane, Bitrise and BitBake. Left out
// without a search: Yarn 2+'s `➤ YN0000:` lines, Earthly, Dagger, vcpkg and Poetry, whose consoles
// as remembered carry neither a time nor a level. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). semantic-release's and Netlify's 12-hour times of day, and Vercel's time of
// day with milliseconds, have no date: they are on the clock's day, and with no zone read as UTC.
// Dependabot's slashed dates and Koji's comma-millisecond stamps are zone-less and read as UTC; the
// guest's logrus time and Cloudflare Pages' stamps end in Z. mock's and pbuilder's lines carry no
// time at all. Levels only where the line marks one: signale's glyph (ℹ Info, ✔ success Info as
// fresh361 reads it, ⚠ Warn, ✖ Error); Dependabot's INFO and ERROR after the time and the guest's
// level=info; Vercel's builder `WARN!`; Koji's bracketed DEBUG INFO WARNING ERROR; mock's INFO,
// WARNING and ERROR before a colon; pbuilder's letters I, W, E. Netlify's `Failed during stage`,
// Cloudflare's `Success:` and `Failed:`, the proxy's request lines and mock's `Start:` and
// `Finish:` carry none. No record names its host: container names (`updater`, `proxy`), registries,
// repositories' hosts, Vercel's region and Koji's builder are no host fields. A record that spans
// lines is one entry: Dependabot's `INFO Results:` with its table, Koji's TRACEBACK with the Python
// traceback, mock's `ERROR: Command failed:` with the command on the line under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a detail the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 82.1 %, time 94.6 %, host 94.6 %, records 91.1 %.
// That is the macro figure (micro: level 81.8 %, time 93.2 %, host 93.2 %, records 88.6 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are semantic-release's signale glyph with no label word, which
// trawl does not read as a level, and Dependabot's right-aligned `  proxy | …` lines, which trawl
// joins to the `updater |` record above them.

var fresh495Cases = []worldCase{
	{
		name:   "semantic-release-signale-clock",
		gap:    "the signale glyph after `›` (ℹ, ✔, ⚠, ✖ with no label word after it) is not read as the level: every record comes out Unknown",
		source: "semantic-release's console in a CI job (signale with its timestamp and no label: `[h:mm:ss AM] [semantic-release] [plugin] › glyph  msg`, ℹ info, ✔ success, ⚠ warn, ✖ error): semantic-release/semantic-release issue #1943, semantic-release/git issue #255; the ⚠ and ✖ lines' wording from memory",
		why:    "a 12-hour time of day with AM and no date in a bracket (the clock's day); the scope and plugin in brackets are no host; the signale glyph after `›` is the level (✔ success read as Info, as fresh361 reads it)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[7:41:16 AM] [semantic-release] › ℹ  Running semantic-release version 24.2.3"),
			we("2026-11-29T07:41:16Z", Info, "", `[7:41:16 AM] [semantic-release] › ✔  Loaded plugin "verifyConditions" from "@semantic-release/gitlab"`),
			we("2026-11-29T07:41:18Z", Warn, "", "[7:41:18 AM] [semantic-release] › ⚠  Run automated release from branch main on repository https://gitlab.tidewatch.example/web/harbour-ui in dry-run mode"),
			we("2026-11-29T07:41:19Z", Info, "", "[7:41:19 AM] [semantic-release] [@semantic-release/commit-analyzer] › ℹ  Analyzing commit: fix(tides): round the low-water mark to the minute"),
			we("2026-11-29T07:41:21Z", Error, "", "[7:41:21 AM] [semantic-release] › ✖  An error occurred while running semantic-release: Error: Command failed with exit code 128: git push --tags origin main"),
		},
	},
	{
		name:   "dependabot-updater-proxy-console",
		source: "the Dependabot updater's console as dependabot-action and the Dependabot CLI print it (container name right-aligned before a bar: `updater | yyyy/MM/dd HH:mm:ss LEVEL <job_id> msg`, `  proxy | yyyy/MM/dd HH:mm:ss [req] METHOD url`, the guest's logrus line, and `INFO Results:` with its table on unprefixed lines): dependabot/dependabot-core issues #11234, #10447 and #11266",
		why:    "a slashed date after the `updater |` or `proxy |` container name; the level word after the time; the logrus line's quoted time and level=info; the proxy's request number and registry are no level and no host; the Results table is one record with its heading line",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", `updater | time="2026-11-29T07:41:15Z" level=info msg="guest starting" commit=5e1d07a9c4f2b83e6a0d91c7f4b2e8a3d6c05f17`),
			we("2026-11-29T07:41:15Z", Unknown, "", "  proxy | 2026/11/29 07:41:15 proxy starting, commit: 0b9f3c2e7a61d4f85c2e9b7a1d3f6c8e4a2b5d90"),
			we("2026-11-29T07:41:21Z", Info, "", "updater | 2026/11/29 07:41:21 INFO <job_1186203457> Starting job processing"),
			we("2026-11-29T07:41:24Z", Unknown, "", "  proxy | 2026/11/29 07:41:24 [014] GET https://registry.npmjs.org/@tidewatch%2fchart-kit"),
			we("2026-11-29T07:41:24Z", Unknown, "", "  proxy | 2026/11/29 07:41:24 [014] 200 https://registry.npmjs.org/@tidewatch%2fchart-kit"),
			we("2026-11-29T07:41:40Z", Error, "", "updater | 2026/11/29 07:41:40 ERROR <job_1186203457> Error processing @tidewatch/chart-kit (Dependabot::DependencyFileNotResolvable)"),
			we("2026-11-29T07:41:42Z", Info, "",
				"updater | 2026/11/29 07:41:42 INFO Results:",
				"+------------------------------------------------------+",
				"|          Changes to Dependabot Pull Requests         |",
				"+---------+--------------------------------------------+",
				"| created | date-fns ( from 4.1.0 to 4.2.1 )           |",
				"+---------+--------------------------------------------+"),
		},
	},
	{
		name:   "netlify-deploy-log-clock",
		source: "Netlify's deploy log as copied from the dashboard (`h:mm:ss AM: msg`, the buildbot's lines from `Build ready to start` to `Site is live`): README and tutorial pages in public repositories found with find_string (`AM: Build ready to start`, with `build-image version:`, `buildbot version:`, `Fetching cached dependencies`)",
		why:    "a 12-hour time of day with AM and a colon after it, no date (the clock's day); `Failed during stage` and `Site is live` are message words, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "7:41:16 AM: Build ready to start"),
			we("2026-11-29T07:41:18Z", Unknown, "", "7:41:18 AM: build-image version: 8c2e4a17f93b0d6e5a1c7f24b9d08e3a6f5c1b72 (noble)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "7:41:18 AM: buildbot version: 2f6a9d1c48e07b3f5a2c9e6d1b4f8a07c3e5d926"),
			we("2026-11-29T07:41:19Z", Unknown, "", "7:41:19 AM: Fetching cached dependencies"),
			we("2026-11-29T07:42:03Z", Unknown, "", `7:42:03 AM: Failed during stage "building site": Build script returned non-zero exit code: 2`),
		},
	},
	{
		name:   "cloudflare-pages-build-log-iso",
		source: "Cloudflare Pages' build log as downloaded from the dashboard (`yyyy-MM-ddTHH:mm:ss.ffffffZ<TAB>msg`, trailing zeros of the fraction dropped, empty lines kept with their stamp): nicokaiser/hugo-theme-gallery issue #76, ling-drag0n/CloudPaste issue #148; the dashboard's time-of-day copy in withastro/astro issue #12236",
		why:    "an ISO time in Z with up to six fractional digits and a tab after it; `Success:` and `Failed:` are the build's words, no level; the repository's host in `From https://…` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.214309Z", Unknown, "", "2026-11-29T07:41:16.214309Z\tCloning repository..."),
			we("2026-11-29T07:41:16.90231Z", Unknown, "", "2026-11-29T07:41:16.90231Z\tFrom https://github.com/tidewatch/harbour-site"),
			we("2026-11-29T07:41:16.902402Z", Unknown, "", "2026-11-29T07:41:16.902402Z\t"),
			we("2026-11-29T07:41:17.48806Z", Unknown, "", "2026-11-29T07:41:17.48806Z\tSuccess: Finished cloning repository files"),
			we("2026-11-29T07:41:19.110452Z", Unknown, "", "2026-11-29T07:41:19.110452Z\tExecuting user command: npm run build"),
			we("2026-11-29T07:41:48.739114Z", Unknown, "", "2026-11-29T07:41:48.739114Z\tFailed: error occurred while running build command"),
		},
	},
	{
		name:   "vercel-deployment-build-log",
		source: "Vercel's deployment build log as copied from the dashboard (`HH:mm:ss.SSS` then two blanks and a tab, then the build container's line: `Running build in …`, `Cloning github.com/… (Branch: …, Commit: …)`, `Build Completed in /vercel/output [Ns]`; the builder's `WARN!` marker): garageScript/c0d3-app issue #550; the `WARN!` engines line and the region line from memory. fresh184 holds `vercel logs`' request table and fresh40 `next dev`; the build log is in neither",
		why:    "a time of day with milliseconds and no date (the clock's day) before blanks and a tab; the builder's `WARN!` is a level; the region name and github.com are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.019Z", Unknown, "", "07:41:16.019  \tRunning build in Washington, D.C., USA (East) – iad1"),
			we("2026-11-29T07:41:16.02Z", Unknown, "", "07:41:16.020  \tBuild machine configuration: 2 cores, 8 GB"),
			we("2026-11-29T07:41:16.134Z", Unknown, "", "07:41:16.134  \tCloning github.com/tidewatch/harbour-site (Branch: main, Commit: 9c4e1f2)"),
			we("2026-11-29T07:41:18.902Z", Warn, "", `07:41:18.902  	WARN! Due to "engines": { "node": ">=18" } in your package.json file, the Node.js Version defined in your Project Settings ("22.x") will not apply.`),
			we("2026-11-29T07:41:52.311Z", Unknown, "", "07:41:52.311  \tBuild Completed in /vercel/output [34s]"),
		},
	},
	{
		name:   "koji-kojid-log-traceback",
		source: "Koji's build daemon log /var/log/kojid.log (Python logging `yyyy-MM-dd HH:mm:ss,SSS [LEVEL] logger: msg`, loggers koji.TaskManager, koji.build and others; a task's TRACEBACK logged as a WARNING with the Python traceback under it): koji-project/koji koji/daemon.py (the koji.TaskManager logger), and a blog post in a public repository found with find_string (`koji.TaskManager`, a kojid.log TRACEBACK)",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules); the level in brackets; the traceback's lines belong to the WARNING above them; the build host's name is not in the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.357Z", Info, "", "2026-11-29 07:41:16,357 [INFO] koji.TaskManager: Attempting to take task 128840731"),
			we("2026-11-29T07:41:16.612Z", Info, "", "2026-11-29 07:41:16,612 [INFO] koji.TaskManager: pids: {128840731: 44172}"),
			we("2026-11-29T07:41:17.044Z", Debug, "", "2026-11-29 07:41:17,044 [DEBUG] koji.build.BuildRoot: Using repo 9921473 for tag f42-build"),
			we("2026-11-29T07:48:09.204Z", Warn, "",
				"2026-11-29 07:48:09,204 [WARNING] koji.TaskManager: TRACEBACK: Traceback (most recent call last):",
				`  File "/usr/lib/python3.13/site-packages/koji/daemon.py", line 1501, in runTask`,
				"    response = (handler.run(),)",
				`  File "/usr/lib/python3.13/site-packages/koji/tasks.py", line 338, in run`,
				"    return koji.util.call_with_argcheck(self.handler, self.params, self.opts)",
				"koji.BuildError: error building package (arch x86_64), mock exited with status 30; see build.log for more information"),
			we("2026-11-29T07:48:10.015Z", Error, "", "2026-11-29 07:48:10,015 [ERROR] koji.TaskManager: Task 128840731 (buildArch) failed on builder: error building package"),
		},
	},
	{
		name:   "mock-console-level-prefix",
		source: "Fedora's mock on a terminal (`INFO: msg`, `WARNING: msg`, `ERROR: msg` from its logging format, and the unlevelled `Start: …` / `Finish: …` state lines; `ERROR: Command failed:` with the command on the next line after ` # `): mock's output in public READMEs and guides found with find_string (`Start: init plugins`); the Command failed block from memory",
		why:    "no time at all; the level word and a colon open the line; `Start:`, `Start(bootstrap):` and `Finish:` carry no level; the failed command on the line under ERROR belongs to it",
		entries: []worldEntry{
			we("", Info, "", "INFO: mock.py version 6.1 starting (python version = 3.13.1, NVR = mock-6.1-1.fc42), args: /usr/libexec/mock/mock -r fedora-42-x86_64 --rebuild tidewatch-1.4.0-1.fc42.src.rpm"),
			we("", Unknown, "", "Start(bootstrap): init plugins"),
			we("", Info, "", "INFO: selinux enabled"),
			we("", Warn, "", "WARNING: 'zstd' is not installed on the host; the root cache is compressed with gzip"),
			we("", Error, "",
				"ERROR: Command failed: ",
				" # /usr/bin/systemd-nspawn -q -M 5be07a41c2d94e1f8a3c6d0e9b7f2a15 -D /var/lib/mock/fedora-42-x86_64/root --setenv=LANG=C.UTF-8 bash --login -c /usr/bin/rpmbuild -bb --noclean --target x86_64 /builddir/build/SPECS/tidewatch.spec"),
			we("", Unknown, "", "Finish: run"),
		},
	},
	{
		name:   "pbuilder-letter-prefix",
		source: "Debian's pbuilder and cowbuilder on a terminal (one letter and a colon: `I: msg`, `W: msg`, `E: msg`): pbuilder transcripts in public blog posts and READMEs found with find_string (`I: Building the build Environment`, with `W: /root/.pbuilderrc does not exist` and `E: pbuilder-satisfydepends failed.`)",
		why:    "no time at all; the letter before the colon is the level (I Info, W Warn, E Error); a tarball path in brackets is no host",
		entries: []worldEntry{
			we("", Warn, "", "W: /home/ines/.pbuilderrc does not exist"),
			we("", Info, "", "I: Building the build Environment"),
			we("", Info, "", "I: extracting base tarball [/var/cache/pbuilder/trixie-amd64-base.tgz]"),
			we("", Info, "", "I: Installing the build-deps"),
			we("", Error, "", "E: pbuilder-satisfydepends failed."),
		},
	},
}

func TestFresh495Formats(t *testing.T) { assertTable(t, fresh495Cases) }
func TestFresh495Score(t *testing.T) {
	checkScore(t, "fresh495 formats", fresh495Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
