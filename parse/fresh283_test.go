package parse

import "testing"

// The two-hundred-and-eighty-third fresh table, written on 2026-12-05: mail servers and filters as
// their admins read them, shapes no earlier table holds. Each family is one product's documented or
// observed output: Exim with `log_file_path = syslog`, whose multi-line reject-log entries (the
// header dump after a rejection) and panic entries are split by write_syslog into numbered
// `[n\m]` pieces, each its own syslog line, the tabs of folded headers escaped by rsyslog as `#011`;
// Dovecot's `doveadm -D` on a host whose log_path is /dev/stderr (the log_timestamp, then the bare
// `Debug:` of the global process, then the mail user's `doveadm(user)<pid><session>:` prefix);
// Postfix under systemd read with `journalctl -u postfix@- -o json` (SYSLOG_IDENTIFIER
// postfix/smtpd, postfix/cleanup, …, and the postfix-script lines postlog writes, the level in
// PRIORITY); Rspamd's file log with `log_severity` and `log_usec` (a bracketed lower-case severity
// after a five-digit fraction); Haraka with log.ini's `timestamps` on its default text format;
// Zimbra's mailbox.log with the zimbra.soap logger at debug (the SOAP request and response envelopes
// pretty-printed under their log line); Exchange's tracking log read through
// `Get-MessageTrackingLog | Select-Object … | Export-Csv` in Windows PowerShell 5.1 (a `#TYPE` line,
// quoted columns, the culture's `M/d/yyyy h:mm:ss AM` local time, arrays as System.String[]);
// hMailServer's ERROR_hmailserver_yyyy-mm-dd.log (CRLF lines of ErrorManager's `Severity: n (…),
// Code: HMnnnn, Source: …, Description: …`); Stalwart's tracer with `multiline = true` (the keys of
// an event on tab-indented lines under it); maddy with `log stderr_ts` and `debug yes` (an RFC 3339
// millisecond stamp, `[debug]` before debug messages only).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`exim`, `rejectlog`, `paniclog`, `Envelope-from`, `H=(`, `syslog_duplication`, `[1\`,
// `[2\`, `#011by`, `dovecot`, `debug_log_path`, `mail_debug`, `doveadm`, `doveadm(`, `doveadm -D`,
// `Debug: Loading modules`, `Debug: Module loaded`, `Skipping module`, `imap-login`, `lmtp(`,
// `postfix`, `postfix/smtpd`, `postlog`, `postfix/postlog`, `postfix@-.service`,
// `SYSLOG_IDENTIFIER":"postfix`, `postfix/smtpd","`, `SYSLOG_TIMESTAMP`, `rspamd`, `rspamd_task`,
// `rspamd_task_write_log`, `log_severity`, `log_usec`, `worker_type`, `[info] #`, `[notice] #`,
// `Last message repeated`, `spamd`, `spamd:`, `spamc`, `sa-update`, `opendkim`, `opendkim-testkey`,
// `opendmarc`, `opendmarc-reports`, `amavis`, `amavisd-nanny`, `Passed CLEAN`, `zimbra`,
// `mailbox.log`, `soap - `, `SOAP request`, `SOAP response`, `prettyPrint`, `zclient`, `zmconfigd`,
// `zmmtaconfig`, `zmmsgtrace`, `exchange`, `message tracking`, `#Fields: date-time`,
// `#Fields: date-time,client-ip`, `MSGTRACKING`, `Get-MessageTrackingLog`, `MessageTrackingEvent`,
// `#TYPE Selected.Microsoft.Exchange`, `Export-Csv`, `#TYPE`, `System.String[]`, `hmailserver`,
// `hmailserver_`, `ERROR_hmailserver`, `"SMTPD"`, `HM5`, `Severity: 2`, `[nl]`, `DnsQuery`,
// `awstats`, `stalwart`, `connection-start)`, `multiline = true`, `Queued message for delivery`,
// `nextRetry`, `haraka`, `timestamps=true`, `timestamps = true`, `log_timestamps`, `Z [NOTICE]`,
// `Z [INFO] [`, `disconnect ip=`, `maddy`, `stderr_ts`, `[debug] `, `sign_dkim`, `considering`,
// `smtp.Submission`, `imapd`, `courier`, `cyrus`, `sendmail`, `qmail`, `sieve`, `mailcow`, `sogo`,
// `clamav`, `milter`). Exim's mainlog, rejectlog with its header dump, paniclog, msglog, `-bp`,
// debug output, exigrep, multitail and syslog with and without its own time are in world_test.go,
// fresh5, fresh13, fresh38, fresh55, fresh64, fresh86, fresh164 and fresh187; the reject log's
// header dump and a panic split into numbered syslog pieces are in none. Dovecot's log_path file in
// several timestamp forms, its syslog lines, debug_log_path with mail_debug, `doveadm log errors`
// and its event exporter are in world_test.go, fresh21, fresh38, fresh68, fresh70, fresh86, fresh164,
// fresh187 and fresh237; doveadm's own stderr with -D is in none. Postfix through syslog files, a
// journal read with `--output=with-unit`, Alpine's busybox file, Logstash JSON and RFC 5424 are in
// many tables (world_test.go, fresh21, fresh43, fresh55, fresh70, fresh86, fresh156, fresh164,
// fresh180, fresh187); `journalctl -o json` of Postfix is in none. Rspamd's default file log, its
// console with systemd = true and its lines in Postfix's milter rejects are in fresh2, fresh64 and
// fresh70 (fresh173 and fresh187 left log_severity out for want of a page; logger_file.c and
// cfg_rcl settle it here). Haraka's default untimed text and logfmt are fresh8's and fresh86's; the
// ISO stamp that `timestamps` puts before the default text is in none. Zimbra's mailbox.log with a
// stack trace and its audit, sync, zmmailboxd.out, zimbra.log and nginx logs are in fresh6 and
// fresh70; the SOAP envelopes under a zimbra.soap debug line are in none. Exchange's tracking log
// bare, findstr'd, as a Get-MessageTrackingLog table and Format-List, and Exchange Online's trace
// CSV are in holdout_test.go, fresh134, fresh167 and fresh233; Get-MessageTrackingLog through
// Export-Csv is in none. hMailServer's main log is fresh7's; its ERROR log is in none. Stalwart's
// one-line tracer and 0.6's tracing output are fresh25's and fresh70's; multiline is in none.
// maddy through the journal is fresh25's; stderr_ts is in none. Left out as measured already:
// SpamAssassin's spamd (syslog, log file, debug stderr: fresh7, fresh41, fresh55), OpenDKIM
// (fresh14), OpenDMARC (fresh17, fresh86), Amavis (fresh14, fresh64, fresh86); left out for want of
// a page that settled the lines: opendkim-testkey's output, amavisd-nanny's table and Zimbra's
// zmconfigd.log. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A syslog date without a year is in 2026; Exim's `2026-11-29 07:41:16` inside
// the first piece is the same second as the header; the journal's __REALTIME_TIMESTAMP
// (microseconds) and SYSLOG_TIMESTAMP (the syslog() header's second) are both the record's time, so
// either is accepted; Rspamd's, hMailServer's, Zimbra's and doveadm's zone-less local times are read
// as UTC, and so is Export-Csv's `11/29/2026 7:41:16 AM`; Stalwart's nextRetry, nextDsn and expires
// keys, Zimbra's epoch in a SOAP fault's Trace and the date in a folded Received: header are no
// record times. Levels only where the line marks one: doveadm's `Debug:`/`Warning:`/`Error:`, the
// journal's PRIORITY (6 info, 4 warning, 3 err), Rspamd's `[info]` `[notice]` `[warn]` `[error]`,
// Haraka's bracketed level word (CRIT is Critical), log4j's padded level in mailbox.log,
// hMailServer's `"ERROR"` log type (the Severity inside the description is the error's rank in
// ErrorManager, not the line's level), Stalwart's level word, maddy's `[debug]`; Exim through
// syslog without a PRI, the tracking log's FAIL event and maddy's undecorated lines have none. The
// host is the record's host field: the syslog header's name for Exim, the journal's _HOSTNAME; the
// tracking log's ServerHostname is the other end of a SEND (as the rules table holds for
// server-hostname), Haraka's, maddy's and Stalwart's client addresses are peers. A record that
// spans lines is one entry: a Zimbra log line with the envelope under it, a Stalwart event with its
// indented keys; each numbered Exim piece is a syslog record of its own, with its own header.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d356449 before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 90.0 %.
// That is the macro figure (micro: level 93.8 %, time 100.0 %, host 100.0 %, records 93.8 %), in a
// worktree at d356449 with no change to trawl's code (only this file and table_test.go's list), 9 of
// 10 families fully right (the Exim pieces, doveadm -D, Postfix's journal JSON, Rspamd with
// log_severity, Haraka with timestamps, Zimbra's SOAP envelopes, the tracking Export-Csv, Stalwart's
// multiline events and maddy's stderr_ts); the gap is hMailServer's ERROR log: its quoted `"ERROR"`
// type column is not read as the level, and the CR ending each line is dropped from the record.

var fresh283Cases = []worldCase{
	{
		name:   "exim-syslog-reject-header-numbered-pieces",
		source: "Exim 4 with `log_file_path = syslog` and the default syslog_duplication and syslog_timestamp, as Debian's rsyslog writes mail.log: log.c's write_syslog splits a message at its newlines (and at 870 characters) and syslogs each part as `[i\\n]` (a part that ended at a newline with more to come) or `[i/n]` (the last), so the reject log's `Envelope-from:`/`Envelope-to:` lines and flagged header dump (log_write, LOG_REJECT) and a panic's indented detail (log_config_info's `:\\n  `) become numbered lines; the mainlog copy of the rejection comes first, unsplit: Exim/exim src/src/log.c (write_syslog, log_write) found with the code search; the Exim spec's 'Reject log' for the header flags; rsyslog's `#011` for a tab from memory",
		why:    "every piece is a syslog line with its own header, host and time; `[4\\10]` and `[10/10]` after the tag are piece numbers, no level; `#011` is an escaped tab; the Received: header's date and Exim's own stamp in the first piece are the same second or no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: 2026-11-29 07:41:16 1tQx4f-0002Zk-3C H=(desk-7) [203.0.113.9] F=<billing@example.org> rejected after DATA: This message contains a virus (Win.Trojan.Agent-81234)`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [1\10] 2026-11-29 07:41:16 1tQx4f-0002Zk-3C H=(desk-7) [203.0.113.9] F=<billing@example.org> rejected after DATA: This message contains a virus (Win.Trojan.Agent-81234)`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [2\10] Envelope-from: <billing@example.org>`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [3\10] Envelope-to: <ops@example.com>`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [4\10] P Received: from [203.0.113.9] (helo=desk-7)`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [5\10] #011by mx1.example.com with esmtp (Exim 4.98)`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [6\10] #011(envelope-from <billing@example.org>)`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [7\10] #011id 1tQx4f-0002Zk-3C; Sun, 29 Nov 2026 07:41:16 +0000`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [8\10]   Subject: Invoice 4471 overdue`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [9\10] F From: "Accounts" <billing@example.org>`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 exim[48211]: [10/10] T To: <ops@example.com>`),
			we("2026-11-29T07:45:02Z", Unknown, "mx1", `Nov 29 07:45:02 mx1 exim[48260]: [1\2] 2026-11-29 07:45:02 Exim configuration error in line 841 of /etc/exim4/exim4.conf:`),
			we("2026-11-29T07:45:02Z", Unknown, "mx1", `Nov 29 07:45:02 mx1 exim[48260]: [2/2]   main option "tls_require_cipher" unknown`),
		},
	},
	{
		name:   "dovecot-doveadm-debug-stderr",
		source: "Dovecot 2.3's `doveadm -D force-resync -u user INBOX` on a host (a Mailu-style container) whose log_path is /dev/stderr, so doveadm's own logging carries log_timestamp's `%b %d %H:%M:%S `: the global process's lines are `Mmm dd HH:MM:SS Debug: …` (Loading modules, Module loaded, Skipping module … because dlopen() failed), the mail user's lines carry mail_log_prefix `doveadm(user)<pid><session>: ` before the level: Mailu/Mailu issue #2499 (`doveadm -Dv search -A ALL` output), docker-mailserver PR #3550 and naspeh/mailur issue #20 (the Debug: lines of a mail process); the per-user prefix of doveadm from memory",
		why:    "the level word comes straight after the time with no process or host before it; `doveadm(ana@example.org)<4120><…>` is a process and user, no host; no host anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 Debug: Loading modules from directory: /usr/lib/dovecot/modules"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 Debug: Module loaded: /usr/lib/dovecot/modules/lib10_quota_plugin.so"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 Debug: Loading modules from directory: /usr/lib/dovecot/modules/doveadm"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 Debug: Skipping module doveadm_expire_plugin, because dlopen() failed: /usr/lib/dovecot/modules/doveadm/lib10_doveadm_expire_plugin.so: undefined symbol: expire_set_deinit (this is usually intentional, so just ignore this message)"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 doveadm(ana@example.org)<4120><Kq7GZD0+bB9xy4Qo>: Debug: auth-master: userdb lookup(ana@example.org): Started userdb lookup"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 doveadm(ana@example.org)<4120><Kq7GZD0+bB9xy4Qo>: Debug: Effective uid=5000, gid=5000, home=/srv/mail/example.org/ana"),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 doveadm(ana@example.org)<4120><Kq7GZD0+bB9xy4Qo>: Warning: fscking index file /srv/mail/example.org/ana/Maildir/dovecot.index"),
			we("2026-11-29T07:41:17Z", Error, "", "Nov 29 07:41:17 doveadm(ana@example.org)<4120><Kq7GZD0+bB9xy4Qo>: Error: Mailbox INBOX: Broken file /srv/mail/example.org/ana/Maildir/dovecot-uidlist line 412: Invalid data:"),
		},
	},
	{
		name:   "postfix-journalctl-output-json",
		source: "Postfix 3.7 on Debian 12 under its postfix@-.service instance, read with `journalctl -u postfix@- -o json` (one object a line: __CURSOR, __REALTIME_TIMESTAMP in microseconds, __MONOTONIC_TIMESTAMP, _BOOT_ID, _TRANSPORT syslog, PRIORITY, SYSLOG_FACILITY 2, SYSLOG_IDENTIFIER postfix/smtpd … and postfix/postfix-script for the lines postfix-script hands to postlog, SYSLOG_PID, SYSLOG_TIMESTAMP with the syslog() header's trailing space, MESSAGE, _PID, _COMM, _EXE, _SYSTEMD_UNIT, _HOSTNAME): journalctl(1) OUTPUT MODES (json) and systemd.journal-fields(7); Postfix's MAILLOG_README (postlog) and msg_syslog's warning/error priorities; the field order from memory",
		why:    "the time is __REALTIME_TIMESTAMP (SYSLOG_TIMESTAMP, the same second, accepted too); the level is PRIORITY, not the `warning:` word; the host is _HOSTNAME; the client in MESSAGE is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Info, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b2;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d66f5c4a1;t=640e1c7a3b1d6;x=91c2a3f4b5d6e7f8","__REALTIME_TIMESTAMP":"1795938076204118","__MONOTONIC_TIMESTAMP":"57557354657","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/smtpd","SYSLOG_PID":"4411","SYSLOG_TIMESTAMP":"Nov 29 07:41:16 ","MESSAGE":"connect from mail.example.net[203.0.113.45]","_PID":"4411","_UID":"107","_GID":"114","_COMM":"smtpd","_EXE":"/usr/lib/postfix/sbin/smtpd","_CMDLINE":"smtpd -n smtp -t inet -u -c -o stress= -s 2","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
			we("2026-11-29T07:41:16.61102Z|2026-11-29T07:41:16Z", Warn, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b3;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d66fbf5b3;t=640e1c7a9e0ec;x=22d1b4c5a6e7f809","__REALTIME_TIMESTAMP":"1795938076611020","__MONOTONIC_TIMESTAMP":"57557761559","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"4","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/smtpd","SYSLOG_PID":"4411","SYSLOG_TIMESTAMP":"Nov 29 07:41:16 ","MESSAGE":"warning: hostname mail.example.net does not resolve to address 203.0.113.45: Name or service not known","_PID":"4411","_UID":"107","_GID":"114","_COMM":"smtpd","_EXE":"/usr/lib/postfix/sbin/smtpd","_CMDLINE":"smtpd -n smtp -t inet -u -c -o stress= -s 2","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
			we("2026-11-29T07:41:17.000901Z|2026-11-29T07:41:17Z", Info, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b4;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d6701e1f4;t=640e1c7afd5e5;x=3e4f5a6b7c8d9e0f","__REALTIME_TIMESTAMP":"1795938077000901","__MONOTONIC_TIMESTAMP":"57558151668","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/cleanup","SYSLOG_PID":"4415","SYSLOG_TIMESTAMP":"Nov 29 07:41:17 ","MESSAGE":"4Nf3Qk1mzRz9tL: message-id=<20261129074116.4412@mail.example.net>","_PID":"4415","_UID":"107","_GID":"114","_COMM":"cleanup","_EXE":"/usr/lib/postfix/sbin/cleanup","_CMDLINE":"cleanup -z -t unix -u -c","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
			we("2026-11-29T07:41:17.00441Z|2026-11-29T07:41:17Z", Info, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b5;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d6701ef9d;t=640e1c7afe38e;x=4f5a6b7c8d9e0f1a","__REALTIME_TIMESTAMP":"1795938077004410","__MONOTONIC_TIMESTAMP":"57558155177","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/qmgr","SYSLOG_PID":"1190","SYSLOG_TIMESTAMP":"Nov 29 07:41:17 ","MESSAGE":"4Nf3Qk1mzRz9tL: from=<news@example.net>, size=48213, nrcpt=1 (queue active)","_PID":"1190","_UID":"107","_GID":"114","_COMM":"qmgr","_EXE":"/usr/lib/postfix/sbin/qmgr","_CMDLINE":"qmgr -l -t unix -u","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
			we("2026-11-29T07:41:20.220418Z|2026-11-29T07:41:20Z", Error, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b6;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d67329a0b;t=640e1c7e0ea02;x=5a6b7c8d9e0f1a2b","__REALTIME_TIMESTAMP":"1795938080220418","__MONOTONIC_TIMESTAMP":"57561371147","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"3","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/trivial-rewrite","SYSLOG_PID":"4418","SYSLOG_TIMESTAMP":"Nov 29 07:41:20 ","MESSAGE":"error: open database /etc/postfix/transport.lmdb: No such file or directory","_PID":"4418","_UID":"107","_GID":"114","_COMM":"trivial-rewrite","_EXE":"/usr/lib/postfix/sbin/trivial-rewrite","_CMDLINE":"trivial-rewrite -n rewrite -t unix -u -c","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
			we("2026-11-29T07:42:21.500412Z|2026-11-29T07:42:21Z", Info, "mx3", `{"__CURSOR":"s=7e1c0a2f4b3d4c1a9e8f0b6d41207ab1;i=4a1b9;b=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a;m=d6aee4b0f;t=640e1cb84b3fc;x=6b7c8d9e0f1a2b3c","__REALTIME_TIMESTAMP":"1795938141500412","__MONOTONIC_TIMESTAMP":"57622651151","_BOOT_ID":"0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"2","SYSLOG_IDENTIFIER":"postfix/postfix-script","SYSLOG_PID":"4471","SYSLOG_TIMESTAMP":"Nov 29 07:42:21 ","MESSAGE":"refreshing the Postfix mail system","_PID":"4471","_UID":"0","_GID":"0","_COMM":"postlog","_EXE":"/usr/sbin/postlog","_CMDLINE":"/usr/sbin/postlog -p info -t postfix/postfix-script refreshing the Postfix mail system","_SYSTEMD_CGROUP":"/system.slice/system-postfix.slice/postfix@-.service","_SYSTEMD_UNIT":"postfix@-.service","_SYSTEMD_SLICE":"system-postfix.slice","_HOSTNAME":"mx3"}`),
		},
	},
	{
		name:   "rspamd-file-log-severity-usec",
		source: "Rspamd 3.x's file logger with `logging { type = \"file\"; log_severity = true; log_usec = true; }`: logger_file.c/logger.c write `time [severity] #pid(process) <id>; module; function: msg`, the time strftime's `%F %H:%M:%S` in local time plus log_usec's `%.5f` fraction without its 0, the severity from rspamd_get_log_severity_string (crit error warn notice info debug), the task's summary from rspamd_task_write_log at notice: rspamd/rspamd src/libserver/logger/logger_file.c and logger.c, src/libserver/cfg_rcl (the `severity`/`log_severity` and `usec`/`log_usec` keys), all found with the code search; rspamd.com's logging page",
		why:    "a five-digit fraction after a zone-less time; a bracketed lower-case severity before `#pid(process)`; `<ed2abb>` is a log tag, the addresses and the scan time no host or time; `(default: F (no action): …)` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.20411Z", Info, "", "2026-11-29 07:41:16.20411 [info] #4120(main) <8a2e1c>; main; main: rspamd 3.13.2 is loading configuration, build id: release"),
			we("2026-11-29T07:41:16.73002Z", Notice, "", "2026-11-29 07:41:16.73002 [notice] #4120(main) <8a2e1c>; main; rspamd_fork_worker: prepare to fork process normal (0); listen on: *:11333"),
			we("2026-11-29T07:41:20.00917Z", Info, "", "2026-11-29 07:41:20.00917 [info] #4125(normal) <ed2abb>; task; accept_socket: accepted connection from 10.20.0.25 port 51234, task ptr: 0x7f3c10002a40"),
			we("2026-11-29T07:41:20.41207Z", Notice, "", "2026-11-29 07:41:20.41207 [notice] #4125(normal) <ed2abb>; task; rspamd_task_write_log: id: <20261129074116.4412@mail.example.net>, qid: <4Nf3Qk1mzRz9tL>, ip: 203.0.113.45, from: <news@example.net>, (default: F (no action): [-0.40/15.00] [ARC_NA(0.00){},DMARC_POLICY_ALLOW(-0.50){example.net;none;},R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24;},MIME_GOOD(-0.10){text/plain;}]), len: 48213, time: 403.112ms, dns req: 14, digest: <9b3d4c1a8e2f0b6d41207ab1c0de4f12>, rcpts: <ops@example.org>, mime_rcpts: <ops@example.org>"),
			we("2026-11-29T07:41:22.10004Z", Warn, "", "2026-11-29 07:41:22.10004 [warn] #4126(normal) <0b7c1d>; lua; dkim_signing.lua:221: cannot load dkim key /var/lib/rspamd/dkim/example.org.mail.key: No such file or directory"),
			we("2026-11-29T07:41:25.50012Z", Error, "", "2026-11-29 07:41:25.50012 [error] #4126(normal) <f31a09>; redis; redis_learned_callback: cannot learn task: error getting reply from redis server 127.0.0.1:6379: Connection refused"),
		},
	},
	{
		name:   "haraka-log-timestamps-default-text",
		source: "Haraka with log.ini's `[main] timestamps=true` (the older config/log_timestamps file) on its default text format: logger.js's set_timestamps wraps console.log to print `new Date().toISOString()` and a space before each line, `[LEVEL] [uuid] [origin] msg` (uuid `-` outside a connection, `.n` for a transaction), levels DATA PROTOCOL DEBUG INFO NOTICE WARN ERROR CRIT ALERT EMERG: haraka/Haraka logger.js (set_timestamps, log_if_level), haraka/Haraka PR #827 and issue #606 (a fresh Date for every line); the auth plugin's line from memory",
		why:    "an ISO time with milliseconds and Z, then the bracketed level word; the uuid and plugin brackets are no level; `ip=` and `rdns=` name the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "2026-11-29T07:41:16.204Z [NOTICE] [-] [core] Starting up Haraka version 3.0.5"),
			we("2026-11-29T07:41:16.371Z", Info, "", "2026-11-29T07:41:16.371Z [INFO] [-] [core] Listening on [::0]:587"),
			we("2026-11-29T07:41:20.118Z", Notice, "", "2026-11-29T07:41:20.118Z [NOTICE] [3F1C2A7E-9B3D-4C1A-8E2F-0B6D41207AB1] [core] connect ip=203.0.113.45 port=50122 local_ip=192.0.2.25 local_port=587"),
			we("2026-11-29T07:41:20.877Z", Info, "", `2026-11-29T07:41:20.877Z [INFO] [3F1C2A7E-9B3D-4C1A-8E2F-0B6D41207AB1] [auth/flat_file] AUTH user="ana@example.org" success=true method=PLAIN`),
			we("2026-11-29T07:41:21.44Z", Notice, "", `2026-11-29T07:41:21.440Z [NOTICE] [3F1C2A7E-9B3D-4C1A-8E2F-0B6D41207AB1.1] [core] queue code=OK msg="Message Queued (3F1C2A7E-9B3D-4C1A-8E2F-0B6D41207AB1.1)"`),
			we("2026-11-29T07:41:21.512Z", Notice, "", `2026-11-29T07:41:21.512Z [NOTICE] [3F1C2A7E-9B3D-4C1A-8E2F-0B6D41207AB1] [core] disconnect ip=203.0.113.45 rdns=mail.example.net helo=mail.example.net relay=Y early=N esmtp=Y tls=Y pipe=N errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=48213 lr="" time=1.394`),
			we("2026-11-29T07:41:25.006Z", Error, "", "2026-11-29T07:41:25.006Z [ERROR] [-] [redis] redis error: Error: connect ECONNREFUSED 127.0.0.1:6379"),
			we("2026-11-29T07:41:25.009Z", Critical, "", "2026-11-29T07:41:25.009Z [CRIT] [-] [core] Plugin karma failed: TypeError: Cannot read properties of undefined (reading 'incr')"),
		},
	},
	{
		name:   "zimbra-mailbox-log-soap-debug-envelopes",
		source: "Zimbra's /opt/zimbra/log/mailbox.log with the zimbra.soap logger at debug (`zmprov addAccountLogger … zimbra.soap debug`): SoapEngine/SoapServlet log `SOAP request:\\n` + envelope.prettyPrint() and `SOAP response: \\n` (a space before the newline) + the envelope, so a pretty-printed SOAP 1.2 envelope follows the log4j line `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] [context] soap - …`, and the `soap - SearchRequest elapsed=N` info line after it: Zimbra's SoapEngine.java and SoapServlet.java (ZimbraLog.soap.debug) found with the code search; the mailbox.log layout as in fresh6; the envelopes' indentation from memory",
		why:    "a log4j line with its SOAP envelope under it, unindented at its first line, is one record; `oip=`/`ip=` in the context are the client; the epoch in the fault's Trace is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "",
				"2026-11-29 07:41:16,204 DEBUG [qtp1390913202-88:https://mail.example.net/service/soap/SearchRequest] [name=ana@example.net;mid=7;ip=10.20.0.5;ua=zclient/10.1.4_GA_4200;] soap - SOAP request:",
				`<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">`,
				"  <soap:Header>",
				`    <context xmlns="urn:zimbra">`,
				`      <userAgent name="zclient" version="10.1.4_GA_4200"/>`,
				`      <account by="name">ana@example.net</account>`,
				"    </context>",
				"  </soap:Header>",
				"  <soap:Body>",
				`    <SearchRequest xmlns="urn:zimbraMail" sortBy="dateDesc" types="message" limit="25" offset="0">`,
				"      <query>in:inbox is:unread</query>",
				"    </SearchRequest>",
				"  </soap:Body>",
				"</soap:Envelope>"),
			we("2026-11-29T07:41:16.251Z", Info, "", "2026-11-29 07:41:16,251 INFO  [qtp1390913202-88:https://mail.example.net/service/soap/SearchRequest] [name=ana@example.net;mid=7;ip=10.20.0.5;ua=zclient/10.1.4_GA_4200;] soap - SearchRequest elapsed=47"),
			we("2026-11-29T07:41:19.88Z", Debug, "",
				"2026-11-29 07:41:19,880 DEBUG [qtp1390913202-91:https://mail.example.net/service/soap/GetMsgRequest] [name=ana@example.net;mid=7;ip=10.20.0.5;ua=zclient/10.1.4_GA_4200;] soap - SOAP response: ",
				`<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">`,
				"  <soap:Header>",
				`    <context xmlns="urn:zimbra">`,
				`      <change token="41207"/>`,
				"    </context>",
				"  </soap:Header>",
				"  <soap:Body>",
				"    <soap:Fault>",
				"      <soap:Code>",
				"        <soap:Value>soap:Sender</soap:Value>",
				"      </soap:Code>",
				"      <soap:Reason>",
				"        <soap:Text>no such message: 4120</soap:Text>",
				"      </soap:Reason>",
				"      <soap:Detail>",
				`        <Error xmlns="urn:zimbra">`,
				"          <Code>mail.NO_SUCH_MSG</Code>",
				"          <Trace>qtp1390913202-91:1795938079880:2f1c0a7e9b3d4c1a</Trace>",
				"        </Error>",
				"      </soap:Detail>",
				"    </soap:Fault>",
				"  </soap:Body>",
				"</soap:Envelope>"),
			we("2026-11-29T07:41:19.881Z", Info, "", "2026-11-29 07:41:19,881 INFO  [qtp1390913202-91:https://mail.example.net/service/soap/GetMsgRequest] [name=ana@example.net;mid=7;ip=10.20.0.5;ua=zclient/10.1.4_GA_4200;] soap - GetMsgRequest elapsed=3"),
			we("2026-11-29T07:42:03.118Z", Warn, "", "2026-11-29 07:42:03,118 WARN  [ImapSSLServer-41] [name=bob@example.net;ip=10.50.0.30;oip=198.51.100.23;] imap - cannot find item 4120 in folder 2"),
		},
	},
	{
		name:   "exchange-messagetrackinglog-export-csv",
		source: "Exchange Server 2019's tracking log read with Windows PowerShell 5.1: `Get-MessageTrackingLog -Start \"11/29/2026 7:00 AM\" | Select-Object Timestamp,EventId,Source,Sender,Recipients,MessageSubject,ServerHostname,ClientIp,RecipientStatus,TotalBytes | Export-Csv tracking.csv` (without -NoTypeInformation a `#TYPE Selected.Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent` line, then a quoted header; every value quoted, a null left empty; the DateTime in the en-US culture's `M/d/yyyy h:mm:ss AM` local time; the string arrays Recipients and RecipientStatus written as System.String[]): learn.microsoft.com's Get-MessageTrackingLog (the property names, date-time shown as Timestamp, output to CSV), the Windows Export-Csv families of fresh22 and fresh233 for the writer's habits; the type name from memory",
		why:    "the `#TYPE` and header lines are fed, not scored; a quoted 12-hour local time with AM/PM is the time (no zone: UTC); FAIL is an event id, no level; ServerHostname is the other end of a SEND, no host; System.String[] hides the recipients",
		entries: []worldEntry{
			wskip("#TYPE Selected.Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent",
				`"Timestamp","EventId","Source","Sender","Recipients","MessageSubject","ServerHostname","ClientIp","RecipientStatus","TotalBytes"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `"11/29/2026 7:41:16 AM","RECEIVE","SMTP","orders@example.com","System.String[]","Order 88412 confirmed","EX01","203.0.113.25","System.String[]","48213"`),
			we("2026-11-29T07:41:17Z", Unknown, "", `"11/29/2026 7:41:17 AM","DELIVER","STOREDRIVER","orders@example.com","System.String[]","Order 88412 confirmed","EX01",,"System.String[]","48213"`),
			we("2026-11-29T07:42:03Z", Unknown, "", `"11/29/2026 7:42:03 AM","FAIL","SMTP","alerts@corp.example","System.String[]","Disk space warning on FS01","mx1.partner.example","10.20.1.22","System.String[]","4120"`),
			we("2026-11-29T11:05:40Z", Unknown, "", `"11/29/2026 11:05:40 AM","SEND","SMTP","billing@corp.example","System.String[]","RE: invoice 4471","mx1.partner.example","10.20.1.22","System.String[]","1290455"`),
		},
	},
	{
		name:   "hmailserver-error-log-crlf",
		gap:    "trawl reads the quoted zone-less time but no level: the quoted `\"ERROR\"` log-type column that opens each line (before the thread id and the time) is not read as the level, and the CR that ends every line is dropped from the record's text",
		source: "hMailServer 5.6's Logs\\ERROR_hmailserver_yyyy-mm-dd.log (Logger::LogError: `\"ERROR\"<TAB>thread<TAB>\"yyyy-MM-dd HH:mm:ss.SSS\"<TAB>\"msg\"` and CRLF; ErrorManager::ReportError's message `Severity: n (Critical|High|Medium|Low), Code: HMnnnn, Source: …, Description: …` with the description's CRLFs replaced by `[nl]`): hmailserver/hmailserver Logger.cpp and ErrorManager.cpp found with the code search; hmailserver.com's OnError documentation (the severities); listserver.dynu.net's notes on the Logs folder (the ERROR_ file); the codes and messages from memory",
		why:    "tab-separated quoted columns with a carriage return at the end; the `\"ERROR\"` type column is the line's level; `Severity: 2 (High)` ranks the error inside the message; `[nl]` stands for a newline inside one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Error, "", "\"ERROR\"\t4120\t\"2026-11-29 07:41:16.123\"\t\"Severity: 2 (High), Code: HM5090, Source: DNSResolver::Resolve_, Description: DNS query failed. Query: example.net, Type: 15, DnsQuery return value: 9002 Message: DNS server failure.\"\r"),
			we("2026-11-29T07:44:02.541Z", Error, "", "\"ERROR\"\t3988\t\"2026-11-29 07:44:02.541\"\t\"Severity: 3 (Medium), Code: HM4208, Source: TCPConnection::AsyncConnectCompleted, Description: Failed to connect to 198.51.100.25:25. Error code: 10060. A connection attempt failed because the connected party did not properly respond after a period of time.\"\r"),
			we("2026-11-29T07:52:30.018Z", Error, "", "\"ERROR\"\t4120\t\"2026-11-29 07:52:30.018\"\t\"Severity: 2 (High), Code: HM5114, Source: ScriptServer::FireEvent, Description: Script Error: Source: Microsoft VBScript runtime error - Error: 800A000D - Description: Type mismatch: 'oMessage.Recipients' - Line: 41 Column: 4 - Code: (null)\"\r"),
			we("2026-11-29T08:02:11.76Z", Error, "", "\"ERROR\"\t4132\t\"2026-11-29 08:02:11.760\"\t\"Severity: 2 (High), Code: HM5046, Source: DALConnection::Execute, Description: MySQL: Lost connection to MySQL server during query[nl]SQL: SELECT * FROM hm_accounts WHERE accountaddress = 'ana@example.org'\"\r"),
		},
	},
	{
		name:   "stalwart-tracer-multiline",
		source: "Stalwart 0.11-0.13 with a log or console tracer set `multiline = true`: trc's FmtWriter writes the RFC 3339 time, the level, the event's description and `(event.name)`, then for multiline a newline and each key as `<TAB>key = value` on its own line (strings quoted, timestamps in RFC 3339, durations with `ms`, arrays in brackets) instead of `, `-joined: stalwartlabs/mail-server crates/trc/src/fmt.rs (with_multiline, write_keys) found with the code search; stalw.art's tracer pages (the multiline option); stalwartlabs/stalwart issues #1066 and #1099 (the queue and delivery events and their keys, one-line)",
		why:    "an event and its tab-indented key lines are one record; nextRetry, nextDsn and expires are RFC 3339 times in the keys, not the record's; remoteIp is the client; `elapsed = 1204ms` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29T07:41:16Z INFO SMTP connection started (smtp.connection-start)",
				"\tlistenerId = \"smtp\"",
				"\tlocalPort = 25",
				"\tremoteIp = 203.0.113.45",
				"\tremotePort = 50122"),
			we("2026-11-29T07:41:17Z", Info, "",
				"2026-11-29T07:41:17Z INFO Queued message for delivery (queue.queue-message)",
				"\tlistenerId = \"smtp\"",
				"\tlocalPort = 25",
				"\tremoteIp = 203.0.113.45",
				"\tremotePort = 50122",
				"\tqueueId = 231907544102871130",
				"\tfrom = \"news@example.net\"",
				"\tto = [\"ops@example.org\"]",
				"\tsize = 48213",
				"\tnextRetry = 2026-11-29T07:41:17Z",
				"\tnextDsn = 2026-11-30T07:41:17Z",
				"\texpires = 2026-12-04T07:41:17Z"),
			we("2026-11-29T07:41:17Z", Info, "",
				"2026-11-29T07:41:17Z INFO Delivery attempt started (delivery.attempt-start)",
				"\tqueueId = 231907544102871130",
				"\tfrom = \"news@example.net\"",
				"\tto = [\"ops@example.org\"]",
				"\tsize = 48213",
				"\ttotal = 1"),
			we("2026-11-29T07:41:18Z", Info, "",
				"2026-11-29T07:41:18Z INFO Delivery attempt ended (delivery.attempt-end)",
				"\tqueueId = 231907544102871130",
				"\tfrom = \"news@example.net\"",
				"\tto = [\"ops@example.org\"]",
				"\tsize = 48213",
				"\ttotal = 1",
				"\telapsed = 1204ms"),
			we("2026-11-29T07:41:40Z", Warn, "",
				"2026-11-29T07:41:40Z WARN Rate limit exceeded (smtp.rate-limit-exceeded)",
				"\tlistenerId = \"smtp\"",
				"\tlocalPort = 25",
				"\tremoteIp = 198.51.100.77",
				"\tremotePort = 61022",
				"\tlimit = 25"),
		},
	},
	{
		name:   "maddy-log-stderr-ts-debug",
		source: "maddy 0.7/0.8 with `log stderr_ts` and `debug yes` in maddy.conf, its stderr kept in a file: LogOutputOption maps stderr_ts to WriterOutput(os.Stderr, true), whose wcOutput writes `stamp.UTC().Format(\"2006-01-02T15:04:05.000Z \")`, then `[debug] ` for debug messages only, then `module: msg<TAB>{ordered JSON fields}`: foxcpp/maddy framework/log/writer.go, log.go and the log directive's parser, found with the code search; foxcpp/maddy issues #535 and #676 for the smtp and queue messages; the remote target's `considering` and sign_dkim's `signed` debug messages from the code search",
		why:    "an RFC 3339 UTC stamp with milliseconds; `[debug]` after it is the only level maddy writes; the other lines have none; src_ip and src_host are the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29T07:41:16.204Z smtp: listening on tcp://0.0.0.0:25"),
			we("2026-11-29T07:41:20.511Z", Unknown, "", "2026-11-29T07:41:20.511Z smtp: incoming message\t{\"msg_id\":\"0f3c2a1e\",\"sender\":\"news@example.net\",\"src_host\":\"mail.example.net\",\"src_ip\":\"203.0.113.45:50122\"}"),
			we("2026-11-29T07:41:20.533Z", Debug, "", "2026-11-29T07:41:20.533Z [debug] sign_dkim: signed\t{\"identifier\":\"news@example.net\",\"msg_id\":\"0f3c2a1e\"}"),
			we("2026-11-29T07:41:20.702Z", Debug, "", "2026-11-29T07:41:20.702Z [debug] remote: considering\t{\"msg_id\":\"0f3c2a1e\",\"mxs\":[\"mx1.example.org\",\"mx2.example.org\"]}"),
			we("2026-11-29T07:41:21.004Z", Unknown, "", "2026-11-29T07:41:21.004Z queue: delivered\t{\"attempt\":1,\"msg_id\":\"0f3c2a1e\",\"rcpt\":\"ops@example.org\"}"),
			we("2026-11-29T07:41:22.118Z", Unknown, "", "2026-11-29T07:41:22.118Z smtp: DATA error\t{\"msg_id\":\"1a7b9c04\",\"reason\":\"Requested action not taken: mailbox unavailable\",\"smtp_code\":550,\"smtp_enchcode\":\"5.1.1\",\"target\":\"local_mailboxes\"}"),
		},
	},
}

func TestFresh283Formats(t *testing.T) { assertTable(t, fresh283Cases) }
func TestFresh283Score(t *testing.T) {
	checkScore(t, "fresh283 formats", fresh283Cases, [worldNumFields]float64{89.9, 99.9, 99.9, 89.9})
}
