package parse

import "testing"

// The six-hundred-and-forty-first fresh table: process supervisors and init helpers, the lines
// people paste when a supervised service will not stay up, in shapes no earlier table holds. Each
// family is one product's documented or observed output: tini as a container's init (`[WARN  tini
// (7)]` with its three-line subreaper warning, `[INFO  tini (1)]`, `[FATAL tini (1)]`); dumb-init's
// `--verbose` lines behind `docker logs -t`; s6-supervise's and s6-svscan's untimed skalibs
// complaints (`s6-supervise name: warning: …`, `fatal:`); a systemd-nspawn@ unit's console in the
// host journal and systemd-nspawn's boot console on a terminal; the Go supervisord
// (ochinchina/supervisord) in logrus's text form in its log file and in logrus's TTY form
// (`INFO[0000]`) on a terminal; EPICS procServ's log file with `--logstamp`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`supervisord`, `supervisor`, `spawned: '`, `success: `,
// `entered RUNNING`, `CRIT Supervisor`, `exited: `, `supervisorctl`, `childutils`,
// `eventlistener`, `superlance`, `crashmail`, `memmon`, `httpok`, `fatalmailbatch`, `multivisor`,
// `cesi`, `PROCESS_STATE`, `supervisor-event`, `s6-svscan`, `s6-supervise`, `s6-rc`, `s6-rc: info`,
// `s6-rc-init`, `s6-log`, `s6-overlay`, `s6-linux-init`, `s6-svwait`, `cont-init`, `fix-attrs`,
// `services.d`, `uncaught-logs`, `unable to spawn ./run`, `runit`, `runit-init`, `svlogd`,
// `runsv`, `runsvdir`, `chpst`, `sv status`, `@4000`, `tai64`, `multilog`, `daemontools`,
// `svstat`, `svc -`, `pm2`, `PM2 `, `PM2  `, `PM2        |`, `PM2 log:`, `PM2 error:`,
// `pm2-runtime`, `[TAILING]`, `last 15 lines`, `forever`, `forever `, `Forever detected`,
// `Script restart attempt`, `Restarting script because`, `foreverd`, `forever-monitor`,
// `circus`, `circusd`, `circus[`, `circusd-stats`, `circusctl`, `monit`, `monit\[`, `monit: `,
// `'nginx'`, `M/Monit`, `mmonit`, `Monit 5`, `Starting Monit`, `Monit daemon with`,
// `'localhost' Monit`, `Awakened by User`, `systemd-nspawn`, `nspawn`, `systemd-nspawn[`,
// `Spawning container`, `three times within 1s`, `Press ^] three times`, `machinectl`,
// `exited successfully`, `Container `, `tini`, `tini (`, `Tini is not`, `child subreaper`,
// `dumb-init`, `[dumb-init]`, `Child spawned with PID`, `catatonit`, `ochinchina`,
// `success to start program`, `try to start program`, `INFO[0000]`, `procServ`, `@@@ `,
// `sigChild`, `Restarting child`, `logstamp`, `god `, `god.log`, `eye `, `bluepill`, `upstart`,
// `init:`, `openrc`, `supervise-daemon`, `supervise`, `start-stop-daemon`, `runlevel`,
// `rc.local`, `chaperone`, `horust`, `immortal`, `procd`, `dinit`, `dinitctl`, `shepherd`,
// `perpd`, `tinylog`, `finit`, `nosh`, `nssm`, `winsw`, `servy`, `wrapper  |`,
// `Wrapper Started`, `jvm 1    |`, `wrapper.log`, `WrapperSimpleApp`, `goreman`, `hivemind`,
// `overmind`, `foreman`, `honcho`, `Procfile`, `nodemon`, `[nodemon]`, `emperor`, `uwsgi`,
// `*** Starting uWSGI`, `[emperor]`, `vassal`, `strongloop`, `launchd`, `launchctl`,
// `daemon(1)`, `libslack`, `Overseer`, `ofelia`, `procman`, `TRAC `, `[ N 20`, `HUP`,
// `keepalive`, `mgmtd`). None of tini's, dumb-init's, s6-supervise's or s6-svscan's own lines,
// systemd-nspawn's console, the Go supervisord or procServ is in any table (`INFO[0000]` matches
// logrus's TTY form of other products; `@@@ `, `Restarting child`, `exited successfully` and
// `logstamp` match other products' lines). Left out as measured already: the Python supervisord's
// log and child logs (debug, blather, under Docker, under Cloudera's agent), s6-log and
// s6-overlay's stage lines, svlogd and socklog, multilog with TAI64N, PM2's daemon log, its
// `pm2 logs` prefixes and its JSON log, forever's log file, circusd's log, Monit's log and its
// syslog form, OpenRC, Upstart, dinit, the shepherd, procd, WinSW, NSSM, the Java Service Wrapper,
// foreman, honcho, overmind, goreman, hivemind, nodemon, the uWSGI emperor. Left out as tried
// before: `pm2 logs` with its [TAILING] note and the PM2 daemon's column, which fresh166 had to
// replace because TestRepeatedLinesReadAlike rejected it. Left out as not confirmed by any search:
// catatonit's messages, bluepill's log, horust's, and Servy's log line (only its message texts were
// found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). tini's, s6's and nspawn's console lines and the Go supervisord's TTY lines
// carry no time: their entries have none (logrus's `[0004]` is seconds since start, no time of
// day). dumb-init's lines take Docker's RFC 3339 stamp in Z. The Go supervisord's text form has
// `time="…+01:00"`, converted to UTC. The journal's `Nov 29 07:41:16` has no year (2026) and no
// zone (UTC); procServ's `[2026-11-29 07:41:16]` has no zone (UTC). Levels only where the line
// marks one: tini's word in its bracket (FATAL is Critical), skalibs' `warning:` and `fatal:` after
// the program and service name, logrus's level= and its four-letter TTY word (DEBU, INFO, ERRO), the
// Python logging `INFO:__main__:` of dumb-init's child; dumb-init's `[dumb-init]` tag, the guest's
// `[  OK  ]` status column, procServ's `@@@` marker and the journal lines carry none. The host is
// the record's host field: only the journal's (`vmhost01`); s6's service names, the Go
// supervisord's program= and procServ's IOC name are no hosts. A record that spans lines is one
// entry: tini's subreaper warning (one message over three lines) and nspawn's `Spawning container`
// banner with its `Press ^] three times` line (one log_info); the guest's indented `Starting …` and
// `Stopping …` lines are records of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (procServ's stamp brackets and its `@@@` texts, the one family that rests
// on memory, and tini's INFO texts). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0883e68 before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 95.0 %.
// That is the macro figure (micro: level 90.9 %, time 100.0 %, host 100.0 %, records 95.5 %), in a
// worktree at 0883e68 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are tini's level word inside its `[WARN  tini (7)]` bracket, which
// trawl does not read (and the two lines under its warning split off), and nspawn's two-line
// `Spawning container` banner, whose second line trawl splits off as a record of its own.
//
// go test ./parse -run Fresh641 -v

var fresh641Cases = []worldCase{
	{
		name:   "tini-verbose-docker-logs",
		source: "tini as a container's init (`docker run --init`, or `ENTRYPOINT [\"tini\", \"-v\", \"--\"]`) read with plain `docker logs`: tini's own lines `[LEVEL tini (pid)] msg` with the level word padded to five (INFO, WARN, FATAL; INFO only with -v), the subreaper warning written as one message over three lines, the child's own output in between: balena-io-library/resin-rpi-raspbian PR #63, Cisco-Talos/clamav-docker issue #80, NVIDIA/enroot issue #82, krallin/tini PR #7 (the warning); the INFO texts from memory of tini.c",
		why:    "no time and no host anywhere; the level word inside the bracket before `tini (pid)`; the three-line subreaper warning is one record; the child's plain line has no level",
		entries: []worldEntry{
			we("", Warn, "",
				"[WARN  tini (7)] Tini is not running as PID 1 and isn't registered as a child subreaper.",
				"Zombie processes will not be re-parented to Tini, so zombie reaping won't work.",
				"To fix the problem, use the -s option or set the environment variable TINI_SUBREAPER to register Tini as a child subreaper, or run Tini as PID 1."),
			we("", Info, "", "[INFO  tini (7)] Spawned child process '/usr/local/bin/relay-entrypoint.sh' with pid '8'"),
			we("", Unknown, "", "relay: listening on 0.0.0.0:7400 (queue depth 64)"),
			we("", Info, "", "[INFO  tini (7)] Main child exited normally (with status '0')"),
			we("", Critical, "", "[FATAL tini (7)] exec /usr/local/bin/relay-entrypoint.sh failed: No such file or directory"),
		},
		gap: "the level word inside tini's `[WARN  tini (7)]` bracket (INFO, WARN, FATAL) is not read, and the two untimed lines under the WARN are split off as records of their own",
	},
	{
		name:   "dumb-init-verbose-docker-logs-t",
		source: "dumb-init run with `--verbose` (or DUMB_INIT_DEBUG) as a container's PID 1 and read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp, then dumb-init's untimed `[dumb-init] msg` lines: Running in debug mode, Child spawned with PID n, setsid complete, Received signal n, Forwarded signal n to children, Child exited with status n. Goodbye.; the child's Python logging default `LEVEL:name:msg` in between): Yelp/dumb-init PR #53 and issues #136 and #260",
		why:    "the time is Docker's stamp; `[dumb-init]` is a process tag, no level; the child's `INFO:__main__:` line leads with its level; signal 15 and PIDs are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117893Z", Unknown, "", "2026-11-29T07:41:16.204117893Z [dumb-init] Running in debug mode."),
			we("2026-11-29T07:41:16.204301557Z", Unknown, "", "2026-11-29T07:41:16.204301557Z [dumb-init] Child spawned with PID 7."),
			we("2026-11-29T07:41:16.204388120Z", Unknown, "", "2026-11-29T07:41:16.204388120Z [dumb-init] setsid complete."),
			we("2026-11-29T07:41:16.731640002Z", Info, "", "2026-11-29T07:41:16.731640002Z INFO:__main__:Loading config file at /etc/harbourd/config.json"),
			we("2026-11-29T07:52:03.118854711Z", Unknown, "", "2026-11-29T07:52:03.118854711Z [dumb-init] Received signal 15."),
			we("2026-11-29T07:52:03.118902396Z", Unknown, "", "2026-11-29T07:52:03.118902396Z [dumb-init] Forwarded signal 15 to children."),
			we("2026-11-29T07:52:03.402771954Z", Unknown, "", "2026-11-29T07:52:03.402771954Z [dumb-init] Child exited with status 143. Goodbye."),
		},
	},
	{
		name:   "s6-supervise-skalibs-warnings-untimed",
		source: "s6-supervise and s6-svscan complaining on a container's console (skalibs' strerr `prog name: warning: msg` and `prog: fatal: msg`, no time; `unable to spawn ./run - waiting 10 seconds` in s6 2.10, `(waiting 60 seconds): reason` later): homebridge/docker-homebridge issue #327, just-containers/s6-overlay issue #606, linuxserver/docker-baseimage-ubuntu issue #173, mbentley/docker-timemachine issue #92",
		why:    "no time and no host; the level is the word after the program and service name (`warning:` Warn, `fatal:` Critical); the service name is no host",
		entries: []worldEntry{
			we("", Critical, "", "s6-supervise (child): fatal: unable to exec run: No such file or directory"),
			we("", Warn, "", "s6-supervise mqtt-bridge: warning: unable to spawn ./run - waiting 10 seconds"),
			we("", Warn, "", "s6-supervise webdav: warning: unable to spawn ./run (waiting 60 seconds): Permission denied"),
			we("", Warn, "", "s6-supervise avahi: warning: can't happen: timeout while the service is up!"),
			we("", Warn, "", "s6-svscan: warning: unable to iopause: Operation not permitted"),
		},
	},
	{
		name:   "systemd-nspawn-unit-journal",
		source: "a container run by systemd-nspawn@web1.service (`--quiet --boot`), its console forwarded into the host's journal and read with journalctl (BSD short lines `Mmm dd HH:mm:ss host systemd-nspawn[pid]: …` with the guest's `[  OK  ]` status lines and its indented `Stopping …` lines, the host systemd's `Starting Container web1...`, nspawn's own `Container web1 exited successfully.`): systemd/systemd issue #20606 (a pasted journal), PR #25582 (nspawn.c's messages)",
		why:    "the journal's time and host; the guest's `[  OK  ]` column is a status, no level; the indented `Stopping` line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "vmhost01", "Nov 29 07:41:16 vmhost01 systemd[1]: Starting Container web1..."),
			we("2026-11-29T07:41:17Z", Unknown, "vmhost01", "Nov 29 07:41:17 vmhost01 systemd-nspawn[2279]: [  OK  ] Reached target Multi-User System."),
			we("2026-11-29T07:41:17Z", Unknown, "vmhost01", "Nov 29 07:41:17 vmhost01 systemd[1]: Started Container web1."),
			we("2026-11-29T07:45:02Z", Unknown, "vmhost01", "Nov 29 07:45:02 vmhost01 systemd-nspawn[2279]: web1 login: Trying to halt container. Send SIGTERM again to trigger immediate termination."),
			we("2026-11-29T07:45:02Z", Unknown, "vmhost01", "Nov 29 07:45:02 vmhost01 systemd-nspawn[2279]:          Stopping Regular background program processing daemon..."),
			we("2026-11-29T07:45:04Z", Unknown, "vmhost01", "Nov 29 07:45:04 vmhost01 systemd-nspawn[2279]: Container web1 exited successfully."),
		},
	},
	{
		name:   "systemd-nspawn-boot-console",
		source: "systemd-nspawn -b -D /var/lib/machines/build42 on a terminal (nspawn's `Spawning container NAME on PATH.` and `Press ^] three times within 1s to kill container.` written by one log_info, then the guest's boot console: `[  OK  ]` lines and indented `Starting …` lines, then `Container NAME exited successfully.`): systemd/systemd PR #25582 (the log_info in nspawn.c), coreos/toolbox PR #5, systemd/systemd issue #9293 (the guest's console)",
		why:    "no time, no level, no host; nspawn's two-line banner is one message; every console status line, indented or not, is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "",
				"Spawning container build42 on /var/lib/machines/build42.",
				"Press ^] three times within 1s to kill container."),
			we("", Unknown, "", "[  OK  ] Reached target Basic System."),
			we("", Unknown, "", "         Starting Journal Service..."),
			we("", Unknown, "", "[  OK  ] Started Journal Service."),
			we("", Unknown, "", "Container build42 exited successfully."),
		},
		gap: "nspawn's `Press ^] three times within 1s to kill container.` under `Spawning container …` is split off as a record of its own instead of staying with the banner it was written with",
	},
	{
		name:   "ochinchina-supervisord-logrus-text",
		source: "ochinchina/supervisord (the Go supervisord) with `logfile=` set: logrus's text formatter `time=\"RFC3339\" level=word msg=\"…\" program=name`: ochinchina/supervisord issues #226 (a pasted log) and #110 (the same lines through syslog)",
		why:    "the time is the quoted time= pair with its offset (+01:00); the level is level=; program= names a child, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="try to start program" program=ledger-api`),
			we("2026-11-29T07:41:17Z", Info, "", `time="2026-11-29T08:41:17+01:00" level=info msg="success to start program" program=ledger-api`),
			we("2026-11-29T07:41:18Z", Debug, "", `time="2026-11-29T08:41:18+01:00" level=debug msg="wait program exit" program=ledger-api`),
			we("2026-11-29T07:41:19Z", Info, "", `time="2026-11-29T08:41:19+01:00" level=info msg="program stopped with status:exit status 1" program=ledger-worker`),
			we("2026-11-29T07:41:22Z", Error, "", `time="2026-11-29T08:41:22+01:00" level=error msg="fail to start program because retry times is greater than 3" program=ledger-worker`),
		},
	},
	{
		name:   "ochinchina-supervisord-logrus-tty",
		source: "ochinchina/supervisord run in the foreground on a terminal (logrus's TTY form `LEVL[ssss] msg` padded to a column, then `key=value` fields; the bracketed number is seconds since start): ochinchina/supervisord issue #45 (a pasted console)",
		why:    "a four-letter level before a bracketed count of seconds since start, which is no time of day; program= is a child, no host",
		entries: []worldEntry{
			we("", Info, "", "INFO[0000] create process:fileshare"),
			we("", Info, "", "INFO[0000] try to start program                          program=fileshare"),
			we("", Info, "", "INFO[0000] success to start program                      program=fileshare"),
			we("", Debug, "", "DEBU[0001] wait program exit                             program=fileshare"),
			we("", Error, "", "ERRO[0004] fail to start program because retry times is greater than 3  program=fileshare"),
			we("", Info, "", "INFO[0006] receive a signal to stop all process & exit   signal=terminated"),
		},
	},
	{
		name:   "procserv-logfile-logstamp",
		source: "EPICS procServ keeping a soft IOC with `--logfile ioc.log --logstamp --timefmt '%Y-%m-%d %H:%M:%S'` (each logged line behind the stamp `[<timefmt>] `; procServ's own `@@@ …` lines: Restarting child, the child's PID, Received a sigChild; the IOC's console output in between): ralphlange/procServ issue #38 (the options on a running instance) and issue #73; the stamp's brackets and the `@@@` texts from memory",
		why:    "a zone-less date and time in brackets (UTC by the rules); `@@@` marks procServ's own line, no level; the IOC name and PIDs are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[2026-11-29 07:41:16] @@@ Restarting child "ioc-bpm3"`),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] @@@    (as ./st.cmd)"),
			we("2026-11-29T07:41:16Z", Unknown, "", `[2026-11-29 07:41:16] @@@ The PID of new child "ioc-bpm3" is: 40212`),
			we("2026-11-29T07:41:18Z", Unknown, "", "[2026-11-29 07:41:18] iocRun: All initialization complete"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[2026-11-29 07:43:02] @@@ Received a sigChild for process 40212. The process was killed by signal 9"),
		},
	},
}

func TestFresh641Formats(t *testing.T) { assertTable(t, fresh641Cases) }
func TestFresh641Score(t *testing.T) {
	checkScore(t, "fresh641 formats", fresh641Cases, [worldNumFields]float64{89.9, 99.9, 99.9, 94.9})
}
