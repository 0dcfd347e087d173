package parse

import "testing"

// The two-hundred-and-ninety-fifth fresh table, written on 2026-12-06: directory, authentication and
// RADIUS servers' own logs, shapes no earlier table holds. Each family is one product's documented or
// observed output: an OpenLDAP 2.6 consumer at `olcLogLevel: stats sync` kept by Ubuntu 24.04's
// rsyslog in RSYSLOG_FileFormat on a host at +01:00 (syncrepl's do_syncrep2 and syncrepl_entry lines,
// cookies with CSNs); the 389ds/dirsrv image under `docker logs` (dscontainer's untimed `LEVEL: msg`
// lines around ns-slapd's errors log on stderr); SSSD 1.16's per-domain backend log with
// `debug_microseconds = True` (`(Www Mmm dd HH:mm:ss:uuuuuu yyyy) [sssd[be[domain]]] …`); FreeRADIUS
// 3.0's per-request debug file written after `radmin> debug file` (`(n) ctime: Debug: …`); FreeRADIUS
// 4.0's `radiusd -X` start-up (`Info  : `, `Debug : ` and the like, no time); a Samba AD DC's daemons
// in `journalctl -u samba-ad-dc`, where the debug header and its indented message are journal lines
// of their own; Kanidm's kanidmd in the journal (the operation id first, then tracing-forest's padded
// level and tree); Keycloak 26's HTTP access log in its console (a common-log record inside the
// `org.keycloak.http.access-log` logger's INFO line); Dex 2.3x with `logger: format: json` (logrus's
// JSONFormatter in UTC).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`slapd`, `openldap`, `conn=`, `op=`, `syncrepl`, `do_syncrep`, `do_syncrep2`,
// `syncrepl_entry`, `syncprov`, `LDAP_RES_INTERMEDIATE`, `csn=2026`, `rid=0`, `syslog-utc`,
// `logfile-format`, `olcLogFile`, `389-ds`, `389 Directory`, `ns-slapd`, `dirsrv`, `slapi`,
// `dscontainer`, `Container Bootstrap`, `container-init`, `sssd`, `sssd_be`, `be[`, `[sssd`,
// `sssd[be[`, `debug_microseconds`, `:123456 2026)`, `freeradius`, `radiusd`, `radius.log`,
// `Auth: (`, `Login OK`, `Login incorrect`, `Acct-Session-Id`, `detail-`, `Packet-Type`, `radmin`,
// `debug file`, `: Debug: (`, `2026: Debug:`, `) Sun Nov`, `Debug : `, `Info  : `,
// `Debug : Including`, `winbindd`, `winbindd[`, `samba`, `samba[`, `smbd`, `debug_level`,
// `../source3`, `../../source4`, `binary_smbd_main`, `samba version`, `samba-ad-dc`, `krb5kdc`,
// `kadmind`, `kadmind[`, `kdc[`, `heimdal`, `ipropd`, `hprop`, `kpasswdd`, `AS-REQ`, `TGS-REQ`,
// `ISSUE: authtime`, `krb5`, `kerberos`, `keycloak`, `org.keycloak`, `org.keycloak.events`,
// `quarkus`, `type=LOGIN`, `loggerClassName`, `http.access-log`, `access-log`, `executor-thread`,
// `authelia`, `dex`, `dexidp`, `connector_id`, `"instance_id"`, `keys expired`,
// `"msg":"config issuer`, `kanidm`, `kanidmd`, `kanidmd[`, `kopid`, `ｉ [info]`, `tracing-forest`,
// `┕`, `┝`, `00000000-0000-0000-0000-000000000000`, `idm_`, `FreeIPA`, `ipa`, `pki`, `dogtag`,
// `lldap`, `glauth`, `zitadel`, `authentik`, `hydra`, `kratos`, `casdoor`, `nslcd`, `tac_plus`,
// `tacacs`, `Network Policy Server`, `NPS`, `<Event><Timestamp`, `apereo`, `cas.log`,
// `privacyidea`, `linotp`, `univention`, `oauth2-proxy`, `pomerium`, `teleport`, `simplesamlphp`,
// `gluu`, `janssen`, `openiam`, `vouch`, `pocket-id`, `rauthy`).
// OpenLDAP's slapd is in world_test.go and holdout_test.go (debug output with hexadecimal times),
// fresh55 (stats through syslog), fresh83 (stats2 in the journal), fresh79 (the bitnami image),
// fresh28 (the auditlog overlay) and fresh120 (lloadd); its sync level is in none, and slapd in
// rsyslog's high-precision file format in none. 389 Directory Server's errors, access, audit, JSON
// and security logs are in fresh4, fresh28, fresh41 and fresh64; the container's mixed output is in
// none. SSSD is in fresh_test.go (2.x), fresh83 (1.x's ctime for the NSS responder, the backtrace
// dump), fresh136 (KCM), fresh173 (no timestamps) and fresh55 (pam_sss); 1.x with microseconds inside
// the ctime date, and the nested `sssd[be[…]]` name, are in none. FreeRADIUS's radius.log is in fresh2,
// its detail file in fresh16, `radiusd -X` in fresh64 and fresh162, linelog F-TICKS in fresh142,
// radsniff and radclient in fresh83; the radmin debug file and 4.0's level prefixes are in none.
// Samba's log files are in many tables (holdout_test.go, fresh41, fresh46, fresh55, fresh64, fresh73,
// fresh83, fresh160, fresh242, fresh273), never as journal lines. Kanidm is in fresh83 (a fmt layout
// from memory) and LLDAP's tracing-forest in fresh26; Kanidm's kopid-first output in the journal is in
// none. Keycloak is in fresh8, fresh66, fresh79, fresh83, fresh160 and fresh200 (console, JSON, ECS,
// syslog, WildFly); its HTTP access log is in none. Dex is in fresh79 (slog text), fresh83 (logrus
// text) and fresh200 (slog JSON); logrus JSON is in none. Left out as measured already: Authelia (text,
// JSON, compose and its notifier file in fresh14, fresh66, fresh83, fresh160), MIT Kerberos's
// krb5kdc, kadmind, kpropd, kproplog and trace output (fresh_test.go, fresh23, fresh38, fresh55,
// fresh136, fresh219), Heimdal's kdc.log (fresh13) and the Samba KDC's lines (fresh83), OpenLDAP 2.6's
// `logfile-format syslog-utc` (fresh173 counts it as slapd through syslog). The table holds 9
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). rsyslog's RFC 3339 time is converted from +01:00, and a CSN inside a cookie is
// a change's time, not the record's; ns-slapd's bracketed time is converted from its offset, and
// dscontainer's lines have no time; SSSD's ctime date is local and zone-less, taken as UTC; the radmin
// debug file's ctime is zone-less too; FreeRADIUS 4's `-X` lines have no time; the journal's yearless
// date is in 2026 (Samba's header time with microseconds is the same instant as its journal line, so
// either is accepted); Keycloak's console stamp has no zone (UTC) and the common-log time inside the
// access record is the request's own, so either is accepted; Dex's time key is RFC 3339 in UTC and the
// next rotation named in a message is no record's time. Levels only where the line marks one: SSSD's
// hex mask (0x0010 and 0x0020 critical, 0x0040 error, 0x0080 warning, 0x0100 info, 0x0400 debug,
// 0x2000 trace, as the earlier SSSD families), FreeRADIUS's `Debug`, `WARNING` and `ERROR` after the
// date and 4.0's `Info`, `Debug`, `Warn`, `Error` words, the errors log's level between dashes and
// dscontainer's `LEVEL:`, Samba's debug level after the comma (0 error, 1 warning), Kanidm's padded
// level column (not its icon), Keycloak's console level, Dex's level key; slapd's lines and systemd's
// have none, and err=0 or status 401 is no level. The host is the record's host field: rsyslog's and
// the journal's host name; the NAS, client and DC addresses, the replication provider and the realm
// are not hosts. A record that spans lines is one entry: Samba's header with its indented journal
// lines, Keycloak's error with its stack trace; each line of the radmin debug file and of
// tracing-forest's tree is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 819d65e before any rule for it: level 91.1 %, time 100.0 %, host 100.0 %, records 91.1 %.
// That is the macro figure (micro: level 94.1 %, time 100.0 %, host 100.0 %, records 94.1 %), in a
// worktree at 819d65e with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the gap is Samba's debug header behind the journal's header: its level is
// not read and its indented message lines are not joined to it.

var fresh295Cases = []worldCase{
	{
		name:   "openldap-slapd-sync-rsyslog-fileformat",
		source: "OpenLDAP 2.6 slapd on a replication consumer with `olcLogLevel: stats sync` (syncrepl's `do_syncrep2: rid=NNN LDAP_RES_INTERMEDIATE - REFRESH_DELETE`, `do_syncrep2: rid=NNN cookie=rid=…,sid=…,csn=…`, `syncrepl_message_to_entry:` and `syncrepl_entry:` lines beside stats' conn=/op= lines) logging to local4, kept in /var/log/syslog by Ubuntu 24.04's rsyslog in RSYSLOG_FileFormat (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host slapd[pid]: msg`) on a host at +01:00: openldap/openldap servers/slapd/syncrepl.c (the do_syncrep2 Debug() formats), kanidm/kanidm issue #734 (syncprov lines through syslog); the syncrepl_entry wording and the rsyslog template from memory",
		why:    "an RFC 3339 time with microseconds and +01:00 is an hour earlier in UTC; the CSN `20261129074109.551027Z#000000#002#000000` in a cookie is a change's time, not the record's; rid=001 and sid=002 are no hosts; slapd writes no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "ldap2", "2026-11-29T08:41:16.204118+01:00 ldap2 slapd[1187]: do_syncrep2: rid=001 LDAP_RES_INTERMEDIATE - REFRESH_DELETE"),
			we("2026-11-29T07:41:16.20419Z", Unknown, "ldap2", "2026-11-29T08:41:16.204190+01:00 ldap2 slapd[1187]: do_syncrep2: rid=001 cookie=rid=001,sid=002,csn=20261129074109.551027Z#000000#002#000000"),
			we("2026-11-29T07:41:17.010422Z", Unknown, "ldap2", "2026-11-29T08:41:17.010422+01:00 ldap2 slapd[1187]: syncrepl_message_to_entry: rid=001 DN: uid=mkovacs,ou=people,dc=corp,dc=example, UUID: 3f2a9c1e-7b4d-4e0a-9c51-8d2e6f1a0b47"),
			we("2026-11-29T07:41:17.010733Z", Unknown, "ldap2", "2026-11-29T08:41:17.010733+01:00 ldap2 slapd[1187]: syncrepl_entry: rid=001 LDAP_RES_SEARCH_ENTRY(LDAP_SYNC_MODIFY) csn=20261129074117.002914Z#000000#002#000000 tid 0x7f3c2dffb6c0"),
			we("2026-11-29T07:41:17.011402Z", Unknown, "ldap2", "2026-11-29T08:41:17.011402+01:00 ldap2 slapd[1187]: syncrepl_entry: rid=001 be_modify uid=mkovacs,ou=people,dc=corp,dc=example (0)"),
			we("2026-11-29T07:41:18.330915Z", Unknown, "ldap2", `2026-11-29T08:41:18.330915+01:00 ldap2 slapd[1187]: conn=1042 op=1 SRCH base="dc=corp,dc=example" scope=2 deref=0 filter="(uid=mkovacs)"`),
			we("2026-11-29T07:41:18.331207Z", Unknown, "ldap2", "2026-11-29T08:41:18.331207+01:00 ldap2 slapd[1187]: conn=1042 op=1 SEARCH RESULT tag=101 err=0 qtime=0.000012 etime=0.000391 nentries=1 text="),
		},
	},
	{
		name:   "389ds-dscontainer-docker-logs",
		source: "the 389ds/dirsrv 3.x image under `docker logs`: dscontainer's Python logger (setup_script_logger in verbose mode, `LEVEL: msg` with no time) around ns-slapd started with `-d <level>`, which writes its errors log to stderr (`[dd/Mmm/yyyy:HH:mm:ss.nnnnnnnnn ±zzzz] - LEVEL - subsystem - msg`): 389ds/389-ds-base src/lib389/cli/dscontainer, issues #4717 (podman logs of a first start) and #5073 (the slapd_daemon line)",
		why:    "untimed `INFO:`, `DEBUG:` and `WARNING:` lines of the bootstrap script between ns-slapd's bracketed nanosecond times; the errors log's level between dashes; the version and the port are no times; no host",
		entries: []worldEntry{
			we("", Info, "", "INFO: The 389 Directory Server Container Bootstrap"),
			we("", Info, "", "INFO: 389 Directory Server Version: 3.1.3"),
			we("", Debug, "", "DEBUG: PASSED: using config settings 999999999"),
			we("", Info, "", "INFO: Unable to configure TLS from PEM, missing a required file."),
			we("", Info, "", "INFO: Starting 389-ds-container ..."),
			we("2026-11-29T07:41:16.204118533Z", Info, "", "[29/Nov/2026:07:41:16.204118533 +0000] - INFO - main - 389-Directory/3.1.3 B2026.318.0912 starting up"),
			we("2026-11-29T07:41:16.268410027Z", Notice, "", "[29/Nov/2026:07:41:16.268410027 +0000] - NOTICE - dbmdb_start - Using 2048 MB for the database map size"),
			we("2026-11-29T07:41:16.301556210Z", Warn, "", "[29/Nov/2026:07:41:16.301556210 +0000] - WARN - slapd_ssl_init2 - Server certificate Server-Cert expires in 12 days"),
			we("2026-11-29T07:41:16.411902115Z", Info, "", "[29/Nov/2026:07:41:16.411902115 +0000] - INFO - slapd_daemon - Listening on /data/run/slapd-localhost.socket for LDAPI requests"),
			we("", Warn, "", "WARNING: DS_MEMORY_PERCENTAGE is present, but setting entry cache is not supported for MDB"),
			we("2026-11-29T07:41:19.733015402Z", Error, "", "[29/Nov/2026:07:41:19.733015402 +0000] - ERR - NSMMReplicationPlugin - repl5_tot_run - Unable to acquire replica for total update, error: -1, retrying..."),
			we("", Info, "", "INFO: 389-ds-container started."),
		},
	},
	{
		name:   "sssd-1x-be-domain-debug-microseconds",
		source: "SSSD 1.16's per-domain backend log /var/log/sssd/sssd_corp.example.org.log with `debug_microseconds = True` in the domain section (sss_vdebug_fn's `(%s:%.6ld %d) [%s] [%s] (%#.4x): `: ctime's first nineteen characters, a colon and the microseconds, then the year; the backend's program name `sssd[be[domain]]`): SSSD/sssd src/util/debug.c; lnav's sssd_log format (the optional `:`- or `.`-led microseconds before the year)",
		why:    "the microseconds sit between the time of day and the year inside a ctime date; the component is nested three deep in brackets; the hex mask is SSSD's debug level; the DC's name and port are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Debug, "", "(Sun Nov 29 07:41:16:204118 2026) [sssd[be[corp.example.org]]] [be_ptask_execute] (0x0400): Task [Check if online (periodic)]: executing task, timeout 60 seconds"),
			we("2026-11-29T07:41:16.205001Z", Info, "", "(Sun Nov 29 07:41:16:205001 2026) [sssd[be[corp.example.org]]] [fo_resolve_service_send] (0x0100): Trying to resolve service 'AD'"),
			we("2026-11-29T07:41:19.718402Z", Critical, "", "(Sun Nov 29 07:41:19:718402 2026) [sssd[be[corp.example.org]]] [sss_ldap_init_sys_connect_done] (0x0020): sss_ldap_init_sys_connect request failed: [110]: Connection timed out."),
			we("2026-11-29T07:41:19.71869Z", Error, "", "(Sun Nov 29 07:41:19:718690 2026) [sssd[be[corp.example.org]]] [sdap_sys_connect_done] (0x0040): sdap_async_connect_call request failed: [5]: Input/output error."),
			we("2026-11-29T07:41:19.719011Z", Warn, "", "(Sun Nov 29 07:41:19:719011 2026) [sssd[be[corp.example.org]]] [fo_set_port_status] (0x0080): Marking port 389 of server 'dc01.corp.example.org' as 'not working'"),
			we("2026-11-29T07:41:19.719322Z", Trace, "", "(Sun Nov 29 07:41:19:719322 2026) [sssd[be[corp.example.org]]] [sdap_id_op_connect_done] (0x2000): notify offline to op #1"),
		},
	},
	{
		name:   "freeradius-radmin-debug-file",
		source: "FreeRADIUS 3.0's per-request debug file written after `radmin> debug file dbg-wifi` and `debug condition '(…)'` (vradlog_request's `(%u) %s%s%s: %.*s%s`: the request number, ctime with its newline stripped, the level's `: Debug: `, `: WARNING: ` or `: ERROR: ` glued to the year, the module's name and a colon where one runs, the indent, the message; one fprintf a line): FreeRADIUS/freeradius-server src/main/log.c (v3.0.x) and issue #2314 (a radmin debug file pasted)",
		why:    "a request number in parentheses before a ctime date with its year; the word after the year is the level; attribute lines are records of their own; the NAS and client addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "(48211) Sun Nov 29 07:41:16 2026: Debug: Received Access-Request Id 117 from 10.40.2.11:52944 to 10.40.0.5:1812 length 214"),
			we("2026-11-29T07:41:16Z", Debug, "", `(48211) Sun Nov 29 07:41:16 2026: Debug:   User-Name = "tmoreau@corp.example.org"`),
			we("2026-11-29T07:41:16Z", Debug, "", "(48211) Sun Nov 29 07:41:16 2026: Debug:   NAS-IP-Address = 10.40.2.11"),
			we("2026-11-29T07:41:16Z", Debug, "", `(48211) Sun Nov 29 07:41:16 2026: Debug:   Called-Station-Id = "a4-2b-b0-11-7c-30:corp-wifi"`),
			we("2026-11-29T07:41:16Z", Debug, "", "(48211) Sun Nov 29 07:41:16 2026: Debug: eap:     Peer sent EAP Response (code 2) ID 6 length 80"),
			we("2026-11-29T07:41:16Z", Error, "", "(48211) Sun Nov 29 07:41:16 2026: ERROR: mschap:       MS-CHAP2-Response is incorrect"),
			we("2026-11-29T07:41:17Z", Debug, "", "(48211) Sun Nov 29 07:41:17 2026: Debug: Sent Access-Reject Id 117 from 10.40.0.5:1812 to 10.40.2.11:52944 length 44"),
			we("2026-11-29T07:41:18Z", Warn, "", `(48212) Sun Nov 29 07:41:18 2026: WARNING: pap:     No "known good" password found for the user.  Not setting Auth-Type`),
		},
	},
	{
		name:   "freeradius4-debug-x-level-prefix",
		source: "FreeRADIUS 4.0 (the development branch) run with `radiusd -X`: every line of the start-up and the configuration dump behind a level word padded to five and ` : ` (`Info  : `, `Debug : `), with no time and no request prefix: FreeRADIUS/freeradius-server issue #5061 (a 4.0 start-up pasted); the `Warn  : ` and `Error : ` spellings from memory",
		why:    "the level is the padded word before ` : ` at the start of the line; no time anywhere (the copyright years and the port are none); no host",
		entries: []worldEntry{
			we("", Info, "", "Info  : FreeRADIUS Version 4.0.0"),
			we("", Info, "", "Info  : Copyright 1999-2026 The FreeRADIUS server project and contributors"),
			we("", Info, "", "Info  : Starting - reading configuration files ..."),
			we("", Debug, "", `Debug : Including dictionary file "/etc/freeradius/dictionary"`),
			we("", Debug, "", "Debug : including configuration file /etc/freeradius/radiusd.conf"),
			we("", Warn, "", `Warn  : Ignoring "sql" (see raddb/mods-available/README.rst)`),
			we("", Error, "", "Error : Failed binding to auth address 10.40.0.5 port 1812 bound to server default: Address already in use"),
		},
	},
	{
		name:   "samba-ad-dc-journal-split-debug-header",
		gap:    "behind the journal's `Mmm dd HH:mm:ss host samba[pid]: ` header trawl reads neither the level of Samba's debug header `[yyyy/MM/dd HH:mm:ss.uuuuuu,  0] file:line(func)` (it gives unknown for 0 and 1) nor the record: the journal lines that carry the header's indented message (`samba[pid]:   samba version … started.`) are left records of their own instead of joining the header line",
		source: "a Samba 4.21 AD DC's daemons under samba-ad-dc.service read with `journalctl -u samba-ad-dc`: what samba and winbindd write to stderr before their log files are open reaches the journal line by line, so the debug header `[yyyy/MM/dd HH:mm:ss.uuuuuu, lvl] file:line(func)` and each indented line of its message are journal lines of their own under the same identifier and pid: NixOS/nixpkgs issue #68517 and OpenMandrivaAssociation/distribution issue #541 (nmbd, smbd and winbindd in journalctl); the samba and winbindd messages from memory",
		why:    "Samba's header and the indented journal lines under it are one record; the debug level after the comma (0 error, 1 warning) is its level; the header's time with microseconds and the journal's second are the same instant; the journal's host; systemd's line is a record of its own with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Error, "dc1",
				"Nov 29 07:41:16 dc1 samba[1187]: [2026/11/29 07:41:16.204118,  0] ../../source4/samba/server.c:631(binary_smbd_main)",
				"Nov 29 07:41:16 dc1 samba[1187]:   samba version 4.21.4 started.",
				"Nov 29 07:41:16 dc1 samba[1187]:   Copyright Andrew Tridgell and the Samba Team 1992-2024"),
			we("2026-11-29T07:41:16.590441Z|2026-11-29T07:41:16Z", Error, "dc1",
				"Nov 29 07:41:16 dc1 samba[1187]: [2026/11/29 07:41:16.590441,  0] ../../lib/util/become_daemon.c:150(daemon_status)",
				"Nov 29 07:41:16 dc1 samba[1187]:   daemon_status: daemon 'samba' : Starting process..."),
			we("2026-11-29T07:41:17.011872Z|2026-11-29T07:41:17Z", Error, "dc1",
				"Nov 29 07:41:17 dc1 winbindd[1203]: [2026/11/29 07:41:17.011872,  0] ../../source3/winbindd/winbindd.c:1446(main)",
				"Nov 29 07:41:17 dc1 winbindd[1203]:   winbindd version 4.21.4 started.",
				"Nov 29 07:41:17 dc1 winbindd[1203]:   Copyright Andrew Tridgell and the Samba Team 1992-2024"),
			we("2026-11-29T07:41:17Z", Unknown, "dc1", "Nov 29 07:41:17 dc1 systemd[1]: Started samba-ad-dc.service - Samba AD Daemon."),
			we("2026-11-29T07:41:19.733015Z|2026-11-29T07:41:19Z", Warn, "dc1",
				"Nov 29 07:41:19 dc1 samba[1215]: [2026/11/29 07:41:19.733015,  1] ../../source4/dsdb/repl/drepl_out_helpers.c:1209(dreplsrv_op_pull_source_apply_changes_trigger)",
				"Nov 29 07:41:19 dc1 samba[1215]:   Failed to apply records in DsGetNCChanges reply from dc2.corp.example.org: WERR_DS_DRA_MISSING_PARENT"),
		},
	},
	{
		name:   "kanidm-journal-kopid-tracing-forest",
		source: "Kanidm 1.6/1.7's kanidmd under systemd (the NixOS module) read with journalctl: each line of its tracing-forest output behind the journal's header, opening with the operation id (the kopid, all zeros outside a request), then the level padded to eight, the tree with ┝━ ┕━, the `ｉ [info]:`-style icon and tag, `request [ 2.41ms | 61.20% / 100.00% ]` timings and ` | key: value` fields: NixOS/nixpkgs PR #421902, kanidm/kanidm issues #2921 and #4100, oddlama/kanidm-provision issue #26",
		why:    "the UUID first is an operation id, not a time or a host; the padded level column gives the level, not the icon; µs and ms timings and latency are no times; every line is a record, as tracing-forest's are in fresh26",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "idm01", "Nov 29 07:41:16 idm01 kanidmd[2210]: 00000000-0000-0000-0000-000000000000 INFO     ｉ [info]: Starting Kanidmd | version: 1.7.4"),
			we("2026-11-29T07:41:16Z", Warn, "idm01", "Nov 29 07:41:16 idm01 kanidmd[2210]: 00000000-0000-0000-0000-000000000000 WARN     🚧 [warn]: WARNING: /var/lib/kanidm has 'everyone' permission bits in the mode. This could be a security risk ..."),
			we("2026-11-29T07:41:17Z", Info, "idm01", "Nov 29 07:41:17 idm01 kanidmd[2210]: 00000000-0000-0000-0000-000000000000 INFO     ｉ [info]: ready to rock! 🪨  UI available at: https://idm.corp.example.org | event_tag_id: 3"),
			we("2026-11-29T07:41:40Z", Info, "idm01", "Nov 29 07:41:40 idm01 kanidmd[2210]: 5c7e2a91-0d4b-4f3e-a8c6-19e2b7d04f53 INFO     request [ 2.41ms | 61.20% / 100.00% ] method: POST | uri: /v1/auth | version: HTTP/1.1"),
			we("2026-11-29T07:41:40Z", Info, "idm01", "Nov 29 07:41:40 idm01 kanidmd[2210]: 5c7e2a91-0d4b-4f3e-a8c6-19e2b7d04f53 INFO     ┝━ handle_auth [ 912µs | 24.10% / 38.80% ]"),
			we("2026-11-29T07:41:40Z", Warn, "idm01", "Nov 29 07:41:40 idm01 kanidmd[2210]: 5c7e2a91-0d4b-4f3e-a8c6-19e2b7d04f53 WARN     │  ┕━ 🚧 [warn]: Credentials denied for ehansen | event_tag_id: 2"),
			we("2026-11-29T07:41:40Z", Info, "idm01", `Nov 29 07:41:40 idm01 kanidmd[2210]: 5c7e2a91-0d4b-4f3e-a8c6-19e2b7d04f53 INFO     ┕━ ｉ [info]:  | latency: 2.416305ms | status_code: 401 | kopid: "5c7e2a91-0d4b-4f3e-a8c6-19e2b7d04f53" | msg: "response sent"`),
			we("2026-11-29T07:41:41Z", Debug, "idm01", "Nov 29 07:41:41 idm01 kanidmd[2210]: 00000000-0000-0000-0000-000000000000 DEBUG    🐛 [debug]: flushed 2169 bytes"),
			we("2026-11-29T07:42:03Z", Error, "idm01", `Nov 29 07:42:03 idm01 kanidmd[2210]: 00000000-0000-0000-0000-000000000000 ERROR    🚨 [error]: Could not bind to ldap server address [::]:636 | err: Os { code: 98, kind: AddrInUse, message: "Address in use" }`),
		},
	},
	{
		name:   "keycloak26-http-access-log-console",
		source: "Keycloak 26.4 with `--http-access-log-enabled=true` and the default `common` pattern, as its console writes it: each access record is an INFO message of the logger `org.keycloak.http.access-log` inside Keycloak's console format `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`, beside the jboss-logging events listener's `org.keycloak.events` lines and an error with its stack: keycloak/keycloak PR #41389 and issues #41352, #41353 (the logger name, INFO, the console first); the common pattern `%h %l %u %t \"%r\" %s %b` from Quarkus's HTTP reference, from memory",
		why:    "the console's zone-less stamp and the record's `[dd/Mmm/yyyy:HH:mm:ss +0000]` are both the record's time (the request's start may be a second before the line); the client address is no host; 401 and 500 are statuses, the console's level is the level; a stack trace belongs to its error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16,204 INFO  [org.keycloak.http.access-log] (executor-thread-3) 10.20.3.14 - - [29/Nov/2026:07:41:16 +0000] "GET /realms/corp/.well-known/openid-configuration HTTP/1.1" 200 6412`),
			we("2026-11-29T07:41:17.512Z", Warn, "", `2026-11-29 07:41:17,512 WARN  [org.keycloak.events] (executor-thread-3) type="LOGIN_ERROR", realmId="5b0e3f2a-8c41-4d7e-9a16-2f4c7b9d1e05", realmName="corp", clientId="grafana", userId="null", sessionId="null", ipAddress="10.20.3.14", error="invalid_user_credentials", auth_method="openid-connect", redirect_uri="https://grafana.corp.example.org/login/generic_oauth", code_id="9d4e1a7c-3b2f-4c8e-a5d1-6f0b2e9c7a43", username="ehansen"`),
			we("2026-11-29T07:41:17.53Z|2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17,530 INFO  [org.keycloak.http.access-log] (executor-thread-3) 10.20.3.14 - - [29/Nov/2026:07:41:17 +0000] "POST /realms/corp/login-actions/authenticate?session_code=Qm8xT2cE&execution=1f0e9a2b-7c3d-4e5f-8a6b-0c1d2e3f4a5b&client_id=grafana&tab_id=xK2pQ9 HTTP/1.1" 200 3897`),
			we("2026-11-29T07:41:25.008Z|2026-11-29T07:41:24Z", Info, "", `2026-11-29 07:41:25,008 INFO  [org.keycloak.http.access-log] (executor-thread-7) 10.20.3.21 - - [29/Nov/2026:07:41:24 +0000] "POST /realms/corp/protocol/openid-connect/token HTTP/1.1" 401 86`),
			we("2026-11-29T07:41:31.66Z", Error, "",
				`2026-11-29 07:41:31,660 ERROR [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-7) Uncaught server error: java.lang.NullPointerException: Cannot invoke "org.keycloak.models.UserModel.getId()" because "user" is null`,
				"\tat org.keycloak.services.resources.admin.UsersResource.getUsersCount(UsersResource.java:412)",
				"\tat org.keycloak.services.resources.admin.UsersResource$quarkusrestinvoker$getUsersCount_7f1c.invoke(Unknown Source)",
				"\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)"),
			we("2026-11-29T07:41:31.671Z|2026-11-29T07:41:31Z", Info, "", `2026-11-29 07:41:31,671 INFO  [org.keycloak.http.access-log] (executor-thread-7) 10.20.3.21 - - [29/Nov/2026:07:41:31 +0000] "GET /admin/realms/corp/users/count HTTP/1.1" 500 -`),
		},
	},
	{
		name:   "dex-logrus-json-utc",
		source: "Dex 2.30-2.38 with `logger: {level: info, format: json}` in its config (cmd/dex's newLogger: logrus's JSONFormatter inside a utcFormatter, one object a line with the keys sorted, `level`, `msg` and `time` as RFC 3339 in UTC), as `kubectl logs` of the dex pod shows it: dexidp/dex cmd/dex/serve.go; from memory",
		why:    "the time key is second-precision RFC 3339 in UTC; the next key rotation named inside a message is no record's time; the issuer URL and the listen address are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"Dex Version: v2.37.0, Go Version: go1.20.4, Go OS/ARCH: linux amd64","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"config issuer: https://dex.corp.example.org","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"config connector: ldap","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"keys expired, rotating","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"keys rotated, next rotation: 2026-11-29 13:41:16.528907131 +0000 UTC","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"listening (http) on 0.0.0.0:5556","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:40Z", Error, "", `{"level":"error","msg":"Failed to login user: ldap: invalid password for user \"uid=ehansen,ou=people,dc=corp,dc=example\"","time":"2026-11-29T07:41:40Z"}`),
			we("2026-11-29T07:41:52Z", Info, "", `{"level":"info","msg":"login successful: connector \"ldap\", username=\"mkovacs\", preferred_username=\"\", email=\"mkovacs@corp.example.org\", groups=[\"grafana-admins\"]","time":"2026-11-29T07:41:52Z"}`),
		},
	},
}

func TestFresh295Formats(t *testing.T) { assertTable(t, fresh295Cases) }
func TestFresh295Score(t *testing.T) {
	checkScore(t, "fresh295 formats", fresh295Cases, [worldNumFields]float64{91.0, 99.9, 99.9, 91.0})
}
