package parse

import "testing"

// The five-hundred-and-thirty-second fresh table: times as programs spell them, another further
// pass, in spellings and places no earlier table holds: a ctime beside an elapsed or a remaining span,
// a date and time after a word with the elapsed seconds in brackets, elapsed spans that look like
// times of day, epoch nanoseconds in a tab-separated column between two elapsed milliseconds, seconds
// since a trace started, and a month-day stamp followed by dots. Each family is one product's
// documented or observed output: hashcat's terminal session (the status screen's `Time.Started.....:
// <ctime> (1 min, 46 secs)` and `Time.Estimated...: <ctime> (0 secs)`, then `Started:` and
// `Stopped:` lines that end in a ctime); testssl.sh's ` Start yyyy-MM-dd HH:mm:ss -->> ip:port (host)
// <<--` and ` Done … [  45s] -->> …` around indented result lines; John the Ripper's john.log (every
// line led by `d:hh:mm:ss` since the session started); Ninja's .ninja_log v5 (start and end in
// milliseconds since the build started, the output's mtime in epoch nanoseconds); blktrace's blkparse
// default output (seconds.nanoseconds since the trace started after device, CPU and sequence
// columns); Firefox's `./mach build` (` m:ss.cc` since mach started); moreutils' `ts -s` (`HH:MM:SS`
// since ts started, not a time of day); the STAR aligner's run messages (`Mmm dd HH:mm:ss .....
// message`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`hashcat`, `Time.Started`, `potfile`,
// `Session..........`, `testssl`, `-->>`, `john.log`, `john the`, `Starting a new session`,
// `ninja_log`, `ninja log`, `.ninja`, `ninja`, `blkparse`, `blktrace`, `mach build`, `Clobber`,
// `mozconfig`, `mozilla-central`, `firefox build`, `moreutils`, `ts -s`, `ts -i`, `STAR run`,
// `Started job on`, `Log.progress.out`, `Log.final`, `alexdobin`, `perf trace`, and the candidates
// dropped because a table holds them: `FEHLER`, `SCHWERWIEGEND`, `WARNUNG`, `AVERTISSEMENT`,
// `ОШИБКА`, `情報`, `年`, `月`, `buddhist`, `2569`, `lc_messages`, `peerstats`, `loopstats`, `MJD`,
// `factorio`, `klippy`, `Start printer at`, `Stats 1`, `iperf`, `nfdump`, `upslog`, `errpt`,
// `TIMESTAMP  T C`, `UPID`, `proxmox`, `OPCOM`, `$HASP`, `zpool history`, `History for`,
// `lastcomm`, `logrotate`, `svn log`, `| 1 line`, `state: Exp`, `Perforce server info`,
// `timeMillis`, `####<`, `OpenEdge`, `ipmitool`, `sel list`, `w32time`, `w32tm`, `VBox.log`, `Log
// opened`, `searchd`, `manticore`, `sphinx`, `jmeter`, `timeStamp,elapsed`, `gatling`, `queue_log`,
// `emerge.log`, `>>> emerge`, `zypp`, `conda`, `==> 20`, `firebird`, `db2diag`, `LEVEL: Error`,
// `wget`, `--20`, `vmstat`, `dstat`, `msiexec`, `MSI (s)`, `setupapi`, `Section start`, `zabbix`,
// `L 11/`, `hlds`, `srcds`, `sonarr`, `|Info|`, `zigbee2mqtt`, `node-red`, `liquidsoap`, `icecast`,
// `apcupsd`, `bacula`, `cacti`, `Script started`, `In(05)`, `vmware.log`, `GC(`, `[gc`,
// `conntrack`, `kubectl get events`, `LAST SEEN`, `Active: active`, `msg=audit(11/`, `ausearch`,
// `robocopy`, `Started :`, `EXCP`, `rphost`, `influx`, `opentsdb`, `graphite`, `carbon`, `# TYPE`,
// `prometheus`, `HTCondor`, `condor`, `PBS_Server`, `torque`, `;E;`, `sybase`, `informix`,
// `AMQERR`, `Process(`, `slurm`, `cookerdaemon`, `Starting bitbake server`, `lastlog`, `faillock`,
// `utmpdump`, `TSID=`, `exim -bp`, `qmail-qread`, `ip monitor`, `nmon`, `ZZZZ`, `collectl`, `atop`,
// `dmon`, `Event-Timestamp`, `@40000000`, `uwsgi`, `reqStart`, `iotop`, `profile_tasks`,
// `Function: pkg`, `#5 DONE`, `progress=plain`, `bk;t=`, `buildkite`, `travis`, `##teamcity`,
// `teamcity`, `bamboo`, `Still creating`, `Fra:`, `blender`, `darktable`, `handbrake`, `hb_init`,
// `time=00:`, `section_start`, `##[group]`, `tmux`, `zsh`, `HISTTIMEFORMAT`, `when: 17`,
// `transcript start`, `netlogon`, `Removal Tool`, `MPLog`, `LOG]!>`, `w3wp.exe (0x`, `dev_w`,
// `establish *`, `Fatal NI connect`, `RMAN`, `Starting backup at`, `expdp`, `SQL*Loader`,
// `SQLAGENT`, `mongodump`, `ptp4l`, `tracking.log`, `picard`, `MarkDuplicates`, `gromacs`, `mdrun`,
// `openfoam`, `gaussian`, `VASP`, `PWSCF`, `CP2K`, `NAMD`, `Results reported at`, `qacct`,
// `SAS System`, `stata`, `nextflow`, `snakemake`, `cromwell`, `GATK`, `fastlane`, `flutter`,
// `meson`, `msbuild`, `Time Elapsed`, `sbt`, `completed Nov`, `pantsbuild`, `YN0000`, `Total
// time:`, `maven`, `sqlmap`, `nikto`, `gobuster`, `hydra`, `wpscan`, `framework.log`, `masscan`,
// `zmap`, `nmap`, `btmon`, `valgrind`, `socat`, `fping`, `speedtest`, `candump`, `usbmon`,
// `sysdig`). None of hashcat, testssl.sh, John the Ripper's john.log, Ninja's .ninja_log,
// blkparse, mach, moreutils' ts or STAR is in any table (`ninja` matches only ninja's `[n/N]`
// progress inside other builds' output, `Clobber` and `ts -s` nothing of theirs). Left out as
// measured already: locale level words and month names (fresh147, fresh148, fresh202, fresh381), the
// Buddhist year, the 1C technological log, AIX errpt, z/OS and OpenVMS consoles, Proxmox's UPID,
// ntpd's MJD statistics, Klipper, Factorio, iperf3, nfdump, RMAN, Data Pump, SQL*Loader, svn log,
// RCS, Perforce, JMeter, Gatling, k6, emerge, conda, mrt.log, sqlnet.log, the listener log, LSF, SAS,
// Quantum ESPRESSO, Gaussian, Picard, GATK, Blender, darktable, Buildkite, TeamCity, Terraform, sbt,
// Maven. Left out for want of a confirmed layout: STAR's Log.final.out (`Started job on |<TAB>Mmm dd
// HH:mm:ss`) and perf trace. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). hashcat's ctimes, testssl.sh's stamps and STAR's `Mmm dd HH:mm:ss` are the
// machine's local time with no zone, read as UTC; STAR's has no year (2026). hashcat's status screen
// is one record, dated by the first absolute time it carries (Time.Started's ctime; the span in
// parentheses and Time.Estimated's remaining span are not its time); `Started:` and `Stopped:` are
// records of their own dated by the ctime that ends them. Ninja's record time is the output's mtime,
// epoch nanoseconds in the third column; its first two columns are milliseconds since the build
// started. An elapsed span is no time of its own: john.log's `0:00:03:40`, blkparse's
// `0.000512884`, mach's ` 3:41.07` and `ts -s`'s `00:00:14` give no time (the rules' uptime case),
// and must not be read as a time of day on the clock's day. No family marks a level: blkparse's
// action letters (Q G I D C) and hashcat's Status words are no levels. No family has a host:
// testssl.sh's scanned target and its rDNS name are peers, blkparse's `[0]` is a pid. A record that
// spans lines is one entry: hashcat's `Dictionary cache hit:` block and its status screen (each
// closed by a blank line); testssl.sh's indented result lines are records of their own. Ninja's `#
// ninja log v5` signature is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages" and find_string); every family's line shape
// was confirmed by a search, a few message texts are from memory (mach's Parallelism and closing
// lines, blkparse's exact column padding, and each source says so). Hosts, ids, addresses, users and messages are invented, and every time is in late November
// 2026. The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read, and
// it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 81.7 %, time 67.1 %, host 69.2 %, records 72.9 %.
// That is the macro figure (micro: level 81.0 %, time 69.0 %, host 66.7 %, records 71.4 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (john.log, mach and ts -s, whose elapsed spans trawl leaves undated); the
// gaps are hashcat's status screen split a line a record (so it gets no time), testssl.sh's indented
// result lines joined to the Start line, Ninja's epoch-nanosecond mtime not read, blkparse's
// blank-led lines joined into one record, and STAR's five dots read as the host.

var fresh532Cases = []worldCase{
	{
		name:   "hashcat-session-status-screen",
		source: "hashcat 6.x on a terminal (the `hashcat (vX) starting` banner, the `Dictionary cache hit:` block, cracked `hash:plain` lines, the status screen with `Time.Started.....: <ctime> (elapsed)` and `Time.Estimated...: <ctime> (remaining)`, then `Started: <ctime>` and `Stopped: <ctime>`): hashcat/hashcat issues #2255, #616, #4572 and #3761",
		why:    "a ctime followed by an elapsed or a remaining span in parentheses; the status screen is one record whose first absolute time is Time.Started; `Started:` and `Stopped:` end in their ctime; no level, no host",
		gap:    "the `Dictionary cache hit:` block and the status screen are split into a record per line, so the status screen gets no time (its ctime is after `Time.Started.....:` on its fifth line)",
		entries: []worldEntry{
			we("", Unknown, "", "hashcat (v6.2.6) starting", ""),
			we("", Unknown, "", "Dictionary cache hit:",
				"* Filename..: /usr/share/wordlists/rockyou.txt",
				"* Passwords.: 14344385",
				"* Bytes.....: 139921507",
				"* Keyspace..: 14344385",
				""),
			we("", Unknown, "", "3f1c2b9e7a414f0e9d2b5c8e1a7d0b11:Harbour!22", ""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Session..........: hashcat",
				"Status...........: Exhausted",
				"Hash.Mode........: 1000 (NTLM)",
				"Hash.Target......: ntlm-dump-ws14.txt",
				"Time.Started.....: Sun Nov 29 07:41:16 2026 (1 min, 46 secs)",
				"Time.Estimated...: Sun Nov 29 07:43:02 2026 (0 secs)",
				"Kernel.Feature...: Pure Kernel",
				"Guess.Base.......: File (/usr/share/wordlists/rockyou.txt)",
				"Guess.Queue......: 1/1 (100.00%)",
				"Speed.#1.........:   412.7 kH/s (0.31ms) @ Accel:512 Loops:1 Thr:64 Vec:8",
				"Recovered........: 1/4 (25.00%) Digests",
				"Progress.........: 14344385/14344385 (100.00%)",
				"Rejected.........: 0/14344385 (0.00%)",
				"Restore.Point....: 14344385/14344385 (100.00%)",
				"Candidates.#1....: $HEX[2a6b6e6f7474] -> $HEX[042a0337c2a156616d6f732103]",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Started: Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:43:03Z", Unknown, "", "Stopped: Sun Nov 29 07:43:03 2026"),
		},
	},
	{
		name:   "testssl-sh-start-done-elapsed",
		source: "testssl.sh 3.x on a terminal (a ` Start yyyy-MM-dd HH:mm:ss        -->> ip:port (host) <<--` line, indented result lines, then ` Done yyyy-MM-dd HH:mm:ss [  Ns] -->> ip:port (host) <<--` with the elapsed seconds in brackets): testssl/testssl.sh issues #1738, #610 and #1225",
		why:    "a date and time after a Start or Done word and a leading blank; `[  45s]` is the elapsed span; the scanned target and its rDNS name are peers, no host; the result lines carry no time; no level",
		gap:    "the result lines led by a blank after ` Start yyyy-MM-dd HH:mm:ss -->> …` are joined to it as continuation lines instead of being records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", " Start 2026-11-29 07:41:16        -->> 203.0.113.40:443 (shop.example.org) <<--", ""),
			we("", Unknown, "", " rDNS (203.0.113.40):   shop.example.org."),
			we("", Unknown, "", " Service detected:       HTTP", "", ""),
			we("", Unknown, "", " SSLv2      not offered (OK)"),
			we("", Unknown, "", " TLS 1.3    offered (OK): final", "", ""),
			we("2026-11-29T07:42:01Z", Unknown, "", " Done 2026-11-29 07:42:01 [  45s] -->> 203.0.113.40:443 (shop.example.org) <<--"),
		},
	},
	{
		name:   "john-the-ripper-john-log",
		source: "John the Ripper's john.log (every line led by the time elapsed since the session started, `d:hh:mm:ss`, then the event: `Starting a new session`, `Loaded a total of …`, `Proceeding with wordlist mode`, `+ Cracked user`, `Session completed`): JtR log-file parsers and their test data found with find_string (`0:00:00:00 Starting a new session`, `0:00:00:00 Loaded a total of … password hashes`), and a pasted run (`0:00:00:01 + Cracked user3`, `0:00:00:03 Session completed`)",
		why:    "`0:00:03:40` is days, hours, minutes and seconds since the session started, an elapsed span and not a time of day: no record has a time of its own; no level",
		entries: []worldEntry{
			we("", Unknown, "", "0:00:00:00 Starting a new session"),
			we("", Unknown, "", "0:00:00:00 Loaded a total of 3 password hashes with 3 different salts"),
			we("", Unknown, "", "0:00:00:00 Command line: john --wordlist=/usr/share/wordlists/rockyou.txt shadow-web02.txt"),
			we("", Unknown, "", "0:00:00:01 Proceeding with wordlist mode"),
			we("", Unknown, "", "0:00:00:09 + Cracked deploy"),
			we("", Unknown, "", "0:00:03:40 Session completed"),
		},
	},
	{
		name:   "ninja-build-log-v5",
		source: "Ninja's .ninja_log (the `# ninja log v5` signature, then per output `start_ms<TAB>end_ms<TAB>mtime<TAB>output<TAB>command hash`, start and end in milliseconds since the build started, the output's mtime in nanoseconds since the epoch on Linux): ninja-build/ninja src/build_log.cc and src/build_log.h (BuildLog::WriteEntry, kFileSignature); samurai's log.c (`# ninja log v%d`, fields start_time, end_time, mtime, output_path)",
		why:    "the two small numbers are milliseconds since the build started (elapsed); the nineteen-digit mtime is epoch nanoseconds, the record's only absolute time; the signature line is fed but not scored; no level",
		gap:    "the epoch nanoseconds in the third tab-separated column (the output's mtime) are not read as the time",
		entries: []worldEntry{
			wskip("# ninja log v5"),
			we("2026-11-29T07:41:16.412345678Z", Unknown, "", "0\t412\t1795938076412345678\tobj/base/files.o\t8a3c1e2f4b5d6a79"),
			we("2026-11-29T07:41:16.655102934Z", Unknown, "", "3\t655\t1795938076655102934\tobj/base/strings.o\t1f0e9d8c7b6a5948"),
			we("2026-11-29T07:41:17.890443120Z", Unknown, "", "412\t1890\t1795938077890443120\tobj/net/socket.o\tc2d4e6f8a0b1c3d5"),
			we("2026-11-29T07:41:18.311876005Z", Unknown, "", "1890\t2311\t1795938078311876005\tlibbase.a\t77e1a0c9b3d2f4e6"),
		},
	},
	{
		name:   "blkparse-default-output",
		source: "blktrace's blkparse with its default format (`%D %2c %8s %5T.%9t %5p %2a %3d `: device major,minor, CPU, sequence number, seconds.nanoseconds since the trace started, pid, action, RWBS, then sector + blocks [process]): blkparse(1) 'DEFAULT OUTPUT' and 'OUTPUT DESCRIPTION AND FORMATTING' (man7.org, manpages.ubuntu.com); the exact column padding from memory",
		why:    "`0.000512884` is the time since the trace started, not an epoch: no record has a time of its own; `8,0` is a device and `[0]` a pid; the action letters Q G I D C are no levels",
		gap:    "the lines, each led by blanks before the `8,0` device column, are joined into one record instead of one record a line",
		entries: []worldEntry{
			we("", Unknown, "", "  8,0    3        1     0.000000000  4102  Q  WS 2048 + 8 [jbd2/sda1-8]"),
			we("", Unknown, "", "  8,0    3        2     0.000004171  4102  G  WS 2048 + 8 [jbd2/sda1-8]"),
			we("", Unknown, "", "  8,0    3        3     0.000009433  4102  I  WS 2048 + 8 [jbd2/sda1-8]"),
			we("", Unknown, "", "  8,0    3        4     0.000021650  4102  D  WS 2048 + 8 [jbd2/sda1-8]"),
			we("", Unknown, "", "  8,0    1        1     0.000512884     0  C  WS 2048 + 8 [0]"),
		},
	},
	{
		name:   "firefox-mach-build-elapsed",
		source: "Firefox's `./mach build` output (every line led by the minutes, seconds and hundredths since mach started, right-aligned: ` 0:00.68 Clobber not needed.`): a pasted mach build log found with find_string (` 0:00.68 Clobber not needed.`, ` 0:00.68 Adding make options from …mozconfig`); python/mozbuild/mozbuild/controller/clobber.py (`Clobber not needed.`); the Parallelism and closing messages from memory",
		why:    "` 3:41.07` is minutes and seconds since mach started, an elapsed span: no record has a time of its own; no level",
		entries: []worldEntry{
			we("", Unknown, "", " 0:00.68 Clobber not needed."),
			we("", Unknown, "", " 0:00.68 Adding make options from /home/ines/src/firefox/mozconfig"),
			we("", Unknown, "", " 0:00.71 Parallelism determined by memory: using 12 jobs for 16 cores based on 31.2 GiB RAM and estimated job size of 1.0 GiB"),
			we("", Unknown, "", "41:07.93 We know it took a while, but your build finally finished successfully!"),
		},
	},
	{
		name:   "moreutils-ts-since-start",
		source: "moreutils' ts with -s (`rsync … | ts -s`: each line prefixed with the time elapsed since ts started, in its default `%H:%M:%S` for -s and -i): ts(1) of moreutils (manpages.debian.org, manpages.ubuntu.com, man.freebsd.org) and OpenBSD's ts(1)",
		why:    "`00:00:14` is an elapsed span since ts started, not a time of day on the clock's day: no record has a time of its own; no level",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00 sending incremental file list"),
			we("", Unknown, "", "00:00:01 www/index.html"),
			we("", Unknown, "", "00:00:14 www/assets/app.3f1c2b.js"),
			we("", Unknown, "", "00:00:15 sent 1,204,551 bytes  received 2,311 bytes  80,457.47 bytes/sec"),
			we("", Unknown, "", "00:00:15 total size is 88,401,223  speedup is 73.25"),
		},
	},
	{
		name:   "star-aligner-run-progress",
		source: "the STAR RNA-seq aligner's run messages on stdout and in Log.out (`Mon dd HH:mm:ss ..... started STAR run`, `..... loading genome`, `..... started mapping`, `..... finished mapping`, `..... finished successfully`): alexdobin/STAR issues #917, #1471 and #1049",
		why:    "a month and day with no year, the time, then five dots before the message; local time read as UTC; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 ..... started STAR run"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 ..... loading genome"),
			we("2026-11-29T07:43:50Z", Unknown, "", "Nov 29 07:43:50 ..... started mapping"),
			we("2026-11-29T08:02:31Z", Unknown, "", "Nov 29 08:02:31 ..... finished mapping"),
			we("2026-11-29T08:02:32Z", Unknown, "", "Nov 29 08:02:32 ..... started sorting BAM"),
			we("2026-11-29T08:02:54Z", Unknown, "", "Nov 29 08:02:54 ..... finished successfully"),
		},
	},
}

func TestFresh532Formats(t *testing.T) { assertTable(t, fresh532Cases) }
func TestFresh532Score(t *testing.T) {
	checkScore(t, "fresh532 formats", fresh532Cases, [worldNumFields]float64{81.6, 67.0, 81.6, 72.8})
}
