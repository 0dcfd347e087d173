package parse

import "testing"

// The two-hundred-and-twenty-fourth fresh table, written on 2026-12-05: journald and systemd's own
// tools in the export shapes systemd 256-258 writes that no earlier table holds. Each family is one
// tool's documented or observed output: `journalctl --list-boots` (a boot id with its first and last
// entry); `coredumpctl info` for two dumps (the right-aligned keys, the Message field's report
// indented under it); `systemd-analyze` time and blame as pasted into a log; `systemd-analyze
// critical-chain`'s tree; `journalctl -o short-unix --no-hostname`; `journalctl -o short-full --utc
// --no-hostname`; `journalctl -o short-iso-precise --utc` across a `-- Boot … --` separator;
// `journalctl -o export` with a binary-safe MESSAGE (the field name alone, a 64-bit little-endian
// length, the data with its newlines); `journalctl -o json` with a MESSAGE written as an array of
// bytes (an ANSI-coloured line); `journalctl -o json --output-fields=` with neither PRIORITY nor
// _HOSTNAME but systemd 254's __SEQNUM fields; `journalctl -o verbose` in a local zone for user
// units; `systemctl status -o short-iso-precise` of a timer (Trigger and Triggers lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`journalctl`, `-o short-iso`, `short-precise`, `short-monotonic`, `short-delta`,
// `short-unix`, `short-full`, `with-unit`, `-o verbose`, `-o export`, `__CURSOR`, `json-seq`,
// `\x1e`, `-o cat`, `coredumpctl`, `Storage: /var/lib/systemd/coredump`, `systemd-analyze`,
// `critical-chain`, `blame`, `systemctl status`, `Loaded: loaded`, `Active: active`, `--utc`,
// `no-hostname`, `_HOSTNAME`, `__MONOTONIC`, `Reboot ---`, `Logs begin at`, `-- Boot `, `No
// entries`, `SYSLOG_IDENTIFIER`, `CODE_FILE`, `dumped core`, `Stack trace of thread`,
// `list-boots`, `FIRST ENTRY`, `Startup finished`, `reached after`, `"MESSAGE":[`,
// `timestamp=utc`, `Main PID`, `Hostname: `, `Command Line:`, `Coredump:`, `Signal: 11`,
// `__SEQNUM`, `short-iso-precise --utc`, `UTC [s=`, `_SYSTEMD_USER_UNIT`, `TriggeredBy`,
// `Trigger:`, `systemd-journal-remote`, `journal-upload`, `Disk usage`). journalctl's plain shapes
// are in many tables (world_test, fresh4, fresh13, fresh60, fresh105, fresh111, fresh156, fresh210,
// fresh220 and others: short, short-iso, short-precise, short-full, short-unix, short-monotonic,
// short-delta, with-unit, verbose in UTC, export, json, json-seq, json-pretty, cat): the variants
// here (short-unix and short-full without the host, the boot separator between short-iso-precise
// lines, an export MESSAGE in binary form, a json byte-array MESSAGE, json cut down by
// --output-fields, verbose in a local zone for user units) are in none. coredumpctl is in fresh15,
// fresh36 and fresh210 as `coredumpctl list` and the journal's report; `coredumpctl info` is in
// none. systemctl status is in fresh7, fresh90, fresh152, fresh153, fresh156 and fresh164 for
// services; a timer's status with its Trigger line is in none. `blame` in fresh214 is another
// product's; systemd-analyze and --list-boots are in none. The table holds 12 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A --list-boots row carries two times of its own (the boot's first and last
// entry), so either is accepted; systemd-analyze's offsets since boot, the status block's `since`
// and a timer's next trigger are not a record's time, so those records have none. Levels only where
// the shape carries PRIORITY (export, json, verbose); the short shapes, coredumpctl, systemd-analyze
// and the status block carry none. The host is _HOSTNAME, the short header's host or coredumpctl's
// Hostname field; --no-hostname lines, --output-fields without _HOSTNAME, systemd-analyze and the
// boot list have none. A record that spans lines is one entry: a coredump's info block with its
// indented report, an export entry (its binary MESSAGE's lines included) up to the blank line, a
// verbose entry's indented fields, the status block of a timer; each blame line and each unit of
// the critical chain is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ec8f310 before any rule for it: level 81.1 %, time 72.8 %, host 72.8 %, records 69.7 %.
// That is the macro figure (micro: level 77.3 %, time 72.7 %, host 72.7 %, records 68.2 %), in a
// worktree at ec8f310 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 12 families fully right; the gaps are --list-boots' rows, coredumpctl info's block, and the
// indented lines of systemd-analyze blame and critical-chain, all joined or split wrongly.

var fresh224Cases = []worldCase{
	{
		name:   "journalctl-list-boots-table",
		gap:    "each row, starting with the blank before its right-aligned index, is joined to the header line as a continuation, so no row is a record: its first-entry and last-entry times (` -2 5a0e\u2026 Fri 2026-11-27 06:02:11 CET Fri 2026-11-27 22:40:05 CET`) are not read",
		source: "`journalctl --list-boots` (systemd 251+: an IDX BOOT ID FIRST ENTRY LAST ENTRY header, then one row per boot, the index right-aligned, the 32-hex boot id and two `Www yyyy-MM-dd HH:mm:ss TZ` times in the local zone): systemd/systemd issues #28981 and #27422 (pasted tables), #5824 and #3603 (the older en-dash form); journalctl(1) --list-boots",
		why:    "no level and no host; a row carries two times of its own (the boot's first and last entry), either accepted, in CET and converted; the header is written once",
		entries: []worldEntry{
			wskip("IDX BOOT ID                          FIRST ENTRY                  LAST ENTRY                  "),
			we("2026-11-27T05:02:11Z|2026-11-27T21:40:05Z", Unknown, "", " -2 5a0e3c9b71d24f86a3b0c2e4d6f81a97 Fri 2026-11-27 06:02:11 CET Fri 2026-11-27 22:40:05 CET"),
			we("2026-11-28T06:15:48Z|2026-11-28T22:03:29Z", Unknown, "", " -1 c41f7d2e08b94a5d9e6a1b3c5d7f9e02 Sat 2026-11-28 07:15:48 CET Sat 2026-11-28 23:03:29 CET"),
			we("2026-11-29T06:02:33Z|2026-11-29T08:41:16Z", Unknown, "", "  0 9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6 Sun 2026-11-29 07:02:33 CET Sun 2026-11-29 09:41:16 CET"),
		},
	},
	{
		name:   "coredumpctl-info-two-dumps",
		gap:    "the info block is split at every right-aligned key: `           PID: 41207 (shop-api)` is a record of its own with no time and no host, the `     Timestamp: Sun 2026-11-29 07:41:16 UTC (4h 18min ago)` and `      Hostname: web04` fields are not read as the dump's time and host, and the indented Message report is not kept with the dump",
		source: "`coredumpctl info` (systemd 256-257) for two matching dumps: keys right-aligned to `Size on Disk:` (PID, UID, GID, Signal, Timestamp with its relative age, Command Line, Executable, Control Group, Unit, Slice, Boot ID, Machine ID, Hostname, Storage, Size on Disk, Message), the Message field's later lines indented by sixteen blanks (an empty report line as the indentation alone), a blank line between dumps: systemd/systemd issues #9524 and #38844 (pasted info blocks), #10206 (hostname, machine and boot ids in the output); coredumpctl(1) info; the indentation of Message from memory",
		why:    "one dump is one record from `PID:` to the end of its report; its time is the Timestamp field (UTC here), its host the Hostname field; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web04",
				"           PID: 41207 (shop-api)",
				"           UID: 1001 (shop)",
				"           GID: 1001 (shop)",
				"        Signal: 11 (SEGV)",
				"     Timestamp: Sun 2026-11-29 07:41:16 UTC (4h 18min ago)",
				"  Command Line: /usr/local/bin/shop-api --config /etc/shop/api.toml",
				"    Executable: /usr/local/bin/shop-api",
				" Control Group: /system.slice/shop-api.service",
				"          Unit: shop-api.service",
				"         Slice: system.slice",
				"       Boot ID: 9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"    Machine ID: 2f0c8e1d4a6b49c7a1d3e5f7091b2c4d",
				"      Hostname: web04",
				"       Storage: /var/lib/systemd/coredump/core.shop-api.1001.9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6.41207.1795938076000000.zst (present)",
				"  Size on Disk: 2.4M",
				"       Message: Process 41207 (shop-api) of user 1001 dumped core.",
				"                ",
				"                Stack trace of thread 41207:",
				"                #0  0x00005611c2a41f3e n/a (/usr/local/bin/shop-api + 0x41f3e)",
				"                #1  0x00007f8e12829d90 __libc_start_call_main (libc.so.6 + 0x29d90)",
				"                ELF object binary architecture: AMD x86-64",
				""),
			we("2026-11-29T09:12:40Z", Unknown, "web04",
				"           PID: 52218 (rsync)",
				"           UID: 0 (root)",
				"           GID: 0 (root)",
				"        Signal: 6 (ABRT)",
				"     Timestamp: Sun 2026-11-29 09:12:40 UTC (2h 47min ago)",
				"  Command Line: rsync -a --delete /srv/media/ backup@10.20.4.9:/pool/media/",
				"    Executable: /usr/bin/rsync",
				" Control Group: /system.slice/media-sync.service",
				"          Unit: media-sync.service",
				"         Slice: system.slice",
				"       Boot ID: 9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"    Machine ID: 2f0c8e1d4a6b49c7a1d3e5f7091b2c4d",
				"      Hostname: web04",
				"       Storage: /var/lib/systemd/coredump/core.rsync.0.9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6.52218.1795943560000000.zst (present)",
				"  Size on Disk: 318.0K",
				"       Message: Process 52218 (rsync) of user 0 dumped core.",
				"                ",
				"                Module libcrypto.so.3 from deb openssl-3.5.1-1.amd64",
				"                Stack trace of thread 52218:",
				"                #0  0x00007f3a41296b7c __pthread_kill_implementation (libc.so.6 + 0x96b7c)",
				"                #1  0x00007f3a41242f12 raise (libc.so.6 + 0x42f12)",
				"                #2  0x00007f3a4122b4b2 abort (libc.so.6 + 0x2b4b2)",
				"                ELF object binary architecture: AMD x86-64"),
		},
	},
	{
		name:   "systemd-analyze-time-blame-paste",
		gap:    "blame's right-aligned lines (`         6.822s NetworkManager-wait-online.service` and the three after it) are joined as continuations to `graphical.target reached after 12.407s in userspace.` instead of being records of their own",
		source: "`systemd-analyze` (time) then `systemd-analyze blame` pasted into a boot report: `Startup finished in …s (firmware) + … (loader) + … (kernel) + … (initrd) + … (userspace) = …`, `graphical.target reached after … in userspace.`, then blame's durations right-aligned before the unit names: bottlerocket-os/bottlerocket PR #2550, canonical/checkbox PR #1156, egeexyz/distro-delves issue #95, ntk148v/til issue #12 (pasted outputs); systemd-analyze(1)",
		why:    "no time (the durations are spans since boot), no level, no host; every blame line, indented by the right alignment, is a record of its own and not a continuation",
		entries: []worldEntry{
			we("", Unknown, "", "Startup finished in 4.118s (firmware) + 1.902s (loader) + 1.377s (kernel) + 3.064s (initrd) + 12.491s (userspace) = 22.954s"),
			we("", Unknown, "", "graphical.target reached after 12.407s in userspace."),
			we("", Unknown, "", "         6.822s NetworkManager-wait-online.service"),
			we("", Unknown, "", "         2.140s plymouth-quit-wait.service"),
			we("", Unknown, "", "          911ms dev-nvme0n1p3.device"),
			we("", Unknown, "", "           48ms systemd-tmpfiles-setup.service"),
		},
	},
	{
		name:   "systemd-analyze-critical-chain-tree",
		gap:    "the tree lines indented two blanks or more (`  └─docker.service @9.113s +3.291s` and the two below it) are joined as continuations to `\u2514\u2500multi-user.target @12.406s` instead of being records of their own",
		source: "`systemd-analyze critical-chain` (the two explanatory lines and a blank line written once, then the target with `@` its activation offset and each unit below on a `└─` line indented two more blanks per level, `+` its start-up span): systemd/systemd PR #32935 and issue #17191, bottlerocket-os/bottlerocket PR #2550 (pasted trees); systemd-analyze(1) critical-chain",
		why:    "no time (offsets since boot), no level, no host; each unit of the tree is a record of its own, the indented `└─` lines not continuations of the target",
		entries: []worldEntry{
			wskip(`The time when unit became active or started is printed after the "@" character.`,
				`The time the unit took to start is printed after the "+" character.`,
				""),
			we("", Unknown, "", "graphical.target @12.407s"),
			we("", Unknown, "", "└─multi-user.target @12.406s"),
			we("", Unknown, "", "  └─docker.service @9.113s +3.291s"),
			we("", Unknown, "", "    └─network-online.target @9.101s"),
			we("", Unknown, "", "      └─NetworkManager-wait-online.service @2.277s +6.822s"),
		},
	},
	{
		name:   "journal-short-unix-no-hostname",
		source: "`journalctl -o short-unix --no-hostname` (the seconds since the epoch with microseconds, then the identifier and pid, no host): journalctl(1) OUTPUT MODES (short-unix) and --no-hostname; from memory of real lines",
		why:    "an epoch time with microseconds at the start; no host column, so the identifier is not a host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "1795938076.204118 sshd-session[41207]: Accepted publickey for deploy from 203.0.113.45 port 51234 ssh2: ED25519 SHA256:q0l3f6W8d2Vx1cYb9nZkRt4mPa7sJe5uGh0iLoQwErT"),
			we("2026-11-29T07:43:23.551870Z", Unknown, "", "1795938203.551870 systemd-logind[702]: New session 412 of user deploy."),
			we("2026-11-29T07:47:21.009312Z", Unknown, "", "1795938441.009312 sudo[41388]:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart shop-api"),
			we("2026-11-29T07:58:22.770004Z", Unknown, "", "1795939102.770004 kernel: nvme nvme0: I/O tag 412 (1019) QID 3 timeout, aborting"),
		},
	},
	{
		name:   "journal-short-full-utc-no-hostname",
		source: "`journalctl -o short-full --utc --no-hostname` (a weekday, a full date, the time and UTC, then the identifier, no host): journalctl(1) OUTPUT MODES (short-full), --utc and --no-hostname; from memory of real lines",
		why:    "a weekday and a zone word before the identifier; with no host column the identifier must not be taken for a host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026-11-29 07:41:16 UTC systemd[1]: Starting certbot.service - Certbot..."),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun 2026-11-29 07:41:19 UTC certbot[41290]: Certificate not yet due for renewal"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun 2026-11-29 07:41:19 UTC systemd[1]: certbot.service: Deactivated successfully."),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun 2026-11-29 07:41:19 UTC systemd[1]: Finished certbot.service - Certbot."),
		},
	},
	{
		name:   "journal-short-iso-precise-utc-boot-separator",
		source: "`journalctl -o short-iso-precise --utc` over two boots (microseconds and +00:00, the host, the identifier; between boots the `-- Boot <id> --` separator line, which replaced `-- Reboot --` in systemd 247): systemd/systemd PR #17475 (the separator with the boot id); journalctl(1) OUTPUT MODES (short-iso-precise)",
		why:    "the separator line is a record with no time, level or host, not part of the line before; the lines after it are read as before",
		entries: []worldEntry{
			we("2026-11-28T22:03:29.118204Z", Unknown, "nas02", "2026-11-28T22:03:29.118204+00:00 nas02 systemd-shutdown[1]: Syncing filesystems and block devices."),
			we("2026-11-28T22:03:29.402771Z", Unknown, "nas02", "2026-11-28T22:03:29.402771+00:00 nas02 kernel: reboot: Restarting system"),
			we("", Unknown, "", "-- Boot 9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6 --"),
			we("2026-11-29T06:02:33.000000Z", Unknown, "nas02", "2026-11-29T06:02:33.000000+00:00 nas02 kernel: Linux version 6.12.48-1-lts (linux-lts@archlinux) (gcc (GCC) 15.2.1 20250813, GNU ld (GNU Binutils) 2.45.0) #1 SMP PREEMPT_DYNAMIC"),
			we("2026-11-29T06:02:41.877310Z", Unknown, "nas02", "2026-11-29T06:02:41.877310+00:00 nas02 smartd[812]: Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 31 to 33"),
		},
	},
	{
		name:   "journal-export-binary-message",
		source: "`journalctl -o export` where MESSAGE holds newlines and so is written binary-safe: the field name on a line of its own, a 64-bit little-endian length, the raw data with its newlines, a newline; then the other KEY=value fields, a blank line ending the entry (systemd 254+ adds __SEQNUM and __SEQNUM_ID): systemd.io JOURNAL_EXPORT_FORMATS (the binary serialization and the meta fields); journalctl(1) --output=export",
		why:    "an entry is many lines, some of them the message's own lines after eight length bytes; the time is __REALTIME_TIMESTAMP, the level PRIORITY, the host _HOSTNAME; the message's lines (a Python traceback) stay in the entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "relay-02",
				"__CURSOR=s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=2c41;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8d2f1a04;t=6458a0f3b1c56;x=4e1f2a3b5c6d7e80",
				"__REALTIME_TIMESTAMP=1795938076204118",
				"__MONOTONIC_TIMESTAMP=2368674308",
				"__SEQNUM=11329",
				"__SEQNUM_ID=5a0e3c9b71d24f86a3b0c2e4d6f81a97",
				"_BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"PRIORITY=3",
				"SYSLOG_IDENTIFIER=relay-worker",
				"_PID=41207",
				"_TRANSPORT=stdout",
				"_SYSTEMD_UNIT=relay-worker.service",
				"_HOSTNAME=relay-02",
				"MESSAGE",
				"\x9d\x00\x00\x00\x00\x00\x00\x00Traceback (most recent call last):",
				`  File "/opt/relay/worker.py", line 88, in run`,
				"    self.flush()",
				"ConnectionResetError: [Errno 104] Connection reset by peer",
				""),
			we("2026-11-29T07:41:16.219870Z", Warn, "relay-02",
				"__CURSOR=s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=2c42;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8d2f1de2;t=6458a0f3b589e;x=5f2a3b4c6d7e8f91",
				"__REALTIME_TIMESTAMP=1795938076219870",
				"__MONOTONIC_TIMESTAMP=2368690146",
				"__SEQNUM=11330",
				"__SEQNUM_ID=5a0e3c9b71d24f86a3b0c2e4d6f81a97",
				"_BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"PRIORITY=4",
				"SYSLOG_IDENTIFIER=relay-worker",
				"_PID=41207",
				"_TRANSPORT=stdout",
				"_SYSTEMD_UNIT=relay-worker.service",
				"_HOSTNAME=relay-02",
				"MESSAGE=retrying upstream 10.20.4.9:5671 in 5s (attempt 2/10)",
				""),
			we("2026-11-29T07:41:21.300412Z", Critical, "relay-02",
				"__CURSOR=s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=2c43;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8d7d0f3c;t=6458a0f8926bc;x=6a3b4c5d7e8f9012",
				"__REALTIME_TIMESTAMP=1795938081300412",
				"__MONOTONIC_TIMESTAMP=2373791548",
				"__SEQNUM=11331",
				"__SEQNUM_ID=5a0e3c9b71d24f86a3b0c2e4d6f81a97",
				"_BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"PRIORITY=2",
				"SYSLOG_IDENTIFIER=relay-worker",
				"_PID=41207",
				"_TRANSPORT=stdout",
				"_SYSTEMD_UNIT=relay-worker.service",
				"_HOSTNAME=relay-02",
				"MESSAGE",
				"k\x00\x00\x00\x00\x00\x00\x00Unhandled exception in thread queue-3:",
				"OSError: [Errno 28] No space left on device: /var/spool/relay/q3.tmp",
				""),
		},
	},
	{
		name:   "journal-json-byte-array-message",
		source: "`journalctl -o json` where MESSAGE is not printable text (an ANSI-coloured line from a service's stdout) and so is written as an array of byte values, the other fields as strings: systemd.io JOURNAL_EXPORT_FORMATS (Journal JSON Format: non-printable values as arrays of numbers); kylemanna's journalctl-blob-to-txt gist (MESSAGE as a list); journalctl(1) --output=json",
		why:    "the time is __REALTIME_TIMESTAMP, the level PRIORITY and the host _HOSTNAME even when MESSAGE is a list of numbers; a string MESSAGE in the same stream reads the same",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "mirror-1", `{"__CURSOR":"s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=91a;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f2e3d4c;t=6458a0f3b1c56;x=a1b2c3d4e5f60718","__REALTIME_TIMESTAMP":"1795938076204118","__MONOTONIC_TIMESTAMP":"522075468","__SEQNUM":"2330","__SEQNUM_ID":"c41f7d2e08b94a5d9e6a1b3c5d7f9e02","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","PRIORITY":"3","SYSLOG_IDENTIFIER":"mirror-sync","_PID":"41207","_TRANSPORT":"stdout","_SYSTEMD_UNIT":"mirror-sync.service","_HOSTNAME":"mirror-1","MESSAGE":[27,91,49,59,51,49,109,69,82,82,79,82,27,91,48,109,32,109,105,114,114,111,114,32,115,121,110,99,32,102,97,105,108,101,100,58,32,114,115,121,110,99,32,101,120,105,116,32,50,51,32,40,112,97,114,116,105,97,108,32,116,114,97,110,115,102,101,114,41]}`),
			we("2026-11-29T07:41:17.550870Z", Warn, "mirror-1", `{"__CURSOR":"s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=91b;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f33b1e2;t=6458a0f4fa4d6;x=b2c3d4e5f6071829","__REALTIME_TIMESTAMP":"1795938077550870","__MONOTONIC_TIMESTAMP":"523422178","__SEQNUM":"2331","__SEQNUM_ID":"c41f7d2e08b94a5d9e6a1b3c5d7f9e02","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","PRIORITY":"4","SYSLOG_IDENTIFIER":"mirror-sync","_PID":"41207","_TRANSPORT":"stdout","_SYSTEMD_UNIT":"mirror-sync.service","_HOSTNAME":"mirror-1","MESSAGE":[27,91,51,51,109,87,65,82,78,27,91,48,109,32,117,112,115,116,114,101,97,109,32,50,48,51,46,48,46,49,49,51,46,52,48,32,115,108,111,119,58,32,50,46,52,115]}`),
			we("2026-11-29T07:41:18.002113Z", Info, "mirror-1", `{"__CURSOR":"s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=91c;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f3a8d01;t=6458a0f568e41;x=c3d4e5f607182930","__REALTIME_TIMESTAMP":"1795938078002113","__MONOTONIC_TIMESTAMP":"523873537","__SEQNUM":"2332","__SEQNUM_ID":"c41f7d2e08b94a5d9e6a1b3c5d7f9e02","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","PRIORITY":"6","SYSLOG_IDENTIFIER":"systemd","_PID":"1","_TRANSPORT":"journal","_SYSTEMD_UNIT":"init.scope","_HOSTNAME":"mirror-1","MESSAGE":"mirror-sync.service: Main process exited, code=exited, status=23/n/a"}`),
		},
	},
	{
		name:   "journal-json-output-fields-subset",
		source: "`journalctl -o json --output-fields=MESSAGE,_SYSTEMD_UNIT` (only the named fields and the always-written __CURSOR, __REALTIME_TIMESTAMP, __MONOTONIC_TIMESTAMP, _BOOT_ID, and since systemd 254 __SEQNUM and __SEQNUM_ID): journalctl(1) --output-fields; systemd.io JOURNAL_EXPORT_FORMATS (the meta fields); from memory of real lines",
		why:    "the time is __REALTIME_TIMESTAMP; neither PRIORITY nor _HOSTNAME was asked for, so no level and no host (the unit name and an address in MESSAGE are not either)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", `{"__CURSOR":"s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=3f10;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8d2f1a04;t=6458a0f3b1c56;x=71829304a5b6c7d8","__REALTIME_TIMESTAMP":"1795938076204118","__MONOTONIC_TIMESTAMP":"2368674308","__SEQNUM":"16144","__SEQNUM_ID":"5a0e3c9b71d24f86a3b0c2e4d6f81a97","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","_SYSTEMD_UNIT":"haproxy.service","MESSAGE":"Server be_api/api3 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 2 active and 0 backup servers left."}`),
			we("2026-11-29T07:41:20.930412Z", Unknown, "", `{"__CURSOR":"s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=3f11;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8d779b4c;t=6458a0f8366dc;x=829304a5b6c7d8e9","__REALTIME_TIMESTAMP":"1795938080930412","__MONOTONIC_TIMESTAMP":"2373425996","__SEQNUM":"16145","__SEQNUM_ID":"5a0e3c9b71d24f86a3b0c2e4d6f81a97","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","_SYSTEMD_UNIT":"keepalived.service","MESSAGE":"(VI_1) Entering BACKUP STATE"}`),
			we("2026-11-29T07:41:31.004112Z", Unknown, "", `{"__CURSOR":"s=5a0e3c9b71d24f86a3b0c2e4d6f81a97;i=3f12;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=8e10f1e8;t=6458a101d5e50;x=9304a5b6c7d8e9fa","__REALTIME_TIMESTAMP":"1795938091004112","__MONOTONIC_TIMESTAMP":"2383499752","__SEQNUM":"16146","__SEQNUM_ID":"5a0e3c9b71d24f86a3b0c2e4d6f81a97","_BOOT_ID":"9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6","_SYSTEMD_UNIT":"haproxy.service","MESSAGE":"Server be_api/api3 is UP, reason: Layer4 check passed, check duration: 0ms. 3 active and 0 backup servers online."}`),
		},
	},
	{
		name:   "journal-verbose-cet-user-units",
		source: "`journalctl --user -o verbose` on a host in Central European Time (the header's `Www yyyy-MM-dd HH:mm:ss.ffffff CET [s=…;i=…;b=…;m=…;t=…;x=…]`, then every field indented: _SYSTEMD_USER_UNIT, _SYSTEMD_OWNER_UID, PRIORITY, _HOSTNAME): journalctl(1) --output=verbose and --user; systemd.journal-fields(7) (_SYSTEMD_USER_UNIT); world_test's journal-verbose (the layout in UTC)",
		why:    "one record per header line; the header's time in CET converted; the level PRIORITY and the host _HOSTNAME from the indented fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Warn, "ws-lena",
				"Sun 2026-11-29 08:41:16.204118 CET [s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=5d1;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f2e3d4c;t=6458a0f3b1c56;x=d4e5f60718293041]",
				"    _BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"    PRIORITY=4",
				"    SYSLOG_FACILITY=3",
				"    _UID=1000",
				"    _GID=1000",
				"    _HOSTNAME=ws-lena",
				"    _TRANSPORT=stdout",
				"    SYSLOG_IDENTIFIER=syncthing",
				"    _PID=41207",
				"    _COMM=syncthing",
				"    _SYSTEMD_OWNER_UID=1000",
				"    _SYSTEMD_USER_UNIT=syncthing.service",
				"    _SYSTEMD_USER_SLICE=app.slice",
				"    MESSAGE=Failed to sync 3 items in folder \"photos\" (default): permission denied"),
			we("2026-11-29T07:41:18.550870Z", Info, "ws-lena",
				"Sun 2026-11-29 08:41:18.550870 CET [s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=5d2;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f3284a2;t=6458a0f5ed4d6;x=e5f6071829304152]",
				"    _BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"    PRIORITY=6",
				"    SYSLOG_FACILITY=3",
				"    _UID=1000",
				"    _GID=1000",
				"    _HOSTNAME=ws-lena",
				"    _TRANSPORT=journal",
				"    SYSLOG_IDENTIFIER=systemd",
				"    _PID=1904",
				"    _COMM=systemd",
				"    _SYSTEMD_OWNER_UID=1000",
				"    _SYSTEMD_USER_UNIT=init.scope",
				"    USER_UNIT=backup-home.timer",
				"    MESSAGE=Started backup-home.timer - Hourly home backup."),
			we("2026-11-29T07:41:19.002113Z", Error, "ws-lena",
				"Sun 2026-11-29 08:41:19.002113 CET [s=c41f7d2e08b94a5d9e6a1b3c5d7f9e02;i=5d3;b=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6;m=1f396a81;t=6458a0f65c041;x=f607182930415263]",
				"    _BOOT_ID=9b3d4c1a8e2f47a6b5c0d1e2f3a4b5c6",
				"    PRIORITY=3",
				"    SYSLOG_FACILITY=3",
				"    _UID=1000",
				"    _GID=1000",
				"    _HOSTNAME=ws-lena",
				"    _TRANSPORT=stdout",
				"    SYSLOG_IDENTIFIER=restic",
				"    _PID=41311",
				"    _COMM=restic",
				"    _SYSTEMD_OWNER_UID=1000",
				"    _SYSTEMD_USER_UNIT=backup-home.service",
				"    MESSAGE=Fatal: unable to open repository at sftp:backup@192.0.2.18:/srv/restic/lena: ssh: handshake failed"),
		},
	},
	{
		name:   "systemctl-status-timer-short-iso-precise",
		source: "`systemctl status -o short-iso-precise backup-nightly.timer` (systemd 256: the `●` header, Loaded with its preset, Active `active (waiting)` since a time, Trigger with the next elapse and the time left, Triggers with the service, a blank line, then the unit's last journal lines in the output mode asked for): systemctl(1) status and -o/--output; the Trigger and Triggers lines from memory of real output",
		why:    "the status block is one record with no time (since and Trigger are the unit's state and schedule), no level and no host; the journal lines below carry their microsecond +00:00 time and the host",
		entries: []worldEntry{
			we("", Unknown, "",
				"● backup-nightly.timer - Nightly restic backup of /srv",
				"     Loaded: loaded (/etc/systemd/system/backup-nightly.timer; enabled; preset: enabled)",
				"     Active: active (waiting) since Sun 2026-11-29 06:02:41 UTC; 1h 38min ago",
				"    Trigger: Mon 2026-11-30 03:00:00 UTC; 19h left",
				"   Triggers: ● backup-nightly.service",
				""),
			we("2026-11-29T06:02:41.877310Z", Unknown, "nas02", "2026-11-29T06:02:41.877310+00:00 nas02 systemd[1]: Started backup-nightly.timer - Nightly restic backup of /srv."),
			we("2026-11-29T07:40:02.118204Z", Unknown, "nas02", "2026-11-29T07:40:02.118204+00:00 nas02 systemd[1]: backup-nightly.timer: Timer elapsed while backup-nightly.service is still running, skipping."),
		},
	},
}

func TestFresh224Formats(t *testing.T) { assertTable(t, fresh224Cases) }
func TestFresh224Score(t *testing.T) {
	checkScore(t, "fresh224 formats", fresh224Cases, [worldNumFields]float64{81, 72.7, 72.7, 69.6})
}
