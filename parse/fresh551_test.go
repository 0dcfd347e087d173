package parse

import "testing"

// The five-hundred-and-fifty-first fresh table: Linux system daemons, a further pass, base-system
// daemons, PAM helpers and systemd's small units as syslog, the journal and its export write them,
// shapes no earlier table holds. Each family is one product's documented or observed output: gpm's
// gpm_report() in /var/log/syslog (the `*** info [file(line)]:` tag and the message sent as two
// syslog records); iio-sensor-proxy run with G_MESSAGES_DEBUG (GLib's `** (process:pid): DEBUG:
// HH:mm:ss.SSS:` lines); pam_ssh_agent_auth's debug lines in auth.log; Linux-PAM's unix_chkpwd and a
// pam_unix line with an empty identifier (`host [pid]:`) in the journal; systemd-sysext's forked
// `(sd-merge)[pid]:` in the journal; systemd-hostnamed written by `journalctl -o export` (a block of
// fields ended by an empty line); systemd-pcrextend in `journalctl -o short-monotonic`;
// systemd-timedated in the journal (a new clock's weekday, date and zone inside the message).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`gpm`, `*** info [`, `*** err [`, `getmousedata`, `iio-sensor-proxy`,
// `G_MESSAGES_DEBUG`, `(process:`, `Found accel_3d`, `pam_ssh_agent`, `Beginning pam_ssh`,
// `password check failed`, `could not obtain user info`, `systemd-sysext`, `Merged extensions`,
// `(sd-merge)` through `(sd-`, `systemd-hostnamed`, `hostnamed`, `_HOSTNAME=`, `__CURSOR=`,
// `systemd-timedated`, `timedated`, `SYSLOG_IDENTIFIER=systemd-t`, `Changed local time`,
// `Changed time zone`, `set-timezone`, `systemd-timesyncd`, `localed`, `systemd-pcrphase`,
// `systemd-tpm2`, `systemd-measure`, `Extended PCR index` through `pcrextend`; and the candidates
// dropped or measured already: `chrony`, `tracking.log`, `measurements.log`, `statistics.log`,
// `sssd`, `(0x0400)`, `(0x3f7c0)`, `sssd_kcm`, `selinux_child`, `sss_cache`, `krb5_child`,
// `firewalld`, `ERROR: COMMAND_FAILED`, `tuned`, `tuned.daemon`, `tuned.plugins`, `tuned-adm`,
// `tuned-ppd`, `sudo.log`, `TTY=pts`, `loglinelen`, `usbguard`, `result='SUCCESS'`, `fcron`,
// `anacron`, `atd`, `smartd`, `rasdaemon`, `dnf.log`, `DDEBUG`, `dnf.librepo`, `dnf.rpm`,
// `rsyslogd-pstats`, `impstats`, `short-monotonic`, `short-full`, `short-unix`,
// `__REALTIME_TIMESTAMP`, `with-unit`, `short-delta`, `systemd-udevd`, `udevadm`, `polkitd`,
// `pkexec`, `polkit.log`, `[Action id=`, `<no filename>`, `rules.d/`, `NetworkManager`, `<info>  [`,
// `auditd`, `type=SYSCALL`, `auditd.log`, `auditctl`, `augenrules`, `audispd`, `aureport`, `laurel`,
// `"ID":"`, `go-audit`, `pam_unix`, `pam_faillock`, `pam_sss`, `pam_exec`, `*** Sun`, `pam_radius`,
// `pam_krb5`, `pam_oath`, `pam_google_authenticator`, `pam_lastlog`, `pam_limits`, `pam_namespace`,
// `pam_mkhomedir`, `pam_duo`, `pam_permit`, `pam_tty_audit`, `pam_rootok`, `pam_wheel`,
// `unix_chkpwd`, `unix_update`, `pam_fscrypt`, `howdy`, `nslcd`, `autofs`, `ModemManager`,
// `wpa_supplicant`, `dhcpcd`, `iwd`, `systemd-networkd`, `systemd-resolved`, `logind`,
// `accounts-daemon`, `upowerd`, `fwupd`, `boltd`, `colord`, `geoclue`, `power-profiles`,
// `switcheroo`, `irqbalance`, `thermald`, `intel_lpmd`, `mdadm`, `multipathd`, `iscsid`, `kdump`,
// `kpatch`, `abrt`, `aide`, `logwatch`, `etckeeper`, `needrestart`, `snapd`, `packagekit`,
// `systemd-coredump`, `cloud-init`, `rngd`, `haveged`, `oddjobd`, `certmonger`, `ipa-server`,
// `ipaclient`, `realmd`, `gssproxy`, `cachefilesd`, `About to bind cache`, `tangd`, `=> 200 (`,
// `keylime`, `CROND`, `cronie`, `crond\[`, `systemd-cron`, `run-parts`, `bcron`, `dcron`, `mcron`,
// `: running...`, `supercronic`, `crond (busybox`, `setroubleshoot`, `mcelog`, `earlyoom`,
// `systemd-oomd`, `systemd-homed`, `systemd-machined`, `nscd`, `sshguard`, `sosreport`, `sos.log`,
// `sos_logs`, `Xorg`, `lightdm`, `sddm`, `gdm`, `pm-suspend`, `[  OK  ]`, `apport`, `snapper`,
// `zypper`, `y2log`, `wicked`, `cockpit`, `ufw`, `clamd`, `fapolicyd`, `rpm-ostree`, `flatpak`,
// `greenboot`, `stratisd`, `ntpsec`, `loopstats`, `ptp4l`, `gpsd`, `lldpad`, `rtkit`, `ksmtuned`,
// `numad`, `ipmievd`, `upsmon`, `apcupsd`, `acpid`, `incron`, `logrotate`, `openrc`, `bootlogd`,
// `dinit`, `elogind`, `seatd`, `greetd`, `conntrackd`, `ulogd`, `pcscd`, `pcscdaemon`, `sulog`,
// `xinetd`, `tlog`, `arpwatch`, `psad`, `ledmon`, `dmeventd`, `lvmdbusd`, `lvmpolld`, `udisks`,
// `bluetoothd`, `connman`, `ypbind`, `doas`, `logsrvd`, `pmcd`, `Log for pmcd`, `kerneloops`,
// `whoopsie`, `hd-idle`, `fstrim`, `raid-check`, `xfs_scrub`, `restorecond`, `fprintd`,
// `usbmuxd`, `cgrulesengd`, `cgconfig`, `stalld`, `timemaster`, `ts2phc`, `dhclient`, `radvd`,
// `avahi`, `brltty`, `speech-dispatcher`, `ConsoleKit`, `agetty`, `blkmapd`, `nfsidmap`, `davfs2`,
// `systemd-repart`, `systemd-cryptsetup`, `systemd-sysusers`, `systemd-firstboot`,
// `systemd-userdbd`, `systemd-importd`, `journal-upload`). None of gpm's daemon report,
// iio-sensor-proxy, pam_ssh_agent_auth, unix_chkpwd, systemd-sysext, systemd-hostnamed,
// systemd-pcrextend or systemd-timedated is in any table (`gpm` matches only Greenplum's gpload, an
// apt term.log and fresh432's list of greps; `(sd-` only other comms; `__CURSOR=` and `_HOSTNAME=`
// other products' journal exports). Left out as measured already: sssd, chrony, firewalld, tuned,
// NetworkManager, polkit, udev, auditd and LAUREL, cronie, anacron, fcron, dcron, bcron, mcron,
// busybox crond, pam_unix's own lines, pam_exec, pam_radius, pam_krb5, PCP's pmcd log. Left out as
// not confirmed by any search: tangd's stderr line (its issue #83 says it writes none),
// cachefilesd's journal lines, intel_lpmd. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The syslog and journal BSD stamps have no year (2026) and no zone (UTC);
// GLib's time of day has no date and is on the clock's day; the export's time is
// __REALTIME_TIMESTAMP, microseconds since the epoch, and __MONOTONIC_TIMESTAMP is no time;
// short-monotonic's bracket is seconds since boot, so those records carry no time of their own;
// timedated's `Changed local time to Sun 2026-11-29 07:41:31 UTC` names the new clock inside the
// message, the record's time stays the journal's. Levels only where the line marks one: gpm's
// `*** info`, `*** warning`, `*** err` tag lines (the message line after each carries none), GLib's
// DEBUG and WARNING, the export's PRIORITY=6 (Info); pam_ssh_agent_auth, unix_chkpwd, sd-merge,
// pcrextend and timedated lines carry none. The host is the record's host field: the syslog or
// journal host (also before an empty identifier, `kiosk7 [8838]:`), the export's _HOSTNAME;
// rhost=, the names in hostnamed's messages, GLib's `(process:pid)` and key fingerprints are no
// hosts. A record that spans lines is one entry: each export block with its closing empty line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (pam_ssh_agent_auth's syslog framing, the words of timedated's
// time-zone line). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 93.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 91.9 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is gpm's `*** info`/`*** warning`/`*** err` tag after the syslog
// header, which trawl does not read as a level.

var fresh551Cases = []worldCase{
	{
		name:   "gpm-syslog-split-report",
		source: "gpm 1.20.7 as a daemon on Debian, /var/log/syslog with rsyslog's traditional template: gpm_report() sends the `*** info [file(line)]: ` tag and the message as two separate syslog() calls (telmich/gpm src/report.c and src/headers/message.h: GPM_TEXT_INFO `*** info `, GPM_TEXT_WARN `*** warning `, GPM_TEXT_ERR `*** err `, FLS `[%s(%d)]: `); telmich/gpm issue #38 (the `*** err [daemon/getmousedata.c(47)]:` tag pasted)",
		why:    "a level tag line and its message line are two records of their own; only the tag line marks a level (info, warning, err); `daemon/startup.c(136)` is a file and line, no time",
		gap:    "gpm's `*** info`, `*** warning` and `*** err` tag after the syslog header is not read as a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "oldbox", "Nov 29 07:41:16 oldbox gpm[612]: *** info [daemon/startup.c(136)]:"),
			we("2026-11-29T07:41:16Z", Unknown, "oldbox", "Nov 29 07:41:16 oldbox gpm[612]: Started gpm successfully. Entered daemon mode."),
			we("2026-11-29T07:43:02Z", Warn, "oldbox", "Nov 29 07:43:02 oldbox gpm[612]: *** warning [daemon/processconn.c(102)]:"),
			we("2026-11-29T07:43:02Z", Unknown, "oldbox", "Nov 29 07:43:02 oldbox gpm[612]: Failed gpm connect attempt by uid 1004 for vc /dev/tty3"),
			we("2026-11-29T07:45:19Z", Error, "oldbox", "Nov 29 07:45:19 oldbox gpm[612]: *** err [daemon/getmousedata.c(47)]:"),
			we("2026-11-29T07:45:19Z", Unknown, "oldbox", "Nov 29 07:45:19 oldbox gpm[612]: Error in read()ing first: Invalid argument"),
		},
	},
	{
		name:   "iio-sensor-proxy-glib-debug-terminal",
		source: "iio-sensor-proxy run by hand with G_MESSAGES_DEBUG=all (GLib's default handler: `** (process:pid): DEBUG: HH:mm:ss.SSS: msg`, warnings as `** (process:pid): WARNING **: HH:mm:ss.SSS: msg`): hadess/iio-sensor-proxy issue #270 (with the time of day), issues #100, #55 and #227 (older GLib without it)",
		why:    "a time of day with milliseconds and no date after the level word (the clock's day); `(process:2214)` is a pid, no host; sysfs paths with digits are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Debug, "", "** (process:2214): DEBUG: 07:41:16.402: Found accel_3d at /sys/devices/pci0000:00/0000:00:12.0/{33AECD58-B679-4E54-9BD9-A04D34F0C226}/001F:8087:0AC2.0003/HID-SENSOR-200073.6.auto/iio:device2"),
			we("2026-11-29T07:41:16.403Z", Debug, "", "** (process:2214): DEBUG: 07:41:16.403: Found device /sys/devices/pci0000:00/0000:00:12.0/{33AECD58-B679-4E54-9BD9-A04D34F0C226}/001F:8087:0AC2.0003/HID-SENSOR-200073.6.auto/iio:device2 of type accelerometer at IIO Buffer accelerometer"),
			we("2026-11-29T07:41:16.418Z", Debug, "", "** (process:2214): DEBUG: 07:41:16.418: Handling driver refcounting method 'ClaimAccelerometer' for accelerometer device"),
			we("2026-11-29T07:41:17.120Z", Warn, "", "** (process:2214): WARNING **: 07:41:17.120: Could not open IIO device /dev/iio:device2: Permission denied"),
			we("2026-11-29T07:41:17.734Z", Debug, "", "** (process:2214): DEBUG: 07:41:17.734: Accel read from IIO on 'iio:device2': -12, 988, 31 (scale -0.009807,-0.009807,-0.009807) = normal"),
		},
	},
	{
		name:   "pam-ssh-agent-auth-debug-auth-log",
		source: "pam_ssh_agent_auth 0.10 with `debug` in /etc/pam.d/sudo, Debian's /var/log/auth.log (Beginning…, Attempting authentication…, Contacted ssh-agent…, Authenticated:/Failed Authentication: `user' as `user' using file): jbeverly/pam_ssh_agent_auth issues #11 and #38 (the message bodies pasted); the syslog framing under sudo's ident from memory",
		why:    "OpenSSH-style backquote-apostrophe quoting; the key fingerprint and the agent socket path are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "jump02", "Nov 29 07:41:16 jump02 sudo[5120]: Beginning pam_ssh_agent_auth for user dmitri"),
			we("2026-11-29T07:41:16Z", Unknown, "jump02", "Nov 29 07:41:16 jump02 sudo[5120]: Attempting authentication: `dmitri' as `dmitri' using /etc/ssh/sudo_authorized_keys"),
			we("2026-11-29T07:41:16Z", Unknown, "jump02", "Nov 29 07:41:16 jump02 sudo[5120]: Contacted ssh-agent of user dmitri (1007)"),
			we("2026-11-29T07:41:16Z", Unknown, "jump02", "Nov 29 07:41:16 jump02 sudo[5120]: Found matching ED25519 key: SHA256:q0Zc1mVb9pY3tXh8LkRw2nFs7dJe4aGuIoP6vBy5ZxM"),
			we("2026-11-29T07:41:16Z", Unknown, "jump02", "Nov 29 07:41:16 jump02 sudo[5120]: Authenticated: `dmitri' as `dmitri' using /etc/ssh/sudo_authorized_keys"),
			we("2026-11-29T07:52:40Z", Unknown, "jump02", "Nov 29 07:52:40 jump02 sudo[5388]: Failed Authentication: `dmitri' as `dmitri' using /etc/ssh/sudo_authorized_keys"),
		},
	},
	{
		name:   "unix-chkpwd-journal-empty-ident",
		source: "Linux-PAM's unix_chkpwd helper and pam_unix in a service whose process has no syslog ident, read with journalctl (`host unix_chkpwd[pid]: check pass; user unknown`, `password check failed for user (…)`, and `host [pid]: pam_unix(service:auth): …` with the identifier empty): linux-pam/linux-pam issues #112 and #340 (pasted journals)",
		why:    "a journal line whose identifier is empty (`host [8838]:`): the host is still the field before it; rhost= is a peer, not the host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "kiosk7", "Nov 29 07:41:16 kiosk7 unix_chkpwd[8841]: check pass; user unknown"),
			we("2026-11-29T07:41:16Z", Unknown, "kiosk7", "Nov 29 07:41:16 kiosk7 unix_chkpwd[8841]: password check failed for user (svc-report)"),
			we("2026-11-29T07:41:16Z", Unknown, "kiosk7", "Nov 29 07:41:16 kiosk7 [8838]: pam_unix(portal:auth): authentication failure; logname= uid=990 euid=990 tty= ruser= rhost=192.0.2.40  user=svc-report"),
			we("2026-11-29T07:41:18Z", Unknown, "kiosk7", "Nov 29 07:41:18 kiosk7 [8838]: pam_unix(portal:auth): unix_chkpwd abnormal exit: 134"),
		},
	},
	{
		name:   "systemd-sysext-sd-merge-journal",
		source: "systemd-sysext merge with SYSTEMD_LOG_LEVEL=debug, read with journalctl: the forked merger's lines under the comm `(sd-merge)[pid]:` (Found for designator …: absent, Probed fstype …, Mounting … (erofs) on /run/systemd/sysext/…): systemd/systemd issue #37245 (a pasted journal), issue #36409",
		why:    "the identifier is a parenthesized comm; `MS_RDONLY|MS_NODEV` and `/proc/self/fd/4` are no level and no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "immut01", "Nov 29 07:41:16 immut01 (sd-merge)[744]: Found for designator root-verity: absent"),
			we("2026-11-29T07:41:16Z", Unknown, "immut01", "Nov 29 07:41:16 immut01 (sd-merge)[744]: Probed fstype 'erofs' on partition /dev/loop3p1."),
			we("2026-11-29T07:41:16Z", Unknown, "immut01", `Nov 29 07:41:16 immut01 (sd-merge)[744]: Mounting /proc/self/fd/4 (erofs) on /run/systemd/sysext/extensions/devtools (MS_RDONLY|MS_NODEV "")...`),
			we("2026-11-29T07:41:17Z", Unknown, "immut01", "Nov 29 07:41:17 immut01 (sd-merge)[744]: Cannot open /usr/lib/extension-release.d/, ignoring: No such file or directory"),
		},
	},
	{
		name:   "systemd-hostnamed-journal-export",
		source: "systemd-hostnamed's lines written by `journalctl -o export` (one KEY=VALUE field a line, __CURSOR, __REALTIME_TIMESTAMP in microseconds, __MONOTONIC_TIMESTAMP, PRIORITY, _HOSTNAME, MESSAGE, an empty line after each entry): systemd.io JOURNAL_EXPORT_FORMATS; hostnamed.c's log_info(\"Changed static host name to '%s'\") and the `Changed pretty host name to` lines (found with find_string)",
		why:    "a record is a block of fields ended by an empty line; the time is the microsecond epoch of __REALTIME_TIMESTAMP (the monotonic one is no time); PRIORITY=6 is Info; the host is _HOSTNAME, not the name in the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "edge-gw3",
				"__CURSOR=s=7b2e91c04d6a4f0b9e55c1d2a8f3e610;i=4a1f;b=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f;m=30672e0;t=6449b3a1c2b26;x=91f0c2d3e4a5b6c7",
				"__REALTIME_TIMESTAMP=1795938076204518",
				"__MONOTONIC_TIMESTAMP=50782944",
				"_BOOT_ID=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f",
				"PRIORITY=6",
				"SYSLOG_FACILITY=3",
				"SYSLOG_IDENTIFIER=systemd-hostnamed",
				"_PID=1420",
				"_COMM=systemd-hostnam",
				"_HOSTNAME=edge-gw3",
				"CODE_FILE=src/hostname/hostnamed.c",
				"MESSAGE=Changed pretty host name to 'Edge Gateway 3'",
				""),
			we("2026-11-29T07:41:31.880214Z", Info, "edge-gw3",
				"__CURSOR=s=7b2e91c04d6a4f0b9e55c1d2a8f3e610;i=4a20;b=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f;m=3f4a9b6;t=6449b3a2b4e16;x=91f0c2d3e4a5b6c8",
				"__REALTIME_TIMESTAMP=1795938091880214",
				"__MONOTONIC_TIMESTAMP=66458038",
				"_BOOT_ID=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f",
				"PRIORITY=6",
				"SYSLOG_FACILITY=3",
				"SYSLOG_IDENTIFIER=systemd-hostnamed",
				"_PID=1420",
				"_COMM=systemd-hostnam",
				"_HOSTNAME=edge-gw3",
				"CODE_FILE=src/hostname/hostnamed.c",
				"MESSAGE=Changed static host name to 'edge-gw3.branch.example.net'",
				""),
			we("2026-11-29T07:42:05.017733Z", Info, "edge-gw3",
				"__CURSOR=s=7b2e91c04d6a4f0b9e55c1d2a8f3e610;i=4a21;b=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f;m=6152c01;t=6449b3a4b7a05;x=91f0c2d3e4a5b6c9",
				"__REALTIME_TIMESTAMP=1795938125017733",
				"__MONOTONIC_TIMESTAMP=101002241",
				"_BOOT_ID=0d3c6e9a1f2b4c5d8e7f6a5b4c3d2e1f",
				"PRIORITY=6",
				"SYSLOG_FACILITY=3",
				"SYSLOG_IDENTIFIER=systemd-hostnamed",
				"_PID=1420",
				"_COMM=systemd-hostnam",
				"_HOSTNAME=edge-gw3",
				"CODE_FILE=src/hostname/hostnamed.c",
				"MESSAGE=Changed host name to 'edge-gw3.branch.example.net'",
				""),
		},
	},
	{
		name:   "systemd-pcrextend-short-monotonic",
		source: "systemd-pcrphase*.service runs of systemd-pcrextend in early boot, read with `journalctl -o short-monotonic` (`[ seconds.micros] host systemd-pcrextend[pid]: Extended PCR index 11 with 'enter-initrd' (banks sha256).`): systemd's pcrextend.c log_struct LOG_MESSAGE(\"Extended PCR index %u with '%s' (banks %s).\") found with find_string; systemd/systemd issue #36947 and PR #40914 (the phases enter-initrd, leave-initrd, sysinit, ready)",
		why:    "the only stamp is seconds since boot: no time of the record's own; the host field after it; the phase words are no level",
		entries: []worldEntry{
			we("", Unknown, "fde-lab", "[    3.418220] fde-lab systemd-pcrextend[402]: Extended PCR index 11 with 'enter-initrd' (banks sha256)."),
			we("", Unknown, "fde-lab", "[    6.902114] fde-lab systemd-pcrextend[611]: Extended PCR index 11 with 'leave-initrd' (banks sha256)."),
			we("", Unknown, "fde-lab", "[    7.511030] fde-lab systemd-pcrextend[688]: Extended PCR index 15 with 'machine-id:5e1f0a9c3b7d4e2a8c6f1b0d9e7a3c52' (banks sha256)."),
			we("", Unknown, "fde-lab", "[    8.004417] fde-lab systemd-pcrextend[702]: Extended PCR index 11 with 'sysinit' (banks sha256)."),
			we("", Unknown, "fde-lab", "[    9.210553] fde-lab systemd-pcrextend[731]: Extended PCR index 11 with 'ready' (banks sha256)."),
		},
	},
	{
		name:   "systemd-timedated-journal-short",
		source: "systemd-timedated answering timedatectl, read with journalctl on a machine kept in UTC (`Set NTP to disabled.`, `Changed local time to <timestamp>`, `Changed time zone to '…' (…).`): timedated.c's log_struct LOG_MESSAGE(\"Changed local time to %s\") found with find_string, a pasted `systemd-timedated[8385]: Set NTP to disabled` in a public note; the time-zone line's exact words from memory",
		why:    "the message carries a weekday, date and zone of the new clock, which is not read as a second time; the zone name in the time-zone line is no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "travel-nb", "Nov 29 07:41:16 travel-nb systemd-timedated[2211]: Set NTP to disabled."),
			we("2026-11-29T07:41:31Z", Unknown, "travel-nb", "Nov 29 07:41:31 travel-nb systemd-timedated[2211]: Changed local time to Sun 2026-11-29 07:41:31 UTC"),
			we("2026-11-29T07:42:05Z", Unknown, "travel-nb", "Nov 29 07:42:05 travel-nb systemd-timedated[2211]: Changed time zone to 'Atlantic/Azores' (-01)."),
			we("2026-11-29T07:43:40Z", Unknown, "travel-nb", "Nov 29 07:43:40 travel-nb systemd-timedated[2211]: Set NTP to enabled."),
		},
	},
}

func TestFresh551Formats(t *testing.T) { assertTable(t, fresh551Cases) }
func TestFresh551Score(t *testing.T) {
	checkScore(t, "fresh551 formats", fresh551Cases, [worldNumFields]float64{93.7, 99.9, 99.9, 99.9})
}
