package parse

import "testing"

// The three-hundred-and-eighty-second fresh table, written on 2026-12-06: Linux system daemons and
// /var/log files, another pass, in shapes no earlier table holds. Each family is one program's
// documented or observed output in one shape: systemd's `busctl monitor` in its text form (a
// `‣ Type=…` header with the message's Timestamp="Www yyyy-MM-dd HH:mm:ss.uuuuuu UTC", the
// Sender/Path/Interface/Member line, and the MESSAGE tree of braces, one block a message with a
// blank line after it) and in `--json=short` (one object a line, its time the "timestamp-realtime"
// microseconds since the epoch); `journalctl --verify` (PASS and FAIL lines per journal file, hex
// object offsets, the `File corruption detected at …` line); snapd's `snap warnings` (yamlish
// blocks, `last-occurrence:  today at HH:MM UTC`, `warning: |` and the indented text, `---`
// between); Relax-and-Recover's /var/log/rear/rear-<host>.log (a nanosecond stamp with no zone
// before each message); cloud-init's `cloud-init analyze show` report (stage lines with `@` and `+`
// offsets in seconds since boot, no clock); NetworkManager's `nmcli monitor` (state lines with no
// time at all).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (products and commands: `busctl`, `dbus-monitor`, `dbus-broker`,
// `udevadm`, `udisksctl`, `UDisks2`, `upower`, `nmcli`, `nmcli monitor`, `NetworkManager`,
// `ModemManager`, `polkit`, `pkexec`, `sssd`, `sssctl`, `krb5_child`, `ldap_child`, `firewalld`,
// `cloud-init`, `cloud-init analyze`, `cloud-init status`, `ds-identify`, `snapd`, `snap changes`,
// `snap tasks`, `snap warnings`, `snap logs`, `packagekit`, `pkcon`, `pkmon`, `get-transactions`,
// `anacron`, `fcron`, `dcron`, `cronie`, `CROND`, `supercronic`, `jobber`, `go-crond`, `yacron`,
// `ofelia`, `cronicle`, `systemd-cron`, `ausearch`, `aureport`, `aulast`, `aulastlog`,
// `coredumpctl`, `systemd-analyze`, `journalctl --verify`, `session-status`, `list-timers`,
// `unattended-upgrades-shutdown`, `Relax-and-Recover`, `rear-`, `Aptitude`, `debootstrap`,
// `dist-upgrade`, `needrestart`, `ubuntu-advantage`, `uaclient`, `ipaclient`, `fwupdmgr`,
// `fwupdtool`, `spice-vdagent`, `lldpcli`, `hdparm`; fragments: `Type=signal`, `Cookie=`,
// `Timestamp="`, `MESSAGE "`, `Monitoring bus message`, `timestamp-realtime`, `PASS: /`,
// `entry_offset`, `File corruption`, `last-occurrence`, `warning: |`, `today at`, `yesterday at`,
// `Boot Record`, `Starting stage`, `is now in the`, `PrepareForShutdown`, `CMDOUT`, `CMDEND`,
// `filter_IN_`, `<trace>`, `Authentication Agent`, `renew 0`, `lease {`).
// The theme's daemons are nearly all measured already (fresh4, fresh5, fresh8, fresh71, fresh90,
// fresh118, fresh266, fresh309, fresh317, fresh357 and others): NetworkManager in every journal
// mode and nm-cloud-setup, never nmcli monitor; udisksd, polkitd, sssd, firewalld and cron in
// syslog, the journal and their own files, left out; snapd as snap changes --abs-time (fresh71),
// snap logs (fresh90) and `snap debug state` with `today at` (fresh244), never snap warnings;
// cloud-init's cloud-init.log, cloud-init-output.log and its syslog lines (fresh84, fresh111 and
// others), never analyze show; dbus-monitor is in fresh178, busctl in none; journalctl's output
// modes are in many tables, its --verify report in none; unattended-upgrades-shutdown.log is in
// fresh84 and was dropped; ReaR is in none. Left out after the search: dhclient's lease files under
// /var/lib/NetworkManager (their renew, rebind and expire times are not one record time), pkmon
// (its layout not confirmed in a stored source), Debian cron's `-L 15` END lines (as fresh357
// found, unsourced). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). busctl's Timestamp is written in UTC with its zone word; its JSON
// "timestamp-realtime" is microseconds since the epoch. snap's `today at 07:41 UTC` is a time of
// day on the clock's day and `yesterday at 22:10 UTC` on the day before. ReaR's `yyyy-MM-dd
// HH:mm:ss.nnnnnnnnn` has no zone and is UTC; the `date …` inside its Running line is the same
// second. journalctl --verify, cloud-init analyze show and nmcli monitor write no clock: their
// `@14.20400s`, hex offsets and the journal file name's hex realtime are no record times. No family
// marks a level: busctl's Type=error and `ErrorName=` are the message's type, --verify's FAIL and
// `File corruption` are results, snap's `warning: |` is the yamlish key of every block. No family
// carries a host field: busctl's Sender, nmcli's device name and the host in ReaR's log file name
// are none. A record that spans lines is one entry: a busctl block from its `‣` header to the
// blank line after its closing `};`, a snap warning from `last-occurrence:` to the last indented
// line of its text (the `---` between blocks is fed but not scored).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb3417 before any rule for it: level 100.0 %, time 75.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 100.0 %, time 85.7 %, host 100.0 %, records 93.9 %), in a
// worktree at beb3417 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the epoch-microsecond "timestamp-realtime" of busctl's JSON,
// and snap warnings' relative `today at`/`yesterday at` times and its yamlish blocks.

var fresh382Cases = []worldCase{
	{
		name:   "busctl-monitor-text-blocks",
		source: "systemd 25x's `busctl monitor --system` (`Monitoring bus message stream.` once, then each message as `‣ Type=T  Endian=l  Flags=N  Version=1 Cookie=N[  ReplyCookie=N]  Timestamp=\"Www yyyy-MM-dd HH:mm:ss.uuuuuu UTC\"`, a `  Sender=…  Destination=…  Path=…  Interface=…  Member=…` line, ErrorName/ErrorMessage for errors, `  UniqueName=…`, and the `MESSAGE \"sig\" {` tree indented eight blanks a level, closed by `  };` and a blank line): systemd/systemd issue #13381 and swaywm/swayidle PR #11 (the block), systemd/systemd PR #17969 (the Timestamp added to the header, TIMESTAMP_US_UTC), src/libsystemd/sd-bus/bus-dump.c (the fields and the tree); the Timestamp's place in the header line from memory",
		why:    "a time with a weekday, microseconds and the UTC word inside Timestamp=\"…\" at the end of the header; Cookie, ReplyCookie, UINT32 values and the unit's path are no times; Type=error is a message type, no level; a block with its braces and blank line is one record",
		entries: []worldEntry{
			wskip("Monitoring bus message stream."),
			we("2026-11-29T07:41:16.204118Z", Unknown, "",
				`‣ Type=signal  Endian=l  Flags=1  Version=1 Cookie=51207  Timestamp="Sun 2026-11-29 07:41:16.204118 UTC"`,
				`  Sender=:1.0  Path=/org/freedesktop/systemd1/unit/nginx_2eservice  Interface=org.freedesktop.DBus.Properties  Member=PropertiesChanged`,
				`  UniqueName=:1.0`,
				`  MESSAGE "sa{sv}as" {`,
				`          STRING "org.freedesktop.systemd1.Service";`,
				`          ARRAY "{sv}" {`,
				`                  DICT_ENTRY "sv" {`,
				`                          STRING "MainPID";`,
				`                          VARIANT "u" {`,
				`                                  UINT32 4412;`,
				`                          };`,
				`                  };`,
				`          };`,
				`          ARRAY "s" {`,
				`          };`,
				`  };`,
				``),
			we("2026-11-29T07:41:18.550902Z", Unknown, "",
				`‣ Type=method_call  Endian=l  Flags=0  Version=1 Cookie=7  Timestamp="Sun 2026-11-29 07:41:18.550902 UTC"`,
				`  Sender=:1.412  Destination=org.freedesktop.systemd1  Path=/org/freedesktop/systemd1  Interface=org.freedesktop.systemd1.Manager  Member=RestartUnit`,
				`  UniqueName=:1.412`,
				`  MESSAGE "ss" {`,
				`          STRING "nginx.service";`,
				`          STRING "replace";`,
				`  };`,
				``),
			we("2026-11-29T07:41:18.553317Z", Unknown, "",
				`‣ Type=error  Endian=l  Flags=1  Version=1 Cookie=51214  ReplyCookie=7  Timestamp="Sun 2026-11-29 07:41:18.553317 UTC"`,
				`  Sender=:1.0  Destination=:1.412`,
				`  ErrorName=org.freedesktop.DBus.Error.InteractiveAuthorizationRequired  ErrorMessage="Interactive authentication required."`,
				`  UniqueName=:1.0`,
				`  MESSAGE "s" {`,
				`          STRING "Interactive authentication required.";`,
				`  };`,
				``),
			we("2026-11-29T07:41:20.017463Z", Unknown, "",
				`‣ Type=signal  Endian=l  Flags=1  Version=1 Cookie=3391  Timestamp="Sun 2026-11-29 07:41:20.017463 UTC"`,
				`  Sender=:1.6  Path=/org/freedesktop/login1  Interface=org.freedesktop.login1.Manager  Member=SessionNew`,
				`  UniqueName=:1.6`,
				`  MESSAGE "so" {`,
				`          STRING "14";`,
				`          OBJECT_PATH "/org/freedesktop/login1/session/_314";`,
				`  };`,
				``),
		},
	},
	{
		name:   "busctl-monitor-json-short",
		source: "systemd's `busctl monitor --json=short` (one JSON object a line: type, endian, flags, version, cookie, reply_cookie when set, \"timestamp-realtime\" as microseconds since the epoch, sender, destination, path, interface, member, payload {type, data}; no `Monitoring…` line with --json since systemd PR #29019): systemd/systemd PR #17969 (the field named timestamp-realtime, a number), issue #37210 (--json with monitor), src/busctl/busctl.c (SD_JSON_BUILD_UNSIGNED(ts))",
		why:    "the only time is a 16-digit epoch in microseconds under a hyphenated key; cookie and the payload's integers are no times; \"type\":\"error\" is no level; the sender is a bus name, no host",
		entries: []worldEntry{
			we("2026-11-29T07:42:03.118402Z", Unknown, "", `{"type":"signal","endian":"l","flags":1,"version":1,"cookie":51290,"timestamp-realtime":1795938123118402,"sender":":1.0","path":"/org/freedesktop/systemd1/unit/nginx_2eservice","interface":"org.freedesktop.DBus.Properties","member":"PropertiesChanged","payload":{"type":"sa{sv}as","data":["org.freedesktop.systemd1.Unit",{"ActiveState":{"type":"s","data":"activating"},"SubState":{"type":"s","data":"start"}},[]]}}`),
			we("2026-11-29T07:42:03.402977Z", Unknown, "", `{"type":"method_call","endian":"l","flags":0,"version":1,"cookie":12,"timestamp-realtime":1795938123402977,"sender":":1.418","destination":"org.freedesktop.login1","path":"/org/freedesktop/login1","interface":"org.freedesktop.login1.Manager","member":"ListSessions","payload":{"type":"","data":[]}}`),
			we("2026-11-29T07:42:03.403551Z", Unknown, "", `{"type":"method_return","endian":"l","flags":1,"version":1,"cookie":3402,"reply_cookie":12,"timestamp-realtime":1795938123403551,"sender":":1.6","destination":":1.418","payload":{"type":"a(susso)","data":[[["14",1000,"mira","seat0","/org/freedesktop/login1/session/_314"]]]}}`),
			we("2026-11-29T07:42:05.977120Z", Unknown, "", `{"type":"error","endian":"l","flags":1,"version":1,"cookie":51302,"reply_cookie":9,"timestamp-realtime":1795938125977120,"sender":":1.0","destination":":1.420","payload":{"type":"s","data":["Unit fwupd-refresh.timer not loaded."]}}`),
		},
	},
	{
		name:   "journalctl-verify-report",
		source: "`journalctl --verify` (systemd 25x): `PASS: path` for each good journal file, `hexoffset: problem` lines such as `Unused data (entry_offset==0)` or `Data object references invalid entry at hex`, then `File corruption detected at path:hex (of N bytes, P%).` and `FAIL: path (Bad message)`: systemd/systemd issues #24116, #28775, #27532 and #19875",
		why:    "no time, level or host anywhere: the archived file names carry a seqnum and a realtime in hex, the offsets are hex, `60%` a share; FAIL and PASS are results; every line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "PASS: /var/log/journal/5d1e7c2a94b04f08a6e3c91b27f0d4e8/system@9c4e21b7a05f4d3c8e61f2a0b7d95c34-00000000000b71e2-0006613bc5676d42.journal"),
			we("", Unknown, "", "1f3a0c8: Unused data (entry_offset==0)"),
			we("", Unknown, "", "PASS: /var/log/journal/5d1e7c2a94b04f08a6e3c91b27f0d4e8/user-1000@4a7f0e92c31b4d86b5e0d7a1c9f28e63-00000000000b8a04-0006615e6b0f0701.journal"),
			we("", Unknown, "", "3c7d20: Data object references invalid entry at 3c9e48"),
			we("", Unknown, "", "File corruption detected at /var/log/journal/5d1e7c2a94b04f08a6e3c91b27f0d4e8/system.journal:3c7b10 (of 8388608 bytes, 47%)."),
			we("", Unknown, "", "FAIL: /var/log/journal/5d1e7c2a94b04f08a6e3c91b27f0d4e8/system.journal (Bad message)"),
			we("", Unknown, "", "PASS: /var/log/journal/5d1e7c2a94b04f08a6e3c91b27f0d4e8/user-1000.journal"),
		},
	},
	{
		name:   "snap-warnings-yamlish",
		gap:    "trawl reads no time from `last-occurrence:  today at 07:41 UTC` or `yesterday at 22:10 UTC`, and cuts each block after that line: the `warning: |` line and the indented message lines are not joined to it",
		source: "snapd's `snap warnings` (cmd/snap/cmd_warnings.go: for each warning `last-occurrence:` a tab, then fmtTime's human form `today at HH:MM UTC` / `yesterday at HH:MM UTC` through a tabwriter, `warning: |`, the message indented two blanks and wrapped, and `---` before every block but the first): canonical/snapd cmd/snap/cmd_warnings.go and PR #6630 (the yamlish output)",
		why:    "the time is a time of day after `today at` or `yesterday at` with a zone word; `warning: |` is a key, no level; the snap's revision and pids are no times; a block with its wrapped text is one record and `---` belongs to none",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "",
				"last-occurrence:  today at 07:41 UTC",
				"warning: |",
				`  snap "firefox" has running apps (firefox), pids: 5512,5540 and will not be refreshed; close`,
				"  the app to let the refresh happen within 11 days, or run 'snap refresh --hold=forever",
				"  firefox' to keep this revision"),
			wskip("---"),
			we("2026-11-28T22:10:00Z", Unknown, "",
				"last-occurrence:  yesterday at 22:10 UTC",
				"warning: |",
				`  cannot refresh "core22": could not download snap "core22" (1748) from channel`,
				`  "latest/stable": persistent network error: Get "https://api.snapcraft.io/api/v1/snaps/download/amcUKQILKXHHTlmSa7NMdnXSx02dNeeT_1748.snap": dial tcp: lookup api.snapcraft.io: Temporary failure in name resolution`),
			wskip("---"),
			we("2026-11-29T09:05:00Z", Unknown, "",
				"last-occurrence:  today at 09:05 UTC",
				"warning: |",
				"  the hostname of this system changed; automatic snap refreshes may be held until the",
				"  next boot"),
		},
	},
	{
		name:   "rear-mkbackup-log-file",
		source: "Relax-and-Recover 2.7's /var/log/rear/rear-<host>.log from `rear mkbackup` (each message written by Log/LogPrint with `date +\"%Y-%m-%d %H:%M:%S.%N \"` before it: the version banner, `Running rear mkbackup (PID N date …)`, `Using log file:`, `Including stage/scope/NNN_script.sh`, the backup archive path): rear/rear issues #2892 and #2553 (the messages as LogPrint shows them), #1110 and PR #1115 (the log file's place); the nanosecond stamp from memory",
		why:    "nine fractional digits and no zone; the `date 2026-11-29 07:41:16` inside the Running line is the same second; `2022-07-13` after the version is a release date, no record time; the script numbers and PID are no times; no level, and the host in the log file's name is no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.338147920Z", Unknown, "", "2026-11-29 07:41:16.338147920 Relax-and-Recover 2.7 / 2022-07-13"),
			we("2026-11-29T07:41:16.341022518Z", Unknown, "", "2026-11-29 07:41:16.341022518 Running rear mkbackup (PID 4411 date 2026-11-29 07:41:16)"),
			we("2026-11-29T07:41:16.342187004Z", Unknown, "", "2026-11-29 07:41:16.342187004 Using log file: /var/log/rear/rear-bkp-srv-02.log"),
			we("2026-11-29T07:41:16.419550371Z", Unknown, "", "2026-11-29 07:41:16.419550371 Including init/default/005_verify_os_arch.sh"),
			we("2026-11-29T07:41:17.002918633Z", Unknown, "", "2026-11-29 07:41:17.002918633 Using backup archive '/tmp/rear.Xk2pQm9aZ7b3LwE/outputfs/bkp-srv-02/backup.tar.gz'"),
			we("2026-11-29T07:41:19.774306182Z", Unknown, "", "2026-11-29 07:41:19.774306182 Including layout/save/GNU/Linux/200_partition_layout.sh"),
		},
	},
	{
		name:   "cloud-init-analyze-show",
		source: "cloud-init's `cloud-init analyze show` (cloudinit/analyze/show.py: `-- Boot Record NN --`, two lines explaining `@` and `+`, `Starting stage: name`, `|`->event @SS.sssss +SS.sssss` lines, `Finished stage: (name) SS.sssss seconds`, `Total Time: … seconds`, `N boot records analyzed`): cloud-init docs 'analyze' (doc/rtd/topics/analyze.rst, debugging.rst 19.4 and 22.3), canonical/cloud-init issue #3879",
		why:    "a report with no clock: `@14.20400s` is seconds since boot and `+00.28100s` a span; `Boot Record 01` is a count; every line is a record of its own; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "-- Boot Record 01 --"),
			we("", Unknown, "", `The total time elapsed since completing an event is printed after the "@" character.`),
			we("", Unknown, "", `The time the event takes is printed after the "+" character.`),
			wskip(""),
			we("", Unknown, "", "Starting stage: init-local"),
			we("", Unknown, "", "|`->no cache found @00.01200s +00.00100s"),
			we("", Unknown, "", "|`->found local data from DataSourceNoCloud @00.09400s +00.21700s"),
			we("", Unknown, "", "Finished stage: (init-local) 00.31800 seconds"),
			wskip(""),
			we("", Unknown, "", "Starting stage: init-network"),
			we("", Unknown, "", "|`->restored from cache with run check: DataSourceNoCloud [seed=/dev/vdb][dsmode=net] @03.88100s +00.00300s"),
			we("", Unknown, "", "|`->config-growpart ran successfully @04.01900s +00.61200s"),
			we("", Unknown, "", "Finished stage: (init-network) 01.27400 seconds"),
			wskip(""),
			we("", Unknown, "", "Total Time: 1.59200 seconds"),
			wskip(""),
			we("", Unknown, "", "1 boot records analyzed"),
		},
	},
	{
		name:   "nmcli-monitor-stream",
		source: "NetworkManager's `nmcli monitor` (clients/cli/general.c: `Networkmanager is now in the '%s' state` with nm_state_to_string's names, `Connectivity is now '%s'`, device lines `dev: state` with the state reason in parentheses and `dev: using connection 'name'`): NetworkManager's nmcli general.c (the client_state format); the device and connectivity lines from memory",
		why:    "no time, level or host anywhere: `enp1s0` and `wlp2s0` are device names, `'Wired connection 1'` a profile; `connected (site only)` is a state; every line is a record",
		entries: []worldEntry{
			we("", Unknown, "", "Networkmanager is now in the 'connecting' state"),
			we("", Unknown, "", "enp1s0: connecting (prepare)"),
			we("", Unknown, "", "enp1s0: using connection 'Wired connection 1'"),
			we("", Unknown, "", "enp1s0: connecting (getting IP configuration)"),
			we("", Unknown, "", "enp1s0: connected"),
			we("", Unknown, "", "Networkmanager is now in the 'connected (site only)' state"),
			we("", Unknown, "", "Connectivity is now 'full'"),
			we("", Unknown, "", "wlp2s0: unavailable"),
		},
	},
	{
		name:   "cloud-init-analyze-dump-json",
		source: "cloud-init's `cloud-init analyze dump` (cloudinit/analyze/dump.py: the events parsed from cloud-init.log printed as one JSON list, each event an object on its own indented lines with sorted keys description, event_type start|finish, name, origin, result on finish events, and timestamp as float epoch seconds): cloud-init docs 'analyze' (doc/rtd/topics/analyze.rst 22.3.1: dump returns a list of event records) and debugging.rst; the indentation from memory",
		why:    "the only time is a float epoch under \"timestamp\"; \"result\": \"FAIL\" is an outcome, no level; each object spread over lines is one record, the list's brackets belong to none",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:41:16.512Z", Unknown, "",
				" {",
				`  "description": "running config-growpart with frequency always",`,
				`  "event_type": "start",`,
				`  "name": "init-network/config-growpart",`,
				`  "origin": "cloudinit",`,
				`  "timestamp": 1795938076.512`,
				" },"),
			we("2026-11-29T07:41:17.124Z", Unknown, "",
				" {",
				`  "description": "config-growpart ran successfully",`,
				`  "event_type": "finish",`,
				`  "name": "init-network/config-growpart",`,
				`  "origin": "cloudinit",`,
				`  "result": "SUCCESS",`,
				`  "timestamp": 1795938077.124`,
				" },"),
			we("2026-11-29T07:41:17.130Z", Unknown, "",
				" {",
				`  "description": "running config-ntp with frequency once-per-instance",`,
				`  "event_type": "start",`,
				`  "name": "modules-config/config-ntp",`,
				`  "origin": "cloudinit",`,
				`  "timestamp": 1795938077.13`,
				" },"),
			we("2026-11-29T07:41:19.481Z", Unknown, "",
				" {",
				`  "description": "running config-ntp with frequency once-per-instance",`,
				`  "event_type": "finish",`,
				`  "name": "modules-config/config-ntp",`,
				`  "origin": "cloudinit",`,
				`  "result": "FAIL",`,
				`  "timestamp": 1795938079.481`,
				" }"),
			wskip("]"),
		},
	},
}

func TestFresh382Formats(t *testing.T) { assertTable(t, fresh382Cases) }
func TestFresh382Score(t *testing.T) {
	checkScore(t, "fresh382 formats", fresh382Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 87.4})
}
