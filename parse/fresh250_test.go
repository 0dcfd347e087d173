package parse

import "testing"

// The two-hundred-and-fiftieth fresh table, written on 2026-12-05: command-line tools' watch and
// event output teed into files or pasted into tickets. Each family is one tool's documented or
// observed output: `kubectl get events -w --output-watch-events` and `kubectl get pods -w
// --output-watch-events` (an EVENT column before the table's own, ages and no clock times);
// `pcs status` with Pacemaker 2.1's one-line Failed Resource Actions (`returned 'error' at <ctime>`)
// and Pacemaker 2.0's two-line ones (`last-rc-change='<ctime>'` on an indented continuation);
// crm_mon 2.0's Failed Fencing Actions (`last-failed='<ctime>'` on a continuation); evtest's
// `Event: time <epoch>.<usec>, …` lines under its device banner; inotifywait -m with --timefmt and
// --format '%T %w%f %e'; iotop -b -o -t (every line prefixed with a time of day, the column heading
// repeated each interval); `zfs list -t snapshot -o name,creation` (libzfs's `%a %b %e %k:%M %Y`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kubectl`, `output-watch-events`, `LAST SEEN`, `EVENT *LAST SEEN`, `EVENT *NAME`, `ADDED `,
// `MODIFIED `, `--timestamps`, `[pod/`, `docker events`, `container start`, `container die`,
// `timeNano`, `Actor.Attributes`, `podman events`, `list-timers`, `NEXT *LEFT`, `lastb`, `lastb -F`,
// `still logged in`, `wtmp begins`, `btmp begins`, `gone - no logout`, `system boot`, `dmesg`,
// `kern  :`, `:warn  :`, `,NNNNNN+00:00`, `[Nov29`, `zpool`, `zpool history`, `on host:linux]`,
// `[txg:`, `sysevent.fs.zfs`, `TIME *CLASS`, `zpool iostat`, `capacity *operations`, `zfs list`,
// `zfs get`, `auto-2026`, `sysstat`, `iostat`, `vmstat`, `procs ---`, `smartctl`, `Error N occurred
// at`, `crm_mon`, `pcs status`, `Cluster Summary`, `Last updated:`, `Failed Resource`,
// `last-rc-change`, `exitreason`, `Migration Summary`, `Fencing History`, `stonith history`,
// `delegate=`, `top -b`, `top - `, `load average`, `Tasks:`, `iotop`, `Total DISK READ`, `be/4`,
// `evtest`, `Event: time`, `SYN_REPORT`, `Input driver version`, `inotify`, `inotifywait`,
// `CLOSE_WRITE`, `Setting up watches`, `Watches established`, `ipmitool`, `| Asserted`, `ip monitor`,
// `ip -ts`, `[LINK]`, `conntrack`, `[NEW]`, `ping -D`, `icmp_seq`, `tcpdump`, `udevadm`, `KERNEL[`,
// `kubectl events`, `Warning *BackOff`, `LASTSEEN`, `list-boots`, `FIRST ENTRY`, `coredumpctl`,
// `COREFILE`, `faillock`, `RHOST`, `dnf history`, `rpm -qa --last`, `Altered`, `strace`, `openat(`,
// `dmon`, `phy #0`, `iw event`, `mcelog`, `chronyc`). kubectl is in many tables (kubectl logs with
// --timestamps and --prefix in fresh236 and others, `kubectl get events` and `kubectl events` in
// fresh4, fresh37, fresh239); the --output-watch-events column is in none. Pacemaker's daemons'
// logs and `Cluster Summary` (fresh122) are earlier tables'; the Failed Resource Actions and
// Failed Fencing Actions sections are in none. SYN_REPORT is in fresh17 only as a word; evtest's
// output is in none. inotify appears in messages of several tables; inotifywait's output is in
// none. iotop is in fresh183 only by name; its batch output is in none. zfs list is in fresh46
// only inside a message. Left out as measured already: docker events (fresh38, fresh180), podman
// events, `last -F` (fresh151), lastb (fresh83, fresh150), dmesg -T/-x/iso (world_test, fresh73,
// fresh105, fresh204), zpool history -il and zpool events (fresh2, fresh6, fresh46, fresh204),
// sar/iostat/vmstat -t (fresh153, fresh178, fresh183), smartctl -l error (fresh105), top -b
// (fresh108, fresh183), systemctl list-timers (fresh246), ipmitool sel (fresh2), ip -ts monitor
// (fresh114), journalctl --list-boots and coredumpctl (fresh224). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). kubectl's watch rows carry only ages (`0s`, `12m`), no time of their own.
// Pacemaker's ctimes, evtest's epoch seconds, inotifywait's %F %T, zfs's creation carry dates;
// iotop's -t time of day is on the clock's day. Levels only where the line marks one: a Kubernetes
// event's TYPE (Normal is Info, Warning is Warn); Pacemaker's `returned 'error'` and `failed` name
// an operation's result and are no level; the other tools mark none. The host is the record's host
// field: the node a Pacemaker resource action ran on (`on node-b`); a fencing line names its
// target, delegate and origin, none of them the record's host; kubectl's OBJECT and NODE-less
// rows, evtest, inotifywait, iotop and zfs carry none. A record that spans lines is one entry:
// Pacemaker 2.0's failed action or fencing action with its indented `last-rc-change=` or
// `last-failed=` line. Headers written once before the first record are wskip; iotop's column
// heading, repeated every interval, is a record of no time after the first.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 41e0b4d before any rule for it: level 71.6 %, time 53.1 %, host 67.9 %, records 61.7 %.
// That is the macro figure (micro: level 76.7 %, time 60.5 %, host 74.4 %, records 67.4 %), in a
// worktree at 41e0b4d with no change to trawl's code (only this file and table_test.go's list), 4 of
// 9 families fully right; the gaps are Pacemaker's failed resource and fencing actions (both
// layouts), evtest's epoch and iotop's repeated column heading.

var fresh250Cases = []worldCase{
	{
		name:   "kubectl-get-events-watch-output-watch-events",
		source: "kubectl get events -w --output-watch-events (the watch event type in an EVENT column before LAST SEEN, TYPE, REASON, OBJECT, MESSAGE; existing objects printed as ADDED first): kubernetes/kubernetes PR #72416 (--output-watch-events), kubernetes/kubectl issues #704, #767, #793 (the get events -w table)",
		why:    "an ADDED/MODIFIED/DELETED word before an age: no clock time; the TYPE column is the level; the OBJECT names a pod, not a host",
		entries: []worldEntry{
			wskip("EVENT      LAST SEEN   TYPE      REASON              OBJECT                              MESSAGE"),
			we("", Info, "", "ADDED      12m         Normal    Scheduled           pod/checkout-7d9c5b6f4-xk2pl        Successfully assigned shop/checkout-7d9c5b6f4-xk2pl to wk-03"),
			we("", Info, "", `ADDED      12m         Normal    Pulled              pod/checkout-7d9c5b6f4-xk2pl        Container image "registry.example.org/shop/checkout:2.8.1" already present on machine`),
			we("", Warn, "", "ADDED      41s         Warning   BackOff             pod/checkout-7d9c5b6f4-xk2pl        Back-off restarting failed container checkout in pod checkout-7d9c5b6f4-xk2pl_shop(3f0c2a1e-9b7d-4c5e-8a6f-2d1b0c9e8f7a)"),
			we("", Warn, "", "MODIFIED   0s          Warning   Unhealthy           pod/checkout-7d9c5b6f4-xk2pl        Liveness probe failed: Get \"http://10.42.3.17:8080/healthz\": context deadline exceeded"),
			we("", Info, "", "DELETED    62m         Normal    SuccessfulCreate    replicaset/checkout-7d9c5b6f4       Created pod: checkout-7d9c5b6f4-q8r2t"),
		},
	},
	{
		name:   "kubectl-get-pods-watch-output-watch-events",
		source: "kubectl get pods -w --output-watch-events (EVENT before NAME, READY, STATUS, RESTARTS, AGE; RESTARTS with `(Ns ago)` since 1.23): kubernetes/kubernetes PR #72416; kubernetes-retired/kui issue #5115 (the evolving pods -w table)",
		why:    "rows with ages only and a restart's `(40s ago)`: no time of their own, no level, no host",
		entries: []worldEntry{
			wskip("EVENT      NAME                             READY   STATUS             RESTARTS      AGE"),
			we("", Unknown, "", "ADDED      checkout-7d9c5b6f4-xk2pl         0/1     CrashLoopBackOff   4 (40s ago)   12m"),
			we("", Unknown, "", "ADDED      checkout-7d9c5b6f4-q8r2t         1/1     Running            0             62m"),
			we("", Unknown, "", "MODIFIED   checkout-7d9c5b6f4-xk2pl         0/1     Running            5 (1s ago)    12m"),
			we("", Unknown, "", "MODIFIED   checkout-7d9c5b6f4-xk2pl         0/1     Error              5 (2s ago)    12m"),
			we("", Unknown, "", "DELETED    checkout-7d9c5b6f4-q8r2t         1/1     Terminating        0             63m"),
		},
	},
	{
		name:   "pcs-status-failed-resource-actions-2.1",
		source: "pcs status on Pacemaker 2.1 (`Failed Resource Actions:` then `  * <rsc> [<interval>-interval ]<op> on <node> returned '<result>'[ (<reason>)] at <ctime>[ after <dur>]`): openshift/openshift-docs PR #110821 (pcs status of a two-node cluster)",
		why:    "a ctime after `at` late in the line; the node after `on` is where the action ran; `returned 'error'` is a result, not a level",
		gap:    "the `  * <rsc> <op> on <node> returned '<result>' at <ctime>` lines are joined to the `Failed Resource Actions:` heading as continuation lines (indented `  * `), so no record starts at them: their ctime after `at` and the node after `on` are not read",
		entries: []worldEntry{
			wskip("Failed Resource Actions:"),
			we("2026-11-29T07:41:16Z", Unknown, "node-b", "  * pgsql start on node-b returned 'error' at Sun Nov 29 07:41:16 2026 after 1.204s"),
			we("2026-11-29T06:58:03Z", Unknown, "node-a", "  * vip-web 10s-interval monitor on node-a returned 'not running' (inactive) at Sun Nov 29 06:58:03 2026"),
			we("2026-11-29T07:44:52Z", Unknown, "node-b", "  * pgsql 30s-interval monitor on node-b returned 'error' (could not connect to 10.20.1.12:5432) at Sun Nov 29 07:44:52 2026"),
			we("2026-11-28T23:12:09Z", Unknown, "node-a", "  * fence-ipmi-b start on node-a returned 'error' at Sat Nov 28 23:12:09 2026 after 20.017s"),
		},
	},
	{
		name:   "pcs-status-failed-resource-actions-2.0",
		source: "pcs status / crm_mon -1 on Pacemaker 1.1-2.0 (`* <rsc>_<op>_<interval> on <node> '<result>' (<rc>): call=N, status=complete, exitreason='…',` then `    last-rc-change='<ctime>', queued=Nms, exec=Nms` on an indented line): ClusterLabs/pcs issue #194",
		why:    "the time is on the indented continuation line, not the first one; the two lines are one record; its host is the node after `on`",
		gap:    "the indented `    last-rc-change='<ctime>', …` line is not joined to the `* <rsc>_<op>_<n> on <node> …` line before it but starts a record of its own (with the ctime), and the next `* …` action lines are joined to that one; the first line gets no time, and the node after `on` is not read as the host",
		entries: []worldEntry{
			wskip("Failed Resource Actions:"),
			we("2026-11-29T07:41:16Z", Unknown, "db-02",
				"* pgsql_start_0 on db-02 'unknown error' (1): call=58, status=complete, exitreason='Could not start PostgreSQL: data directory /var/lib/pgsql/data is not writable',",
				"    last-rc-change='Sun Nov 29 07:41:16 2026', queued=0ms, exec=1204ms"),
			we("2026-11-29T07:02:40Z", Unknown, "db-01",
				"* vip-db_monitor_10000 on db-01 'not running' (7): call=31, status=complete, exitreason='',",
				"    last-rc-change='Sun Nov 29 07:02:40 2026', queued=0ms, exec=0ms"),
			we("2026-11-27T19:30:05Z", Unknown, "db-02",
				"* nfs-export_stop_0 on db-02 'insufficient privileges' (4): call=12, status=complete, exitreason='',",
				"    last-rc-change='Fri Nov 27 19:30:05 2026', queued=1ms, exec=3ms"),
		},
	},
	{
		name:   "crm_mon-failed-fencing-actions-2.0",
		source: "crm_mon -1 -Af on Pacemaker 2.0 (`Failed Fencing Actions:` then `* <action> of <target> failed: delegate=<node>, client=<client>.<pid>, origin=<node>,` and `    last-failed='<ctime>'` on an indented line): ClusterLabs/pacemaker PR #1877",
		why:    "the time on the continuation line; the target, delegate and origin are peers named in the record, none of them its host",
		gap:    "the indented `    last-failed='<ctime>'` line starts a record of its own instead of ending the `* reboot of <node> failed: …` record, and the next `* …` lines are joined to it; the first line gets no time",
		entries: []worldEntry{
			wskip("Failed Fencing Actions:"),
			we("2026-11-29T07:43:58Z", Unknown, "",
				"* reboot of db-02 failed: delegate=db-01, client=pacemaker-controld.2210, origin=db-01,",
				"    last-failed='Sun Nov 29 07:43:58 2026'"),
			we("2026-11-29T07:45:31Z", Unknown, "",
				"* off of db-03 failed: delegate=db-01, client=stonith_admin.30517, origin=db-01,",
				"    last-failed='Sun Nov 29 07:45:31 2026'"),
			we("2026-11-29T08:01:12Z", Unknown, "",
				"* reboot of db-02 failed: delegate=db-03, client=pacemaker-controld.2210, origin=db-01,",
				"    last-failed='Sun Nov 29 08:01:12 2026'"),
		},
	},
	{
		name:   "evtest-events",
		source: "evtest on a /dev/input/eventN (a banner: `Input driver version is`, device ID, name, a `Supported events:` tree, `Properties:`, `Testing ... (interrupt to exit)`; then `Event: time <sec>.<usec>, type N (EV_X), code N (NAME), value N` and `Event: time …, -------------- SYN_REPORT ------------`): whot/libevdev PR #1, gvalkov/python-evdev issue #187",
		why:    "an epoch with microseconds after `Event: time`; every event and every SYN_REPORT line is a record of its own; KEY_ESC and similar names are no levels",
		gap:    "the epoch after `Event: time ` (`Event: time 1795938076.204113, type 4 (EV_MSC), …`, and on the SYN_REPORT lines) is not read: every record has no time",
		entries: []worldEntry{
			wskip("Input driver version is 1.0.1",
				"Input device ID: bus 0x3 vendor 0x4d9 product 0x1702 version 0x111",
				`Input device name: "USB Barcode Scanner Keyboard"`,
				"Supported events:",
				"  Event type 0 (EV_SYN)",
				"  Event type 1 (EV_KEY)",
				"    Event code 1 (KEY_ESC)",
				"    Event code 28 (KEY_ENTER)",
				"  Event type 4 (EV_MSC)",
				"    Event code 4 (MSC_SCAN)",
				"Properties:",
				"Testing ... (interrupt to exit)"),
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "Event: time 1795938076.204113, type 4 (EV_MSC), code 4 (MSC_SCAN), value 70028"),
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "Event: time 1795938076.204113, type 1 (EV_KEY), code 28 (KEY_ENTER), value 1"),
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "Event: time 1795938076.204113, -------------- SYN_REPORT ------------"),
			we("2026-11-29T07:41:16.296580Z", Unknown, "", "Event: time 1795938076.296580, type 1 (EV_KEY), code 1 (KEY_ESC), value 0"),
			we("2026-11-29T07:41:16.296580Z", Unknown, "", "Event: time 1795938076.296580, -------------- SYN_REPORT ------------"),
		},
	},
	{
		name:   "inotifywait-monitor-timefmt",
		source: "inotifywait -m -r --timefmt '%F %T' --format '%T %w%f %e' with stderr teed (`Setting up watches.  Beware: since -r was given, this may take a while!`, `Watches established.`, then one line per event, the events comma-joined): inotifywait(1) OUTPUT and --timefmt, --format (manpages.ubuntu.com, inotify-tools 3.22)",
		why:    "a strftime date and time first, then a path and upper-case event names (CLOSE_WRITE,CLOSE; DELETE,ISDIR) that are no levels",
		entries: []worldEntry{
			wskip("Setting up watches.  Beware: since -r was given, this may take a while!",
				"Watches established."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 /srv/inbox/orders-20261129.csv CREATE"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 /srv/inbox/orders-20261129.csv MODIFY"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 /srv/inbox/orders-20261129.csv CLOSE_WRITE,CLOSE"),
			we("2026-11-29T07:52:03Z", Unknown, "", "2026-11-29 07:52:03 /srv/inbox/tmp-upload-4411 DELETE,ISDIR"),
			we("2026-11-29T08:00:00Z", Unknown, "", "2026-11-29 08:00:00 /srv/inbox/error.log MOVED_TO"),
		},
	},
	{
		name:   "iotop-batch-time",
		source: "iotop -b -o -t (every line prefixed with HH:MM:SS: the `Total DISK READ … | Total DISK WRITE …` and `Current DISK READ … | Current DISK WRITE …` lines, the column heading `TIME  TID  PRIO  USER  DISK READ  DISK WRITE  SWAPIN  IO  COMMAND`, then the rows; all repeated each interval): iotop(8) (dokk.org, Debian 10), deepwiki analogue/iotop 'batch mode' (-t prefixes each line with a time)",
		why:    "a bare time of day first on each line (the clock's day); the repeated column heading is a record with no time; `be/4` is an I/O class, not a level",
		gap:    "the repeated column heading `    TIME  TID  PRIO  USER     DISK READ  DISK WRITE  SWAPIN     IO    COMMAND` is joined to the `HH:MM:SS Current DISK READ: …` line before it as a continuation line instead of being a record with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 Total DISK READ:         0.00 B/s | Total DISK WRITE:       412.35 K/s"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 Current DISK READ:       0.00 B/s | Current DISK WRITE:     1.02 M/s"),
			we("", Unknown, "", "    TIME  TID  PRIO  USER     DISK READ  DISK WRITE  SWAPIN     IO    COMMAND"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16  4412 be/4 postgres    0.00 B/s  398.12 K/s  0.00 %  2.41 % postgres: walwriter"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16   611 be/3 root        0.00 B/s   14.23 K/s  0.00 %  0.87 % [jbd2/nvme0n1p2-8]"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 Total DISK READ:         8.00 K/s | Total DISK WRITE:       96.40 K/s"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 Current DISK READ:       8.00 K/s | Current DISK WRITE:     0.00 B/s"),
			we("", Unknown, "", "    TIME  TID  PRIO  USER     DISK READ  DISK WRITE  SWAPIN     IO    COMMAND"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17  4412 be/4 postgres    8.00 K/s   96.40 K/s  0.00 %  0.52 % postgres: walwriter"),
		},
	},
	{
		name:   "zfs-list-snapshot-creation",
		source: "zfs list -t snapshot -o name,creation (a NAME CREATION heading; creation printed with libzfs's strftime `%a %b %e %k:%M %Y`, minute precision, the hour space-padded): from memory",
		why:    "the time at the end of the row with minute precision; a snapshot name holding a different date-like stamp (zfs-auto-snapshot's _2026-11-29-0600) is not the record's time",
		entries: []worldEntry{
			wskip("NAME                                                   CREATION"),
			we("2026-11-28T23:00:00Z", Unknown, "", "tank/home@zfs-auto-snap_daily-2026-11-28-2300           Sat Nov 28 23:00 2026"),
			we("2026-11-29T06:00:00Z", Unknown, "", "tank/home@zfs-auto-snap_hourly-2026-11-29-0600         Sun Nov 29  6:00 2026"),
			we("2026-11-29T07:00:00Z", Unknown, "", "tank/home@zfs-auto-snap_hourly-2026-11-29-0700         Sun Nov 29  7:00 2026"),
			we("2026-11-29T07:41:00Z", Unknown, "", "tank/db@pre-upgrade                                    Sun Nov 29  7:41 2026"),
		},
	},
}

func TestFresh250Formats(t *testing.T) { assertTable(t, fresh250Cases) }
func TestFresh250Score(t *testing.T) {
	checkScore(t, "fresh250 formats", fresh250Cases, [worldNumFields]float64{71.5, 53.0, 67.8, 61.6})
}
