package parse

import "testing"

// The seven-hundred-and-forty-eighth fresh table: Linux server daemons, another pass, in outputs no
// table holds: the terminal and cron outputs of the mail and DNS daemons' own tools rather than
// their syslog lines, which earlier tables measured many times. Each family is one product's
// documented or observed output: rspamc's scan result block; exim_tidydb's run as cron mails it,
// and the same run inside FreeBSD's periodic wrapper; unbound-host -d's libunbound lines with an
// epoch in brackets, and libunbound's lines with no epoch as Asterisk's resolver module lets them
// through; BIND's dnssec-verify report; polkit's text agent (pkttyagent) on a terminal; and
// Pigeonhole's per-user sieve log (~/.dovecot.sieve.log).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`postfix`, `opendkim`, `opendmarc`, `amavis`, `rspamd`, `spamd`, `clamav-milter`,
// `clamsmtp`, `milter-greylist`, `postgrey`, `policyd-spf`, `postscreen`, `dovecot`, `exim`, `named`,
// `unbound`, `chronyd`, `chrony`, `sssd`, `sssd_be`, `polkit`, `NetworkManager`, `dnsmasq`, `nsd`,
// `knot`, `kresd`, `powerdns`, `pdns_recursor`, `stubby`, `systemd-resolved`, `ntpd`, `openntpd`,
// `ptp4l`, `phc2sys`, `sendmail`, `opensmtpd`, `smtpd`, `courier`, `cyrus`, `saslauthd`, `fetchmail`,
// `getmail`, `mailman`, `sympa`, `sieve`, `pigeonhole`, `dbmail`, `spamass-milter`, `mimedefang`,
// `sqlgrey`, `fail2ban`, `Envelope-from:`, `rejectlog`, `paniclog`, `Arrival Time`, `postqueue`,
// `queue_name`, `dnstap`, `CQ `, `Statistics Dump`, `queries: info`, `client @0x`,
// `measurements.log`, `tracking.log`, `statistics.log`, `chronyd version`, `[be[`, `(0x0400)`,
// `<info>  [`, `<warn>  [`, `log-time-ascii`, `unbound[`, `imap-login: Info`, `doveadm`,
// `event_exporter`, `amavisd[`, `rspamd_task_write_log`, `(normal)`, `krb5_child`, `polkit.log`,
// `Registered Authentication Agent`, `pkexec`, `NetworkManager[`, `postlogd`, `maillog_file`,
// `milter-reject`, `sssctl`, `nmcli`, `exim -d`, `exim -bp`, `named -g`, `rndc`, `unbound-control`,
// `chronyc`, `lmtp(`, `doveadm(`, `SASL LOGIN`, `DKIM-Signature field added`, `opendkim[`,
// `Received-SPF`, `Results for file`, `rspamc`, `opendkim-testkey`, `key not secure`, `log errors`,
// `message_arrival_time`, `postcat`, `CID#`, `postfix-script`, `unbound-checkconf`,
// `named-checkzone`, `loaded serial`, `named-checkconf`, `rspamadm`, `sa-update`, `sieve-test`,
// `sievec`, `chronyc -c`, `nm-openvpn`, `nm-openconnect`, `doveadm log`, `[RID#`, `unbound-host`,
// `dnssec-signzone`, `dnssec-keygen`, `rndc status`, `server is up and running`, `pflogsumm`,
// `qshape`, `exiwhat`, `eximstats`, `exinext`, `exim_tidydb`, `exim_dumpdb`, `posttls-finger`,
// `nm-online`, `pkaction`, `pkcheck`, `chronyd -Q`, `System clock wrong by`, `unbound-anchor`,
// `milter-manager`, `AUTHENTICATING FOR`, `pkttyagent`, `NetworkManager (version`, `ldap_child`,
// `dsync`, `Tidying complete`, `Sieve log`, `main script:`, `Symbol: `, `[Metric: default]`,
// `dnssec-policy:`, `Authenticating as:`, `libunbound[`, `boot time:`, `last configured:`,
// `Zone fully signed`, `Verifying the zone`, `rspamd_map_add`, `(main) <`). None of rspamc's result
// block, exim_tidydb's output, libunbound's lines, dnssec-verify's report, pkttyagent's banner or
// the sieve user log is in any table (`rspamc` and `pkttyagent` occur only in other tables' grep
// lists; `Symbol: ` only in other products). Left out as measured already: the syslog, journal and
// own-file lines of Postfix, its milters (OpenDKIM, OpenDMARC, amavisd, rspamd, ClamAV,
// milter-greylist, postgrey, policyd-spf), Dovecot, Exim (mainlog, rejectlog, paniclog, -bp, -d),
// BIND (channels, query log, dnstap-read, stats dump), Unbound, chrony (its logs and chronyc),
// sssd, polkitd and NetworkManager; and `rspamd -t`, whose `(main)` lines a table holds. Left out
// as not confirmed by any search: `rndc status` and `rndc dnssec -status`. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). unbound-host's `[1795938076]` is an epoch in seconds; libunbound's lines
// under Asterisk carry no time; rspamc, exim_tidydb, dnssec-verify and pkttyagent print none (the
// `(0.184 seconds)` after rspamc's file name is a duration). The sieve log's first line names the
// moment the log was started, a year-less `Nov 29 07:41:16` (2026 by the rules), and its other
// lines have no time. Levels only where the line marks one: libunbound's word after the
// `[pid:thread]` column (debug, notice, info, error), the sieve log's `info:`, `warning:` and
// `error:` after the script's name; rspamc's `Action: reject` and `Spam: true` are verdicts, not
// levels, and exim_tidydb's `deleted` and pkttyagent's `Authentication failure` are message words.
// None of these outputs has a host field: rspamc's file name, the Exim retry keys' hosts, the
// libunbound query names, the zone names and the polkit user are no hosts. A record that spans
// lines is one entry: rspamc's result block for one file, dnssec-verify's algorithm list and its
// key counts under `Algorithm:`, pkttyagent's authentication banner with the lines up to its end
// marker. Blank lines between blocks are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1326daa before any rule for it: level 91.7 %, time 97.9 %, host 97.9 %, records 67.7 %.
// That is the macro figure (micro: level 91.4 %, time 97.1 %, host 97.1 %, records 80.0 %), in a
// worktree at 1326daa with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (both exim_tidydb outputs and Asterisk's libunbound lines); the gaps are
// rspamc's result block, pkttyagent's authentication banner and dnssec-verify's algorithm list,
// which are split into one record a line, unbound-host's untimed answer line, which is joined to
// the libunbound line before it, and the sieve log's level word after `main script: line N:`, which
// is not read.

var fresh748Cases = []worldCase{
	{
		name:   "rspamc-scan-result-block",
		gap:    "rspamc's result block is not kept together: `[Metric: default]`, `Spam:`, `Score:`, `Action:`, the `Symbol:` lines and `Message-ID:` each stand as a record of their own instead of joining the `Results for file:` line",
		source: "rspamc run on a saved message (`Results for file: NAME (S seconds)`, `[Metric: default]`, `Spam:`, `Score: x / y`, `Action:`, one `Symbol: NAME (score)[options]` a line, `Message-ID:`): rspamd/rspamd issues #722 and #506, poolpOrg/filter-rspamd issue #12",
		why:    "one file's result is a block of unindented key lines with no time; the seconds after the file name are a duration; `Action: reject` is a verdict, no level",
		entries: []worldEntry{
			we("", Unknown, "",
				"Results for file: /tmp/held-4411.eml (0.184 seconds)",
				"[Metric: default]",
				"Spam: true",
				"Score: 17.40 / 15.00",
				"Action: reject",
				"Symbol: BAYES_SPAM (5.10)[99.97%]",
				"Symbol: DBL_SPAM (6.50)[cheap-lamps.example]",
				"Symbol: FROM_NEQ_ENVFROM (0.00)[offers@cheap-lamps.example, bounce@mta9.example]",
				"Symbol: MIME_GOOD (-0.10)[multipart/alternative, text/plain]",
				"Symbol: R_SPF_FAIL (1.00)[-all]",
				"Message-ID: 8c1e2f40a9b3d.offer@cheap-lamps.example"),
			wskip(""),
			we("", Unknown, "",
				"Results for file: /tmp/invoice-2026-11.eml (0.097 seconds)",
				"[Metric: default]",
				"Spam: false",
				"Score: 0.90 / 15.00",
				"Action: no action",
				"Symbol: ARC_NA (0.00)",
				"Symbol: DKIM_TRACE (0.00)[billing.example.org:+]",
				"Symbol: R_DKIM_ALLOW (-0.20)[billing.example.org:s=mail]",
				"Symbol: RCVD_TLS_LAST (0.00)",
				"Message-ID: 20261129074116.7f3a@billing.example.org"),
		},
	},
	{
		name:   "exim-tidydb-cron-output",
		source: "exim_tidydb run from cron on each hints database (`Tidying Exim hints database SPOOL/db/NAME`, then `deleted KEY (too old)`, `deleted KEY (no message)`, `updated KEY`, and `Tidying complete`): Exim's src/exim_dbutil.c (tidy mode's printf calls, found with find_string)",
		why:    "lines with no time at all, each a record; the retry keys' host names and addresses are no host; no level",
		entries: []worldEntry{
			we("", Unknown, "", "Tidying Exim hints database /var/spool/exim4/db/retry"),
			we("", Unknown, "", "deleted T:mx2.lakeside.example:203.0.113.48 (too old)"),
			we("", Unknown, "", "deleted R:quill@lakeside.example:<bounce@lists.example.org> (too old)"),
			we("", Unknown, "", "deleted T:mail.orchard.example:198.51.100.77:1wKq7T-00031x-9b (no message)"),
			we("", Unknown, "", "Tidying complete"),
		},
	},
	{
		name:   "exim-tidydb-freebsd-periodic",
		source: "FreeBSD's periodic daily script for the Exim port (`echo \"Tidying Exim hints databases:\"`, a blank line, then exim_tidydb for each *.lockfile in /var/spool/exim/db), as the daily run mail shows it: the port's periodic script found with find_string; exim_tidydb's lines from src/exim_dbutil.c",
		why:    "the wrapper's heading and the tool's lines have no time; blank lines separate the databases; no level and no host",
		entries: []worldEntry{
			wskip(""),
			we("", Unknown, "", "Tidying Exim hints databases:"),
			wskip(""),
			we("", Unknown, "", "Tidying Exim hints database /var/spool/exim/db/retry"),
			we("", Unknown, "", "deleted R:relay.fernhill.example (too old)"),
			we("", Unknown, "", "Tidying complete"),
			wskip(""),
			we("", Unknown, "", "Tidying Exim hints database /var/spool/exim/db/wait-remote_smtp"),
			we("", Unknown, "", "deleted mx.fernhill.example (empty)"),
			we("", Unknown, "", "Tidying complete"),
		},
	},
	{
		name:   "unbound-host-libunbound-debug",
		gap:    "unbound-host's untimed answer line after the last libunbound line (`NAME has address ADDR (secure)`) is joined to that libunbound record instead of standing alone",
		source: "unbound-host -v -d with a configuration file (libunbound's log to stderr: `[epoch] libunbound[pid:thread] level: msg`, then unbound-host's own answer lines): NLnetLabs/unbound issue #1009",
		why:    "an epoch in seconds in brackets; the level word after the `[pid:0]` column; the answer lines after them carry no time and no level; the queried names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[1795938076] libunbound[28411:0] debug: switching log to stderr"),
			we("2026-11-29T07:41:16Z", Debug, "", `[1795938076] libunbound[28411:0] debug: module config: "validator iterator"`),
			we("2026-11-29T07:41:16Z", Notice, "", "[1795938076] libunbound[28411:0] notice: init module 0: validator"),
			we("2026-11-29T07:41:16Z", Info, "", "[1795938076] libunbound[28411:0] info: trust point . : 1"),
			we("2026-11-29T07:41:17Z", Error, "", "[1795938077] libunbound[28411:0] error: could not open autotrust file for writing, /var/lib/unbound/root.key.28411-0-5581a0c2: Permission denied"),
			we("", Unknown, "", "mirror.heathfield.example has address 192.0.2.61 (secure)"),
		},
	},
	{
		name:   "asterisk-libunbound-stderr-no-epoch",
		source: "libunbound's lines as Asterisk's res_resolver_unbound lets them through with `debug` set in resolver_unbound.conf (`libunbound[pid:thread] level: msg`, no time), among Asterisk's own console lines: asterisk/asterisk issue #2110",
		why:    "no time on libunbound's lines; the level word after the `[pid:0]` column; local-zone names are no host",
		entries: []worldEntry{
			we("", Debug, "", "libunbound[30172:0] debug: switching log to stderr"),
			we("", Notice, "", "libunbound[30172:0] notice: init module 0: validator"),
			we("", Notice, "", "libunbound[30172:0] notice: init module 1: iterator"),
			we("", Info, "", "libunbound[30172:0] info: implicit transparent local-zone . TYPE0 IN"),
			we("", Error, "", "libunbound[30172:0] error: local-data in redirect zone must reside at top of zone, not at pbx-7.localhost A 127.0.1.1"),
		},
	},
	{
		name:   "bind-dnssec-verify-report",
		gap:    "the `- ALG` line under `Verifying the zone using the following algorithms:` stands as a record of its own instead of joining its heading",
		source: "BIND's dnssec-verify (and dnssec-signzone's closing check): `Loading zone 'Z' from file 'F'`, a blank line, `Verifying the zone using the following algorithms:` with `- ALG` lines, `Zone fully signed:` and `Algorithm: ALG: KSKs: …` with the ZSKs line aligned under it: NLnetLabs/cascade PR #408 and issue #593 (pasted reports)",
		why:    "no time and no level anywhere; the algorithm list belongs to its heading, the aligned ZSKs line to its Algorithm line; the zone name is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Loading zone 'heathfield.example' from file 'db.heathfield.example.signed'"),
			wskip(""),
			we("", Unknown, "",
				"Verifying the zone using the following algorithms:",
				"- ECDSAP256SHA256"),
			we("", Unknown, "", "Zone fully signed:"),
			we("", Unknown, "",
				"Algorithm: ECDSAP256SHA256: KSKs: 1 active, 0 stand-by, 0 revoked",
				"                             ZSKs: 1 active, 1 stand-by, 0 revoked"),
		},
	},
	{
		name:   "polkit-pkttyagent-terminal",
		gap:    "pkttyagent's authentication is not kept together: the lines after `==== AUTHENTICATING FOR … ====` up to `==== AUTHENTICATION COMPLETE ====` or `… FAILED ====` each stand as a record of their own",
		source: "polkit's text agent (pkttyagent, as systemctl starts it on a terminal): `==== AUTHENTICATING FOR action-id ====`, the action's message, `Authenticating as: Full Name (user)`, `Password: `, then `==== AUTHENTICATION COMPLETE ====` or `polkit-agent-helper-1: pam_authenticate failed: …` and `==== AUTHENTICATION FAILED ====`: from memory (a search found firewalld/firewalld issue #111 about pkttyagent but no pasted banner)",
		why:    "no time, no level and no host; one authentication is one record from its opening banner to its closing one; `Authentication failure` is a message word",
		entries: []worldEntry{
			we("", Unknown, "",
				"==== AUTHENTICATING FOR org.freedesktop.systemd1.manage-units ====",
				"Authentication is required to restart 'postfix.service'.",
				"Authenticating as: Marit Holloway (marit)",
				"Password: ",
				"==== AUTHENTICATION COMPLETE ===="),
			we("", Unknown, "",
				"==== AUTHENTICATING FOR org.freedesktop.systemd1.manage-units ====",
				"Authentication is required to reload 'unbound.service'.",
				"Authenticating as: Marit Holloway (marit)",
				"Password: ",
				"polkit-agent-helper-1: pam_authenticate failed: Authentication failure",
				"==== AUTHENTICATION FAILED ===="),
		},
	},
	{
		name:   "pigeonhole-sieve-user-log",
		gap:    "the level word after a script name and `line N:` (`main script: line 7: error:`) is not read (`main script: error:` without a line number is)",
		source: "Pigeonhole's per-user sieve log (sieve_user_log, ~/.dovecot.sieve.log: `sieve: info: started log at Mmm dd HH:mm:ss.`, then `SCRIPT: line N: error: …`, `SCRIPT: warning: …`, `SCRIPT: error: validation failed.`): from memory (a search found Uberspace/manual PR #576 about the file but no pasted lines)",
		why:    "only the first line carries a moment, year-less, inside its message; the other lines have no time; the level word after the script name or `sieve:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "sieve: info: started log at Nov 29 07:41:16."),
			we("", Error, "", "main script: line 7: error: unknown command 'vacaton' (only reported once at first occurrence)."),
			we("", Warn, "", "main script: line 12: warning: the fileinto command is used without requiring the fileinto extension."),
			we("", Error, "", "main script: error: validation failed."),
		},
	},
}

func TestFresh748Formats(t *testing.T) { assertTable(t, fresh748Cases) }
func TestFresh748Score(t *testing.T) {
	checkScore(t, "fresh748 formats", fresh748Cases, [worldNumFields]float64{91.6, 97.8, 97.8, 67.6})
}
