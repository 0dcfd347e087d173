package parse

import "testing"

// The three-hundred-and-fifth fresh table, written on 2026-12-06: the domains of the public labelled
// log datasets (HDFS and Hadoop, the BGL and Thunderbird supercomputers, ZooKeeper, OpenStack,
// Proxifier, HealthApp, macOS, Windows CBS, Android, Apache, OpenSSH, Linux syslog), a tenth pass
// after fresh16, fresh68, fresh80, fresh102, fresh110, fresh118, fresh127, fresh130 and fresh151,
// taking variants and neighbouring files those datasets do not hold, in shapes no earlier table
// holds. Each family is one product's documented or observed output: memtest86+ 9's machine-readable
// serial log (`MTLOG ts=<seconds since start> ev=<event> key=value`, the board's clock once in an
// `rtc=` pair), as a cluster node's burn-in captures it over its serial console; stress-ng's
// console in a node burn-in (`stress-ng: level: [pid]`, untimed, its `fail:` and `metrc:` tags); the
// Simple Event Correlator's --log file over Thunderbird-style cluster syslog (ctime stamps, quoted
// syslog lines in its action messages); Hadoop's TestDFSIO_results.log (one block a run, its time a
// java.util.Date with a CET abbreviation); confd with its ZooKeeper backend, whose stderr mixes
// confd's own lines (an offset, a host, a level) with the go-zookeeper client's zone-less Go log
// lines; paramiko's log_to_file() file (`DEB [yyyyMMdd-HH:mm:ss.SSS] thr=N`, a traceback logged line
// by line); mod_dav_svn's operational log through httpd's CustomLog (`%t %u %{SVN-ACTION}e`);
// ConsoleKit's /var/log/ConsoleKit/history (epoch with milliseconds, a session's ISO creation time
// inside the event); Installomator 0.x's log on macOS (a date, then the label where a syslog host
// would stand, no level); hev-socks5-tunnel's log file (a bracketed zone-less time and one level
// letter), the system-wide SOCKS client a Proxifier user moves to on Linux and in VPN apps.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`memtest`, `MTLOG`, `ev=info`, `ev=start`, `rtc=`, `stress-ng`, `dispatching hogs`,
// `bogo ops`, `metrc`, `Simple Event Correlator`, `SEC (`, `sec.pl`, `rules loaded`,
// `Creating context`, `Executing shell command`, `: Reading configuration`, `TestDFSIO`,
// `Date & time`, `Throughput mb/sec`, `NNBench`, `TeraSort`, `confd`, `go-zookeeper`,
// `Authenticated: id=`, `Re-submitting`, `Recv loop terminated`, `zk: `, `kazoo`, `paramiko`,
// `paramiko.transport`, `thr=`, `DEB [`, `DEB [20`, `libssh`, `ssh_connect`, `mod_dav_svn`,
// `svnserve`, `subversion`, `SVN-ACTION`, `svn_logfile`, `checkout-or-export`, `get-dir`,
// `get-file`, `send-copyfrom-args`, `depth=infinity`, ` commit r`, `ConsoleKit`, `type=SEAT`,
// `SEAT_SESSION`, `SYSTEM_START`, `session-creation-time`, `Installomator`, `shifting arguments`,
// `################## Start`, `hev-socks5`, `socks5 tunnel`, `socks5 session`, `tun2socks`,
// `Psiphon`, `badvpn`, `ProxyCap`, `SocksCap`, `SetupDiag`, `poqexec`, `wevtutil`, `Event[0]`,
// `SoftwareDistribution.log`, `Select-String`, `DEPNotify`, `swiftDialog`, `Microsoft AutoUpdate`,
// `shutdown_monitor`, `Exhibitor`, `zkui`, `devstack`, `stack.sh`, `kolla_set_configs`,
// `diskimage-builder`, `stestr`, `subunit`, `nova-status`, `Android emulator`, `avdmanager`,
// `Step_`, `HealthApp`, `Proxifier`). memtest86+, stress-ng, the Simple Event Correlator, TestDFSIO,
// go-zookeeper, paramiko's own file, mod_dav_svn, ConsoleKit and hev-socks5-tunnel are in none (the
// `ev=info` hit is another product's key, the `Creating context` hit a Kubernetes line, the `DEB [`
// hits MediaMTX's level tag). confd appears only as a component of calico-node (fresh239), not as
// the standalone daemon with its ZooKeeper client; paramiko only through zettarepl's own formatter
// (fresh46); Installomator is in fresh18 in its 9.x/10.x layout with ` : LEVEL : label : `, the 0.x
// layout without a level is in none. Left out as measured already: svnserve's --log-file (fresh34),
// the kazoo ZooKeeper client (fresh112), Proxifier's own log (world_test.go, fresh110, fresh151),
// HealthApp's line (world_test.go, fresh151), Windows' servicing and setup logs (CBS, DISM,
// Panther, SetupAPI, WindowsUpdate, ReportingEvents, WSUS, wevtutil's text, findstr and
// Select-String over them: world_test.go, fresh16, fresh68, fresh115, fresh134, fresh167, fresh233),
// the Android emulator's console (fresh8, fresh129, fresh161), devstack and kolla's start-up lines
// (fresh21, fresh222). Left out as not confirmed by a search: stress-ng's --timestamp option,
// SetupDiag's results file (a report, no log), diskimage-builder's stamped output and stestr's
// worker lines. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). memtest86+'s ts= is seconds since the program started, no clock: only the
// line that carries the board's clock in rtc= has a time, the zone-less rtc taken as UTC. stress-ng's
// console has no time. SEC's ctime stamp, paramiko's `20261129-07:41:16.204`, Installomator's and
// hev-socks5-tunnel's stamps and go-zookeeper's `2026/11/29 02:41:16` have no zone and are taken as
// UTC (so go-zookeeper's lines are not the instant of confd's -05:00 lines beside them, as the rules
// say); TestDFSIO's `Sun Nov 29 08:41:16 CET 2026` is converted from +01:00, httpd's %t from its
// +0100; ConsoleKit's epoch is the event's time, and a session-added event's creation time is the
// same instant, so either is accepted there, while a session-removed event's creation time is an
// earlier instant and not the record's. Levels only where the line marks one: stress-ng's level word
// (fail as Error; metrc is the metrics table's tag, no level), confd's level word, paramiko's three
// letters (DEB, INF, WAR, ERR), hev-socks5-tunnel's letter; memtest86+'s ev= is an event kind and no
// level, and SEC writes its severities only to syslog. The host is the record's host field: confd's
// hostname after its stamp; a ZooKeeper server's address, a client, a remote host of a session, an
// Installomator label in the host's position and the host inside a syslog line that SEC quotes are
// not the record's host. A record that spans lines is one entry: a TestDFSIO block (the header, its
// key: value lines and the empty line after them); each of paramiko's traceback lines carries its
// own prefix and is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 761f824 before any rule for it: level 96.7 %, time 90.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 95.3 %, time 96.5 %, host 100.0 %, records 100.0 %), in a
// worktree at 761f824 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 10 families fully right (memtest86+'s MTLOG lines, stress-ng's console, SEC's log, confd with
// go-zookeeper, mod_dav_svn's operational log, ConsoleKit's history, Installomator 0.x and
// hev-socks5-tunnel); the gaps are the time of a TestDFSIO results block, which stands on its
// second line, and paramiko's `DEB` at the start of a line.

var fresh305Cases = []worldCase{
	{
		name:   "memtest86plus-mtlog-serial-log",
		source: "memtest86+ 9 booted with the `log` option on a cluster node's serial console (one line per event, `MTLOG ts=<sec> ev=<event> key=value`: the start banner, info lines with the board's clock as rtc=\"…\", cpu, board and memory size, spd lines per slot, 10-second progress beacons with pass_pct and test_pct, a final ev=done): memtest86plus/memtest86plus PR #640 (the format and its sample), PR #638 and issue #408; the tick and done keys beyond pass_pct and test_pct from memory",
		why:    "ts= counts seconds since start and is no clock; only the info line's rtc=\"2026-11-29 07:41:16\" is a time; ev=info is an event kind, not a level; the board serial and SPD part numbers are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "MTLOG ts=0.0 ev=start version=9.00.4e2b1c7 arch=x64"),
			we("2026-11-29T07:41:16Z", Unknown, "", `MTLOG ts=6.1 ev=info rtc="2026-11-29 07:41:16"`),
			we("", Unknown, "", `MTLOG ts=6.1 ev=info cpu="AMD EPYC 9454 48-Core Processor"`),
			we("", Unknown, "", `MTLOG ts=6.1 ev=info board="Supermicro H13SSL-N"`),
			we("", Unknown, "", "MTLOG ts=6.1 ev=info mem_mb=385024"),
			we("", Unknown, "", `MTLOG ts=6.2 ev=spd slot=1 size_mb=32768 type=DDR5 freq=4800 ecc=1 mfg="Samsung" sku="M321R4GA3BB6-CQKET"`),
			we("", Unknown, "", "MTLOG ts=16.2 ev=tick pass=0 pass_pct=0 test=0 test_pct=41"),
			we("", Unknown, "", "MTLOG ts=26.2 ev=tick pass=0 pass_pct=1 test=1 test_pct=7"),
			we("", Unknown, "", "MTLOG ts=41877.5 ev=done passes=2 errors=0"),
		},
	},
	{
		name:   "stress-ng-burnin-console",
		source: "stress-ng 0.17/0.18 run by a node burn-in script with its output kept in a file (`stress-ng: level: [pid] msg`, the level word padded after its colon: info, debug, warn, fail, and metrc for the --metrics table): canonical/checkbox issues #1173 and #800, ColinIanKing/stress-ng issues #125 and #30, sched-ext/scx PR #896 (the metrc table)",
		why:    "no time anywhere; the level word after the program name; fail: is an error, metrc: the metrics table's tag and no level; the real-time seconds and bogo-op counts are no times; the pid in brackets is a worker's",
		entries: []worldEntry{
			we("", Info, "", "stress-ng: info:  [48211] setting to a 1 hour run per stressor"),
			we("", Info, "", "stress-ng: info:  [48211] dispatching hogs: 96 cpu, 12 vm, 4 hdd"),
			we("", Debug, "", "stress-ng: debug: [48211] 96 processors online, 96 processors configured"),
			we("", Warn, "", "stress-ng: warn:  [48211] hdd: free space on /scratch/burnin is low, some writes may fail with ENOSPC"),
			we("", Error, "", "stress-ng: fail:  [48290] vm: detected 3 bit errors while stressing memory"),
			we("", Unknown, "", "stress-ng: metrc: [48211] stressor       bogo ops real time  usr time  sys time   bogo ops/s     bogo ops/s"),
			we("", Unknown, "", "stress-ng: metrc: [48211] cpu            91822317   3600.02 345401.12     71.44     25505.91         265.79"),
			we("", Info, "", "stress-ng: info:  [48211] failed: 12: vm (12)"),
			we("", Info, "", "stress-ng: info:  [48211] unsuccessful run completed in 3600.41 secs"),
		},
	},
	{
		name:   "sec-event-correlator-logfile",
		source: "SEC 2.9, the Simple Event Correlator, run with --detach --log=/var/log/sec.log over a cluster's aggregated syslog: log_msg() writes `scalar(localtime(time())): msg` (a ctime date, no zone) for every severity, the severities going only to syslog; a logonly action writes its event text, here with the matched syslog line: simple-evcorr/sec's sec (log_msg, open_logfile, the version and working-directory messages), simple-evcorr.github.io (the man page); the configuration, input, context, shell-command and child messages from memory",
		why:    "a ctime date first with the year last and no zone; no level; an action message that quotes a syslog line carries that line's own date and node name, which are not the record's time and host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: SEC (Simple Event Correlator) 2.9.2"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Changing working directory to /"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Reading configuration from /etc/sec/cluster-ras.sec"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: 11 rules loaded from /etc/sec/cluster-ras.sec"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Opening input file /var/log/cluster/messages"),
			we("2026-11-29T07:52:03Z", Unknown, "", "Sun Nov 29 07:52:03 2026: Creating context 'ECC_cn117'"),
			we("2026-11-29T07:52:03Z", Unknown, "", "Sun Nov 29 07:52:03 2026: ECC threshold on cn117: Nov 29 07:52:01 cn117 kernel: EDAC MC1: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#2_DIMM#1 (channel:2 slot:1 page:0x5a2c1 offset:0x40 grain:32 syndrome:0x0)"),
			we("2026-11-29T07:52:03Z", Unknown, "", `Sun Nov 29 07:52:03 2026: Executing shell command '/usr/local/sbin/drain-node cn117 "ECC threshold"'`),
			we("2026-11-29T07:52:04Z", Unknown, "", "Sun Nov 29 07:52:04 2026: Child 51220 terminated with exitcode 0"),
		},
	},
	{
		name:   "hadoop-testdfsio-results-file",
		gap:    "trawl joins each run's block into one record but gives it no time: the block's first line `----- TestDFSIO ----- : write` has none, and the `Date & time: Sun Nov 29 08:41:16 CET 2026` line inside the block (a date trawl reads when the line stands alone) is not taken as the record's time",
		source: "Hadoop's TestDFSIO benchmark (hadoop-mapreduce-client-jobclient-*-tests.jar TestDFSIO -write/-read) appending its summary to the local TestDFSIO_results.log (-resFile): analyzeResult() writes `----- TestDFSIO ----- : write`, `Date & time: ` with java.util.Date's toString (`EEE MMM dd HH:mm:ss zzz yyyy`, the JVM's zone abbreviation), the file count, MBytes, rates, deviation and exec seconds right-aligned on their colons, then an empty line: TestDFSIO.java (analyzeResult), a TestDFSIO README pasting a results file of two runs, blog posts pasting the same lines from the console",
		why:    "a block per run: the header, the indented key: value lines and the empty line are one record; its time is the Date & time line's, CET before the year (+01:00); the rates, sizes and exec seconds are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"----- TestDFSIO ----- : write",
				"            Date & time: Sun Nov 29 08:41:16 CET 2026",
				"        Number of files: 64",
				" Total MBytes processed: 65536",
				"      Throughput mb/sec: 141.27",
				" Average IO rate mb/sec: 148.9",
				"  IO rate std deviation: 31.62",
				"     Test exec time sec: 71.84",
				""),
			we("2026-11-29T07:44:02Z", Unknown, "",
				"----- TestDFSIO ----- : read",
				"            Date & time: Sun Nov 29 08:44:02 CET 2026",
				"        Number of files: 64",
				" Total MBytes processed: 65536",
				"      Throughput mb/sec: 402.55",
				" Average IO rate mb/sec: 433.1",
				"  IO rate std deviation: 88.04",
				"     Test exec time sec: 38.12",
				""),
			we("2026-11-29T08:02:47Z", Unknown, "",
				"----- TestDFSIO ----- : write",
				"            Date & time: Sun Nov 29 09:02:47 CET 2026",
				"        Number of files: 128",
				" Total MBytes processed: 131072",
				"      Throughput mb/sec: 96.4",
				" Average IO rate mb/sec: 104.77",
				"  IO rate std deviation: 40.9",
				"     Test exec time sec: 152.3",
				""),
		},
	},
	{
		name:   "confd-zookeeper-backend-stderr",
		source: "confd 0.16 run with `-backend zookeeper -node … -log-level debug`, its stderr kept by the wrapper that starts it: confd's own lines (`RFC 3339 time with the local offset, hostname, confd[pid]: LEVEL msg`) interleaved with the lines the vendored samuel/go-zookeeper client writes through Go's default logger (`yyyy/MM/dd HH:mm:ss msg`, local time, no zone): kelseyhightower/confd issue #711 (both on one screen), samuel/go-zookeeper PR #139 (re-submitting credentials), go-zookeeper tutorials pasting `Connected to`, `Authenticated: id=…` and `Recv loop terminated: err=EOF`",
		why:    "two layouts in one stream: confd's time with a -05:00 offset, its host field and level word; go-zookeeper's slashed zone-less time, taken as UTC and so not confd's instant, with no level and no host; the ZooKeeper servers' addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cfg-02", "2026-11-29T02:41:16-05:00 cfg-02 confd[4411]: INFO Backend set to zookeeper"),
			we("2026-11-29T07:41:16Z", Info, "cfg-02", "2026-11-29T02:41:16-05:00 cfg-02 confd[4411]: INFO Starting confd"),
			we("2026-11-29T07:41:16Z", Info, "cfg-02", "2026-11-29T02:41:16-05:00 cfg-02 confd[4411]: INFO Backend source(s) set to 10.30.0.11:2181, 10.30.0.12:2181, 10.30.0.13:2181"),
			we("2026-11-29T02:41:16Z", Unknown, "", "2026/11/29 02:41:16 Connected to 10.30.0.12:2181"),
			we("2026-11-29T02:41:16Z", Unknown, "", "2026/11/29 02:41:16 Authenticated: id=216172782113783827, timeout=4000"),
			we("2026-11-29T02:41:16Z", Unknown, "", "2026/11/29 02:41:16 Re-submitting `0` credentials after reconnect"),
			we("2026-11-29T07:41:16Z", Debug, "cfg-02", "2026-11-29T02:41:16-05:00 cfg-02 confd[4411]: DEBUG Retrieving keys from store"),
			we("2026-11-29T07:41:16Z", Debug, "cfg-02", "2026-11-29T02:41:16-05:00 cfg-02 confd[4411]: DEBUG Key prefix set to /services/haproxy"),
			we("2026-11-29T07:41:17Z", Error, "cfg-02", "2026-11-29T02:41:17-05:00 cfg-02 confd[4411]: ERROR zk: node does not exist"),
			we("2026-11-29T02:46:40Z", Unknown, "", "2026/11/29 02:46:40 Recv loop terminated: err=EOF"),
			we("2026-11-29T02:46:40Z", Unknown, "", "2026/11/29 02:46:40 Send loop terminated: err=<nil>"),
		},
	},
	{
		name:   "paramiko-log-to-file",
		source: "a script's SSH/SFTP session logged with paramiko.util.log_to_file() (`%(levelname)-.3s [%(asctime)s.%(msecs)03d] thr=%(_threadid)-3d %(name)s: %(message)s`, datefmt `%Y%m%d-%H:%M:%S`: the level cut to three letters, a compact local date and time): deoren/notes python/logging.md (util.log_to_file quoted), blacknbunny/CVE-2018-10933 issue #14 and SoledaD208/CVE-2018-10933 issue #4 (files pasted); the traceback written one ERR line per line, as paramiko 2.x's _log(ERROR, util.tb_strings()) does, and the WAR message from memory",
		why:    "DEB, INF, WAR and ERR are levels; `20261129-07:41:16.204` runs the date and time together with a hyphen; thr=1 is a thread number; each traceback line has its own prefix and is a record of its own; the remote's version string is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "DEB [20261129-07:41:16.204] thr=1   paramiko.transport: starting thread (client mode): 0x7a3c1e90"),
			we("2026-11-29T07:41:16.205Z", Debug, "", "DEB [20261129-07:41:16.205] thr=1   paramiko.transport: Local version/idstring: SSH-2.0-paramiko_3.5.1"),
			we("2026-11-29T07:41:16.231Z", Debug, "", "DEB [20261129-07:41:16.231] thr=1   paramiko.transport: Remote version/idstring: SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5"),
			we("2026-11-29T07:41:16.231Z", Info, "", "INF [20261129-07:41:16.231] thr=1   paramiko.transport: Connected (version 2.0, client OpenSSH_9.6p1)"),
			we("2026-11-29T07:41:16.262Z", Debug, "", "DEB [20261129-07:41:16.262] thr=1   paramiko.transport: Kex agreed: curve25519-sha256@libssh.org"),
			we("2026-11-29T07:41:16.41Z", Info, "", "INF [20261129-07:41:16.410] thr=1   paramiko.transport: Authentication (publickey) successful!"),
			we("2026-11-29T07:41:16.502Z", Info, "", "INF [20261129-07:41:16.502] thr=2   paramiko.transport.sftp: [chan 0] Opened sftp connection (server version 3)"),
			we("2026-11-29T07:42:44.019Z", Warn, "", "WAR [20261129-07:42:44.019] thr=1   paramiko.transport: Oops, unhandled type 3 ('unimplemented')"),
			we("2026-11-29T07:43:02.118Z", Error, "", "ERR [20261129-07:43:02.118] thr=1   paramiko.transport: Socket exception: Connection reset by peer (104)"),
			we("2026-11-29T07:43:02.119Z", Error, "", "ERR [20261129-07:43:02.119] thr=1   paramiko.transport: Traceback (most recent call last):"),
			we("2026-11-29T07:43:02.119Z", Error, "", `ERR [20261129-07:43:02.119] thr=1   paramiko.transport:   File "/usr/lib/python3/dist-packages/paramiko/transport.py", line 2185, in run`),
			we("2026-11-29T07:43:02.119Z", Error, "", "ERR [20261129-07:43:02.119] thr=1   paramiko.transport:     ptype, m = self.packetizer.read_message()"),
		},
	},
	{
		name:   "mod-dav-svn-operational-customlog",
		source: "mod_dav_svn's operational logging through Apache httpd's CustomLog (`CustomLog logs/svn_logfile \"%t %u %{SVN-ACTION}e\" env=SVN-ACTION`: httpd's bracketed %t with the server's offset, the authenticated user or '-', then Subversion's high-level action): the Subversion book 1.6-1.8 'Apache logging' and 'High-level Logging' (the actions checkout-or-export, commit, get-dir, get-file, log, update and their arguments), vania.sourceforge.net svnnotes (a LogFormat with %t and %{SVN-ACTION}e)",
		why:    "httpd's `[29/Nov/2026:08:41:16 +0100]` first, converted from +01:00; '-' is an anonymous user; revisions and ranges (r4412, r4380:4412) and depth=infinity are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:08:41:16 +0100] - get-dir /tags r4411 props"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[29/Nov/2026:08:41:19 +0100] nora checkout-or-export /trunk r4411 depth=infinity"),
			we("2026-11-29T07:41:40Z", Unknown, "", "[29/Nov/2026:08:41:40 +0100] nora update /trunk r4412 send-copyfrom-args"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[29/Nov/2026:08:42:03 +0100] lars commit r4412"),
			we("2026-11-29T07:42:11Z", Unknown, "", "[29/Nov/2026:08:42:11 +0100] lars log (/trunk/src,/trunk/docs) r4380:4412 discover-changed-paths revprops=()"),
			we("2026-11-29T07:42:30Z", Unknown, "", "[29/Nov/2026:08:42:30 +0100] - get-file /trunk/README.md r4412 props"),
		},
	},
	{
		name:   "consolekit-history-file",
		source: "ConsoleKit's and ConsoleKit2's event history /var/log/ConsoleKit/history (ck-log-event.c: add_log_for_any writes `%lu.%03u type=EVENT : `, then the event's pairs: kernel-release and boot-arguments for SYSTEM_START, seat-id and seat-kind, the session's ids, X11 display, remote host name, is-local, unix user and ISO 8601 creation time, nothing at all after SYSTEM_STOP's colon): ck-log-event.c (the per-event formats), ConsoleKit2/ConsoleKit2 issue #24 (the daemon's `Writing log for event:` debug line quoting one)",
		why:    "epoch seconds with milliseconds first; a session-added event's session-creation-time is the same instant, a session-removed event's an earlier one that is not the record's; session-remote-host-name is a remote host (empty here); SYSTEM_STOP ends with the colon and a space; no level",
		entries: []worldEntry{
			we("2026-11-29T07:34:00.118Z", Unknown, "", "1795937640.118 type=SYSTEM_START : kernel-release='6.12.9' boot-arguments='BOOT_IMAGE=/boot/vmlinuz-6.12.9 root=/dev/sda2 ro quiet'"),
			we("2026-11-29T07:34:01.402Z", Unknown, "", "1795937641.402 type=SEAT_ADDED : seat-id='Seat1' seat-kind=1"),
			we("2026-11-29T07:41:19.204Z|2026-11-29T07:41:19.204811Z", Unknown, "", "1795938079.204 type=SEAT_SESSION_ADDED : seat-id='Seat1' session-id='Session2' session-type='' session-x11-display=':0' session-x11-display-device='/dev/tty7' session-display-device='' session-remote-host-name='' session-is-local=TRUE session-unix-user=1000 session-creation-time='2026-11-29T07:41:19.204811Z'"),
			we("2026-11-29T07:41:19.209Z", Unknown, "", "1795938079.209 type=SEAT_ACTIVE_SESSION_CHANGED : seat-id='Seat1' session-id='Session2'"),
			we("2026-11-29T07:53:32.56Z", Unknown, "", "1795938812.560 type=SEAT_SESSION_REMOVED : seat-id='Seat1' session-id='Session2' session-type='' session-x11-display=':0' session-x11-display-device='/dev/tty7' session-display-device='' session-remote-host-name='' session-is-local=TRUE session-unix-user=1000 session-creation-time='2026-11-29T07:41:19.204811Z'"),
			we("2026-11-29T07:53:35.001Z", Unknown, "", "1795938815.001 type=SYSTEM_STOP : "),
		},
	},
	{
		name:   "installomator-0x-label-lines",
		source: "Installomator 0.4-0.7 (2021), the macOS app-installer script Jamf Pro policies run, logging with printlog's `$(date +%F\\ %T) $label $1` to /var/log/Installomator.log (a date and time, the label, the message; no level word, which later versions add as ` : INFO : `): Installomator/Installomator issue #175 (a 0.5.0 run pasted, with the `shifting arguments for Jamf` line written before the label is set, so after two spaces); the download, install and installed messages from memory",
		why:    "a zone-less date and time, then the label word where a syslog host would stand: it is no host; no level; the download URL's encoded parts and the version numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16  shifting arguments for Jamf"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 googlechromepkg ################## Start Installomator v. 0.7.0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 googlechromepkg ################## googlechromepkg"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 googlechromepkg BLOCKING_PROCESS_ACTION=prompt_user"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 googlechromepkg Changing directory to /var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T/tmp.Kq3mB7xd"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 googlechromepkg found app at /Applications/Google Chrome.app, version 131.0.6778.86"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 googlechromepkg Downloading https://dl.google.com/chrome/mac/stable/accept_tos%3Dhttps%253A%252F%252Fwww.google.com%252Fintl%252Fen_ph%252Fchrome%252Fterms%252F/googlechrome.pkg to Google Chrome.pkg"),
			we("2026-11-29T07:41:54Z", Unknown, "", "2026-11-29 07:41:54 googlechromepkg Installing Google Chrome.pkg to /"),
			we("2026-11-29T07:42:09Z", Unknown, "", "2026-11-29 07:42:09 googlechromepkg Installed Google Chrome, version 131.0.6778.108"),
		},
	},
	{
		name:   "hev-socks5-tunnel-log-file",
		source: "hev-socks5-tunnel, the tun2socks-style system-wide SOCKS5 client under Linux and VPN apps, with `misc: log-file:` and `log-level: debug`: hev-logger.c writes `[yyyy-MM-dd HH:mm:ss] [D|I|W|E] msg` from localtime(); the messages of hev-socks5-tunnel.c and hev-socks5-session-tcp.c (a session's pointer first): heiher/hev-socks5-tunnel src/misc/hev-logger.c and src/hev-socks5-tunnel.c, issue #181 (a log-file configuration)",
		why:    "a bracketed zone-less time, then one level letter in brackets (D debug, W warning, E error); the 0x… session pointer is no time; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [D] socks5 tunnel init"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [D] socks5 tunnel run"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [D] socks5 tunnel event task run"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [D] socks5 tunnel lwip task run"),
			we("2026-11-29T07:41:21Z", Debug, "", "[2026-11-29 07:41:21] [D] 0x7f3a2c0016e0 socks5 session tcp construct"),
			we("2026-11-29T07:41:21Z", Debug, "", "[2026-11-29 07:41:21] [D] 0x7f3a2c0016e0 socks5 session tcp new"),
			we("2026-11-29T07:41:21Z", Debug, "", "[2026-11-29 07:41:21] [D] 0x7f3a2c0016e0 socks5 session tcp bind"),
			we("2026-11-29T07:41:22Z", Debug, "", "[2026-11-29 07:41:22] [D] 0x7f3a2c0016e0 socks5 session tcp splice"),
			we("2026-11-29T07:42:05Z", Warn, "", "[2026-11-29 07:42:05] [W] socks5 tunnel read"),
			we("2026-11-29T07:42:05Z", Debug, "", "[2026-11-29 07:42:05] [D] 0x7f3a2c0016e0 socks5 session tcp destruct"),
			we("2026-11-29T07:42:06Z", Error, "", "[2026-11-29 07:42:06] [E] socks5 tunnel alloc"),
		},
	},
}

func TestFresh305Formats(t *testing.T) { assertTable(t, fresh305Cases) }
func TestFresh305Score(t *testing.T) {
	checkScore(t, "fresh305 formats", fresh305Cases, [worldNumFields]float64{99.9, 89.9, 99.9, 99.9})
}
