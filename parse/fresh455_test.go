package parse

import "testing"

// The four-hundred-and-fifty-fifth fresh table, written on 2026-12-06: CI/CD runners' and build
// tools' logs in files and consoles no earlier table holds. Each family is one product's
// documented or observed output: TeamCity's service messages in a build step's raw output (the
// `timestamp=` attribute with a colon-less offset, `status=` on message lines); the Jenkins
// controller's log of an SSH-launched agent (logs/slaves/<agent>/slave.log: `[MM/dd/yy HH:mm:ss]`
// with a two-digit year, the remoting banner lines untimed, an `ERROR:` with its stack trace);
// a Jenkins periodic task's log in logs/tasks (`Started at %tc`, Java's Date.toString with a zone
// abbreviation); the Windows service wrapper's jenkins.wrapper.log (WinSW 2's log4net `%d %-5p -
// %m`); the GitHub Actions runner's _diag Worker log with the job message dumped as indented JSON
// under its header line; MSBuild's parallel console logger with ShowTimestamp (a bare time of day
// before the node key and `>`); Bazel's --build_event_text_file (protobuf text, one event a block,
// the time as seconds and nanos); sbt's output piped to a file with its ANSI colour escapes; Maven
// with SimpleLogger's thread name shown in a -T build.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`jenkins`, `slave.log`, `[SSH]`, `REMOTING CAPACITY`, `SSHLauncher`, `logs/tasks`,
// `Started at`, `Finished at`, `winsw`, `wrapper.log`, `gitlab-runner`, `gitlab runner`, `actions
// runner`, `_diag`, `Runner.Listener`, `Runner.Worker`, `Worker]`, `Runner]`, `Job message`,
// `ConvertToJson`, `AgentProcess`, `buildkite`, `agent-stack-k8s`, `teamcity`, `##teamcity`,
// `buildProblem`, `testFailed`, `progressMessage`, `jetbrains.buildServer`, `teamcity-agent`,
// `azure pipelines`, `vsts-agent`, `Agent.Worker`, `bazel`, `build_event_text`, `start_time {`,
// `build_tool_version`, `gradle`, `maven`, `[INFO] ---`, `[main] [INFO]`, `BuilderThread`,
// `showThreadName`, `sbt`, `welcome to sbt`, `0minfo`, `Total time:`, `msbuild`, `ShowTimestamp`,
// `Done Building Project`, `on node 1`, `Build started`, `Time Elapsed`). Jenkins is in fresh2,
// fresh53 and others (the controller's JUL log, the inbound agent, Timestamper consoles, the
// build directory's log); the SSH launcher's agent log, the periodic task logs and WinSW's wrapper
// log are in none. The runner's and the Azure agent's _diag header is in fresh7 (single lines and
// an exception); the Worker log's JSON job message under it is in none. TeamCity is in the
// holdout (teamcity-server.log) and as a downloaded build log; service messages are in none.
// MSBuild is in the rules (canonical errors) and as `dotnet build` output; the timestamped
// parallel console is in none. Bazel is there as its console, java.log, the JSON BEP and the
// remote cache; the text BEP is in none. sbt is there as a plain console (fresh42) and under
// Play; its piped ANSI output is in none. Maven is there with SimpleLogger's date, Surefire
// reports and under CI prefixes; the thread-name layout is in none. Left out as measured already:
// GitLab Runner (docker, journal, logrus, JSON), Buildkite (five layouts), the Azure Pipelines
// agent (diag, job log, runsvc journal), Gradle (console, daemon log, debug, test logging),
// Drone, Woodpecker, Concourse, GoCD, Tekton, Argo, Zuul, nektos/act. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). TeamCity's `timestamp='…+0100'` is converted; the SSH agent log's
// `[11/29/26 07:41:16]` is month/day/two-digit year with no zone (UTC); Java's `Sun Nov 29
// 08:41:16 CET 2026` is converted from CET (+01:00); WinSW's log4net stamp has no zone (UTC);
// the runner's `07:41:20Z` is UTC and the `0001-01-01T00:00:00` inside its JSON is no time of the
// record; MSBuild's `07:41:16.204` is a time of day on the clock's day; Bazel's `start_time`
// and `finish_time` blocks are epoch seconds and nanos; sbt's `completed Nov 29, 2026, 7:41:57
// AM` (with JDK 21's narrow no-break space before AM) is the moment its line is written, and no
// other sbt line has a time; Maven's lines have none. Levels only where the line marks one:
// TeamCity's status attribute (NORMAL is Info), the `ERROR:` Jenkins' listener puts before an
// error, log4net's padded level, the runner's VERB/INFO/WARN, MSBuild's canonical `warning` and
// `error` category, sbt's bracketed word inside its escapes, Maven's `[WARNING]`. No family has a
// host field: the agent an SSH launcher connects to, an agent named in a task log and a workspace
// are peers or message text. A record that spans lines is one entry: the runner's job message
// with its JSON, a Jenkins error with its stack trace, each BEP event's block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit be85645 before any rule for it: level 86.0 %, time 80.2 %, host 92.6 %, records 79.6 %.
// That is the macro figure (micro: level 86.9 %, time 85.2 %, host 93.4 %, records 86.9 %), in a
// worktree at be85645 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 9 families fully right (the SSH agent log, WinSW's wrapper log, MSBuild's timestamped console and
// Maven's thread names); the gaps are TeamCity's status= and part of its timestamp= attributes, the
// periodic task log's untimed lines joined to `Started at`, the runner's VERB read as trace, the
// Bazel text BEP's blocks and their seconds/nanos times, and sbt's completion time.

var fresh455Cases = []worldCase{
	{
		name:   "teamcity-service-messages-raw-output",
		gap:    "trawl reads no level from a service message's `status='NORMAL|WARNING|ERROR'` attribute, and the `timestamp='…+0000'` attribute is not read on the testFailed line (with `<90>` and a `|n` escape in its details) nor on the status='ERROR' message line (with errorDetails=); on the two plain message lines it is",
		source: "TeamCity service messages as a build step prints them and the raw build output keeps them (`##teamcity[messageName 'value']` and `##teamcity[messageName name='value' …]`, one a line; `message` with text, errorDetails and status NORMAL|WARNING|FAILURE|ERROR; `testFailed`, `buildProblem`, `progressMessage`; the optional `timestamp='yyyy-MM-dd'T'HH:mm:ss.SSSZ'` attribute; `|` escapes): jetbrains.com/help/teamcity 'Service Messages' (2020.1 to 2024.12); the timestamp attribute's layout from memory of that page",
		why:    "the time is an attribute inside the brackets with a colon-less offset; status= is the message's severity; a service message without timestamp= and the step's own output carry no time; testFailed and buildProblem are message kinds, no level",
		entries: []worldEntry{
			we("", Unknown, "", "##teamcity[progressMessage 'Resolving dependencies for shop-api']"),
			we("2026-11-29T07:41:16.204Z", Info, "", "##teamcity[message text='Cache hit for node_modules (key npm-7f3c1e2a)' status='NORMAL' timestamp='2026-11-29T07:41:16.204+0000']"),
			we("2026-11-29T07:41:17.53Z", Warn, "", "##teamcity[message text='Option --legacy-peer-deps is deprecated and was ignored' status='WARNING' timestamp='2026-11-29T08:41:17.530+0100']"),
			we("", Unknown, "", "> shop-api@2.4.1 test /opt/buildagent/work/5f1c2a7e9b3d4c1a"),
			we("2026-11-29T07:41:19.002Z", Unknown, "", "##teamcity[testFailed name='CartTest.appliesDiscount' message='expected:<90> but was:<100>' details='java.lang.AssertionError: expected:<90> but was:<100>|n\tat shop.CartTest.appliesDiscount(CartTest.java:41)' timestamp='2026-11-29T07:41:19.002+0000']"),
			we("2026-11-29T07:41:22.871Z", Error, "", "##teamcity[message text='Deploy to staging failed: 503 from registry.example.org' errorDetails='curl: (22) The requested URL returned error: 503' status='ERROR' timestamp='2026-11-29T07:41:22.871+0000']"),
			we("", Unknown, "", "##teamcity[buildProblem description='npm test exited with code 1' identity='npmtest1']"),
		},
	},
	{
		name:   "jenkins-ssh-agent-launch-log",
		source: "the Jenkins controller's log of an agent started by the SSH Build Agents plugin (JENKINS_HOME/logs/slaves/<agent>/slave.log, the agent's Log page: `[MM/dd/yy HH:mm:ss] [SSH] msg` lines from the launcher, the remoting banner the agent prints untimed after `<===[JENKINS REMOTING CAPACITY]===>`, `ERROR: …` with a stack trace, `[time] Launch failed - cleaning up connection`): PowerShell/Win32-OpenSSH issue #927, jenkinsci/ssh-agents-plugin issue #21, eclipse-openj9/openj9 issue #5509, jenkinsci/jenkins PR #8675",
		why:    "a slashed date with a two-digit year in brackets and no zone; the remoting banner lines have no time; the agent's address is the peer, not the record's host; ERROR: opens an error record its stack trace belongs to",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/26 07:41:16] [SSH] Opening SSH connection to build-linux-12.ci.example.org:22."),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11/29/26 07:41:17] [SSH] Authentication successful."),
			we("2026-11-29T07:41:19Z", Unknown, "", "[11/29/26 07:41:19] [SSH] Checking java version of /usr/lib/jvm/temurin-21-jdk-amd64/bin/java"),
			we("2026-11-29T07:41:20Z", Unknown, "", `[11/29/26 07:41:20] [SSH] Starting agent process: cd "/home/jenkins/agent" && /usr/lib/jvm/temurin-21-jdk-amd64/bin/java  -jar remoting.jar -workDir /home/jenkins/agent -jar-cache /home/jenkins/agent/remoting/jarCache`),
			we("", Unknown, "", "<===[JENKINS REMOTING CAPACITY]===>channel started"),
			we("", Unknown, "", "Remoting version: 3283.v92c105e0f819"),
			we("", Unknown, "", "Launcher: SSHLauncher"),
			we("", Unknown, "", "Communication Protocol: Standard in/out"),
			we("", Unknown, "", "This is a Unix agent"),
			we("", Unknown, "", "Agent successfully connected and online"),
			we("", Error, "",
				"ERROR: Connection terminated",
				"java.io.EOFException",
				"\tat java.base/java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2933)",
				"\tat hudson.remoting.Command.readFrom(Command.java:142)",
				"\tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:61)"),
			we("2026-11-29T09:12:44Z", Unknown, "", "[11/29/26 09:12:44] Launch failed - cleaning up connection"),
			we("2026-11-29T09:12:44Z", Unknown, "", "[11/29/26 09:12:44] [SSH] Connection closed."),
		},
	},
	{
		name:   "jenkins-periodic-task-log-date-tostring",
		gap:    "the untimed lines the task writes after `Started at Sun Nov 29 08:41:16 CET 2026` (`Checking … on …`, `Deleting …`, `Directory … is not old enough …`) are joined to that line as one record, until `Finished at …`",
		source: "a Jenkins AsyncPeriodicWork's task log in JENKINS_HOME/logs/tasks (`Workspace clean-up.log`, `Fingerprint cleanup.log`: `Started at %tc`, the task's own untimed lines, `Finished at %tc. Nms`; %tc is Java's Date.toString `EEE MMM dd HH:mm:ss zzz yyyy` in the controller's zone): jenkinsci/jenkins core/src/main/java/hudson/model/AsyncPeriodicWork.java (the printf calls); the workspace clean-up messages from memory",
		why:    "the weekday, a zone abbreviation before the year (CET is +01:00); `1874ms` is a duration; the task's lines between carry no time; the agent named is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Started at Sun Nov 29 08:41:16 CET 2026"),
			we("", Unknown, "", "Checking shop/api on build-linux-12"),
			we("", Unknown, "", "Deleting /home/jenkins/agent/workspace/shop_api_PR-88 on build-linux-12"),
			we("", Unknown, "", "Directory /home/jenkins/agent/workspace/shop_api_main is not old enough for deletion"),
			we("", Unknown, "", "Checking shop/web on build-win-03"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Finished at Sun Nov 29 08:41:18 CET 2026. 1874ms"),
		},
	},
	{
		name:   "jenkins-winsw-wrapper-log",
		source: "the Windows service wrapper that runs Jenkins as a service (WinSW 2.x, C:\\Program Files\\Jenkins\\jenkins.wrapper.log: log4net's `%d %-5p - %m%n`, the date `yyyy-MM-dd HH:mm:ss,fff` in local time, levels DEBUG INFO WARN ERROR padded to five): winsw/winsw src WinSWCore/Program.cs (the PatternLayout and the `.wrapper.log` appender, 'Legacy format from winsw-1.x'), winsw/winsw issue #139 (the 1.x lines), jenkinsci/jenkins PR #3854",
		why:    "a comma before the milliseconds and no zone; the level padded to five before ` - `; the pid and the java command line are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  - Starting the service with id 'jenkins'"),
			we("2026-11-29T07:41:16.219Z", Info, "", `2026-11-29 07:41:16,219 INFO  - Starting "C:\Program Files\Eclipse Adoptium\jdk-21.0.5.11-hotspot\bin\java.exe" -Xrs -Xmx2g -Dhudson.lifecycle=hudson.lifecycle.WindowsServiceLifecycle -jar "C:\Program Files\Jenkins\jenkins.war" --httpPort=8080 --webroot="C:\ProgramData\Jenkins\war"`),
			we("2026-11-29T07:41:16.288Z", Info, "", "2026-11-29 07:41:16,288 INFO  - Started process 5128"),
			we("2026-11-29T07:41:16.301Z", Debug, "", "2026-11-29 07:41:16,301 DEBUG - Forwarding logs of the process java (5128) to the rolling log appender"),
			we("2026-11-29T09:02:40.117Z", Info, "", "2026-11-29 09:02:40,117 INFO  - Stopping jenkins"),
			we("2026-11-29T09:02:45.131Z", Warn, "", "2026-11-29 09:02:45,131 WARN  - Process 5128 did not respond to Ctrl+C signal - Killing as fallback"),
			we("2026-11-29T09:02:45.402Z", Info, "", "2026-11-29 09:02:45,402 INFO  - Finished jenkins"),
		},
	},
	{
		name:   "github-actions-runner-worker-diag-job-message",
		gap:    "the runner's `VERB` in `[… VERB Component]` is read as trace, not debug (verbose sits at debug in the rules)",
		source: "the GitHub Actions runner's _diag/Worker_yyyyMMdd-HHmmss-utc.log (`[yyyy-MM-dd HH:mm:ssZ LEVEL Component] msg`, levels VERB INFO WARN ERR; Worker.cs writes `Job message:{NewLine} {json}`, the job message as indented JSON on the lines after its header): actions/runner src/Runner.Worker/Worker.cs (the Trace.Info call with StringUtil.ConvertToJson); the header as in fresh7's azure-pipelines-agent-diag",
		why:    "the header's time, Z, level and component share one bracket; the JSON under `Job message:` is one record with it, its ` {` line opened by a space; `0001-01-01T00:00:00` inside it is no time; VERB is debug",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "", "[2026-11-29 07:41:20Z INFO Worker] Version: 2.321.0"),
			we("2026-11-29T07:41:20Z", Info, "", "[2026-11-29 07:41:20Z INFO Worker] Waiting to receive the job message from the channel."),
			we("2026-11-29T07:41:20Z", Info, "",
				"[2026-11-29 07:41:20Z INFO Worker] Job message:",
				" {",
				`  "fileTable": [`,
				`    ".github/workflows/ci.yml"`,
				"  ],",
				`  "mask": [`,
				"    {",
				`      "type": "regex",`,
				`      "value": "***"`,
				"    }",
				"  ],",
				`  "jobId": "5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93",`,
				`  "jobDisplayName": "build (ubuntu-24.04)",`,
				`  "requestId": 4411,`,
				`  "lockedUntil": "0001-01-01T00:00:00"`,
				"}"),
			we("2026-11-29T07:41:21Z", Info, "", "[2026-11-29 07:41:21Z INFO JobRunner] Job ID 5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93"),
			we("2026-11-29T07:41:21Z", Debug, "", "[2026-11-29 07:41:21Z VERB ExecutionContext] Publish step telemetry for current step {\"action\": \"actions/checkout\", \"ref\": \"v4\"}."),
			we("2026-11-29T07:41:58Z", Warn, "", "[2026-11-29 07:41:58Z WARN JobServerQueue] Failed to upload 2 console lines, retry in 5 seconds."),
		},
	},
	{
		name:   "msbuild-parallel-console-showtimestamp",
		source: "`msbuild Shop.sln -m -t:Rebuild -clp:ShowTimestamp` on a console (the parallel console logger's line prefix: LogFormatter.FormatLogTimeStamp's `HH:mm:ss.fff`, the project key right-aligned, then `>`; warnings and errors in MSBuild's canonical `file(line,col): warning|error CODE: text [project]`): dotnet/msbuild src/Build/Logging/ParallelLogger/ParallelConsoleLogger.cs (WriteLinePrefix), src/Build/Logging/LogFormatter.cs; the key's padding from memory",
		why:    "a bare time of day with milliseconds (on the clock's day) glued to the node key and `>`; the canonical category is the level; `-- FAILED.` and `(41,27)` are no level and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `07:41:16.204    1>Project "C:\src\shop\Shop.sln" on node 1 (Rebuild target(s)).`),
			we("2026-11-29T07:41:16.219Z", Unknown, "", "07:41:16.219    1>ValidateSolutionConfiguration:"),
			we("2026-11-29T07:41:16.93Z", Unknown, "", `07:41:16.930    1>Project "C:\src\shop\Shop.sln" (1) is building "C:\src\shop\Shop.Api\Shop.Api.csproj" (3) on node 2 (Rebuild target(s)).`),
			we("2026-11-29T07:41:17.882Z", Warn, "", `07:41:17.882    3>C:\src\shop\Shop.Api\Controllers\CartController.cs(41,27): warning CS8602: Dereference of a possibly null reference. [C:\src\shop\Shop.Api\Shop.Api.csproj]`),
			we("2026-11-29T07:41:19.045Z", Error, "", `07:41:19.045    3>C:\src\shop\Shop.Api\Services\PriceService.cs(88,13): error CS0103: The name 'discount' does not exist in the current context [C:\src\shop\Shop.Api\Shop.Api.csproj]`),
			we("2026-11-29T07:41:19.101Z", Unknown, "", `07:41:19.101    3>Done Building Project "C:\src\shop\Shop.Api\Shop.Api.csproj" (Rebuild target(s)) -- FAILED.`),
			we("2026-11-29T07:41:19.31Z", Unknown, "", `07:41:19.310    1>Done Building Project "C:\src\shop\Shop.sln" (Rebuild target(s)) -- FAILED.`),
		},
	},
	{
		name:   "bazel-build-event-text-file",
		gap:    "trawl cuts each protobuf-text event after its `id { … }` block (the `children { … }` and payload blocks that follow at the margin are split off), and reads no time from the nested `start_time { seconds nanos }` and `finish_time { seconds nanos }` blocks",
		source: "Bazel 7's --build_event_text_file (each BuildEvent printed in protobuf text format one after another: `id { … }`, `children { … }`, then the payload: `started { uuid … start_time { seconds nanos } }`, `progress { stderr: \"…\" }`, `finished { exit_code { name code } finish_time { seconds nanos } }`, two-space indentation, no separator): bazelbuild/bazel issue #5718 (the text file used as a build's output) and PR #3203 (the BEP documentation), build_event_stream.proto's field names; the text layout from memory",
		why:    "one event is a block of lines opened by `id {` at the margin; its time is epoch seconds plus nanos in a nested block; a progress event has none; server_pid, code and opaque_count are no times; exit_code's name is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"id {",
				"  started {",
				"  }",
				"}",
				"children {",
				"  progress {",
				"  }",
				"}",
				"children {",
				"  pattern {",
				`    pattern: "//services/..."`,
				"  }",
				"}",
				"started {",
				`  uuid: "3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11"`,
				`  build_tool_version: "7.4.1"`,
				`  options_description: "--build_event_text_file=/tmp/bep.txt --config=ci"`,
				`  command: "build"`,
				`  working_directory: "/home/ci/mono"`,
				`  workspace_directory: "/home/ci/mono"`,
				"  server_pid: 48211",
				"  start_time {",
				"    seconds: 1795938076",
				"    nanos: 204000000",
				"  }",
				"}"),
			we("", Unknown, "",
				"id {",
				"  progress {",
				"    opaque_count: 7",
				"  }",
				"}",
				"children {",
				"  progress {",
				"    opaque_count: 8",
				"  }",
				"}",
				"progress {",
				`  stderr: "[1,204 / 1,977] Compiling services/orders/server.cc; 3s linux-sandbox ... (8 actions running)\n"`,
				"}"),
			we("2026-11-29T07:42:41.88Z", Unknown, "",
				"id {",
				"  build_finished {",
				"  }",
				"}",
				"children {",
				"  build_tool_logs {",
				"  }",
				"}",
				"finished {",
				"  exit_code {",
				`    name: "BUILD_FAILURE"`,
				"    code: 1",
				"  }",
				"  finish_time {",
				"    seconds: 1795938161",
				"    nanos: 880000000",
				"  }",
				"}"),
		},
	},
	{
		name:   "sbt-piped-output-ansi-escapes",
		gap:    "the time in sbt's closing `Total time: 41 s, completed Nov 29, 2026, 7:41:57\u202fAM` (a locale date, a 12-hour clock with a narrow no-break space before AM) is not read",
		source: "sbt 1.10 run as `sbt compile | tee compile.log` on a CI machine (sbt writes its colour escapes even when stdout is no terminal: `ESC[0m[ESC[0mESC[0minfoESC[0m] ESC[0mESC[0mmsgESC[0m`, warn in yellow 33, error in red 31; the closing `Total time: N s, completed <MEDIUM date-time>` with JDK 21's narrow no-break space before AM): sbt/sbt issues #4284 and #888, PRs #6021 and #5998; the exact escape runs from memory",
		why:    "the level word sits between colour escapes inside the brackets; only the completion line has a time, a locale date with a comma, a 12-hour clock and U+202F before AM; `41 s` is a duration",
		entries: []worldEntry{
			we("", Info, "", "\x1b[0m[\x1b[0m\x1b[0minfo\x1b[0m] \x1b[0m\x1b[0mwelcome to sbt 1.10.5 (Eclipse Adoptium Java 21.0.5)\x1b[0m"),
			we("", Info, "", "\x1b[0m[\x1b[0m\x1b[0minfo\x1b[0m] \x1b[0m\x1b[0mloading project definition from /home/ci/shop/project\x1b[0m"),
			we("", Info, "", "\x1b[0m[\x1b[0m\x1b[0minfo\x1b[0m] \x1b[0m\x1b[0mcompiling 42 Scala sources to /home/ci/shop/target/scala-3.3.4/classes ...\x1b[0m"),
			we("", Warn, "", "\x1b[0m[\x1b[0m\x1b[33mwarn\x1b[0m] \x1b[0m\x1b[0m-- Warning: /home/ci/shop/src/main/scala/shop/Cart.scala:41:8 \x1b[0m"),
			we("", Error, "", "\x1b[0m[\x1b[0m\x1b[31merror\x1b[0m] \x1b[0m\x1b[0m(Compile / compileIncremental) Compilation failed\x1b[0m"),
			we("2026-11-29T07:41:57Z", Error, "", "\x1b[0m[\x1b[0m\x1b[31merror\x1b[0m] \x1b[0m\x1b[0mTotal time: 41 s, completed Nov 29, 2026, 7:41:57\u202fAM\x1b[0m"),
		},
	},
	{
		name:   "maven-simplelogger-thread-name",
		source: "Maven 3.9 run as `mvn -B -T 4 -Dorg.slf4j.simpleLogger.showThreadName=true package` (SimpleLogger's thread name in brackets before Maven's bracketed level, `[WARNING]` from conf/logging/simplelogger.properties' warnLevelString, the builder threads named `BuilderThread N`): maven.apache.org MavenSimpleLogger and SimpleLogger API docs, qcastel/docker-maven-release simplelogger.properties, rmannibucau/maven-log-configurer-extension README; the thread names from memory",
		why:    "a thread name in brackets, then the level in brackets, no time; `[41,27]` after a path is a position; `BUILD FAILURE` under [INFO] is an info line",
		entries: []worldEntry{
			we("", Info, "", "[main] [INFO] Scanning for projects..."),
			we("", Info, "", "[main] [INFO] Using the MultiThreadedBuilder implementation with a thread count of 4"),
			we("", Info, "", "[BuilderThread 1] [INFO] --- compiler:3.13.0:compile (default-compile) @ shop-core ---"),
			we("", Warn, "", "[BuilderThread 2] [WARNING] Parameter 'optimize' (user property 'maven.compiler.optimize') is deprecated: This property is a no-op in javac."),
			we("", Error, "", "[BuilderThread 1] [ERROR] /home/ci/shop/shop-core/src/main/java/shop/core/Cart.java:[41,27] cannot find symbol"),
			we("", Info, "", "[main] [INFO] BUILD FAILURE"),
		},
	},
}

func TestFresh455Formats(t *testing.T) { assertTable(t, fresh455Cases) }
func TestFresh455Score(t *testing.T) {
	checkScore(t, "fresh455 formats", fresh455Cases, [worldNumFields]float64{85.9, 80.1, 92.5, 79.5})
}
