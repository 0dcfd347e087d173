package parse

import "testing"

// The six-hundred-and-fifteenth fresh table: CI/CD runners and build tools, another further pass (CI
// runners and agents, build systems, package managers and deployment tools as their console output
// or log files show them, with their step headers, timestamps and errors), shapes no earlier table
// holds. Each family is one product's documented or observed output: KIWI NG's console
// (`[ LEVEL   ]: HH:mm:ss | msg`, a padded level in brackets before a time of day); kas, the Yocto/Isar setup
// tool (`date time - LEVEL    - msg`); diskimage-builder's disk-image-create (`date time.SSS |
// msg`, an inner Python `INFO logger [-]` line after the pipe); Fedora Copr's backend worker log
// (`[date time,SSS][ LEVEL][PID:n]`, a builder's stdout and an SSH failure's OUT/ERR block under
// their line); foreman-installer's log based terminal output (`date time [LEVEL ] [logger] msg`);
// the older kafo layout of `foreman-installer --scenario katello --upgrade -v` (`[LEVEL date time
// logger] msg`, the upgrade's bare progress lines between); Semaphore CI's self-hosted agent
// (`Mon dd HH:mm:ss.SSS <agent name> : msg`); Selenium Grid 4's hub and node console
// (`HH:mm:ss.SSS LEVEL [Class.method] - msg`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`buildkite`, `drone`, `woodpecker`, `concourse`, `teamcity`,
// `bamboo`, `gocd`, `go-agent`, `jenkins`, `gitlab-runner`, `Runner_`, `actions/runner`,
// `azure pipelines`, `vsts`, `circleci`, `travis`, `argocd`, `argo cd`, `flux`, `spinnaker`,
// `tekton`, `bazel`, `buck2`, `gradle`, `maven`, `sbt`, `pants`, `ninja`, `cmake`, `meson`,
// `cargo`, `npm-debug`, `npm ERR`, `yarn`, `pnpm`, `pip`, `conda`, `poetry`, `term.log`, `dnf`,
// `zypper`, `pacman`, `homebrew`, `chocolatey`, `winget`, `nuget`, `helm`, `ansible`,
// `terraform`, `packer`, `vagrant`, `capistrano`, `octopus`, `tentacle`, `buildbot`, `zuul`,
// `earthly`, `dagger`, `sccache`, `ccache`, `distcc`, `turbo`, `lerna`, `bitrise`, `fastlane`,
// `xcodebuild`, `msbuild`, `skaffold`, `tilt`, `werf`, `kaniko`, `buildah`, `buildkit`, `nix`,
// `guix`, `koji`, `mock`, `sbuild`, `pbuilder`, `pulumi`, `salt`, `puppet`, `chef`, `rundeck`,
// `semaphore`, `awx`, `act_runner`, `forgejo`, `codemagic`, `appveyor`, `cirrus`, `sourcehut`,
// `atlantis`, `renovate`, `dependabot`, `crossplane`, `flagger`, `argo rollouts`,
// `argo workflows`, `bundler`, `composer`, `gem install`, `rebar`, `stack build`, `cabal`,
// `go build`, `goreleaser`, `dotnet`, `swift build`, `conan`, `vcpkg`, `spack`, `easybuild`,
// `scons`, `waf`, `premake`, `lein`, `deno`, `[Container]`, `codebuild`, `codedeploy`,
// `eb-engine`, `beanstalk`, `HostContext`, `_diag`, `bitbucket`, `----->`, `heroku`, `dokku`,
// `[STG/`, `cloud foundry`, `cf push`, `netlify`, `vercel`, `fly.io`, `flyctl`, `cloud build`,
// `Step #`, `buildpacks`, `[detector]`, `===> `, `nixpacks`, `Start-Date`, `dpkg.log`,
// `status installed`, `yum.log`, `emerge`, `xbps`, `snapd`, `flatpak`, `macports`, `--->`, `DISM`,
// `MSI (s)`, `setupapi`, `Inno`, `Burn v`, `scoop`, `tox`, `nox >`, `pre-commit`, `ko build`,
// `kapp`, `helmfile`, `kustomize`, `kpt`, `pyinfra`, `fabric`, `hab-sup`, `habitat`, `cfengine`,
// `waypoint`, `porter`, `rebar3`, `===> Compiling`, `mill`, `bloop`, `pipenv`, `Pipfile`, `hatch`,
// `pdm`, `twine`, `bundle install`, `Fetching gem metadata`, `Bundle complete`, `cocoapods`,
// `pod install`, `carthage`, `*** Fetching`, `flutter`, `eas build`, `gulp`, `Using gulpfile`,
// `Starting '`, `Finished '`, `grunt`, `webpack`, `jest`, `pytest`, `mocha`, `karma`, `cypress`,
// `playwright`, `sonar`, `jfrog`, `artifactory`, `nexus`, `trivy`, `snyk`, `grype`, `syft`,
// `cosign`, `in-toto`, `slsa`, `mix deps`, `ctest`, `Test #`, `meson-log`, `Build started at`,
// `config.log`, `Entering directory`, `=== RUN`, `--- FAIL`, `[javac]`, `BUILD FAILED`, `opam`,
// `dune`, `zig build`, `nimble`, `dub `, `abuild`, `dpkg-buildpackage`, `rpmbuild`, `Executing(%`,
// `Making package`, `makepkg`, `snapcraft`, `electron-builder`, `terragrunt`, `opentofu`,
// `cdk deploy`, `serverless`, `sam build`, `juju`, `charmcraft`, `foreman`, `katello`, `cobbler`,
// `codecov`, `coveralls`, `semantic-release`, `changesets`, `travis_fold`, `##[group]`,
// `##[error]`, `nektos`, `[Pipeline]`, `firebase`, `laminar`, `onedev`, `agola`, `screwdriver`,
// `kamal`, `deployer`, `shipit`, `mina `, `ansistrano`, `hydra`, `cachix`, `kiwi`, `[ INFO    ]`,
// `[ ERROR   ]:`, `Reading runtime config`, ` | Loading XML`, `kas `, `kas-container`, `kas 2`,
// `kas 4`, `- INFO     -`, `- ERROR    -`, `diskimage-builder`, `dib-`, `lb build`, `lb config`,
// `live-build`, `selenium`, `selenium-server`, `[LocalDistributor`, `[LoggingOptions`,
// `[GridModel`, `[Node.<init>]`, `NodeServer`, `Starting to poll`, `SYNC request`,
// `waiting-for-jobs`, `semaphoreci`, `semaphore agent`, `libmamba`, `micromamba`,
// `octopusserver`, `octopus server`, `Verbose  |`, `Task ID:`, `ServerTasks-`, `== Running:`,
// `devpi`, `pulpcore`, `nodepool`, `Test Kitchen`, `molecule`, `CREATE_IN_PROGRESS`,
// `Starting target`, `[ tup ]`, `virt-builder`, `EphemeralRunner`, `actions-runner-controller`,
// `lorax`, `livemedia`, `osbuild`, `mkosi`, `image-builder`, `debootstrap`, `mmdebstrap`,
// `Retrieving InRelease`, `vmdb2`, `bazelisk`, `gotestsum`, `go: downloading`,
// `Computing installation plan`, `Installing ca-`, `apk add`, `jenkins_jobs`, `jenkins-jobs`,
// `jenkins-job-builder`, `Number of jobs`, `OpenWrt`, `package/feeds`, `garden`, `devspace`,
// `prow`, `image-updater`, `Starting image update cycle`, `copr-rpmbuild`, `copr`,
// `copr-backend`, `[PID:`, `][PID:`, `][  INFO][PID:`, `resalloc`, `backend.log`,
// `Checking that builder`, `pungi`, `[INFO    ]`, `distrobuilder`, `packit`, `launchpad-buildd`,
// `buildd`, `NLog`, `argocd-image-updater`, `P: Executing`, `openqa`, `autoinst`,
// `[debug] [pid:`, `devstack`, `stack.sh`, `[ INFO 20`, `foreman-installer`,
// `Running installer`, `kafo`, `[NOTICE] [root]`, `[NOTICE] [configure]`, `] [configure]`,
// `fleet-agent`, `harness delegate`, `pixi`, `kernelci`, `hydra-queue`, `woodpecker-agent`). None
// of KIWI NG, kas, diskimage-builder's stamped output, Copr's backend log, foreman-installer's or
// katello-installer's output, Semaphore's agent or Selenium Grid is in any table (`kiwi` matches
// only Kiwi Syslog Server, `[ INFO    ]` an Axis camera's journal, `kas` Turkish month names,
// `kafo` other words, `selenium` Jibri's JibriSelenium class, `NodeServer` CSI drivers'
// nodeserver.go, `semaphore` other products' semaphore waits, `][PID:` Redash's layout, and
// `diskimage-builder` and `dib-` only the grep lists of fresh305, fresh348 and fresh487, whose
// fresh305 left diskimage-builder out as not confirmed then). Left out as measured already: nearly
// every other candidate above, among them the runners, agents and build systems the earlier CI
// tables list (fresh53, fresh98, fresh185, fresh455, fresh495, fresh529, fresh557, fresh572),
// Octopus's task log (fresh185), openQA's autoinst log, Lorax and distrobuilder (fresh603), mkosi
// (fresh40, fresh588), Test Kitchen and Molecule, micromamba (fresh84), Nodepool (fresh590). Left
// out as not confirmed by any search: Pungi's compose log and live-build's `lb build` output; left
// out for a shape already common (Python's default `LEVEL:logger:msg`): Jenkins Job Builder. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). KIWI NG's and Selenium Grid's consoles carry a time of day only: it is on
// the clock's day. kas's, diskimage-builder's, Copr's and both foreman-installer layouts' stamps have
// no zone and are taken as UTC; Semaphore's agent writes no year (2026). Untimed lines (the
// upgrade's bare `Upgrade Step:` line) have no time. Levels only where the line marks one: KIWI's
// bracketed padded word, kas's word between dashes, diskimage-builder's inner Python level (its
// plain lines carry none), Copr's right-aligned bracketed word, kafo's bracketed NOTICE, WARN and
// ERROR (NOTICE is Notice), the older kafo word inside the stamp's bracket, Selenium's word after
// the time; Semaphore's agent writes none. No family has a host field: Semaphore's random agent
// name before ` : ` is an agent's name, no host (as fresh236 reads Buildkite's spawned agent
// names); Copr's builder IP, foreman's hostnames inside Puppet resources, Selenium's node URI and
// event bus address, kas's `/work$` prompts are peers or paths. A record that spans lines is one
// entry: Copr's `stdout:` line with the builder's output and the blank line after it, and its
// ERROR with the OUT/ERR block (a blank line inside it); a bare untimed line that is a record of
// its own (the upgrade's `Upgrade Step:`) is not joined to the logged line above.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm part of a layout the source says "from memory" (KIWI's WARNING and DEBUG spellings,
// kas's WARNING and ERROR wording, Selenium's WARN; every family's line itself is confirmed).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 0064dd7 before any rule for it: level 97.9 %, time 85.4 %, host 85.4 %, records 93.8 %.
// That is the macro figure (micro: level 97.9 %, time 87.2 %, host 85.1 %, records 93.6 %), in a
// worktree at 0064dd7 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are KIWI NG's time of day after its bracketed level and colon,
// not read; Copr's ERROR cut at the blank line inside its OUT/ERR block; the upgrade's bare
// `Upgrade Step:` line joined to the logged line above; and Semaphore's agent name read as the
// host.

var fresh615Cases = []worldCase{
	{
		name:   "kiwi-ng-console-bracket-level-time-of-day",
		source: "KIWI NG (OSInside/kiwi) image builder on a terminal (`[ LEVEL   ]: HH:mm:ss | msg`, the level name padded to eight inside the brackets): OSInside/kiwi PR #1742 (a pasted `kiwi-ng image info` run with INFO and ERROR lines); the WARNING and DEBUG spellings of the same padding from memory",
		why:    "a bracketed padded level, then a time of day with no date (the clock's day), then a pipe before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[ INFO    ]: 07:41:16 | Reading runtime config file: '/etc/kiwi.yml'"),
			we("2026-11-29T07:41:16Z", Info, "", "[ INFO    ]: 07:41:16 | Loading XML description"),
			we("2026-11-29T07:41:17Z", Warn, "", "[ WARNING ]: 07:41:17 | Repository obs://devel:tools/openSUSE_Tumbleweed is not signed, skipping its key check"),
			we("2026-11-29T07:41:18Z", Debug, "", "[ DEBUG   ]: 07:41:18 | EXEC: [zypper --non-interactive --root /var/tmp/kiwi-tw/build/image-root install --auto-agree-with-licenses patterns-base-minimal_base]"),
			we("2026-11-29T07:43:02Z", Error, "", "[ ERROR   ]: 07:43:02 | KiwiInstallPhaseFailed: System package installation failed: zypper exited with 104 (package 'grub2-x86_64-efi' not found)"),
		},
	},
	{
		name:   "kas-yocto-setup-dashed-level",
		source: "kas (siemens/kas), the Yocto/Isar setup tool, on a terminal or through kas-container (`yyyy-MM-dd HH:mm:ss - LEVEL    - msg`, Python's levelname padded to eight between dashes): siemens/meta-iot2050 issues #337 and #56 (pasted `kas build` runs); the WARNING and ERROR lines' wording from memory",
		why:    "a zone-less date and time (UTC by the rules), a dash, a padded level word between dashes; `/work$ git …` is a working directory and a command, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - INFO     - kas 4.6 started"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - INFO     - /repo$ git rev-parse --show-toplevel"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - INFO     - Using /repo as root for repository meta-fieldbox"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 - INFO     - /work$ git clone -q https://git.example.net/yocto/poky /work/poky"),
			we("2026-11-29T07:41:29Z", Warn, "", `2026-11-29 07:41:29 - WARNING  - Using deprecated refspec for repository "poky". You should migrate to commit/tag/branch.`),
			we("2026-11-29T08:02:41Z", Error, "", `2026-11-29 08:02:41 - ERROR    - Command "/work/poky/bitbake/bin/bitbake -c build fieldbox-image" failed with error 1`),
		},
	},
	{
		name:   "diskimage-builder-pipe-stamp",
		source: "OpenStack diskimage-builder's disk-image-create (`yyyy-MM-dd HH:mm:ss.SSS | msg`, its Python block-device lines `LEVEL logger [-] msg` after the pipe): a README's pasted `disk-image-create … nginx-plus` run and a TripleO blog's `overcloud-hardened-full` build (both found with find_string `| Building elements: `)",
		why:    "a zone-less date and time with milliseconds, then ` | `; the level only where the inner Python line writes one; `dib_build.*` paths and loop devices are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.313Z", Unknown, "", "2026-11-29 07:41:16.313 | diskimage-builder version 3.33.0"),
			we("2026-11-29T07:41:16.314Z", Unknown, "", "2026-11-29 07:41:16.314 | Building elements: base vm ubuntu-minimal growroot cloud-init-datasources"),
			we("2026-11-29T07:41:20.557Z", Unknown, "", "2026-11-29 07:41:20.557 | Building in /tmp/dib_build.Xq81LmZp"),
			we("2026-11-29T07:41:20.754Z", Info, "", "2026-11-29 07:41:20.754 | INFO diskimage_builder.block_device.blockdevice [-] Wrote final block device config to [/tmp/dib_build.Xq81LmZp/states/block-device/config.json]"),
			we("2026-11-29T07:43:09.916Z", Info, "", "2026-11-29 07:43:09.916 | INFO diskimage_builder.block_device.utils [-] Calling [sudo kpartx -d /dev/loop3]"),
			we("2026-11-29T07:43:45.548Z", Unknown, "", "2026-11-29 07:43:45.548 | Build completed successfully"),
		},
	},
	{
		name:   "copr-backend-worker-bracket-level-pid",
		gap:    "a blank line inside a record's OUT/ERR block ends the record: the `ERR:` part and the ssh error after it are cut from the ERROR line",
		source: "Fedora Copr's backend build worker log (`[yyyy-MM-dd HH:mm:ss,SSS][ LEVEL][PID:n] msg`, the level right-aligned to six, a builder's stdout and an SSH failure's OUT/ERR blocks under their line): fedora-copr/copr PR #3482 and issue #3323",
		why:    "a bracketed zone-less stamp with a comma fraction, a right-aligned level in brackets, the pid; a builder's output and the blank line after it belong to the line above; the builder's IP is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.861Z", Info, "", "[2026-11-29 07:41:16,861][  INFO][PID:3318207] Marking build as starting"),
			we("2026-11-29T07:41:16.984Z", Info, "", "[2026-11-29 07:41:16,984][  INFO][PID:3318207] Trying to allocate VM"),
			we("2026-11-29T07:41:20.017Z", Info, "", "[2026-11-29 07:41:20,017][  INFO][PID:3318207] Allocated host ResallocHost, ticket_id=48113, hostname=10.0.41.77"),
			we("2026-11-29T07:41:20.023Z", Info, "",
				"[2026-11-29 07:41:20,023][  INFO][PID:3318207] stdout:",
				"Red Hat subscription not needed for fedora-43-x86_64",
				"Builder is ready to be used",
				""),
			we("2026-11-29T07:42:20.078Z", Error, "",
				"[2026-11-29 07:42:20,078][ ERROR][PID:3318207] SSH connection lost on #1 attempt, let's retry after 10s, Connection broke:",
				"OUT:",
				"",
				"ERR:",
				"ssh: connect to host 10.0.41.77 port 22: Connection timed out",
				""),
			we("2026-11-29T07:42:30.079Z", Info, "", "[2026-11-29 07:42:30,079][  INFO][PID:3318207] Releasing VM back to pool"),
		},
	},
	{
		name:   "foreman-installer-kafo-terminal-bracket-levels",
		source: "foreman-installer (kafo 6+) on a terminal with its log based output (`yyyy-MM-dd HH:mm:ss [LEVEL ] [logger] msg`, the level padded to six in brackets, NOTICE the default): theforeman/kafo PR #324, theforeman/forklift issue #1441",
		why:    "a zone-less date and time, a bracketed padded level (NOTICE, WARN, ERROR), then a bracketed logger name (root, pre, configure); hostnames in Puppet resources are no record host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29 07:41:16 [NOTICE] [root] Loading installer configuration. This will take some time."),
			we("2026-11-29T07:41:20Z", Notice, "", "2026-11-29 07:41:20 [NOTICE] [root] Running installer with log based terminal output at level NOTICE."),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22 [WARN  ] [pre] Skipping system checks."),
			we("2026-11-29T07:42:31Z", Notice, "", "2026-11-29 07:42:31 [NOTICE] [configure] Starting system configuration."),
			we("2026-11-29T07:44:05Z", Error, "", "2026-11-29 07:44:05 [ERROR ] [configure] /Stage[main]/Foreman::Register/Foreman_host[sat01.lab.example]/ensure: change from 'absent' to 'present' failed: Error making POST request to Foreman at https://sat01.lab.example/api/v2/hosts: Response: 422 Unprocessable Entity"),
			we("2026-11-29T07:44:40Z", Notice, "", "2026-11-29 07:44:40 [NOTICE] [configure] System configuration has finished."),
		},
	},
	{
		name:   "katello-installer-upgrade-verbose-level-date-bracket",
		gap:    "an untimed bare line between bracketed log lines (`Upgrade Step: stop_services...`) is joined to the logged line above instead of standing as a record of its own",
		source: "foreman-installer --scenario katello --upgrade -v (older kafo: `[LEVEL yyyy-MM-dd HH:mm:ss logger] msg`, the level right-aligned to five, the upgrade's own bare progress lines between): Katello/katello-installer PR #383, theforeman/forklift issue #118 (the same layout in katello-installer.log)",
		why:    "the level, the date and time and the logger share one bracket; a bare `Upgrade Step: …` line printed by the upgrade is a record of its own, untimed, not part of the logged line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[ INFO 2026-11-29 07:41:16 verbose] Executing hooks in group pre_migrations"),
			we("2026-11-29T07:41:16Z", Info, "", "[ INFO 2026-11-29 07:41:16 verbose] All hooks in group pre_migrations finished"),
			we("2026-11-29T07:41:17Z", Info, "", "[ INFO 2026-11-29 07:41:17 verbose] Running validation checks"),
			we("", Unknown, "", "Upgrade Step: stop_services..."),
			we("2026-11-29T07:41:17Z", Info, "", "[ INFO 2026-11-29 07:41:17 verbose] Upgrade Step: stop_services..."),
			we("2026-11-29T07:45:13Z", Error, "", "[ERROR 2026-11-29 07:45:13 main]  /usr/share/foreman/script/foreman-rake config -k ssl_ca_file -v '/etc/foreman/proxy_ca.pem' returned 1 instead of one of [0]"),
		},
	},
	{
		name:   "semaphore-agent-name-colon",
		gap:    "the agent's name before the lone ` : ` is read as the record's host",
		source: "Semaphore CI's self-hosted agent (semaphoreci/agent: `Mon dd HH:mm:ss.SSS <agent name> : msg`, the agent's random name before a lone colon; no level): semaphoreci/agent PR #165",
		why:    "a month-name date without a year (2026), milliseconds, then the agent's registered name where a syslog host would sit: an agent's name, not a host; no level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.359Z", Unknown, "", "Nov 29 07:41:16.359 rk7Qp2LxVw0aTn3sJd9e : Starting Agent"),
			we("2026-11-29T07:41:16.360Z", Unknown, "", "Nov 29 07:41:16.360 rk7Qp2LxVw0aTn3sJd9e : Registering Agent"),
			we("2026-11-29T07:41:16.655Z", Unknown, "", "Nov 29 07:41:16.655 rk7Qp2LxVw0aTn3sJd9e : Starting to poll for jobs"),
			we("2026-11-29T07:41:16.656Z", Unknown, "", "Nov 29 07:41:16.656 rk7Qp2LxVw0aTn3sJd9e : SYNC request (state: waiting-for-jobs)"),
			we("2026-11-29T07:41:20.011Z", Unknown, "", "Nov 29 07:41:20.011 rk7Qp2LxVw0aTn3sJd9e : SYNC response (action: run-job, job: 3c9e0a5b-71d2-4e8f-a604-2b9d1c7e5f30)"),
			we("2026-11-29T07:41:20.012Z", Unknown, "", "Nov 29 07:41:20.012 rk7Qp2LxVw0aTn3sJd9e : Waiting 3.197s for next sync..."),
		},
	},
	{
		name:   "selenium-grid4-terse-time-of-day",
		source: "Selenium Grid 4's hub and node console (the TerseFormatter: `HH:mm:ss.SSS LEVEL [Class.method] - msg`): SeleniumHQ/selenium issues #9122, #10116 and #10750, SeleniumHQ/docker-selenium issue #2687; the WARN spelling from memory",
		why:    "a time of day with milliseconds and no date (the clock's day), the level word, the class and method in brackets; the node's URI and the event bus address are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.313Z", Info, "", "07:41:16.313 INFO [LoggingOptions.configureLogEncoding] - Using the system default encoding"),
			we("2026-11-29T07:41:16.318Z", Info, "", "07:41:16.318 INFO [OpenTelemetryTracer.createTracer] - Using OpenTelemetry for tracing"),
			we("2026-11-29T07:41:16.702Z", Info, "", "07:41:16.702 INFO [UnboundZmqEventBus.<init>] - Connecting to tcp://grid-hub.ci.example:4442 and tcp://grid-hub.ci.example:4443"),
			we("2026-11-29T07:41:18.109Z", Info, "", "07:41:18.109 INFO [LocalDistributor.add] - Added node 5e0c7a21-93b4-4c6d-8f1e-2a7b9d0c3e14 at http://10.20.3.14:5555. Health check every 120s"),
			we("2026-11-29T07:41:18.350Z", Info, "", "07:41:18.350 INFO [GridModel.setAvailability] - Switching Node 5e0c7a21-93b4-4c6d-8f1e-2a7b9d0c3e14 (uri: http://10.20.3.14:5555) from DOWN to UP"),
			we("2026-11-29T07:43:02.511Z", Warn, "", "07:43:02.511 WARN [LocalNode.stopTimedOutSession] - Session 9b1f4e27c0a3d85e6f2a1b7c4d9e0f31 timed out after 300s, stopping it"),
		},
	},
}

func TestFresh615Formats(t *testing.T) { assertTable(t, fresh615Cases) }
func TestFresh615Score(t *testing.T) {
	checkScore(t, "fresh615 formats", fresh615Cases, [worldNumFields]float64{97.8, 97.8, 85.3, 93.7})
}
