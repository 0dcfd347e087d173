package parse

import "testing"

// The three-hundred-and-fifty-seventh fresh table, written on 2026-12-06: Linux system daemons as
// journald and /var/log keep them, a further pass, in shapes no earlier table holds. Each family is
// one daemon's documented or observed output in one shape: the kernel's audit records as journald
// itself stores them (`journalctl _TRANSPORT=audit -o json`: _AUDIT_TYPE_NAME, the kernel fields
// mapped to _PID/_UID/_AUDIT_SESSION, the userspace msg='…' fields as AUDIT_FIELD_*, and the audit
// stamp kept as _SOURCE_REALTIME_TIMESTAMP); firewalld's /var/log/firewalld on RHEL 9 through a
// python-nftables failure (the libnftables errors with their blank lines, `JSON blob:` and the
// nftables JSON on a line of its own, written twice, once under COMMAND_FAILED); pam_systemd with
// `debug` in RHEL 9's /var/log/secure (its Asking logind, Session limits and Reply from logind
// lines, remote_host=, the escaped session object path); Debian cron's job-output mail in root's
// mbox (X-Cron-Env headers, Postfix's From_ line and Received continuation, run-parts --report's
// output); sudo's alert mail for mail_no_user and mail_badpass in root's mbox (`*** SECURITY
// information for host ***`, the body's `host : time : user : reason ; TTY=…` line);
// `udisksd --debug --replace` tee'd to a file (GLib's own stderr writer: `(udisksd:pid):
// udisks-DEBUG: HH:MM:SS.mmm:`, `udisks-Message:` and `udisks-INFO:` without the prefix, a
// `udisks-WARNING **:`); sssd 2.9 started with `--logger=journald` in `journalctl -u sssd -o json`
// (PRIORITY=7 on every debug message, SSSD_DEBUG_LEVEL in bare hex, SSSD_PRG_NAME, the [RID#n]
// chain id, CODE_FILE/CODE_LINE/CODE_FUNC, and sss_log's own messages with SYSLOG_FACILITY=3);
// NetworkManager's nm-cloud-setup with NM_CLOUD_SETUP_LOG=TRACE in `journalctl -u nm-cloud-setup
// -o short-precise` (`[boot-seconds.0dddd] <level>` from _nm_log_simple_printf, a hardware address
// ending `29:10:55`); systemd-run --wait's summary lines in a cron job's redirected log.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (products: `sssd`, `sssd_be`, `sssd_pam`, `sssd_nss`, `krb5_child`, `ldap_child`,
// `polkit`, `pkttyagent`, `pkcheck`, `polkit.log`, `polkitd(authority=local)`, `udisks`, `udisksd`,
// `udisksctl`, `firewalld`, `chrony`, `chronyc`, `chronyd version`, `chronyd -d`, `auditd[`,
// `audispd`, `audisp-syslog`, `aureport`, `ausearch -i`, `sudo.log`, `sudo_logsrvd`,
// `sudoreplay`, `faillock`, `pam_tally`, `pam_exec`, `pam_systemd(`, `pam_sss(`, `pam_oath`,
// `pam_mkhomedir`, `pam_namespace`, `fcron`, `dcron`, `bcron`, `busybox crond`, `systemd-cron`,
// `anacron`, `NetworkManager`, `nm-dispatcher`, `nm-cloud-setup`, `nm-openvpn`, `nmcli`,
// `nm-online`, `systemd-run`, `systemd-logind`, `accounts-daemon`, `machinectl`, `systemd-nspawn`,
// `userdbctl`, `systemd-cryptsetup`; fragments: `_AUDIT_TYPE`, `AUDIT_FIELD_`, `_TRANSPORT=audit`,
// `"_TRANSPORT"`, `"SYSLOG_IDENTIFIER":"audit"`, `audit[`, `msg=audit(11/`, `TTY Report`,
// `python-nftables`, `JSON blob`, `internal:0:0-0`, `Could not process rule`, `COMMAND_FAILED`,
// `/var/log/firewalld`, `DEBUG1:`, `Asking logind`, `Reply from logind`, `Session limits`,
// `remote_host=`, `pam-systemd shutting down`, `X-Cron-Env`, `(Cron Daemon)`, `Cron <`, `mbox`,
// `(CRON) INFO`, `) END (`, `run-parts --report`, `SECURITY information`, `NOT in sudoers`,
// `Auto-Submitted`, `mail_badpass`, `command continued`, `log_format=json`, `log.json`, `@cee`,
// `udisks-DEBUG`, `udisks-Message`, `udisks-INFO`, `(udisksd:`, `udisks daemon version`,
// `Mounted /dev`, `Properties Changed`, `Monitoring the udisks`, `-DEBUG: `, `-WARNING **`,
// `SSSD_`, `SSSD_DEBUG_LEVEL`, `SSSD_PRG_NAME`, `SSSD_DOMAIN`, `CID#`, `RID#`, `PREVIOUS MESSAGE`,
// `BACKTRACE DUMP`, `(0x4000)`, `NM_CLOUD_SETUP`, `provider ec2`, `config device`, `NM_LOG_LEVEL`,
// `<info>  [`, `<trace> [`, `Running as unit`, `Finished with result`, `Main processes terminated`,
// `Service runtime`, `CPU time consumed`, `invocation ID`, `SYSTEMD_LOG_TIME`, `[  OK  ]`,
// `short-unix`, `json-pretty`, `-o export`, `__CURSOR`, `__REALTIME_TIMESTAMP`).
// The theme's daemons are nearly all measured already: sssd's debug files in five timestamp forms,
// its kcm log, backtraces and pam_sss lines (fresh, fresh83, fresh136, fresh173, fresh295 and
// others), never sssd's journald logger; polkitd in its syslog, journal and auth.log forms
// (fresh17, fresh71, fresh90, fresh111, fresh156), left out; udisksd through syslog, in the journal
// and udisksctl monitor (fresh21, fresh71, fresh90), never its own --debug stderr; firewalld's log
// file with one continuation line (fresh4), its journal and RHEL 8's messages (fresh90, fresh111),
// never a python-nftables failure with its JSON blob; chrony's log files, syslog, foreground and
// chronyc listings (fresh41, fresh55, fresh227, fresh261, fresh309 and others), left out; audit.log
// in its raw, enriched and node= forms, ausearch, aureport and audit records in short journal
// lines (world_test.go, fresh4, fresh90, fresh150 and others), never journald's audit transport
// fields; sudo's logfile, JSON logfile, JSON syslog, logsrvd, I/O logs and refusals (fresh, fresh55,
// fresh83, fresh219, fresh260, fresh282 and others), never its alert mail; PAM's modules in
// secure, auth.log and the journal (fresh83, fresh111, fresh317 and others), never pam_systemd's
// debug lines; cron's syslog lines, cronie, anacron, fcron, dcron, systemd timers (fresh55, fresh90,
// fresh282, fresh317 and others), never cron's mail (fresh246 only grepped `Subject: Cron <`);
// NetworkManager in every journal mode (fresh266 with its NM_ fields, fresh309 with `<trace>`),
// never nm-cloud-setup; systemd-run only grepped (fresh246). Mail is in fresh73 (mdadm) and fresh153
// (zed), other programs. Left out after the search: Debian cron's `-L 15` END lines (their text not
// confirmed in a stored source), polkit's pkttyagent prompts (a terminal transcript, no log). The
// table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's __REALTIME_TIMESTAMP is microseconds since the epoch; an
// audit record's _SOURCE_REALTIME_TIMESTAMP is the audit stamp to the millisecond, so either is
// accepted. firewalld's `yyyy-MM-dd HH:mm:ss` has no zone and is UTC; secure's yearless date is in
// 2026; a mail's time is its From_ line's (the Date header is the same second), and sudo's mail
// also carries the event's own yearless `Nov 29 07:41:16` in its body, one second before delivery,
// so either is accepted; GLib's `HH:MM:SS.mmm` is a time of day on the clock's day;
// nm-cloud-setup's `[1101.04021]` is CLOCK_BOOTTIME, no clock, and the journal header gives the
// time; systemd-run's runtimes and CPU times are durations and its lines carry no time. Levels only
// where the line marks one: the journal's PRIORITY (sssd's debug messages all say 7, whatever their
// SSSD_DEBUG_LEVEL bitmask), firewalld's ERROR:/WARNING:, GLib's -DEBUG/-INFO/-Message/-WARNING
// (Message is notice, as earlier tables read it), nm-cloud-setup's `<trace>`/`<debug>`/`<info> `;
// an audit record in the journal has no PRIORITY, secure's and the mails' lines have none, and
// `error:`, `failed` or `res=failed` inside a message are no levels. The host is the record's host
// field: the journal's _HOSTNAME and the syslog header's host, the host field that opens sudo's
// logged line in its mail; AUDIT_FIELD_HOSTNAME, remote_host= and a libnftables address are peers,
// a mail's sender address and `Cron <root@build01>` are no host fields. A record that spans lines is
// one entry: a firewalld error with its blank lines, `JSON blob:` and the JSON after it; a whole
// mail from its From_ line to the blank line that ends it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 100.0 %, time 100.0 %, host 88.9 %, records 73.3 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 96.4 %, records 89.3 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right (journald's audit transport, pam_systemd in secure, udisksd's GLib stderr,
// sssd's journald logger, nm-cloud-setup and systemd-run's summary); the gaps are the nftables JSON
// line after firewalld's `JSON blob:`, the body of a cron mail after a line opening with `error:`
// or `rsync:`, and the body of sudo's alert mail with the host field that opens it.

var fresh357Cases = []worldCase{
	{
		name:   "journald-audit-transport-json-rhel9",
		source: "the kernel's audit records as journald stores them on RHEL 9 (systemd 252, systemd-journald-audit.socket), read with `journalctl _TRANSPORT=audit -o json`: process_audit_string writes _TRANSPORT=audit, _SOURCE_REALTIME_TIMESTAMP from audit(sec.msec:id), _AUDIT_TYPE, _AUDIT_ID, SYSLOG_FACILITY=4, SYSLOG_IDENTIFIER=audit, _AUDIT_TYPE_NAME and MESSAGE=`TYPE rest`, maps pid=/uid=/auid=/ses=/subj=/comm=/exe=/proctitle= to _PID, _UID, _AUDIT_LOGINUID, _AUDIT_SESSION, _SELINUX_CONTEXT, _COMM, _EXE, _CMDLINE (hex decoded), other kernel fields to _AUDIT_FIELD_*, the userspace msg='…' fields to AUDIT_FIELD_*, and sets no PRIORITY: systemd src/journal/journald-audit.c, systemd PR #9317 (_AUDIT_TYPE_NAME), coreos/bugs issue #2638 (the same records in short output); the key order from memory",
		why:    "one JSON object a record with two times, journald's receive time and the audit stamp to the millisecond; no PRIORITY, so no level (SYSLOG_FACILITY=4 is a facility, res=failed a result); _HOSTNAME is the host, AUDIT_FIELD_HOSTNAME the remote peer; _AUDIT_ID, _AUDIT_SESSION and a0= hex are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.013208Z|2026-11-29T07:41:17.012Z", Unknown, "web01", `{"__CURSOR":"s=8c2f1e4a7b3d4c6e9a0b1c2d3e4f5a6b;i=2f41a;b=4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a;m=3a1e814d5;t=661656b1e74d8;x=1b2c3d4e5f6a7b8c","__REALTIME_TIMESTAMP":"1795938077013208","__MONOTONIC_TIMESTAMP":"15601243349","_BOOT_ID":"4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a","_TRANSPORT":"audit","_SOURCE_REALTIME_TIMESTAMP":"1795938077012000","_AUDIT_TYPE":"1112","_AUDIT_ID":"4690","SYSLOG_FACILITY":"4","SYSLOG_IDENTIFIER":"audit","_AUDIT_TYPE_NAME":"USER_LOGIN","MESSAGE":"USER_LOGIN pid=2251 uid=0 auid=1000 ses=5 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login id=1000 exe=\"/usr/sbin/sshd\" hostname=203.0.113.9 addr=203.0.113.9 terminal=/dev/pts/2 res=success'","_PID":"2251","_UID":"0","_AUDIT_LOGINUID":"1000","_AUDIT_SESSION":"5","_SELINUX_CONTEXT":"system_u:system_r:sshd_t:s0-s0:c0.c1023","AUDIT_FIELD_OP":"login","AUDIT_FIELD_ID":"1000","AUDIT_FIELD_EXE":"/usr/sbin/sshd","AUDIT_FIELD_HOSTNAME":"203.0.113.9","AUDIT_FIELD_ADDR":"203.0.113.9","AUDIT_FIELD_TERMINAL":"/dev/pts/2","AUDIT_FIELD_RES":"success","_MACHINE_ID":"b1f0c7e24d9a4a3c8e5f6a7b8c9d0e1f","_HOSTNAME":"web01"}`),
			we("2026-11-29T07:41:19.489133Z|2026-11-29T07:41:19.488Z", Unknown, "web01", `{"__CURSOR":"s=8c2f1e4a7b3d4c6e9a0b1c2d3e4f5a6b;i=2f41d;b=4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a;m=3a20ddc6a;t=661656b443c6d;x=7e6d5c4b3a291807","__REALTIME_TIMESTAMP":"1795938079489133","__MONOTONIC_TIMESTAMP":"15603719274","_BOOT_ID":"4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a","_TRANSPORT":"audit","_SOURCE_REALTIME_TIMESTAMP":"1795938079488000","_AUDIT_TYPE":"1300","_AUDIT_ID":"4702","SYSLOG_FACILITY":"4","SYSLOG_IDENTIFIER":"audit","_AUDIT_TYPE_NAME":"SYSCALL","MESSAGE":"SYSCALL arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=7ffd2b9e4f1a a2=0 a3=0 items=1 ppid=2270 pid=2288 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts2 ses=5 comm=\"cat\" exe=\"/usr/bin/cat\" subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key=\"shadow-read\"","_AUDIT_FIELD_ARCH":"c000003e","_AUDIT_FIELD_SYSCALL":"257","_AUDIT_FIELD_SUCCESS":"yes","_AUDIT_FIELD_EXIT":"3","_AUDIT_FIELD_A0":"ffffff9c","_AUDIT_FIELD_A1":"7ffd2b9e4f1a","_AUDIT_FIELD_A2":"0","_AUDIT_FIELD_A3":"0","_AUDIT_FIELD_ITEMS":"1","_PPID":"2270","_PID":"2288","_AUDIT_LOGINUID":"1000","_UID":"0","_GID":"0","_EUID":"0","_AUDIT_FIELD_SUID":"0","_FSUID":"0","_EGID":"0","_AUDIT_FIELD_SGID":"0","_FSGID":"0","_TTY":"pts2","_AUDIT_SESSION":"5","_COMM":"cat","_EXE":"/usr/bin/cat","_SELINUX_CONTEXT":"unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023","_AUDIT_FIELD_KEY":"\"shadow-read\"","_MACHINE_ID":"b1f0c7e24d9a4a3c8e5f6a7b8c9d0e1f","_HOSTNAME":"web01"}`),
			we("2026-11-29T07:41:19.48941Z|2026-11-29T07:41:19.488Z", Unknown, "web01", `{"__CURSOR":"s=8c2f1e4a7b3d4c6e9a0b1c2d3e4f5a6b;i=2f41f;b=4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a;m=3a20ddd7f;t=661656b443d82;x=0f1e2d3c4b5a6978","__REALTIME_TIMESTAMP":"1795938079489410","__MONOTONIC_TIMESTAMP":"15603719551","_BOOT_ID":"4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a","_TRANSPORT":"audit","_SOURCE_REALTIME_TIMESTAMP":"1795938079488000","_AUDIT_TYPE":"1327","_AUDIT_ID":"4702","SYSLOG_FACILITY":"4","SYSLOG_IDENTIFIER":"audit","_AUDIT_TYPE_NAME":"PROCTITLE","MESSAGE":"PROCTITLE proctitle=636174002F6574632F736861646F77","_CMDLINE":"cat /etc/shadow","_MACHINE_ID":"b1f0c7e24d9a4a3c8e5f6a7b8c9d0e1f","_HOSTNAME":"web01"}`),
			we("2026-11-29T07:45:00.104877Z|2026-11-29T07:45:00.104Z", Unknown, "web01", `{"__CURSOR":"s=8c2f1e4a7b3d4c6e9a0b1c2d3e4f5a6b;i=2f4c3;b=4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a;m=3af3430aa;t=66165786a90ad;x=5a4b3c2d1e0f9a8b","__REALTIME_TIMESTAMP":"1795938300104877","__MONOTONIC_TIMESTAMP":"15824335018","_BOOT_ID":"4e7d1c9a2b3f4e5d8c6a0b1e2f3d4c5a","_TRANSPORT":"audit","_SOURCE_REALTIME_TIMESTAMP":"1795938300104000","_AUDIT_TYPE":"1130","_AUDIT_ID":"4731","SYSLOG_FACILITY":"4","SYSLOG_IDENTIFIER":"audit","_AUDIT_TYPE_NAME":"SERVICE_START","MESSAGE":"SERVICE_START pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=dnf-makecache comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=failed'","_PID":"1","_UID":"0","_AUDIT_LOGINUID":"4294967295","_AUDIT_SESSION":"4294967295","_SELINUX_CONTEXT":"system_u:system_r:init_t:s0","AUDIT_FIELD_UNIT":"dnf-makecache","AUDIT_FIELD_COMM":"systemd","AUDIT_FIELD_EXE":"/usr/lib/systemd/systemd","AUDIT_FIELD_HOSTNAME":"?","AUDIT_FIELD_ADDR":"?","AUDIT_FIELD_TERMINAL":"?","AUDIT_FIELD_RES":"failed","_MACHINE_ID":"b1f0c7e24d9a4a3c8e5f6a7b8c9d0e1f","_HOSTNAME":"web01"}`),
		},
	},
	{
		name:   "firewalld-rhel9-logfile-nftables-json-blob",
		source: "firewalld 1.3 on RHEL 9 writing /var/log/firewalld (`yyyy-MM-dd HH:mm:ss LEVEL: msg`) when the nftables backend rejects a transaction: the message `'python-nftables' failed: <libnftables errors>\\nJSON blob:\\n<json.dumps of the rules>` logged once as it is raised and once under COMMAND_FAILED, each libnftables error followed by a blank line, two before `JSON blob:`: firewalld/firewalld issues #673 (grep of /var/log/firewalld), #733, #1366 and #1370, freeipa/freeipa PR #5258 (the same record in systemctl status)",
		why:    "the level word and its colon after a zone-less time; the error code after it (COMMAND_FAILED, UNKNOWN_INTERFACE) is no level; an error's blank lines, its `JSON blob:` line and the JSON line that opens with `{` all belong to the record above them; prio and json_schema_version numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 WARNING: ZONE_ALREADY_SET: 'docker0' already bound to 'docker'"),
			we("2026-11-29T07:41:18Z", Error, "",
				"2026-11-29 07:41:18 ERROR: 'python-nftables' failed: internal:0:0-0: Error: Could not process rule: No such file or directory",
				"",
				"internal:0:0-0: Error: Could not process rule: No such file or directory",
				"",
				"",
				"JSON blob:",
				`{"nftables": [{"metainfo": {"json_schema_version": 1}}, {"add": {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_FWD_docker_allow", "expr": [{"match": {"left": {"meta": {"key": "oifname"}}, "op": "==", "right": "docker0"}}, {"accept": null}]}}}, {"add": {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_FWD_docker_allow", "expr": [{"match": {"left": {"ct": {"key": "state"}}, "op": "in", "right": {"set": ["established", "related"]}}}, {"accept": null}]}}}]}`),
			we("2026-11-29T07:41:18Z", Error, "",
				"2026-11-29 07:41:18 ERROR: COMMAND_FAILED: 'python-nftables' failed: internal:0:0-0: Error: Could not process rule: No such file or directory",
				"",
				"internal:0:0-0: Error: Could not process rule: No such file or directory",
				"",
				"",
				"JSON blob:",
				`{"nftables": [{"metainfo": {"json_schema_version": 1}}, {"add": {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_FWD_docker_allow", "expr": [{"match": {"left": {"meta": {"key": "oifname"}}, "op": "==", "right": "docker0"}}, {"accept": null}]}}}, {"add": {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_FWD_docker_allow", "expr": [{"match": {"left": {"ct": {"key": "state"}}, "op": "in", "right": {"set": ["established", "related"]}}}, {"accept": null}]}}}]}`),
			we("2026-11-29T07:41:25Z", Error, "", "2026-11-29 07:41:25 ERROR: UNKNOWN_INTERFACE: 'wg0' is not in any zone"),
			we("2026-11-29T07:43:02Z", Warn, "", "2026-11-29 07:43:02 WARNING: NOT_ENABLED: '443:tcp' not in 'public'"),
		},
	},
	{
		name:   "pam-systemd-debug-rhel9-secure",
		source: "pam_systemd with `debug` in RHEL 9's PAM stack (`-session optional pam_systemd.so debug`), as rsyslog's traditional format keeps authpriv in /var/log/secure: pam_syslog's `pam_systemd(service:session): ` prefix before `Asking logind to create session: uid=… pid=… service=… type=… class=… desktop=… seat=… vtnr=… tty=… display=… remote=… remote_user=… remote_host=…`, `Session limits: memory_max=… tasks_max=… cpu_weight=… io_weight=… runtime_max_sec=…`, `Reply from logind: id=… object_path=… runtime_path=… session_fd=… seat=… vtnr=… original_uid=…`, `Not creating session: …` and `pam-systemd shutting down`: systemd src/login/pam_systemd.c (v247-v252, the debug lines' formats); the secure lines around them from memory",
		why:    "a yearless syslog date and the host after it; `pam_systemd(sshd:session):` is a module tag, no level; remote_host= names the client, no host; vtnr=0, uid=1000, runtime_max_sec=n/a and the escaped `_314` path are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 sshd[2251]: pam_unix(sshd:session): session opened for user alice(uid=1000) by (uid=0)"),
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 sshd[2251]: pam_systemd(sshd:session): Asking logind to create session: uid=1000 pid=2251 service=sshd type=tty class=user desktop= seat= vtnr=0 tty= display= remote=yes remote_user= remote_host=203.0.113.9"),
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 sshd[2251]: pam_systemd(sshd:session): Session limits: memory_max=n/a tasks_max=n/a cpu_weight=n/a io_weight=n/a runtime_max_sec=n/a"),
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 sshd[2251]: pam_systemd(sshd:session): Reply from logind: id=14 object_path=/org/freedesktop/login1/session/_314 runtime_path=/run/user/1000 session_fd=7 seat= vtnr=0 original_uid=1000"),
			we("2026-11-29T07:52:40Z", Unknown, "web01", "Nov 29 07:52:40 web01 su[2390]: pam_systemd(su-l:session): Asking logind to create session: uid=0 pid=2390 service=su-l type=tty class=user desktop= seat= vtnr=0 tty=pts/2 display= remote=no remote_user=alice remote_host="),
			we("2026-11-29T07:52:40Z", Unknown, "web01", "Nov 29 07:52:40 web01 su[2390]: pam_systemd(su-l:session): Not creating session: Already running in a session or user slice"),
			we("2026-11-29T08:03:11Z", Unknown, "web01", "Nov 29 08:03:11 web01 sshd[2251]: pam_systemd(sshd:session): pam-systemd shutting down"),
			we("2026-11-29T08:03:11Z", Unknown, "web01", "Nov 29 08:03:11 web01 sshd[2251]: pam_unix(sshd:session): session closed for user alice"),
		},
	},
	{
		name:   "cron-debian12-job-output-mail-mbox",
		gap:    "trawl joins a mail's headers, the Received continuation, the blank line and a first body line like `/etc/cron.daily/logrotate:` to its From_ line, but a body line that opens with a `word:` prefix starts a record of its own: `error: error renaming …` (read as an Error record), `run-parts: … exited with return code 1`, and both `rsync: [sender] …` and `rsync error: …` of the second mail, so no mail keeps the job's output",
		source: "Debian 12's cron (Vixie cron 3.0pl1 with Debian's patches) mailing a job's output through Postfix's local delivery into /var/mail/root: the mbox From_ line with the asctime date after two blanks, Return-Path, X-Original-To, Delivered-To, Received with its tab-led continuation, then cron's `From: root@host (Cron Daemon)`, To, `Subject: Cron <user@host> command`, MIME-Version, Content-Type, Content-Transfer-Encoding, one `X-Cron-Env: <NAME=value>` a variable, Postfix's Message-Id and Date, a blank line and the output (run-parts --report's `/etc/cron.daily/name:` line first): two /var/mail pastes in stored pages (a Postfix-delivered mail with X-Cron-Env headers, an Exim-delivered one with the same headers), cron's do_command.c (the X-Cron-Env loop, in its original X-cron-env spelling)",
		why:    "a whole mail is one record, its headers, the Received continuation, the blank line and the job's output included; its time is the From_ line's (the Date header is the same second); `Cron <root@build01>` and the sender addresses are no host fields; `error:` in the output is no level",
		entries: []worldEntry{
			we("2026-11-29T06:25:02Z", Unknown, "",
				"From root@build01.example.net  Sun Nov 29 06:25:02 2026",
				"Return-Path: <root@build01.example.net>",
				"X-Original-To: root",
				"Delivered-To: root@build01.example.net",
				"Received: by build01.example.net (Postfix, from userid 0)",
				"\tid 4F2A81C0412; Sun, 29 Nov 2026 06:25:02 +0000 (UTC)",
				"From: root@build01.example.net (Cron Daemon)",
				"To: root@build01.example.net",
				"Subject: Cron <root@build01> test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
				"MIME-Version: 1.0",
				"Content-Type: text/plain; charset=UTF-8",
				"Content-Transfer-Encoding: 8bit",
				"X-Cron-Env: <SHELL=/bin/sh>",
				"X-Cron-Env: <HOME=/root>",
				"X-Cron-Env: <PATH=/usr/bin:/bin>",
				"X-Cron-Env: <LOGNAME=root>",
				"Message-Id: <20261129062502.4F2A81C0412@build01.example.net>",
				"Date: Sun, 29 Nov 2026 06:25:02 +0000 (UTC)",
				"",
				"/etc/cron.daily/logrotate:",
				"error: error renaming /var/log/nginx/access.log.1 to /var/log/nginx/access.log.2: Permission denied",
				"run-parts: /etc/cron.daily/logrotate exited with return code 1",
				""),
			we("2026-11-29T07:00:04Z", Unknown, "",
				"From root@build01.example.net  Sun Nov 29 07:00:04 2026",
				"Return-Path: <root@build01.example.net>",
				"X-Original-To: root",
				"Delivered-To: root@build01.example.net",
				"Received: by build01.example.net (Postfix, from userid 1001)",
				"\tid 7B1D3E2A0C9; Sun, 29 Nov 2026 07:00:04 +0000 (UTC)",
				"From: root@build01.example.net (Cron Daemon)",
				"To: root",
				"Subject: Cron <deploy@build01> /home/deploy/bin/sync-assets.sh",
				"MIME-Version: 1.0",
				"Content-Type: text/plain; charset=UTF-8",
				"Content-Transfer-Encoding: 8bit",
				"X-Cron-Env: <MAILTO=root>",
				"X-Cron-Env: <SHELL=/bin/sh>",
				"X-Cron-Env: <HOME=/home/deploy>",
				"X-Cron-Env: <PATH=/usr/bin:/bin>",
				"X-Cron-Env: <LOGNAME=deploy>",
				"Message-Id: <20261129070004.7B1D3E2A0C9@build01.example.net>",
				"Date: Sun, 29 Nov 2026 07:00:04 +0000 (UTC)",
				"",
				`rsync: [sender] link_stat "/srv/assets/tmp/upload-7731" failed: No such file or directory (2)`,
				"rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]",
				""),
		},
	},
	{
		name:   "sudo-alert-mail-mbox",
		gap:    "trawl ends each mail at the blank line after its Date header: the body's `web01 : Nov 29 07:41:16 : mallory : user NOT in sudoers ; …` line starts a record of its own (with its own yearless time), so the mail loses its body and its host, and the `host : time : user :` field that opens sudo's line is not read as a host even in that split record",
		source: "sudo 1.9's alert mail (mail_no_user, on by default, and `Defaults mail_badpass`) delivered by Postfix into /var/mail/root: eventlog.c's send_mail writes `To:`, `From:` (the submitting user when mailfrom is unset), `Auto-Submitted: auto-generated`, `Subject: ` with mailsub's default `*** SECURITY information for %h ***`, Content-Type and Content-Transfer-Encoding when the locale is not C, then a blank line and `host : time : user : ` before the log line (reason, ` ; TTY=… ; PWD=… ; USER=… ; COMMAND=…`), the time in time_fmt's default `%h %e %T`, and a blank line: sudo-project/sudo lib/eventlog/eventlog.c (send_mail, new_logline); the Postfix headers from memory",
		why:    "a whole mail is one record; the From_ line and Date give the delivery second, the body's yearless `Nov 29 07:41:16` the event itself, either accepted; the body's log line opens with its host field, the record's host; `NOT in sudoers` and `incorrect password attempts` are reasons, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Unknown, "web01",
				"From root@web01.example.net  Sun Nov 29 07:41:17 2026",
				"Return-Path: <root@web01.example.net>",
				"X-Original-To: root",
				"Delivered-To: root@web01.example.net",
				"Received: by web01.example.net (Postfix, from userid 0)",
				"\tid 9C3E11A0B27; Sun, 29 Nov 2026 07:41:17 +0000 (UTC)",
				"To: root@web01.example.net",
				"From: mallory@web01.example.net",
				"Auto-Submitted: auto-generated",
				"Subject: *** SECURITY information for web01 ***",
				`Content-Type: text/plain; charset="UTF-8"`,
				"Content-Transfer-Encoding: 8bit",
				"Message-Id: <20261129074117.9C3E11A0B27@web01.example.net>",
				"Date: Sun, 29 Nov 2026 07:41:17 +0000 (UTC)",
				"",
				"web01 : Nov 29 07:41:16 : mallory : user NOT in sudoers ; TTY=pts/2 ; PWD=/home/mallory ; USER=root ; COMMAND=/usr/bin/bash",
				""),
			we("2026-11-29T07:55:39Z|2026-11-29T07:55:40Z", Unknown, "web01",
				"From root@web01.example.net  Sun Nov 29 07:55:40 2026",
				"Return-Path: <root@web01.example.net>",
				"X-Original-To: root",
				"Delivered-To: root@web01.example.net",
				"Received: by web01.example.net (Postfix, from userid 0)",
				"\tid E41B7D2C905; Sun, 29 Nov 2026 07:55:40 +0000 (UTC)",
				"To: root@web01.example.net",
				"From: dmitri@web01.example.net",
				"Auto-Submitted: auto-generated",
				"Subject: *** SECURITY information for web01 ***",
				`Content-Type: text/plain; charset="UTF-8"`,
				"Content-Transfer-Encoding: 8bit",
				"Message-Id: <20261129075540.E41B7D2C905@web01.example.net>",
				"Date: Sun, 29 Nov 2026 07:55:40 +0000 (UTC)",
				"",
				"web01 : Nov 29 07:55:39 : dmitri : 3 incorrect password attempts ; TTY=pts/4 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart app.service",
				""),
		},
	},
	{
		name:   "udisksd-debug-replace-glib-stderr-file",
		source: "udisks 2.10 on Debian 13 run by hand as `/usr/libexec/udisks2/udisksd --debug --replace 2>&1 | tee udisks-debug.log` (--debug sets G_MESSAGES_DEBUG=udisks; udisks_log sends every message through g_log_structured in the `udisks` domain, and GLib's standard-streams writer prints `(prgname:pid): ` only before DEBUG, WARNING and CRITICAL, then `udisks-LEVEL`, ` **` on warnings, and `: HH:MM:SS.mmm: msg`; udisks_notice is Message): storaged-project/udisks src/main.c and src/udiskslogging.c, storaged-project/udisks issue #1133 (`udisks-Message: 05:50:41.039: udisks daemon version 2.9.4 starting` and a `(udisksd:pid): GLib-GIO-DEBUG:` line), issue #1145 (the daemon's start and exit notices); the mount messages from memory",
		why:    "a time of day with milliseconds and no date, on the clock's day; the level is the word after `udisks-` (Message is notice); the `(udisksd:48211)` prefix is a program and pid, no host or time; `uid 0` and the device paths are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "udisks-Message: 07:41:16.204: udisks daemon version 2.10.1 starting"),
			we("2026-11-29T07:41:16.207Z", Debug, "", "(udisksd:48211): udisks-DEBUG: 07:41:16.207: Entering main event loop"),
			we("2026-11-29T07:41:16.233Z", Debug, "", "(udisksd:48211): udisks-DEBUG: 07:41:16.233: Connected to the system bus"),
			we("2026-11-29T07:41:16.611Z", Notice, "", "udisks-Message: 07:41:16.611: Acquired the name org.freedesktop.UDisks2 on the system message bus"),
			we("2026-11-29T07:41:52.118Z", Notice, "", "udisks-Message: 07:41:52.118: Mounted /dev/sdb1 at /media/root/KINGSTON on behalf of uid 0"),
			we("2026-11-29T07:42:30.004Z", Warn, "", "(udisksd:48211): udisks-WARNING **: 07:42:30.004: Error probing /dev/sdc: Timeout was reached (g-io-error-quark, 24)"),
			we("2026-11-29T07:43:05.771Z", Notice, "", "udisks-Message: 07:43:05.771: Unmounted /dev/sdb1 on behalf of uid 0"),
			we("2026-11-29T07:44:03.551Z", Info, "", "udisks-INFO: 07:44:03.551: Caught SIGINT. Initiating shutdown"),
			we("2026-11-29T07:44:03.56Z", Notice, "", "udisks-Message: 07:44:03.560: udisks daemon version 2.10.1 exiting"),
		},
	},
	{
		name:   "sssd-journald-logger-json",
		source: "sssd 2.9 on RHEL 9 started with `--logger=journald` (the DEBUG_LOGGER environment of sssd.service) and read with `journalctl -u sssd -o json`: the debug messages go through sd_journal_send_with_location with CODE_FILE, CODE_LINE, CODE_FUNC, MESSAGE (the [RID#n] chain id first), PRIORITY=7 whatever the debug level, SSSD_DOMAIN, SSSD_PRG_NAME=sssd[name] and SSSD_DEBUG_LEVEL in bare hex; sss_log's own messages through sd_journal_send with PRIORITY from sss_to_syslog and SYSLOG_FACILITY=3: SSSD/sssd src/util/debug.c (journal_send) and src/util/sss_log.c, the SSSD 2.4.1 release notes (SYSLOG_IDENTIFIER renamed to SSSD_PRG_NAME); the trusted fields and key order from memory",
		why:    "one JSON object a record; the level is the journal's PRIORITY (7 on every debug message: SSSD_DEBUG_LEVEL 40 or 80 is sssd's debug class, not the journal's level); _HOSTNAME is the host, SSSD_DOMAIN and the domain controller in the message are not; CODE_LINE, [RID#12] and SSSD_DEBUG_LEVEL are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Debug, "idm-client-07", `{"__CURSOR":"s=2d9e4f1a6c3b4e7d8a0b5c1d2e3f4a5b;i=8b21c;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=d46c01b5f9;t=661656b121f0b;x=4c3b2a1908f7e6d5","__REALTIME_TIMESTAMP":"1795938076204811","__MONOTONIC_TIMESTAMP":"912345118201","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","CODE_FILE":"src/providers/ldap/sdap_async_connection.c","CODE_LINE":"1687","CODE_FUNC":"sdap_connect_host_send","MESSAGE":"[RID#12] Resolving host dc01.corp.example.org","PRIORITY":"7","SSSD_DOMAIN":"corp.example.org","SSSD_PRG_NAME":"sssd[be[corp.example.org]]","SSSD_DEBUG_LEVEL":"400","_TRANSPORT":"journal","_PID":"1204","_UID":"0","_GID":"0","_COMM":"sssd_be","_EXE":"/usr/libexec/sssd/sssd_be","_CMDLINE":"/usr/libexec/sssd/sssd_be --domain corp.example.org --uid 0 --gid 0 --logger=journald","_SELINUX_CONTEXT":"system_u:system_r:sssd_t:s0","_SYSTEMD_CGROUP":"/system.slice/sssd.service","_SYSTEMD_UNIT":"sssd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"5e2f8a1c7d3b4c9e0a6f1b2c3d4e5f60","_MACHINE_ID":"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","_HOSTNAME":"idm-client-07"}`),
			we("2026-11-29T07:41:16.205332Z", Debug, "idm-client-07", `{"__CURSOR":"s=2d9e4f1a6c3b4e7d8a0b5c1d2e3f4a5b;i=8b21d;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=d46c01b802;t=661656b122114;x=6e5d4c3b2a190817","__REALTIME_TIMESTAMP":"1795938076205332","__MONOTONIC_TIMESTAMP":"912345118722","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","CODE_FILE":"src/providers/fail_over.c","CODE_LINE":"1199","CODE_FUNC":"fo_resolve_service_send","MESSAGE":"[RID#12] Trying to resolve service 'AD'","PRIORITY":"7","SSSD_DOMAIN":"corp.example.org","SSSD_PRG_NAME":"sssd[be[corp.example.org]]","SSSD_DEBUG_LEVEL":"100","_TRANSPORT":"journal","_PID":"1204","_UID":"0","_GID":"0","_COMM":"sssd_be","_EXE":"/usr/libexec/sssd/sssd_be","_CMDLINE":"/usr/libexec/sssd/sssd_be --domain corp.example.org --uid 0 --gid 0 --logger=journald","_SELINUX_CONTEXT":"system_u:system_r:sssd_t:s0","_SYSTEMD_CGROUP":"/system.slice/sssd.service","_SYSTEMD_UNIT":"sssd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"5e2f8a1c7d3b4c9e0a6f1b2c3d4e5f60","_MACHINE_ID":"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","_HOSTNAME":"idm-client-07"}`),
			we("2026-11-29T07:41:19.718402Z", Debug, "idm-client-07", `{"__CURSOR":"s=2d9e4f1a6c3b4e7d8a0b5c1d2e3f4a5b;i=8b224;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=d46c3752f0;t=661656b47bc02;x=0817263544536271","__REALTIME_TIMESTAMP":"1795938079718402","__MONOTONIC_TIMESTAMP":"912348631792","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","CODE_FILE":"src/providers/ldap/sdap_id_op.c","CODE_LINE":"572","CODE_FUNC":"sdap_id_op_connect_done","MESSAGE":"[RID#12] Failed to connect, going offline (5 [Input/output error])","PRIORITY":"7","SSSD_DOMAIN":"corp.example.org","SSSD_PRG_NAME":"sssd[be[corp.example.org]]","SSSD_DEBUG_LEVEL":"40","_TRANSPORT":"journal","_PID":"1204","_UID":"0","_GID":"0","_COMM":"sssd_be","_EXE":"/usr/libexec/sssd/sssd_be","_CMDLINE":"/usr/libexec/sssd/sssd_be --domain corp.example.org --uid 0 --gid 0 --logger=journald","_SELINUX_CONTEXT":"system_u:system_r:sssd_t:s0","_SYSTEMD_CGROUP":"/system.slice/sssd.service","_SYSTEMD_UNIT":"sssd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"5e2f8a1c7d3b4c9e0a6f1b2c3d4e5f60","_MACHINE_ID":"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","_HOSTNAME":"idm-client-07"}`),
			we("2026-11-29T07:41:19.718733Z", Info, "idm-client-07", `{"__CURSOR":"s=2d9e4f1a6c3b4e7d8a0b5c1d2e3f4a5b;i=8b225;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=d46c37543b;t=661656b47bd4d;x=1a2b3c4d5e6f7081","__REALTIME_TIMESTAMP":"1795938079718733","__MONOTONIC_TIMESTAMP":"912348632123","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","CODE_FILE":"src/util/sss_log.c","CODE_LINE":"105","CODE_FUNC":"sss_log_internal","MESSAGE":"Backend is offline","SSSD_DOMAIN":"corp.example.org","SSSD_PRG_NAME":"sssd[be[corp.example.org]]","PRIORITY":"6","SYSLOG_FACILITY":"3","_TRANSPORT":"journal","_PID":"1204","_UID":"0","_GID":"0","_COMM":"sssd_be","_EXE":"/usr/libexec/sssd/sssd_be","_CMDLINE":"/usr/libexec/sssd/sssd_be --domain corp.example.org --uid 0 --gid 0 --logger=journald","_SELINUX_CONTEXT":"system_u:system_r:sssd_t:s0","_SYSTEMD_CGROUP":"/system.slice/sssd.service","_SYSTEMD_UNIT":"sssd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"5e2f8a1c7d3b4c9e0a6f1b2c3d4e5f60","_MACHINE_ID":"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","_HOSTNAME":"idm-client-07"}`),
			we("2026-11-29T07:41:50.004117Z", Warn, "idm-client-07", `{"__CURSOR":"s=2d9e4f1a6c3b4e7d8a0b5c1d2e3f4a5b;i=8b241;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=d46e057283;t=661656d15db95;x=f0e1d2c3b4a59687","__REALTIME_TIMESTAMP":"1795938110004117","__MONOTONIC_TIMESTAMP":"912378917507","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","CODE_FILE":"src/util/sss_log.c","CODE_LINE":"105","CODE_FUNC":"sss_log_internal","MESSAGE":"Child [1204] ('corp.example.org':'%BE_corp.example.org') was terminated by own WATCHDOG. Consult corresponding logs to figure out the reason.","SSSD_DOMAIN":"","SSSD_PRG_NAME":"sssd[sssd]","PRIORITY":"4","SYSLOG_FACILITY":"3","_TRANSPORT":"journal","_PID":"1187","_UID":"0","_GID":"0","_COMM":"sssd","_EXE":"/usr/sbin/sssd","_CMDLINE":"/usr/sbin/sssd -i --logger=journald","_SELINUX_CONTEXT":"system_u:system_r:sssd_t:s0","_SYSTEMD_CGROUP":"/system.slice/sssd.service","_SYSTEMD_UNIT":"sssd.service","_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"5e2f8a1c7d3b4c9e0a6f1b2c3d4e5f60","_MACHINE_ID":"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","_HOSTNAME":"idm-client-07"}`),
		},
	},
	{
		name:   "nm-cloud-setup-journal-short-precise-boottime",
		source: "NetworkManager 1.46's nm-cloud-setup on a RHEL 9 EC2 instance with `Environment=NM_CLOUD_SETUP_EC2=yes NM_CLOUD_SETUP_LOG=TRACE` in a drop-in, read with `journalctl -u nm-cloud-setup -o short-precise`: _nm_log_simple_printf g_prints `[%ld.%05ld] %s %s` with CLOCK_BOOTTIME seconds and (ns/100000)%10000 (so the fraction always opens with a 0), and the level padded to seven characters (`<trace>`, `<debug>`, `<info> `, `<warn> `, `<error>`); main.c's `nm-cloud-setup %s starting...`, `provider %s detected`, `found interfaces: %s`, `meta data received`, `config device %s: configuring \"%s\" (%s)...`, `some changes were applied for provider %s`: NetworkManager/NetworkManager src/libnm-glib-aux/nm-logging-base.c, src/nm-cloud-setup/main.c and nm-cloud-setup-utils.c (the older _nm_log_impl_cs), nm-cloud-setup(8) (NM_CLOUD_SETUP_LOG, stdout collected by journald); the trace message and systemd's unit lines from memory",
		why:    "the journal header's microsecond time and host; `[1101.04021]` after the pid is seconds since boot, no clock; the bracketed level word is the level; a hardware address ending `29:10:55` and the D-Bus device path are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "ip-10-20-1-37", "Nov 29 07:41:16.204811 ip-10-20-1-37 systemd[1]: Starting nm-cloud-setup.service - Automatically configure NetworkManager in cloud..."),
			we("2026-11-29T07:41:16.231907Z", Debug, "ip-10-20-1-37", "Nov 29 07:41:16.231907 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.04021] <debug> nm-cloud-setup 1.46.0-26.el9_4 starting..."),
			we("2026-11-29T07:41:16.232318Z", Debug, "ip-10-20-1-37", "Nov 29 07:41:16.232318 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.04025] <debug> start detecting ec2 provider..."),
			we("2026-11-29T07:41:16.348512Z", Trace, "ip-10-20-1-37", `Nov 29 07:41:16.348512 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.05187] <trace> http-request[0x55d0c4e1a2b0, "http://169.254.169.254/latest/meta-data/"]: success`),
			we("2026-11-29T07:41:16.44183Z", Info, "ip-10-20-1-37", "Nov 29 07:41:16.441830 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.06120] <info>  provider ec2 detected"),
			we("2026-11-29T07:41:16.454227Z", Debug, "ip-10-20-1-37", "Nov 29 07:41:16.454227 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.06244] <debug> found interfaces: 0E:41:7C:29:10:55, 0E:41:7C:29:10:56"),
			we("2026-11-29T07:41:16.770431Z", Debug, "ip-10-20-1-37", "Nov 29 07:41:16.770431 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.09406] <debug> meta data received"),
			we("2026-11-29T07:41:16.771022Z", Debug, "ip-10-20-1-37", `Nov 29 07:41:16.771022 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.09412] <debug> config device 0E:41:7C:29:10:56: configuring "eth1" (/org/freedesktop/NetworkManager/Devices/3)...`),
			we("2026-11-29T07:41:16.817342Z", Info, "ip-10-20-1-37", "Nov 29 07:41:16.817342 ip-10-20-1-37 nm-cloud-setup[48211]: [1101.09875] <info>  some changes were applied for provider ec2"),
			we("2026-11-29T07:41:16.84114Z", Unknown, "ip-10-20-1-37", "Nov 29 07:41:16.841140 ip-10-20-1-37 systemd[1]: nm-cloud-setup.service: Deactivated successfully."),
			we("2026-11-29T07:41:16.841517Z", Unknown, "ip-10-20-1-37", "Nov 29 07:41:16.841517 ip-10-20-1-37 systemd[1]: Finished nm-cloud-setup.service - Automatically configure NetworkManager in cloud."),
		},
	},
	{
		name:   "systemd-run-wait-summary-cron-log",
		source: "systemd 255's `systemd-run --wait -p MemoryMax=2G -p CPUQuota=50% /usr/local/sbin/pg-backup` started nightly from root's crontab on Ubuntu 24.04 with `>> /var/log/pg-backup-run.log 2>&1`: run.c's log_info lines on stderr with no time or level, `Running as unit: %s; invocation ID: %s` when the unit starts, then after it ends `Finished with result: %s`, `Main processes terminated with: code=%s/status=%i`, `Service runtime: %s` and `CPU time consumed: %s` with format_timespan's `14min 2.310s`: systemd src/run/run.c (the --wait summary and the Running as unit line); the two nights' lines from memory",
		why:    "no line carries a time, a level or a host: `14min 2.310s` and `6min 41.118s` are durations, the 32 hex digits an invocation id, status=2 an exit status; each log_info line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "Running as unit: run-u4817.service; invocation ID: 3f0c9a1e5b7d4e2a8c6f1b3d5e7a9c0b"),
			we("", Unknown, "", "Finished with result: success"),
			we("", Unknown, "", "Main processes terminated with: code=exited/status=0"),
			we("", Unknown, "", "Service runtime: 14min 2.310s"),
			we("", Unknown, "", "CPU time consumed: 6min 41.118s"),
			we("", Unknown, "", "Running as unit: run-u4902.service; invocation ID: 9b2e4d6f8a0c4e1b3d5f7a9c1e3b5d7f"),
			we("", Unknown, "", "Finished with result: exit-code"),
			we("", Unknown, "", "Main processes terminated with: code=exited/status=2"),
			we("", Unknown, "", "Service runtime: 51.004s"),
			we("", Unknown, "", "CPU time consumed: 12.882s"),
		},
	},
}

func TestFresh357Formats(t *testing.T) { assertTable(t, fresh357Cases) }
func TestFresh357Score(t *testing.T) {
	checkScore(t, "fresh357 formats", fresh357Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 77.7})
}
