package parse

import "testing"

// The three-hundred-and-twelfth fresh table, written on 2026-12-08: server daemons' logs as
// journalctl exports them, in output modes and for daemons no earlier table holds. Each family is
// one daemon in one journalctl shape: SMCRoute's smcrouted through syslog(3) in `-o export` (the
// syslog transport's SYSLOG_TIMESTAMP and SYSLOG_PID beside the trusted fields, a blank line ending
// each entry); samba-dcerpcd with `logging = systemd` in `-o json` (Samba's debug header and each
// line of its message sent as entries of their own, Samba's LEVEL field beside PRIORITY);
// nvme-stas' stafd through python-systemd's JournalHandler in `-o json-seq` (LOGGER, THREAD_NAME,
// PROCESS_NAME and the CODE_ fields of the Python call site); afterburn on Fedora CoreOS in
// `-o short-iso-precise` (slog-term's own yearless stamp and four-letter level behind the journal's
// header, an AWS host name that reads like an address); pimd 2.3 in the foreground under systemd in
// `-o short-full` (its own `pimd: HH:MM:SS.mmm` time of day inside every message); babeld's debug
// and SIGUSR1 dump in `-o cat` (router ids in colon-separated hex, one of them ending `12:34:56`);
// osbuild-composer and osbuild-worker in `-o with-unit` on a host at EST (logrus text with the local
// offset, func= and file= with a `.go:135` line); tpm2-abrmd's GLib messages in `-o verbose` on a
// host at EET (GLIB_OLD_LOG_API, g_critical sent as PRIORITY=4, systemd's own entries about the
// unit with EXIT_STATUS and UNIT_RESULT); TrouSerS' tcsd through syslog at LOG_LOCAL5 in `-o json`
// (SYSLOG_FACILITY 21, the `TrouSerS ` prefix and an `ERROR:` inside the message).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (products: `keepalived`, `pgbouncer`, `frr`, `bgpd`, `bird`, `nsd`, `knotd`, `dnsdist`,
// `coturn`, `mosquitto`, `irqbalance`, `multipathd`, `iscsid`, `corosync`, `pacemaker`, `glusterd`,
// `ceph`, `lldpd`, `ptp4l`, `gpsd`, `radvd`, `vsftpd`, `proftpd`, `rpcbind`, `automount`, `sssd`,
// `nslcd`, `slapd`, `krb5kdc`, `snmpd`, `varnishd`, `minio`, `consul`, `containerd`, `kubelet`,
// `cockpit`, `clevis`, `usbguard`, `fwupd`, `rasdaemon`, `mcelog`, `thermald`, `earlyoom`,
// `systemd-oomd`, `upsd`, `apcupsd`, `conntrackd`, `privoxy`, `i2pd`, `ddclient`, `minidlna`,
// `smbd`, `winbindd`, `samba`, `samba-dcerpcd`, `rpc_host`, `avahi`, `xinetd`, `zabbix`, `saslauthd`,
// `hostapd`, `dnsmasq`, `nix-daemon`, `buildkit`, `afterburn`, `coreos-metadata`, `coreos`, `fcos`,
// `ignition`, `babel`, `babeld`, `pimd`, `mrouted`, `smcroute`, `mroute`, `igmp`, `olsrd`, `udpxy`,
// `nqptp`, `tpm2`, `tpm2-abrmd`, `tabrmd`, `tss2`, `tcsd`, `trousers`, `TrouSerS`, `stafd`, `stacd`,
// `nvme-stas`, `staslib`, `osbuild`, `composer`, `lldpad`, `fcoemon`, `ledmon`, `corerad`,
// `ipfixcol`, `hv_kvp`, `hv_vss`, `ibacm`, `rdma-ndd`, `srp_daemon`, `iwpmd`, `vrrpd`, `tuned-ppd`;
// fragments: `Putting http://169.254`, `Fetch successful`, `Attempt #1`, `Sending new client`,
// `debug_systemd_log`, `Copyright Andrew Tridgell`, `Connection established!`, `last-known-config`,
// `zeroconf supported`, `nvmexpress.discovery`, `Found new interface`, `Failed deleting VIF`,
// `SMCRoute`, `NETLINK: ifindex`, `Skipping interface`, `pimd version`, `Getting vifs`, `My id `,
// `refmetric`, `Received update for`, `WatchHeartbeats`, `jobId=`, `org.osbuild`,
// `init_thread_func`, `failed to create TCTI`, `AccessBroker`, `GLIB_OLD_LOG_API`, `GLIB_DOMAIN`,
// `TCSD up`, `Read/Write device`, `SYSLOG_FACILITY=21`, `SYSLOG_TIMESTAMP`, `"LEVEL"`, `THREAD_NAME`,
// `PROCESS_NAME`, `LOGGER=`, `EXIT_STATUS`, `UNIT_RESULT`, `status=74`, `slog-term`, ` EET `, ` EST `,
// and the journal shapes `-o export`, `json-seq`, `\x1e`, `short-full`, `with-unit`, `-o verbose`,
// `-o cat`, `short-iso-precise`, `__CURSOR`, `__REALTIME_TIMESTAMP`, `_SYSTEMD_UNIT`).
// The journal's output modes are all measured already (fresh4, fresh13, fresh156, fresh210, fresh224
// and others), each with daemons of their own; none of these nine daemons is in any table, nor
// SMCRoute, pimd or babeld in any shape (`mroute` in fresh44, `babel` in fresh178 and `My id` in
// world_test.go are other products), Samba only as smbd, nmbd and winbindd (samba-dcerpcd and its
// rpc_host.c in none), nvme only as the kernel's and nvme-cli's lines, TPM 2.0 only as swtpm's
// command line (fresh152) and a build flag (fresh235), slog-term's layout only as other Rust
// programs (fresh106). Left out as measured already: most everyday daemons in the journal
// (keepalived, sssd, slapd, dnsmasq, hostapd, smbd, winbindd, containerd, kubelet, earlyoom,
// systemd-oomd, thermald, ddclient, saslauthd, nix-daemon, rpc.idmapd, realmd and the others above
// with hits). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The structured exports' time is __REALTIME_TIMESTAMP in microseconds, and a
// version of the same instant the entry carries is accepted too (_SOURCE_REALTIME_TIMESTAMP, the
// syslog transport's yearless SYSLOG_TIMESTAMP, Samba's own header time); the verbose header's EET
// and with-unit's EST are converted; afterburn's slog stamp (`Nov 29 07:41:16.776`, no year) and
// pimd's time of day (no date) are versions of the journal's own time on UTC hosts, either
// accepted; logrus' time="…-05:00" is the same second; `-o cat` prints no time. Levels only where
// the entry marks one: PRIORITY in export, json, json-seq and verbose (GLib's g_critical is sent as
// PRIORITY 4 and so reads Warn; Samba's LEVEL 0 is its debug level, not a severity, and its start-up
// banner is forced to PRIORITY 5), slog-term's INFO WARN ERRO, logrus' level=; short-full,
// short-iso-precise and with-unit print no priority, so systemd's and pimd's lines have none, and
// `-o cat` has none. The host is _HOSTNAME or the header's host: `ip-10-0-12-57` is the host's
// name; a neighbour or next hop, a TRID's address, the metadata endpoint and a unit name are not
// hosts. Every journal entry is one record: an export entry with the blank line ending it, a verbose
// header with its indented fields; Samba's header and its message lines are entries of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 732041d before any rule for it: level 90.7 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 89.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 732041d with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the one gap is the level of osbuild's logrus lines in `-o with-unit`, where
// a daemon's own time before its level hides the level behind the short-full header.

var fresh312Cases = []worldCase{
	{
		name:   "smcroute-journal-export-syslog-transport",
		source: "SMCRoute 2.5's smcrouted under smcroute.service logging through syslog(3) with the ident `smcroute`, read with `journalctl -u smcroute -o export` (KEY=value lines from __CURSOR, __REALTIME_TIMESTAMP, __MONOTONIC_TIMESTAMP, __SEQNUM to the syslog transport's SYSLOG_FACILITY, SYSLOG_IDENTIFIER, SYSLOG_PID, SYSLOG_TIMESTAMP with its trailing space, MESSAGE and _SOURCE_REALTIME_TIMESTAMP, a blank line ending each entry): troglobit/smcroute issues #193 and #167 (the `SMCRoute vX`, `Found new interface … adding ...` and `Failed deleting VIF` messages, daemon.notice and daemon.debug), systemd.io JOURNAL_EXPORT_FORMATS and systemd.journal-fields(7); the route message and the field order from memory",
		why:    "an entry is thirty lines ended by a blank one; the time is __REALTIME_TIMESTAMP (the source time and the yearless SYSLOG_TIMESTAMP are the same instant); PRIORITY is the level, _HOSTNAME the host; the multicast group and the monotonic counter are no time",
		entries: []worldEntry{
			we("2026-11-29T06:12:03.418207Z|2026-11-29T06:12:03.418198Z|2026-11-29T06:12:03Z", Notice, "mcast-gw2",
				`__CURSOR=s=8d41c07e2b5f4a93b6e0d1c27f39a845;i=1f0a2;b=f27a0c9e41d84b6c9a13e5d70b28c6f1;m=1888dd7;t=661642c05145f;x=352c3308746642b1`,
				`__REALTIME_TIMESTAMP=1795932723418207`,
				`__MONOTONIC_TIMESTAMP=25726423`,
				`__SEQNUM=127138`,
				`__SEQNUM_ID=8d41c07e2b5f4a93b6e0d1c27f39a845`,
				`_BOOT_ID=f27a0c9e41d84b6c9a13e5d70b28c6f1`,
				`_MACHINE_ID=5e9b1d3a7c2f48e0a6b4d8c1e3f70a92`,
				`_HOSTNAME=mcast-gw2`,
				`_RUNTIME_SCOPE=system`,
				`_TRANSPORT=syslog`,
				`PRIORITY=5`,
				`SYSLOG_FACILITY=3`,
				`_UID=0`,
				`_GID=0`,
				`_COMM=smcrouted`,
				`_EXE=/usr/sbin/smcrouted`,
				`_CMDLINE=/usr/sbin/smcrouted -n -s`,
				`_CAP_EFFECTIVE=1000`,
				`_SYSTEMD_CGROUP=/system.slice/smcroute.service`,
				`_SYSTEMD_UNIT=smcroute.service`,
				`_SYSTEMD_SLICE=system.slice`,
				`_SYSTEMD_INVOCATION_ID=c03d7e1a9b2f4c58a1e6d40b7f92e3c5`,
				`SYSLOG_IDENTIFIER=smcroute`,
				`SYSLOG_PID=1187`,
				`SYSLOG_TIMESTAMP=Nov 29 06:12:03 `,
				`MESSAGE=SMCRoute v2.5.7`,
				`_PID=1187`,
				`_SOURCE_REALTIME_TIMESTAMP=1795932723418198`,
				``),
			we("2026-11-29T06:12:03.418733Z|2026-11-29T06:12:03.418207Z|2026-11-29T06:12:03Z", Debug, "mcast-gw2",
				`__CURSOR=s=8d41c07e2b5f4a93b6e0d1c27f39a845;i=1f0a3;b=f27a0c9e41d84b6c9a13e5d70b28c6f1;m=1888fe5;t=661642c05166d;x=3feb96c1b55a3311`,
				`__REALTIME_TIMESTAMP=1795932723418733`,
				`__MONOTONIC_TIMESTAMP=25726949`,
				`__SEQNUM=127139`,
				`__SEQNUM_ID=8d41c07e2b5f4a93b6e0d1c27f39a845`,
				`_BOOT_ID=f27a0c9e41d84b6c9a13e5d70b28c6f1`,
				`_MACHINE_ID=5e9b1d3a7c2f48e0a6b4d8c1e3f70a92`,
				`_HOSTNAME=mcast-gw2`,
				`_RUNTIME_SCOPE=system`,
				`_TRANSPORT=syslog`,
				`PRIORITY=7`,
				`SYSLOG_FACILITY=3`,
				`_UID=0`,
				`_GID=0`,
				`_COMM=smcrouted`,
				`_EXE=/usr/sbin/smcrouted`,
				`_CMDLINE=/usr/sbin/smcrouted -n -s`,
				`_CAP_EFFECTIVE=1000`,
				`_SYSTEMD_CGROUP=/system.slice/smcroute.service`,
				`_SYSTEMD_UNIT=smcroute.service`,
				`_SYSTEMD_SLICE=system.slice`,
				`_SYSTEMD_INVOCATION_ID=c03d7e1a9b2f4c58a1e6d40b7f92e3c5`,
				`SYSLOG_IDENTIFIER=smcroute`,
				`SYSLOG_PID=1187`,
				`SYSLOG_TIMESTAMP=Nov 29 06:12:03 `,
				`MESSAGE=Found new interface eth1, adding ...`,
				`_PID=1187`,
				`_SOURCE_REALTIME_TIMESTAMP=1795932723418207`,
				``),
			we("2026-11-29T06:12:03.431902Z|2026-11-29T06:12:03.4305Z|2026-11-29T06:12:03Z", Warn, "mcast-gw2",
				`__CURSOR=s=8d41c07e2b5f4a93b6e0d1c27f39a845;i=1f0a5;b=f27a0c9e41d84b6c9a13e5d70b28c6f1;m=188c356;t=661642c0549de;x=7650857840ec3b16`,
				`__REALTIME_TIMESTAMP=1795932723431902`,
				`__MONOTONIC_TIMESTAMP=25740118`,
				`__SEQNUM=127141`,
				`__SEQNUM_ID=8d41c07e2b5f4a93b6e0d1c27f39a845`,
				`_BOOT_ID=f27a0c9e41d84b6c9a13e5d70b28c6f1`,
				`_MACHINE_ID=5e9b1d3a7c2f48e0a6b4d8c1e3f70a92`,
				`_HOSTNAME=mcast-gw2`,
				`_RUNTIME_SCOPE=system`,
				`_TRANSPORT=syslog`,
				`PRIORITY=4`,
				`SYSLOG_FACILITY=3`,
				`_UID=0`,
				`_GID=0`,
				`_COMM=smcrouted`,
				`_EXE=/usr/sbin/smcrouted`,
				`_CMDLINE=/usr/sbin/smcrouted -n -s`,
				`_CAP_EFFECTIVE=1000`,
				`_SYSTEMD_CGROUP=/system.slice/smcroute.service`,
				`_SYSTEMD_UNIT=smcroute.service`,
				`_SYSTEMD_SLICE=system.slice`,
				`_SYSTEMD_INVOCATION_ID=c03d7e1a9b2f4c58a1e6d40b7f92e3c5`,
				`SYSLOG_IDENTIFIER=smcroute`,
				`SYSLOG_PID=1187`,
				`SYSLOG_TIMESTAMP=Nov 29 06:12:03 `,
				`MESSAGE=Failed deleting VIF for iface lo: Resource temporarily unavailable`,
				`_PID=1187`,
				`_SOURCE_REALTIME_TIMESTAMP=1795932723430500`,
				``),
			we("2026-11-29T06:12:04.002118Z|2026-11-29T06:12:03.998307Z|2026-11-29T06:12:03Z", Info, "mcast-gw2",
				`__CURSOR=s=8d41c07e2b5f4a93b6e0d1c27f39a845;i=1f0ae;b=f27a0c9e41d84b6c9a13e5d70b28c6f1;m=19176be;t=661642c0dfd46;x=e999b3943888d492`,
				`__REALTIME_TIMESTAMP=1795932724002118`,
				`__MONOTONIC_TIMESTAMP=26310334`,
				`__SEQNUM=127150`,
				`__SEQNUM_ID=8d41c07e2b5f4a93b6e0d1c27f39a845`,
				`_BOOT_ID=f27a0c9e41d84b6c9a13e5d70b28c6f1`,
				`_MACHINE_ID=5e9b1d3a7c2f48e0a6b4d8c1e3f70a92`,
				`_HOSTNAME=mcast-gw2`,
				`_RUNTIME_SCOPE=system`,
				`_TRANSPORT=syslog`,
				`PRIORITY=6`,
				`SYSLOG_FACILITY=3`,
				`_UID=0`,
				`_GID=0`,
				`_COMM=smcrouted`,
				`_EXE=/usr/sbin/smcrouted`,
				`_CMDLINE=/usr/sbin/smcrouted -n -s`,
				`_CAP_EFFECTIVE=1000`,
				`_SYSTEMD_CGROUP=/system.slice/smcroute.service`,
				`_SYSTEMD_UNIT=smcroute.service`,
				`_SYSTEMD_SLICE=system.slice`,
				`_SYSTEMD_INVOCATION_ID=c03d7e1a9b2f4c58a1e6d40b7f92e3c5`,
				`SYSLOG_IDENTIFIER=smcroute`,
				`SYSLOG_PID=1187`,
				`SYSLOG_TIMESTAMP=Nov 29 06:12:03 `,
				`MESSAGE=Adding multicast route (10.40.8.21,239.7.7.1) from eth1 to br-iptv`,
				`_PID=1187`,
				`_SOURCE_REALTIME_TIMESTAMP=1795932723998307`,
				``),
		},
	},
	{
		name:   "samba-dcerpcd-journal-json-header-split",
		source: "samba-dcerpcd (Samba 4.22, started by smbd, `logging = systemd`) read with `journalctl _COMM=samba-dcerpcd -o json`: debug_systemd_log sends the debug header `[yyyy/MM/dd HH:mm:ss.uuuuuu, lvl] file:line(func)` and each line of the indented message as entries of their own, each with MESSAGE, PRIORITY and Samba's LEVEL, and sd_journal_send adds the CODE_FILE/CODE_LINE/CODE_FUNC of debug.c: samba-team lib/util/debug.c (debug_systemd_log, dbghdrclass, debug_level_to_priority: 0 err, 1 warning, 2-5 notice), the samba-technical thread 'FreeBSD-Samba 4.16: local user login fails when Active Directory domain joined' (2023-08-24, rpc_host.c's rpc_host_distribute_clients header and message as two syslog lines); the start-up banner's forced notice priority and the worker-exit message from memory",
		why:    "one JSON object a line; Samba's header is an entry of its own whose own time (local, here UTC) is the entry's instant; LEVEL 0 and 1 are Samba debug levels, PRIORITY is the severity (the banner at LEVEL 0 is PRIORITY 5); the rpcd worker's pid and the CODE_LINE are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204301Z|2026-11-29T07:41:16.204118Z", Notice, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a1f0;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=8b531a4;t=661656b121d0d;x=7a9dfabf1fcb729c","__REALTIME_TIMESTAMP":"1795938076204301","__MONOTONIC_TIMESTAMP":"146092452","__SEQNUM":"238064","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"310","CODE_FUNC":"debug_systemd_log","MESSAGE":"[2026/11/29 07:41:16.204118,  0] ../../source3/rpc_server/rpc_host.c:2964(main)","PRIORITY":"5","LEVEL":"0","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938076204118"}`),
			we("2026-11-29T07:41:16.204355Z|2026-11-29T07:41:16.204236Z", Notice, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a1f1;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=8b531da;t=661656b121d43;x=0b41118f4ffbbe64","__REALTIME_TIMESTAMP":"1795938076204355","__MONOTONIC_TIMESTAMP":"146092506","__SEQNUM":"238065","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"325","CODE_FUNC":"debug_systemd_log","MESSAGE":"  samba-dcerpcd version 4.22.3-Debian-4.22.3+dfsg-4 started.","PRIORITY":"5","LEVEL":"0","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938076204236"}`),
			we("2026-11-29T07:41:16.20438Z|2026-11-29T07:41:16.204262Z", Notice, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a1f2;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=8b531f3;t=661656b121d5c;x=4fffc67dd6a565e3","__REALTIME_TIMESTAMP":"1795938076204380","__MONOTONIC_TIMESTAMP":"146092531","__SEQNUM":"238066","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"325","CODE_FUNC":"debug_systemd_log","MESSAGE":"  Copyright Andrew Tridgell and the Samba Team 1992-2025","PRIORITY":"5","LEVEL":"0","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938076204262"}`),
			we("2026-11-29T07:43:02.552044Z|2026-11-29T07:43:02.55187Z", Warn, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a27c;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=f0bee83;t=661657168d9ec;x=3bc2b8b39758027b","__REALTIME_TIMESTAMP":"1795938182552044","__MONOTONIC_TIMESTAMP":"252440195","__SEQNUM":"238204","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"310","CODE_FUNC":"debug_systemd_log","MESSAGE":"[2026/11/29 07:43:02.551870,  1] ../../source3/rpc_server/rpc_host.c:1353(rpc_host_distribute_clients)","PRIORITY":"4","LEVEL":"1","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938182551870"}`),
			we("2026-11-29T07:43:02.552101Z|2026-11-29T07:43:02.551969Z", Warn, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a27d;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=f0beebc;t=661657168da25;x=f891e3dcb161df90","__REALTIME_TIMESTAMP":"1795938182552101","__MONOTONIC_TIMESTAMP":"252440252","__SEQNUM":"238205","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"325","CODE_FUNC":"debug_systemd_log","MESSAGE":"  rpc_host_distribute_clients: Sending new client /usr/libexec/samba/rpcd_lsad to 52014 with 0 clients","PRIORITY":"4","LEVEL":"1","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938182551969"}`),
			we("2026-11-29T07:44:40.018407Z|2026-11-29T07:44:40.018224Z", Error, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a2e9;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=14db267e;t=66165773811e7;x=794c240c1136c0b5","__REALTIME_TIMESTAMP":"1795938280018407","__MONOTONIC_TIMESTAMP":"349906558","__SEQNUM":"238313","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"310","CODE_FUNC":"debug_systemd_log","MESSAGE":"[2026/11/29 07:44:40.018224,  0] ../../source3/rpc_server/rpc_host.c:1581(rpc_host_child_exited)","PRIORITY":"3","LEVEL":"0","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938280018224"}`),
			we("2026-11-29T07:44:40.018466Z|2026-11-29T07:44:40.018331Z", Error, "fs-ad02", `{"__CURSOR":"s=2b7e9c41d0a34f8e95c6a1d37e0f4b28;i=3a2ea;b=6c1f8a3e9d2b47c0a5e7f1b3d9c04e62;m=14db26b9;t=6616577381222;x=cf08cac752f29040","__REALTIME_TIMESTAMP":"1795938280018466","__MONOTONIC_TIMESTAMP":"349906617","__SEQNUM":"238314","__SEQNUM_ID":"2b7e9c41d0a34f8e95c6a1d37e0f4b28","_BOOT_ID":"6c1f8a3e9d2b47c0a5e7f1b3d9c04e62","_MACHINE_ID":"a4d07e2c91b54f3e8c6a0d2f7b19e5c3","_HOSTNAME":"fs-ad02","_RUNTIME_SCOPE":"system","_TRANSPORT":"journal","CODE_FILE":"../../lib/util/debug.c","CODE_LINE":"325","CODE_FUNC":"debug_systemd_log","MESSAGE":"  rpc_host_child_exited: rpcd_lsad worker 52014 died: signal 11","PRIORITY":"3","LEVEL":"0","_PID":"51877","_UID":"0","_GID":"0","_COMM":"samba-dcerpcd","_EXE":"/usr/libexec/samba/samba-dcerpcd","_CMDLINE":"/usr/libexec/samba/samba-dcerpcd --libexec-rpcds --ready-signal-fd=45 --np-helper --debuglevel=1","_CAP_EFFECTIVE":"1ffffffffff","_SYSTEMD_CGROUP":"/system.slice/smbd.service","_SYSTEMD_UNIT":"smbd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"9e2c4a7f1b3d48e6a0c5f7d91e3b2a68","_SOURCE_REALTIME_TIMESTAMP":"1795938280018331"}`),
		},
	},
	{
		name:   "nvme-stas-stafd-journal-json-seq",
		source: "nvme-stas' stafd (2.3, `--syslog`) logging through python-systemd's JournalHandler(SYSLOG_IDENTIFIER='stafd') and read with `journalctl -u stafd -o json-seq` (RS, then one object: PRIORITY from the Python level, LOGGER, THREAD_NAME, PROCESS_NAME, CODE_FILE, CODE_LINE, CODE_FUNC of the call, SYSLOG_IDENTIFIER, MESSAGE, _SOURCE_REALTIME_TIMESTAMP): linux-nvme/nvme-stas staslib/log.py (the JournalHandler), nvme-stas issues #176 and #252 (the avahi, kernel-options and last-known-config messages); the handler's field names from memory of python-systemd's journal.py, the TRID connection message from memory",
		why:    "an RS byte before each object; the level is PRIORITY (the Python level), not LOGGER or THREAD_NAME; the TRID's address and port 8009 are no host and no time; the host is _HOSTNAME",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.337104Z|2026-11-29T07:52:10.337033Z", Info, "nvmeof-host-07", "\x1e"+`{"__CURSOR":"s=e05b3d8a17c94f2ea6d1b0c83f7e2a94;i=91c4;b=3a8c1e7f0d2b49a6b5c3e9f17d0a4b82;m=6273e05;t=66165920f6350;x=8b733ea68a5e44e6","__REALTIME_TIMESTAMP":"1795938730337104","__MONOTONIC_TIMESTAMP":"103235077","__SEQNUM":"37316","__SEQNUM_ID":"e05b3d8a17c94f2ea6d1b0c83f7e2a94","_BOOT_ID":"3a8c1e7f0d2b49a6b5c3e9f17d0a4b82","_MACHINE_ID":"71c9e3a05d2f4b8e9a6c1d7f3e0b5a24","_HOSTNAME":"nvmeof-host-07","_RUNTIME_SCOPE":"system","PRIORITY":"6","LOGGER":"root","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","CODE_FILE":"/usr/lib/python3/dist-packages/staslib/avahi.py","CODE_LINE":"233","CODE_FUNC":"_configure_browsers","SYSLOG_IDENTIFIER":"stafd","MESSAGE":"avahi-daemon service available, zeroconf supported.","_TRANSPORT":"journal","_PID":"1342","_UID":"0","_GID":"0","_COMM":"stafd","_EXE":"/usr/bin/python3.12","_CMDLINE":"/usr/bin/python3 -u /usr/sbin/stafd --syslog","_SYSTEMD_CGROUP":"/system.slice/stafd.service","_SYSTEMD_UNIT":"stafd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"47b2e9d0c81a4f3e96d5a0b7c2e8f143","_SOURCE_REALTIME_TIMESTAMP":"1795938730337033"}`),
			we("2026-11-29T07:52:10.512881Z|2026-11-29T07:52:10.512826Z", Warn, "nvmeof-host-07", "\x1e"+`{"__CURSOR":"s=e05b3d8a17c94f2ea6d1b0c83f7e2a94;i=91c9;b=3a8c1e7f0d2b49a6b5c3e9f17d0a4b82;m=629eca6;t=66165921211f1;x=8311030a5243584a","__REALTIME_TIMESTAMP":"1795938730512881","__MONOTONIC_TIMESTAMP":"103410854","__SEQNUM":"37321","__SEQNUM_ID":"e05b3d8a17c94f2ea6d1b0c83f7e2a94","_BOOT_ID":"3a8c1e7f0d2b49a6b5c3e9f17d0a4b82","_MACHINE_ID":"71c9e3a05d2f4b8e9a6c1d7f3e0b5a24","_HOSTNAME":"nvmeof-host-07","_RUNTIME_SCOPE":"system","PRIORITY":"4","LOGGER":"root","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","CODE_FILE":"/usr/lib/python3/dist-packages/staslib/defs.py","CODE_LINE":"98","CODE_FUNC":"<module>","SYSLOG_IDENTIFIER":"stafd","MESSAGE":"Kernel does not appear to support all the options needed to run this program. Consider updating to a later kernel version.","_TRANSPORT":"journal","_PID":"1342","_UID":"0","_GID":"0","_COMM":"stafd","_EXE":"/usr/bin/python3.12","_CMDLINE":"/usr/bin/python3 -u /usr/sbin/stafd --syslog","_SYSTEMD_CGROUP":"/system.slice/stafd.service","_SYSTEMD_UNIT":"stafd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"47b2e9d0c81a4f3e96d5a0b7c2e8f143","_SOURCE_REALTIME_TIMESTAMP":"1795938730512826"}`),
			we("2026-11-29T07:52:11.004229Z|2026-11-29T07:52:11.004166Z", Info, "nvmeof-host-07", "\x1e"+`{"__CURSOR":"s=e05b3d8a17c94f2ea6d1b0c83f7e2a94;i=91d3;b=3a8c1e7f0d2b49a6b5c3e9f17d0a4b82;m=6316bfa;t=6616592199145;x=3753f9c167cfbdd5","__REALTIME_TIMESTAMP":"1795938731004229","__MONOTONIC_TIMESTAMP":"103902202","__SEQNUM":"37331","__SEQNUM_ID":"e05b3d8a17c94f2ea6d1b0c83f7e2a94","_BOOT_ID":"3a8c1e7f0d2b49a6b5c3e9f17d0a4b82","_MACHINE_ID":"71c9e3a05d2f4b8e9a6c1d7f3e0b5a24","_HOSTNAME":"nvmeof-host-07","_RUNTIME_SCOPE":"system","PRIORITY":"6","LOGGER":"root","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","CODE_FILE":"/usr/lib/python3/dist-packages/staslib/ctrl.py","CODE_LINE":"424","CODE_FUNC":"_on_connect_success","SYSLOG_IDENTIFIER":"stafd","MESSAGE":"(tcp, 10.20.30.41, 8009, nqn.2014-08.org.nvmexpress.discovery, ens1f0) | nvme4 - Connection established!","_TRANSPORT":"journal","_PID":"1342","_UID":"0","_GID":"0","_COMM":"stafd","_EXE":"/usr/bin/python3.12","_CMDLINE":"/usr/bin/python3 -u /usr/sbin/stafd --syslog","_SYSTEMD_CGROUP":"/system.slice/stafd.service","_SYSTEMD_UNIT":"stafd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"47b2e9d0c81a4f3e96d5a0b7c2e8f143","_SOURCE_REALTIME_TIMESTAMP":"1795938731004166"}`),
			we("2026-11-29T07:52:41.870013Z|2026-11-29T07:52:41.869933Z", Error, "nvmeof-host-07", "\x1e"+`{"__CURSOR":"s=e05b3d8a17c94f2ea6d1b0c83f7e2a94;i=9233;b=3a8c1e7f0d2b49a6b5c3e9f17d0a4b82;m=8086572;t=6616593f08abd;x=98c216c8b2f252dd","__REALTIME_TIMESTAMP":"1795938761870013","__MONOTONIC_TIMESTAMP":"134767986","__SEQNUM":"37427","__SEQNUM_ID":"e05b3d8a17c94f2ea6d1b0c83f7e2a94","_BOOT_ID":"3a8c1e7f0d2b49a6b5c3e9f17d0a4b82","_MACHINE_ID":"71c9e3a05d2f4b8e9a6c1d7f3e0b5a24","_HOSTNAME":"nvmeof-host-07","_RUNTIME_SCOPE":"system","PRIORITY":"3","LOGGER":"root","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","CODE_FILE":"/usr/lib/python3/dist-packages/staslib/service.py","CODE_LINE":"318","CODE_FUNC":"_save_last_known_config","SYSLOG_IDENTIFIER":"stafd","MESSAGE":"Unable to save last known config: [Errno 28] No space left on device: '/run/stafd/last-known-config.pickle'","_TRANSPORT":"journal","_PID":"1342","_UID":"0","_GID":"0","_COMM":"stafd","_EXE":"/usr/bin/python3.12","_CMDLINE":"/usr/bin/python3 -u /usr/sbin/stafd --syslog","_SYSTEMD_CGROUP":"/system.slice/stafd.service","_SYSTEMD_UNIT":"stafd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"47b2e9d0c81a4f3e96d5a0b7c2e8f143","_SOURCE_REALTIME_TIMESTAMP":"1795938761869933"}`),
		},
	},
	{
		name:   "afterburn-journal-short-iso-precise-slog",
		source: "Afterburn on Fedora CoreOS (afterburn.service and afterburn-sshkeys@core.service) read with `journalctl -u 'afterburn*' -o short-iso-precise` (the journal's ISO time with microseconds and +00:00, the host, `afterburn[pid]: `, then slog-term's FullFormat: `Mmm dd HH:mm:ss.mmm LEVEL msg` with the four-letter INFO WARN ERRO): coreos/fedora-coreos-config PR #571 and coreos/fedora-coreos-tracker issue #1897 (afterburn's `INFO Putting …: Attempt #1` and `INFO Fetch successful` lines in the journal, an `ip-…` host name), coreos/afterburn src/main.rs (slog_term::FullFormat); the WARN and ERRO messages from memory",
		why:    "slog-term's yearless millisecond stamp repeats the journal's instant; INFO, WARN and ERRO after it are the level; systemd's own lines have none; `ip-10-0-12-57` is the host's name, 169.254.169.254 the metadata endpoint",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512004Z", Unknown, "ip-10-0-12-57", "2026-11-29T07:41:16.512004+00:00 ip-10-0-12-57 systemd[1]: Starting afterburn.service - Afterburn (Metadata)..."),
			we("2026-11-29T07:41:16.776512Z|2026-11-29T07:41:16.776Z", Info, "ip-10-0-12-57", "2026-11-29T07:41:16.776512+00:00 ip-10-0-12-57 afterburn[899]: Nov 29 07:41:16.776 INFO Putting http://169.254.169.254/latest/api/token: Attempt #1"),
			we("2026-11-29T07:41:16.781390Z|2026-11-29T07:41:16.781Z", Info, "ip-10-0-12-57", "2026-11-29T07:41:16.781390+00:00 ip-10-0-12-57 afterburn[899]: Nov 29 07:41:16.781 INFO Fetching http://169.254.169.254/2021-01-03/meta-data/public-keys: Attempt #1"),
			we("2026-11-29T07:41:16.784077Z|2026-11-29T07:41:16.783Z", Info, "ip-10-0-12-57", "2026-11-29T07:41:16.784077+00:00 ip-10-0-12-57 afterburn[899]: Nov 29 07:41:16.783 INFO Fetch successful"),
			we("2026-11-29T07:41:17.120933Z|2026-11-29T07:41:17.120Z", Warn, "ip-10-0-12-57", "2026-11-29T07:41:17.120933+00:00 ip-10-0-12-57 afterburn[899]: Nov 29 07:41:17.120 WARN Failed to fetch: 404 Not Found, url: http://169.254.169.254/2021-01-03/meta-data/placement/availability-zone-id"),
			we("2026-11-29T07:41:48.530662Z|2026-11-29T07:41:48.530Z", Error, "ip-10-0-12-57", "2026-11-29T07:41:48.530662+00:00 ip-10-0-12-57 afterburn[1204]: Nov 29 07:41:48.530 ERRO critical error: failed to write authorized-keys fragment for user core: Permission denied (os error 13)"),
			we("2026-11-29T07:41:48.533871Z", Unknown, "ip-10-0-12-57", "2026-11-29T07:41:48.533871+00:00 ip-10-0-12-57 systemd[1]: afterburn-sshkeys@core.service: Main process exited, code=exited, status=1/FAILURE"),
		},
	},
	{
		name:   "pimd-journal-short-full-foreground",
		source: "pimd 2.3.2 run in the foreground by pimd.service (its stderr lines `pimd: HH:MM:SS.mmm msg`) read with `journalctl -u pimd -o short-full` on a UTC host (`Www yyyy-MM-dd HH:mm:ss UTC host pimd[pid]: …`): troglobit/pimd issues #84 (the journal lines with `pimd: ` and the time of day, the Skipping-interface and NETLINK messages), #173 (the `pimd version … starting ...` line) and #51 (the RECV packet lines with padded columns); the vif-install message from memory",
		why:    "a weekday, a date and UTC, then pimd's own time of day with milliseconds inside the message, the same instant; no level is printed; 224.0.0.13, vif #0 and `rate=0` are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T08:02:40Z|2026-11-29T08:02:40.118Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:02:40 UTC mcast-core1 pimd[2207]: pimd: 08:02:40.118 pimd version 2.3.2 starting ..."),
			we("2026-11-29T08:02:40Z|2026-11-29T08:02:40.119Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:02:40 UTC mcast-core1 pimd[2207]: pimd: 08:02:40.119 /etc/pimd.conf:0 - Skipping interface docker0, either loopback or does not support multicast."),
			we("2026-11-29T08:02:40Z|2026-11-29T08:02:40.131Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:02:40 UTC mcast-core1 pimd[2207]: pimd: 08:02:40.131 Getting vifs from kernel interfaces"),
			we("2026-11-29T08:02:41Z|2026-11-29T08:02:41.007Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:02:41 UTC mcast-core1 pimd[2207]: pimd: 08:02:41.007 Installing eth1 (10.40.1.1 on subnet 10.40.1/24) as vif #0 - rate=0"),
			we("2026-11-29T08:03:00Z|2026-11-29T08:03:00.904Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:03:00 UTC mcast-core1 pimd[2207]: pimd: 08:03:00.904 NETLINK: ifindex=5, but no vif"),
			we("2026-11-29T08:03:12Z|2026-11-29T08:03:12.557Z", Unknown, "mcast-core1", "Sun 2026-11-29 08:03:12 UTC mcast-core1 pimd[2207]: pimd: 08:03:12.557 RECV    30 bytes PIM v2 Hello              from 10.40.1.2       to 224.0.0.13"),
		},
	},
	{
		name:   "babeld-journal-cat-dump-debug",
		source: "babeld 1.13 with `-d 1` under babeld.service after `kill -USR1` (the dump: `My id <router-id> seqno n`, `Neighbour … reach … rxcost … txcost …`, one line a route with `metric (…) refmetric id … seqno … age … via … neigh … (installed|feasible)`, and the debug `Received …` lines) read with `journalctl -u babeld -o cat`: jech/babeld issues #112 (the route lines in the journal), #25 (`Received router-id … from … on …`, `Received update for …`) and #48 (`send: Cannot assign requested address`); the Neighbour line from VxWireguard-Generator issue #4 (FRR's babeld, the same wording)",
		why:    "MESSAGE alone: no time, no host, no level; router ids are colon-separated hex (`…:12:34:56` reads like a time of day), `age 12` and `rtt 0.000` are no times; each dump line is an entry of its own",
		entries: []worldEntry{
			we("", Unknown, "", "My id 02:16:3e:ff:fe:12:34:56 seqno 40822"),
			we("", Unknown, "", "Neighbour fe80::84c2:11ff:fe5a:9e01 dev eth1 reach ffff ureach 0000 rxcost 96 txcost 96 rtt 0.000 rttcost 0 chan -2."),
			we("", Unknown, "", "10.66.0.0/24 from 0.0.0.0/0 metric 96 (96) refmetric 0 id 02:84:c2:ff:fe:5a:9e:01 seqno 31157 age 12 via eth1 neigh fe80::84c2:11ff:fe5a:9e01 nexthop 10.66.255.2 (installed)"),
			we("", Unknown, "", "::/0 from ::/0 metric 192 (384) refmetric 96 id 0a:11:07:ff:fe:20:41:59 seqno 8873 age 9 via eth1 neigh fe80::84c2:11ff:fe5a:9e01 (feasible)"),
			we("", Unknown, "", "Received router-id 0a:11:07:ff:fe:20:41:59 from fe80::84c2:11ff:fe5a:9e01 on eth1."),
			we("", Unknown, "", "Received update for 10.66.4.0/24 from fe80::84c2:11ff:fe5a:9e01 on eth1."),
			we("", Unknown, "", "send: Cannot assign requested address"),
		},
	},
	{
		name:   "osbuild-journal-with-unit-logrus-est",
		source: "osbuild-composer and osbuild-worker@1 on a builder at America/New_York read with `journalctl -u osbuild-composer -u 'osbuild-worker@*' -o with-unit` (short-full's `Www yyyy-MM-dd HH:mm:ss EST host`, then the unit and pid, then logrus' text: time=\"…-05:00\" level= msg= and the composer's func= and file= with the source line, the worker's channel= and jobId=): osbuild/osbuild-composer issues #4213 (the WatchHeartbeats lines with func= and file=) and #300, virt-s1/rhel-edge issue #10752 (the worker's `  org.osbuild.… success` lines with channel and jobId); the worker's warning and systemd's unit description from memory",
		why:    "EST converted; logrus' local offset is the same second; level= is the level, init.scope's line has none; `server.go:135` and the job UUIDs are no times; the unit names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "imgbuild-02", `Sun 2026-11-29 02:41:16 EST imgbuild-02 osbuild-composer.service[31233]: time="2026-11-29T02:41:16-05:00" level=info msg="Removing unresponsive job: 5c1e7d2a-93b4-4f0e-8a61-2d7c9b40e3f5\n" func="github.com/osbuild/osbuild-composer/internal/worker.(*Server).WatchHeartbeats" file="/builddir/build/BUILD/osbuild-composer-142/_build/src/github.com/osbuild/osbuild-composer/internal/worker/server.go:135"`),
			we("2026-11-29T07:41:16Z", Error, "imgbuild-02", `Sun 2026-11-29 02:41:16 EST imgbuild-02 osbuild-composer.service[31233]: time="2026-11-29T02:41:16-05:00" level=error msg="Error requeueing or finishing unresponsive job: error finishing job: job was canceled" func="github.com/osbuild/osbuild-composer/internal/worker.(*Server).WatchHeartbeats" file="/builddir/build/BUILD/osbuild-composer-142/_build/src/github.com/osbuild/osbuild-composer/internal/worker/server.go:150"`),
			we("2026-11-29T07:44:01Z", Unknown, "imgbuild-02", "Sun 2026-11-29 02:44:01 EST imgbuild-02 init.scope[1]: Started osbuild-worker@1.service - OSBuild local worker."),
			we("2026-11-29T07:44:09Z", Info, "imgbuild-02", `Sun 2026-11-29 02:44:09 EST imgbuild-02 osbuild-worker@1.service[7684]: time="2026-11-29T02:44:09-05:00" level=info msg="Running job 0b8f4e21-6c3a-4d95-b7e2-91a0c5d3f6e8 (osbuild)" channel=local jobId=0b8f4e21-6c3a-4d95-b7e2-91a0c5d3f6e8`),
			we("2026-11-29T07:51:37Z", Info, "imgbuild-02", `Sun 2026-11-29 02:51:37 EST imgbuild-02 osbuild-worker@1.service[7684]: time="2026-11-29T02:51:37-05:00" level=info msg="  org.osbuild.rpm success" channel=local jobId=0b8f4e21-6c3a-4d95-b7e2-91a0c5d3f6e8`),
			we("2026-11-29T07:53:02Z", Warn, "imgbuild-02", `Sun 2026-11-29 02:53:02 EST imgbuild-02 osbuild-worker@1.service[7684]: time="2026-11-29T02:53:02-05:00" level=warning msg="Failed to update job status, composer may be unreachable: Post \"http://localhost/api/worker/v1/jobs/0b8f4e21-6c3a-4d95-b7e2-91a0c5d3f6e8\": dial unix /run/osbuild-composer/job.socket: connect: no such file or directory" channel=local jobId=0b8f4e21-6c3a-4d95-b7e2-91a0c5d3f6e8`),
		},
	},
	{
		name:   "tpm2-abrmd-journal-verbose-glib-eet",
		source: "tpm2-abrmd 3.0 (tpm2-abrmd.service: StandardOutput=syslog, the default stdout logger, so GLib's default handler finds the journal behind stderr and sends GLIB_OLD_LOG_API=1, MESSAGE and PRIORITY natively) with systemd's own entries about the unit, read with `journalctl -u tpm2-abrmd -o verbose` on a host at EET (the header `Www yyyy-MM-dd HH:mm:ss.uuuuuu EET [s=…;i=…;b=…;m=…;t=…;x=…]`, then every field indented by four spaces): tpm2-software/tpm2-abrmd src/tabrmd-init.c (the g_critical messages), src/logging.c and dist/tpm2-abrmd.service.in, GLib gmessages.c (g_log_default_handler's fields, log_level_to_priority: critical and warning 4, message 5), journalctl(1) --output=verbose; systemd's MESSAGE_ID, EXIT_STATUS and UNIT_RESULT fields from memory",
		why:    "one record per header line and its indented fields; the header's EET converted; PRIORITY is the level (g_critical arrives as 4, systemd's main-process exit as 5); the RC 0xa000a, EXIT_STATUS 74 and CODE_LINE are no times; _HOSTNAME is the host",
		entries: []worldEntry{
			we("2026-11-29T09:15:00.118204Z|2026-11-29T09:15:00.118163Z", Warn, "attest-09",
				`Sun 2026-11-29 11:15:00.118204 EET [s=c9e2a71f3b0d48e5a6c4f1d97b3e0a58;i=4410;b=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64;m=1781a2f;t=66166ba483abc;x=854001cbc86df4a4]`,
				`    _BOOT_ID=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64`,
				`    _MACHINE_ID=9b3f0e6a1c7d42b8a5e0f3d91c6b2e47`,
				`    _HOSTNAME=attest-09`,
				`    _RUNTIME_SCOPE=system`,
				`    _TRANSPORT=journal`,
				`    _UID=59`,
				`    _GID=59`,
				`    _COMM=tpm2-abrmd`,
				`    _EXE=/usr/sbin/tpm2-abrmd`,
				`    _CMDLINE=/usr/sbin/tpm2-abrmd`,
				`    _CAP_EFFECTIVE=0`,
				`    _SYSTEMD_CGROUP=/system.slice/tpm2-abrmd.service`,
				`    _SYSTEMD_UNIT=tpm2-abrmd.service`,
				`    _SYSTEMD_SLICE=system.slice`,
				`    _SYSTEMD_INVOCATION_ID=5d1a8e3c07b24f9e86c2a0d4f7b1e395`,
				`    _PID=1893`,
				`    GLIB_OLD_LOG_API=1`,
				`    MESSAGE=init_thread_func: failed to create TCTI with conf "device:/dev/tpmrm0", got RC: 0xa000a`,
				`    PRIORITY=4`,
				`    _SOURCE_REALTIME_TIMESTAMP=1795943700118163`),
			we("2026-11-29T09:15:00.131877Z|2026-11-29T09:15:00.131865Z", Notice, "attest-09",
				`Sun 2026-11-29 11:15:00.131877 EET [s=c9e2a71f3b0d48e5a6c4f1d97b3e0a58;i=4413;b=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64;m=1784f98;t=66166ba487025;x=30da730d2d2bb560]`,
				`    _BOOT_ID=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64`,
				`    _MACHINE_ID=9b3f0e6a1c7d42b8a5e0f3d91c6b2e47`,
				`    _HOSTNAME=attest-09`,
				`    _RUNTIME_SCOPE=system`,
				`    _TRANSPORT=journal`,
				`    _UID=0`,
				`    _GID=0`,
				`    _COMM=systemd`,
				`    _EXE=/usr/lib/systemd/systemd`,
				`    _CMDLINE=/usr/lib/systemd/systemd --switched-root --system --deserialize=46`,
				`    _CAP_EFFECTIVE=1ffffffffff`,
				`    _SYSTEMD_CGROUP=/init.scope`,
				`    _SYSTEMD_UNIT=init.scope`,
				`    _SYSTEMD_SLICE=-.slice`,
				`    _PID=1`,
				`    SYSLOG_FACILITY=3`,
				`    SYSLOG_IDENTIFIER=systemd`,
				`    TID=1`,
				`    CODE_FILE=src/core/service.c`,
				`    CODE_LINE=3907`,
				`    CODE_FUNC=service_sigchld_event`,
				`    UNIT=tpm2-abrmd.service`,
				`    INVOCATION_ID=5d1a8e3c07b24f9e86c2a0d4f7b1e395`,
				`    MESSAGE_ID=98e322203f7a4ed290d09fe03c09fe15`,
				`    EXIT_CODE=exited`,
				`    EXIT_STATUS=74`,
				`    PRIORITY=5`,
				`    MESSAGE=tpm2-abrmd.service: Main process exited, code=exited, status=74/IOERR`,
				`    _SOURCE_REALTIME_TIMESTAMP=1795943700131865`),
			we("2026-11-29T09:15:00.13234Z|2026-11-29T09:15:00.132331Z", Warn, "attest-09",
				`Sun 2026-11-29 11:15:00.132340 EET [s=c9e2a71f3b0d48e5a6c4f1d97b3e0a58;i=4414;b=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64;m=1785167;t=66166ba4871f4;x=468341c4967d03ec]`,
				`    _BOOT_ID=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64`,
				`    _MACHINE_ID=9b3f0e6a1c7d42b8a5e0f3d91c6b2e47`,
				`    _HOSTNAME=attest-09`,
				`    _RUNTIME_SCOPE=system`,
				`    _TRANSPORT=journal`,
				`    _UID=0`,
				`    _GID=0`,
				`    _COMM=systemd`,
				`    _EXE=/usr/lib/systemd/systemd`,
				`    _CMDLINE=/usr/lib/systemd/systemd --switched-root --system --deserialize=46`,
				`    _CAP_EFFECTIVE=1ffffffffff`,
				`    _SYSTEMD_CGROUP=/init.scope`,
				`    _SYSTEMD_UNIT=init.scope`,
				`    _SYSTEMD_SLICE=-.slice`,
				`    _PID=1`,
				`    SYSLOG_FACILITY=3`,
				`    SYSLOG_IDENTIFIER=systemd`,
				`    TID=1`,
				`    CODE_FILE=src/core/service.c`,
				`    CODE_LINE=1975`,
				`    CODE_FUNC=unit_log_failure`,
				`    UNIT=tpm2-abrmd.service`,
				`    INVOCATION_ID=5d1a8e3c07b24f9e86c2a0d4f7b1e395`,
				`    MESSAGE_ID=d9b373ed55a64feb8242e02dbe79a49c`,
				`    UNIT_RESULT=exit-code`,
				`    PRIORITY=4`,
				`    MESSAGE=tpm2-abrmd.service: Failed with result 'exit-code'.`,
				`    _SOURCE_REALTIME_TIMESTAMP=1795943700132331`),
			we("2026-11-29T09:15:05.640718Z|2026-11-29T09:15:05.640681Z", Warn, "attest-09",
				`Sun 2026-11-29 11:15:05.640718 EET [s=c9e2a71f3b0d48e5a6c4f1d97b3e0a58;i=4422;b=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64;m=1cc5e81;t=66166ba9c7f0e;x=d73847740b6ff9cf]`,
				`    _BOOT_ID=0d6e3b9a2f1c47d8b5a0e7c39f1d2b64`,
				`    _MACHINE_ID=9b3f0e6a1c7d42b8a5e0f3d91c6b2e47`,
				`    _HOSTNAME=attest-09`,
				`    _RUNTIME_SCOPE=system`,
				`    _TRANSPORT=journal`,
				`    _UID=59`,
				`    _GID=59`,
				`    _COMM=tpm2-abrmd`,
				`    _EXE=/usr/sbin/tpm2-abrmd`,
				`    _CMDLINE=/usr/sbin/tpm2-abrmd`,
				`    _CAP_EFFECTIVE=0`,
				`    _SYSTEMD_CGROUP=/system.slice/tpm2-abrmd.service`,
				`    _SYSTEMD_UNIT=tpm2-abrmd.service`,
				`    _SYSTEMD_SLICE=system.slice`,
				`    _SYSTEMD_INVOCATION_ID=5d1a8e3c07b24f9e86c2a0d4f7b1e395`,
				`    _PID=1911`,
				`    GLIB_OLD_LOG_API=1`,
				`    MESSAGE=failed to initialize AccessBroker: 0x100`,
				`    PRIORITY=4`,
				`    _SOURCE_REALTIME_TIMESTAMP=1795943705640681`),
		},
	},
	{
		name:   "trousers-tcsd-journal-json-local5",
		source: "TrouSerS' tcsd 0.3.15 (Debian's trousers.service, forking, so it logs through syslog(3) at LOG_LOCAL5 with the ident `tcsd`) read with `journalctl -u trousers -o json` (SYSLOG_FACILITY 21, SYSLOG_IDENTIFIER, SYSLOG_PID, SYSLOG_TIMESTAMP, PRIORITY, MESSAGE `TrouSerS …`): trousers src/include/tcslog.h (LogMessage: `syslog(priority, \"TrouSerS \" fmt)`, LogError's `ERROR: ` prefix, TSS_SYSLOG_LVL LOG_LOCAL5), journalctl(1) -o json; the ioctl, fallback and up-and-running messages from memory",
		why:    "the syslog transport in JSON: __REALTIME_TIMESTAMP, _SOURCE_REALTIME_TIMESTAMP and the yearless SYSLOG_TIMESTAMP are one instant; PRIORITY is the level (the `ERROR:` in the message agrees); facility 21 is no level; the result 0x1e and the version are no times",
		entries: []worldEntry{
			we("2026-11-29T10:02:37.551402Z|2026-11-29T10:02:37.551314Z|2026-11-29T10:02:37Z", Info, "hsm-proxy-3", `{"__CURSOR":"s=41f7c2e9a0b34d68b1e5c9a73d0f2e86;i=1b07;b=b82e5d1c0a9f4e37a6c2d8f14b0e7a39;m=1c24837;t=661676499332a;x=f6a3fbbffdebfbf8","__REALTIME_TIMESTAMP":"1795946557551402","__MONOTONIC_TIMESTAMP":"29509687","__SEQNUM":"6919","__SEQNUM_ID":"41f7c2e9a0b34d68b1e5c9a73d0f2e86","_BOOT_ID":"b82e5d1c0a9f4e37a6c2d8f14b0e7a39","_MACHINE_ID":"e6a0d4b92c1f47e8b3a5c7d09f2e1b64","_HOSTNAME":"hsm-proxy-3","_RUNTIME_SCOPE":"system","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"21","SYSLOG_IDENTIFIER":"tcsd","SYSLOG_PID":"987","SYSLOG_TIMESTAMP":"Nov 29 10:02:37 ","MESSAGE":"TrouSerS ioctl: (25) Inappropriate ioctl for device","_PID":"987","_UID":"106","_GID":"113","_COMM":"tcsd","_EXE":"/usr/sbin/tcsd","_CMDLINE":"/usr/sbin/tcsd","_CAP_EFFECTIVE":"0","_SYSTEMD_CGROUP":"/system.slice/trousers.service","_SYSTEMD_UNIT":"trousers.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"0f8e2a6c4d1b49e7a3c5b9d07e2f1a86","_SOURCE_REALTIME_TIMESTAMP":"1795946557551314"}`),
			we("2026-11-29T10:02:37.551569Z|2026-11-29T10:02:37.551508Z|2026-11-29T10:02:37Z", Info, "hsm-proxy-3", `{"__CURSOR":"s=41f7c2e9a0b34d68b1e5c9a73d0f2e86;i=1b08;b=b82e5d1c0a9f4e37a6c2d8f14b0e7a39;m=1c248de;t=66167649933d1;x=df3c205a41b099c9","__REALTIME_TIMESTAMP":"1795946557551569","__MONOTONIC_TIMESTAMP":"29509854","__SEQNUM":"6920","__SEQNUM_ID":"41f7c2e9a0b34d68b1e5c9a73d0f2e86","_BOOT_ID":"b82e5d1c0a9f4e37a6c2d8f14b0e7a39","_MACHINE_ID":"e6a0d4b92c1f47e8b3a5c7d09f2e1b64","_HOSTNAME":"hsm-proxy-3","_RUNTIME_SCOPE":"system","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"21","SYSLOG_IDENTIFIER":"tcsd","SYSLOG_PID":"987","SYSLOG_TIMESTAMP":"Nov 29 10:02:37 ","MESSAGE":"TrouSerS Falling back to Read/Write device support.","_PID":"987","_UID":"106","_GID":"113","_COMM":"tcsd","_EXE":"/usr/sbin/tcsd","_CMDLINE":"/usr/sbin/tcsd","_CAP_EFFECTIVE":"0","_SYSTEMD_CGROUP":"/system.slice/trousers.service","_SYSTEMD_UNIT":"trousers.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"0f8e2a6c4d1b49e7a3c5b9d07e2f1a86","_SOURCE_REALTIME_TIMESTAMP":"1795946557551508"}`),
			we("2026-11-29T10:02:37.604871Z|2026-11-29T10:02:37.604801Z|2026-11-29T10:02:37Z", Error, "hsm-proxy-3", `{"__CURSOR":"s=41f7c2e9a0b34d68b1e5c9a73d0f2e86;i=1b0b;b=b82e5d1c0a9f4e37a6c2d8f14b0e7a39;m=1c31914;t=66167649a0407;x=ae0ade799b7b5f5b","__REALTIME_TIMESTAMP":"1795946557604871","__MONOTONIC_TIMESTAMP":"29563156","__SEQNUM":"6923","__SEQNUM_ID":"41f7c2e9a0b34d68b1e5c9a73d0f2e86","_BOOT_ID":"b82e5d1c0a9f4e37a6c2d8f14b0e7a39","_MACHINE_ID":"e6a0d4b92c1f47e8b3a5c7d09f2e1b64","_HOSTNAME":"hsm-proxy-3","_RUNTIME_SCOPE":"system","_TRANSPORT":"syslog","PRIORITY":"3","SYSLOG_FACILITY":"21","SYSLOG_IDENTIFIER":"tcsd","SYSLOG_PID":"987","SYSLOG_TIMESTAMP":"Nov 29 10:02:37 ","MESSAGE":"TrouSerS ERROR: TCS GetCapability failed with result = 0x1e","_PID":"987","_UID":"106","_GID":"113","_COMM":"tcsd","_EXE":"/usr/sbin/tcsd","_CMDLINE":"/usr/sbin/tcsd","_CAP_EFFECTIVE":"0","_SYSTEMD_CGROUP":"/system.slice/trousers.service","_SYSTEMD_UNIT":"trousers.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"0f8e2a6c4d1b49e7a3c5b9d07e2f1a86","_SOURCE_REALTIME_TIMESTAMP":"1795946557604801"}`),
			we("2026-11-29T10:02:37.605033Z|2026-11-29T10:02:37.604979Z|2026-11-29T10:02:37Z", Info, "hsm-proxy-3", `{"__CURSOR":"s=41f7c2e9a0b34d68b1e5c9a73d0f2e86;i=1b0c;b=b82e5d1c0a9f4e37a6c2d8f14b0e7a39;m=1c319b6;t=66167649a04a9;x=cc31b8b5002fe2e6","__REALTIME_TIMESTAMP":"1795946557605033","__MONOTONIC_TIMESTAMP":"29563318","__SEQNUM":"6924","__SEQNUM_ID":"41f7c2e9a0b34d68b1e5c9a73d0f2e86","_BOOT_ID":"b82e5d1c0a9f4e37a6c2d8f14b0e7a39","_MACHINE_ID":"e6a0d4b92c1f47e8b3a5c7d09f2e1b64","_HOSTNAME":"hsm-proxy-3","_RUNTIME_SCOPE":"system","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"21","SYSLOG_IDENTIFIER":"tcsd","SYSLOG_PID":"987","SYSLOG_TIMESTAMP":"Nov 29 10:02:37 ","MESSAGE":"TrouSerS trousers 0.3.15: TCSD up and running.","_PID":"987","_UID":"106","_GID":"113","_COMM":"tcsd","_EXE":"/usr/sbin/tcsd","_CMDLINE":"/usr/sbin/tcsd","_CAP_EFFECTIVE":"0","_SYSTEMD_CGROUP":"/system.slice/trousers.service","_SYSTEMD_UNIT":"trousers.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"0f8e2a6c4d1b49e7a3c5b9d07e2f1a86","_SOURCE_REALTIME_TIMESTAMP":"1795946557604979"}`),
		},
	},
}

func TestFresh312Formats(t *testing.T) { assertTable(t, fresh312Cases) }
func TestFresh312Score(t *testing.T) {
	checkScore(t, "fresh312 formats", fresh312Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
