package parse

import "testing"

// The six-hundred-and-eleventh fresh table: Linux system daemons, another further pass, in the
// shapes their journal and terminals print as people paste them into tickets, shapes no earlier
// table holds. Each family is one product's documented or observed output: bolt's boltd run by
// hand with --verbose (a time of day, then a domain word) and the same daemon in the journal (the
// device uid padded in brackets); systemd-journal-upload with libcurl's verbose lines in its
// messages; systemd-growfs under a pasted `systemctl status` block; systemd-rfkill's boot lines in
// `journalctl -x` with the `░░` catalog text under them; systemd-vconsole-setup and the setfont it
// runs in `journalctl -o short-precise`; systemd-tpm2-setup in `journalctl --no-hostname`; and
// uresourced in `journalctl -o short-iso` with a local offset.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`boltd`, `boltd[`, `bolt.service`, `bolt 0.`, `probing: started`,
// `store: loading`, `systemd-journal-upload`, `Upload to http`, `failed with code`, `POST /upload`,
// `systemd-growfs`, `growfs`, `Successfully resized`, `Grow File System`, `systemd-rfkill`,
// `rfkill`, `RF Kill`, `rfkill event`, `░░`, `░░ Subject`, `systemd-vconsole-setup`, `setfont`,
// `kdfontop`, `put_font`, `KD_FONT`, `loadkeys`, `systemd-tpm2-setup`, `tpm2-srk`, `TCTI`,
// `via dlopen`, `no-hostname`, `uresourced`, `Setting resources on`, `User resource assignment`,
// `MemoryLow:`, `Loaded: loaded`, `Main PID:`, and the candidates found already measured or
// dropped: `rasdaemon`, `smartd`, `tuned`, `tuned.daemon`, `earlyoom`, `mem avail`, `xinetd`,
// `START: `, `@07:41`, `pcscd`, `pcscdaemon`, `pcscdaemon.c`, `debuglog.c`, `ccid_usb`, `usbguard`,
// `device.insert`, `snapper`, `libsnapper`, `rkhunter`, `Info: Starting test`, `numad`,
// `Changing THP`, `chrony`, `chronyd version`, `Selected source`, `tracking.log`,
// `measurements.log`, `statistics.log`, `refclocks.log`, `rtc.log`, `logrotate state`, `mcelog`,
// `fapolicyd`, `rule=`, `zed`, `eid=`, `certmonger`, `oddjobd`, `gssproxy`, `rpc.gssd`, `autofs`,
// `automount`, `nslcd`, `nscd`, `irqbalance`, `thermald`, `upowerd`, `fwupd`, `accounts-daemon`,
// `rtkit`, `bluetoothd`, `ModemManager`, `iwd`, `dhcpcd`, `wpa_supplicant`, `wlan0: State:`,
// `: State: `, `CTRL-EVENT`, `avahi`, `atd`, `anacron`, `fcron`, `dcron`, `USER root pid`,
// `busybox 1.3`, `supercronic`, `jobber`, `ofelia`, `yacron`, `kdump`, `kdumpctl`, `multipathd`,
// `iscsid`, `mdadm`, `lldpd`, `keepalived`, `ulogd`, `clevis`, `sssd_be`, `ldap_child`,
// `krb5_child`, `0x0400`, `RID#`, `sss_cache`, `sssctl`, `firewalld`, `polkit`, `auditd`, `node=`,
// `Timestamp: `, `ip monitor`, `COREFILE`, `coredumpctl`, `faillock`, `pam_faillock`, `pam_tally`,
// `SU 11/`, `SU 11/29`, `sulog`, `list-boots`, `SUBDEBUG`, `dnf.rpm.log`, `hawkey`, `yum.log`,
// `rpm -qa`, `update-alternatives`, `alternatives.log`, `apport`, `rhsm`, `subscription-manager`,
// `pmcd`, `lightdm`, `sddm`, `(II) DAEMON`, `grubby`, `emerge.log`, `>>> emerge`, `zypp/history`,
// `|install|`, `rc.log`, `rc boot logging`, `bootlogd`, `systemd-oomd`, `dbus-broker`,
// `setroubleshoot`, `sealert`, `conntrack -E`, `Log started:`, `power-profiles`, `switcheroo`,
// `switcheroo-control`, `low-memory-monitor`, `pam_fprintd`, `fprintd`, `pam_mount`, `pam_u2f`,
// `pam_exec`, `pam_google`, `pam_oath`, `pam_radius`, `SEQNUM=`, `-o verbose`, `tlog`, `tlog-rec`,
// `nm-dispatcher`, `nm-online`, `homectl`, `systemd-homed`, `pam_systemd_home`,
// `systemd-userdbd`, `lastlog2`, `wtmpdb`, `utmpdump`). None of boltd, systemd-journal-upload,
// systemd-growfs, systemd-rfkill, systemd-vconsole-setup, systemd-tpm2-setup or uresourced is in
// any table (`boltd` matches only BoltDB's file names, `rfkill` only a bluetoothd message,
// `Successfully resized` an LVM line, `TCTI` the tpm2-tools' own logs; `░░`, `Loaded: loaded` and
// `no-hostname` are other products' journals). Left out as measured already: NetworkManager,
// polkit, cronie, vixie cron, mcron, fcron, anacron, PAM modules (pam_unix, pam_systemd,
// pam_winbind, pam_yubico, pam_warn, pam_ssh_agent_auth, pam_mount, pam_u2f), auditd and
// ausearch, sssd's files and journal, chrony's logs, firewalld's file, udev and udev-worker,
// systemd-executor, hostnamed, timedated, sysext, pcrextend, dbus-broker, power-profiles-daemon,
// systemd-oomd, accounts-daemon, oddjobd, gssproxy and rpc.gssd, kdumpctl, pcscd, xinetd,
// wpa_supplicant, sddm. Left out as not confirmed by any search: jobber's logs, switcheroo-control's
// and low-memory-monitor's lines, nfsdcltrack, pam_fprintd. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). boltd's terminal lines carry a time of day only: it is on the clock's
// day. The journal's short and short-precise times have no year and no zone: 2026, read as UTC
// (short-precise keeps the microseconds). short-iso carries the journal's local offset
// (`+01:00`), converted to UTC. The `Active: … since Sun 2026-11-29 07:41:16 UTC` line of a
// status block is in its header, fed but not scored. Levels only where the line marks one: kbd's
// `setfont: ERROR file.c:line` inside a vconsole-setup message; the journal's short formats print
// no priority, curl's `*` and `>` and bolt's domain words are no levels, so every other record is
// Unknown. The host is the record's host field: the journal's host column; `--no-hostname` has
// none, and the identifier that follows the time is no host; the upload target, bolt's device uids
// and uresourced's slices are no hosts. A record that spans lines is one entry: a `journalctl -x`
// line with its `░░` catalog lines under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (uresourced's message). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6b818f1 before any rule for it: level 97.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.5 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 6b818f1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is kbd's `ERROR` level word after the `setfont:` prefix inside a
// systemd-vconsole-setup journal message, which trawl does not read.

var fresh611Cases = []worldCase{
	{
		name:   "boltd-verbose-terminal-time-of-day",
		source: "bolt's boltd run by hand with `boltd --verbose --replace` (`HH:mm:ss domain: msg`, a time of day only, then a domain word such as dbus, store, probing, udev, power; device lines put the device uid, padded in brackets, first): gicmo/bolt issue #59 (a pasted terminal log) and clearlinux/distribution issue #3233 (the bracketed device column)",
		why:    "a time of day with no date (the clock's day); `probing:` and `dbus:` are domains, no levels; the padded device uid in brackets is no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "07:41:02 bolt 0.9.8 starting up."),
			we("2026-11-29T07:41:02Z", Unknown, "", "07:41:02 dbus: got the bus [org.freedesktop.bolt]"),
			we("2026-11-29T07:41:02Z", Unknown, "", "07:41:02 power: force_power support: yes"),
			we("2026-11-29T07:41:37Z", Unknown, "", "07:41:37 probing: adding /sys/devices/pci0000:00/0000:00:1d.4/0000:05:00.0 to roots"),
			we("2026-11-29T07:41:37Z", Unknown, "", "07:41:37 probing: started [1000]"),
			we("2026-11-29T07:41:38Z", Unknown, "", "07:41:38 [c4010000-0092                            ] udev: device added, status: connected"),
		},
	},
	{
		name:   "boltd-journal-device-uid-column",
		source: "bolt's boltd in the journal, read with journalctl (short: `MMM dd HH:mm:ss host boltd[pid]: msg`, device lines with the uid padded in brackets before the domain): clearlinux/distribution issue #3233 (a pasted boot journal), gicmo/bolt issue #59",
		why:    "the journal's host; the bracketed, blank-padded device uid after the tag is part of the message, no host and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dockbook", "Nov 29 07:41:16 dockbook boltd[683]: bolt 0.9.8 starting up."),
			we("2026-11-29T07:41:16Z", Unknown, "dockbook", "Nov 29 07:41:16 dockbook boltd[683]: store: located at: /var/lib/boltd"),
			we("2026-11-29T07:41:16Z", Unknown, "dockbook", "Nov 29 07:41:16 dockbook boltd[683]: bouncer: initializing polkit"),
			we("2026-11-29T07:41:16Z", Unknown, "dockbook", "Nov 29 07:41:16 dockbook boltd[683]: [c4010000-0092                            ] store: loading device"),
			we("2026-11-29T07:42:05Z", Unknown, "dockbook", "Nov 29 07:42:05 dockbook boltd[683]: [c4010000-0092-2b1e-4f0d-9a13c7e55d21 ] auth: authorized (iommu)"),
		},
	},
	{
		name:   "systemd-journal-upload-curl-verbose",
		source: "systemd-journal-upload in the journal (short: `MMM dd HH:mm:ss host systemd-journal-upload[pid]: msg`, with libcurl's verbose `*   Trying …`, `> POST /upload HTTP/1.1` lines when debug logging is on, and `Upload to URL failed with code N: …`): systemd/systemd issues #5744, #2102 and #11669",
		why:    "curl's `*` and `>` prefixes inside the message are no markers and start no record; the upload target is a peer, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "relay-07", "Nov 29 07:41:16 relay-07 systemd-journal-upload[8812]: Considering root directory '/var/log/journal'."),
			we("2026-11-29T07:41:16Z", Unknown, "relay-07", "Nov 29 07:41:16 relay-07 systemd-journal-upload[8812]: *   Trying 192.0.2.40:19532..."),
			we("2026-11-29T07:41:16Z", Unknown, "relay-07", "Nov 29 07:41:16 relay-07 systemd-journal-upload[8812]: * Connected to logsink.example.net (192.0.2.40) port 19532 (#0)"),
			we("2026-11-29T07:41:16Z", Unknown, "relay-07", "Nov 29 07:41:16 relay-07 systemd-journal-upload[8812]: > POST /upload HTTP/1.1"),
			we("2026-11-29T07:41:47Z", Unknown, "relay-07", "Nov 29 07:41:47 relay-07 systemd-journal-upload[8812]: Upload to https://logsink.example.net:19532/upload failed with code 503: Service Unavailable"),
			we("2026-11-29T07:41:47Z", Unknown, "relay-07", "Nov 29 07:41:47 relay-07 systemd[1]: systemd-journal-upload.service: Main process exited, code=exited, status=1/FAILURE"),
		},
	},
	{
		name:   "systemd-growfs-systemctl-status-block",
		source: "`systemctl status systemd-growfs@-.service` pasted into a ticket (the unit's status block: `× unit - Description`, indented Loaded/Active/Docs/Process/Main PID/CPU lines, a blank line, then the unit's journal lines in the short format): systemd/systemd-stable issue #149 (growfs's `Failed to open \"/dev/block/179:2\"`, `Successfully resized \"/\" to …`), systemd/systemd issue #14603 (`Failed to resize \"/\" to N blocks (ext4): Read-only file system`)",
		why:    "the status header, whose Active line carries a time of its own, is fed but not scored; the journal lines under it are records with the journal's host",
		entries: []worldEntry{
			wskip("× systemd-growfs@-.service - Grow File System on /",
				"     Loaded: loaded (/run/systemd/generator/systemd-growfs@-.service; generated)",
				"     Active: failed (Result: exit-code) since Sun 2026-11-29 07:41:16 UTC; 2min 4s ago",
				"       Docs: man:systemd-growfs@.service(8)",
				"    Process: 412 ExecStart=/usr/lib/systemd/systemd-growfs / (code=exited, status=1/FAILURE)",
				"   Main PID: 412 (code=exited, status=1/FAILURE)",
				"        CPU: 11ms",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "edge-pi4", "Nov 29 07:41:16 edge-pi4 systemd[1]: Starting Grow File System on /..."),
			we("2026-11-29T07:41:16Z", Unknown, "edge-pi4", `Nov 29 07:41:16 edge-pi4 systemd-growfs[412]: Failed to resize "/" to 7634944 blocks (ext4): Read-only file system`),
			we("2026-11-29T07:41:16Z", Unknown, "edge-pi4", "Nov 29 07:41:16 edge-pi4 systemd[1]: systemd-growfs@-.service: Main process exited, code=exited, status=1/FAILURE"),
			we("2026-11-29T07:41:16Z", Unknown, "edge-pi4", "Nov 29 07:41:16 edge-pi4 systemd[1]: systemd-growfs@-.service: Failed with result 'exit-code'."),
			we("2026-11-29T07:41:16Z", Unknown, "edge-pi4", "Nov 29 07:41:16 edge-pi4 systemd[1]: Failed to start Grow File System on /."),
		},
	},
	{
		name:   "systemd-rfkill-journalctl-x-catalog",
		source: "`journalctl -b -x` on Ubuntu around systemd-rfkill (short lines, each job message followed by its catalog text on `░░ ` lines: Subject, Defined-By, Support, a blank `░░ `, the explanation, the job identifier): Joshua-Riek/ubuntu-rockchip issue #366 (a pasted -x journal), systemd/systemd issues #8586 and #18677 (systemd-rfkill's own lines)",
		why:    "the `░░` catalog lines belong to the journal line above them: a multi-line record; lines with no catalog are records of one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "kiosk-12",
				"Nov 29 07:41:16 kiosk-12 systemd[1]: Starting Load/Save RF Kill Switch Status...",
				"░░ Subject: A start job for unit systemd-rfkill.service has begun execution",
				"░░ Defined-By: systemd",
				"░░ Support: http://www.ubuntu.com/support",
				"░░ ",
				"░░ A start job for unit systemd-rfkill.service has begun execution.",
				"░░ ",
				"░░ The job identifier is 214."),
			we("2026-11-29T07:41:16Z", Unknown, "kiosk-12", "Nov 29 07:41:16 kiosk-12 systemd-rfkill[1181]: Failed to open device rfkill3: No such device"),
			we("2026-11-29T07:41:16Z", Unknown, "kiosk-12", "Nov 29 07:41:16 kiosk-12 systemd-rfkill[1181]: Couldn't write rfkill event structure, too short."),
			we("2026-11-29T07:41:17Z", Unknown, "kiosk-12",
				"Nov 29 07:41:17 kiosk-12 systemd[1]: Started Load/Save RF Kill Switch Status.",
				"░░ Subject: A start job for unit systemd-rfkill.service has finished successfully",
				"░░ Defined-By: systemd",
				"░░ Support: http://www.ubuntu.com/support",
				"░░ ",
				"░░ A start job for unit systemd-rfkill.service has finished successfully.",
				"░░ ",
				"░░ The job identifier is 214."),
		},
	},
	{
		name:   "systemd-vconsole-setup-setfont-short-precise",
		source: "systemd-vconsole-setup and the setfont/loadkeys it runs, read with `journalctl -o short-precise` (`MMM dd HH:mm:ss.uuuuuu host ident[pid]: msg`; kbd's own `setfont: ERROR file.c:line function: msg` inside): systemd/systemd issues #35601, #28778 and #4344, legionus/kbd PR #152",
		why:    "microseconds on a yearless journal time; kbd's `ERROR` after `setfont:` marks the level of that line; `kdfontop.c:183` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204551Z", Unknown, "thinkcentre", `Nov 29 07:41:16.204551 thinkcentre systemd-vconsole-setup[211]: /usr/bin/setfont failed with a "system error" (EX_OSERR), ignoring.`),
			we("2026-11-29T07:41:16.204713Z", Unknown, "thinkcentre", "Nov 29 07:41:16.204713 thinkcentre systemd-vconsole-setup[211]: Setting source virtual console failed, ignoring remaining ones."),
			we("2026-11-29T07:41:16.311092Z", Error, "thinkcentre", "Nov 29 07:41:16.311092 thinkcentre systemd-vconsole-setup[219]: setfont: ERROR kdfontop.c:183 put_font_kdfontop: Unable to load such font with such kernel version"),
			we("2026-11-29T07:41:18.880410Z", Unknown, "thinkcentre", "Nov 29 07:41:18.880410 thinkcentre systemd-vconsole-setup[402]: KD_FONT_OP_GET failed, fonts will not be copied: No space left on device"),
			we("2026-11-29T07:41:18.902377Z", Unknown, "thinkcentre", "Nov 29 07:41:18.902377 thinkcentre systemd-vconsole-setup[402]: /usr/bin/loadkeys failed with exit status 1."),
		},
	},
	{
		name:   "systemd-tpm2-setup-no-hostname",
		source: "systemd-tpm2-setup's debug run read with `journalctl --no-hostname` (`MMM dd HH:mm:ss ident[pid]: msg`, no host column): systemd/systemd issue #32898 (a pasted log), issue #39582",
		why:    "no host field at all: the identifier follows the time directly, and `systemd-tpm2-setup[612]` is no host; `0x0002` and `0x011f` are capability numbers, no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 systemd[1]: Starting systemd-tpm2-setup.service - TPM SRK Setup..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 systemd-tpm2-setup[612]: Loaded 'libtss2-esys.so.0' via dlopen()"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 systemd-tpm2-setup[612]: SRK public key file '/run/systemd/tpm2-srk-public-key.pem' does not exist."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 systemd-tpm2-setup[612]: Using TPM2 TCTI driver 'device' with device '/dev/tpmrm0'."),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 systemd-tpm2-setup[612]: Getting TPM2 capability 0x0002 property 0x011f count 256."),
		},
	},
	{
		name:   "uresourced-journal-short-iso",
		source: "uresourced (the user resource assignment daemon of Fedora Workstation) read with `journalctl -o short-iso` (`yyyy-MM-ddTHH:mm:ss±hh:mm host uresourced[pid]: msg`, its `Setting resources on UNIT (MemoryMin: …, MemoryLow: …, CPUWeight: …, IOWeight: …)` lines): from memory; systemd/systemd issue #15028 names the daemon and its settings",
		why:    "an ISO time with the journal's local offset (+01:00); the slice and service names and their numbers are no times and no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ws-lina", "2026-11-29T08:41:16+01:00 ws-lina systemd[1]: Started uresourced.service - User resource assignment daemon."),
			we("2026-11-29T07:41:21Z", Unknown, "ws-lina", "2026-11-29T08:41:21+01:00 ws-lina uresourced[804]: Setting resources on user-1000.slice (MemoryMin: 0, MemoryLow: 0, CPUWeight: 500, IOWeight: 500)"),
			we("2026-11-29T07:41:21Z", Unknown, "ws-lina", "2026-11-29T08:41:21+01:00 ws-lina uresourced[804]: Setting resources on user@1000.service (MemoryMin: 0, MemoryLow: 0, CPUWeight: 500, IOWeight: 500)"),
			we("2026-11-29T07:52:40Z", Unknown, "ws-lina", "2026-11-29T08:52:40+01:00 ws-lina uresourced[804]: Setting resources on user-1000.slice (MemoryMin: 0, MemoryLow: 0, CPUWeight: 100, IOWeight: 100)"),
		},
	},
}

func TestFresh611Formats(t *testing.T) { assertTable(t, fresh611Cases) }

func TestFresh611Score(t *testing.T) {
	checkScore(t, "fresh611 formats", fresh611Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
