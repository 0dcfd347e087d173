package parse

import "testing"

// The five-hundred-and-twenty-eighth fresh table: email and messaging servers' logs, another pass
// (MTAs, SMTP servers and the mail senders of web applications, IRC services, an XMPP server and an
// IRC bot, in their log files, consoles and the journal), shapes no earlier table holds. Each
// family is one product's documented or observed output: Anope's services.log (a bracketed
// month-name time with the year after the seconds, then the log type's `COMMAND:`, `USERS:` or
// `SERVER:` prefix); Atheme's atheme.log (an ISO time in brackets, no level); jabberd2's c2s.log
// (ctime's `Sun Nov 29 07:41:16 2026`, then the level word in brackets); PHPMailer's SMTP debug
// transcript with the default 'echo' output (a UTC time, a tab, and an EHLO reply's continuation
// lines indented with blanks and a tab); Nodemailer's default logger (a bracketed UTC time, the
// level padded to five, the session id in brackets); aiosmtpd run with `-d` (Python logging's
// `LEVEL:mail.log:` with no time, a traceback under an ERROR); KumoMTA's kumod in the journal (the
// journal's local time and host before kumod's tracing line in Z with a right-aligned level and a
// thread name); Sopel's IRC bot log (Python's comma-millisecond asctime in brackets, the logger
// padded to 20, the level to 8, ` - `, a traceback under an ERROR).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`anope`, `used REGISTER`, `COMMAND: `, `atheme`, `is starting up`,
// `jabberd`, `jabberd2`, `connecting to router`, `2026 [notice]`, `phpmailer`, `SMTPDebug`,
// `SERVER -> CLIENT`, `CLIENT -> SERVER`, `Connection: opening to`, `nodemailer`,
// `Sending mail using SMTP`, `Creating transport`, `] DEBUG [`, `aiosmtpd`, `INFO:mail.log`,
// `mail.log:`, `handling connection`, `SMTP session exception`, `kumomta`, `kumod`, `kumo`,
// `localset-`, `kumo_server_common`, `Z  INFO main`, `sopel`, `sopel.irc`, `%(name)-20s`, `biboumi`,
// `spectrum2`, `spectrum 2`, `draupnir`, `mjolnir`, `matrix-appservice`, `appservice-irc`,
// `matrix-bot-sdk`, `hookshot`, `maubot`, `pantalaimon`, `swaks`, `clamsmtp`, `powermta`, `pmta`,
// `mailpile`, `squirrelmail`, `phplist`, `ecartis`, `ircd-hybrid`, `convos`, `kiwiirc`,
// `webircgateway`, `slidge`, `movim`, `matterircd`, `greenarrow`, `mailerq`,
// `authentication-milter`, `milter-manager`, `sydent`, `mxisd`, `ma1sd`, `cypht`, `s-nail`,
// `mailx`, `mhonarc`, `smf-spf`, `dada`, `momentum`, `heisenbridge`, `soju`, `rainloop`,
// `mailcatcher`, and the products already measured: `postfix`, `dovecot`, `exim`, `sendmail`,
// `qmail`, `courier`, `cyrus`, `haraka`, `opensmtpd`, `smtpd`, `stalwart`, `maddy`, `chasquid`,
// `mox`, `zimbra`, `exchange`, `hmailserver`, `mdaemon`, `smartermail`, `kerio`, `greenmail`,
// `mailhog`, `mailpit`, `smtp4dev`, `maildev`, `emailrelay`, `msmtp`, `nullmailer`, `ssmtp`,
// `masqmail`, `dma`, `fetchmail`, `getmail`, `offlineimap`, `mbsync`, `procmail`, `maildrop`,
// `spamassassin`, `spamd`, `rspamd`, `amavis`, `clamav`, `clamd`, `freshclam`, `mimedefang`,
// `mailscanner`, `opendkim`, `opendmarc`, `openarc`, `postgrey`, `sqlgrey`, `policyd-weight`,
// `policyd-spf`, `postsrsd`, `dspam`, `bogofilter`, `spampd`, `proxmox mail`, `mailman`,
// `mailman3`, `sympa`, `mlmmj`, `listmonk`, `majordomo`, `listserv`, `hyperkitty`, `postorius`,
// `roundcube`, `snappymail`, `sogo`, `horde`, `mailcow`, `mailu`, `iredmail`, `modoboa`,
// `ejabberd`, `prosody`, `metronome`, `openfire`, `tigase`, `mongooseim`, `synapse`, `dendrite`,
// `conduit`, `conduwuit`, `tuwunel`, `mautrix`, `matterbridge`, `mattermost`, `rocket.chat`,
// `zulip`, `jitsi`, `inspircd`, `unrealircd`, `ngircd`, `ergo`, `oragono`, `solanum`, `charybdis`,
// `ratbox`, `smalldate`, `znc`, `bitlbee`, `thelounge`, `eggdrop`, `limnoria`, `supybot`,
// `signal-cli`, `inbucket`, `mautic`). None of Anope, Atheme, jabberd2, PHPMailer, Nodemailer,
// aiosmtpd, KumoMTA or Sopel is in any table (`anope` matches only a StarRocks `ScanOperator`,
// `kumo` and `kumod` a Raku `.rakumod` file, `jabberd` only ejabberd, `connecting to router` a Tor
// line, `handling connection` kubectl's port-forward, `is starting up` other servers' banners,
// `COMMAND: `, `] DEBUG [`, `Z  INFO main` and `%(name)-20s` other products' text and formats;
// `heisenbridge`, `soju`, `rainloop` and `mailcatcher` only earlier tables' grep lists). Left out
// as measured already: every product of the second list. Left out as not confirmed by any search:
// biboumi's, Draupnir's and matrix-appservice-irc's own lines, PowerMTA's log file and Spectrum 2's
// log4cxx output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Anope's, Atheme's, jabberd2's and Sopel's stamps are the server's local
// time with no zone and are read as UTC; Anope's `Anope 2.0.17, build #1, compiled 19:02:55 Nov 20
// 2026` carries a second time in its message that is not the record's. PHPMailer writes gmdate()
// and Nodemailer toISOString(), both UTC. aiosmtpd's lines have no time, so their entries have
// none. KumoMTA's journal line carries the journal's local zone-less time (a machine at -05:00,
// read as UTC) and kumod's own time in Z of the same moment, and either is accepted. Levels only
// where the line marks one: jabberd2's bracketed `[notice]`, `[info]`, `[warning]`, `[error]`;
// Nodemailer's padded DEBUG, INFO, ERROR; aiosmtpd's INFO, DEBUG, WARNING, ERROR before
// `:mail.log:`; kumod's right-aligned INFO, WARN, ERROR; Sopel's padded INFO, WARNING, ERROR.
// Anope's `COMMAND:` and `USERS:` are log types, Atheme's lines and PHPMailer's transcript carry
// none, and PHPMailer's `SMTP ERROR:` is message text. The host is the record's host field: only
// the journal's (`mta1`); uplinks, users' masks, client and peer addresses, the SMTP servers a
// client talks to, Nodemailer's session ids and the IRC server are no hosts. A record that spans
// lines is one entry: PHPMailer's EHLO reply with its indented continuation lines, aiosmtpd's and
// Sopel's tracebacks under an ERROR.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a part the source says "from memory" (the messages of Anope, Atheme and jabberd2, whose
// layouts their logger sources confirm, and aiosmtpd's `Peer:` line). Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 98.2 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 98.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is PHPMailer's `SMTP ERROR:` at the start of a message after the
// tab, which trawl reads as the record's level (error) though the transcript has no level column.

var fresh528Cases = []worldCase{
	{
		name:   "anope-services-logfile",
		source: "Anope 2.0's logs/services.log.yyyyMMdd (src/logger.cpp: LogInfo::ProcessMessage writes GetTimeStamp() `[%b %d %H:%M:%S %Y]` from localtime, a blank, then BuildPrefix's `COMMAND: `, `CHANNEL: `, `USERS: `, `SERVER: ` or a module's upper-cased name and the text): anope/anope src/logger.cpp found with the code search (several versions); the messages from memory",
		why:    "a bracketed month-name time with the year after the seconds; no level (`COMMAND:` and `USERS:` are log types, not severities); the uplink and the users' masks are no host; the build's compile time in the first message is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Nov 29 07:41:16 2026] Anope 2.0.17, build #1, compiled 19:02:55 Nov 20 2026"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Nov 29 07:41:17 2026] Successfully connected to uplink #1 hub.harbour.example:7000"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[Nov 29 07:42:03 2026] COMMAND: ines!ines@198.51.100.23 used REGISTER to register ines (email: ines@harbour.example)"),
			we("2026-11-29T07:42:40Z", Unknown, "", "[Nov 29 07:42:40 2026] COMMAND: ines!ines@198.51.100.23 (ines) used REGISTER on #harbour-dev to register the channel"),
			we("2026-11-29T07:44:12Z", Unknown, "", "[Nov 29 07:44:12 2026] USERS: kester!kester@203.0.113.77 failed to identify for account kester"),
			we("2026-11-29T07:45:00Z", Unknown, "", "[Nov 29 07:45:00 2026] SERVER: leaf2.harbour.example (Harbour leaf two) introduced from hub.harbour.example"),
		},
	},
	{
		name:   "atheme-services-log",
		source: "Atheme IRC services' var/atheme.log (src/logger.c: logfile_write() puts strftime `[%Y-%m-%d %H:%M:%S]` from localtime before the control-stripped text; the 2007 versions wrote `[%d/%m/%Y %H:%M:%S]`): atheme logger.c found with find_string (`Writes an I/O stream to a static file`); the messages from memory",
		why:    "an ISO date and time in brackets with no zone (UTC by the rules); no level; a service's nick and a user's mask are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] atheme-services 7.3.0 is starting up..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] db-open-read: database '/var/lib/atheme/services.db' opened"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] connection_open_tcp(): connecting to hub.harbour.example (192.0.2.10) on port 6667"),
			we("2026-11-29T07:43:09Z", Unknown, "", "[2026-11-29 07:43:09] NickServ ines ines!ines@198.51.100.23 REGISTER: ines to ines@harbour.example"),
			we("2026-11-29T07:46:30Z", Unknown, "", "[2026-11-29 07:46:30] ChanServ ines ines!ines@198.51.100.23 REGISTER: #harbour-dev"),
		},
	},
	{
		name:   "jabberd2-c2s-log-file",
		source: "jabberd2's c2s.log with `<log type='file'>` (sx/util log.c: log_write() puts ctime() with its newline turned into a blank, then `[%s] ` with the level name from _log_level: emergency alert critical error warning notice info debug): jabberd2 log.c found with find_string (`\"%s[%s] \", pos, _log_level[level]`); the messages from memory",
		why:    "ctime's weekday, month name, time and year, then the level word in brackets; the client's `[198.51.100.23, port=50412]` is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 [notice] starting up"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 [info] process id is 2211, written to /var/lib/jabberd2/pid/c2s.pid"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 [notice] [127.0.0.1, port=5347] connecting to router"),
			we("2026-11-29T07:42:05Z", Notice, "", "Sun Nov 29 07:42:05 2026 [notice] [9] [198.51.100.23, port=50412] authenticated: ines@harbour.example/laptop (SASL/SCRAM-SHA-1)"),
			we("2026-11-29T07:44:51Z", Warn, "", "Sun Nov 29 07:44:51 2026 [warning] [12] [203.0.113.77, port=41022] SASL authentication failed for kester@harbour.example"),
			we("2026-11-29T07:45:30Z", Error, "", "Sun Nov 29 07:45:30 2026 [error] [13] [203.0.113.77, port=41024] TLS handshake failed: certificate verify failed"),
		},
	},
	{
		name:   "phpmailer-smtpdebug-echo",
		source: "PHPMailer 6 with `$mail->SMTPDebug = SMTP::DEBUG_SERVER` and the default Debugoutput 'echo' (SMTP::edebug: gmdate('Y-m-d H:i:s'), a tab, the message, each further line of a multi-line reply indented by 19 blanks, a tab and 18 blanks): PHPMailer's SMTP.php found with find_string (several copies), and pasted transcripts (`2019-10-23 14:27:31 SERVER -> CLIENT: 220 … ESMTP Postfix`)",
		why:    "a UTC date and time, then a tab; an EHLO reply's continuation lines, indented with a tab and no time, belong to the line above; no level (`SMTP ERROR:` is message text); the SMTP server is a peer, no host",
		gap:    "the `SMTP ERROR:` that opens a message after the tab is read as the record's level (error), though PHPMailer's debug transcript has no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\tConnection: opening to mail.harbour.example:587, timeout=300, options=array()"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\tConnection: opened"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\tSERVER -> CLIENT: 220 mail.harbour.example ESMTP Postfix (Debian/GNU)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\tCLIENT -> SERVER: EHLO www.harbour.example"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026-11-29 07:41:16\tSERVER -> CLIENT: 250-mail.harbour.example",
				"                   \t                  250-PIPELINING",
				"                   \t                  250-SIZE 10240000",
				"                   \t                  250-STARTTLS",
				"                   \t                  250-ENHANCEDSTATUSCODES",
				"                   \t                  250 CHUNKING"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17\tCLIENT -> SERVER: STARTTLS"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18\tSMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"),
		},
	},
	{
		name:   "nodemailer-default-logger",
		source: "Nodemailer with `logger: true, debug: true` (lib/shared createDefaultLogger: `[yyyy-MM-dd HH:mm:ss]` from toISOString, so UTC, the level name padded to five, `[sid]` and `S: `/`C: ` for protocol lines): pasted logs found with find_string (`[2023-10-02 09:55:26] DEBUG Sending mail using SMTP/6.6.1[client:6.6.1]`, `INFO  [0czWbf2sJQA] Secure connection established to …:465`, `ERROR Send Error: …`)",
		why:    "a bracketed zone-less time (UTC); the level word padded to five after it (`INFO `); the session id in brackets is no host, and neither is the resolved SMTP server",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] DEBUG Creating transport: nodemailer (6.9.16; +https://nodemailer.com/; SMTP/6.9.16[client:6.9.16])"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] DEBUG Sending mail using SMTP/6.9.16[client:6.9.16]"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] DEBUG [Qm4xT2bLw0E] Resolved smtp.harbour.example as 192.0.2.25 [cache miss]"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] INFO  [Qm4xT2bLw0E] Connection established to 192.0.2.25:587"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17] DEBUG [Qm4xT2bLw0E] S: 220 smtp.harbour.example ESMTP ready"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17] DEBUG [Qm4xT2bLw0E] C: EHLO [10.0.4.12]"),
			we("2026-11-29T07:41:18Z", Error, "", "[2026-11-29 07:41:18] ERROR Send Error: Invalid login: 535 5.7.8 Authentication credentials invalid"),
		},
	},
	{
		name:   "aiosmtpd-debug-stderr",
		source: "aiosmtpd run as `python -m aiosmtpd -n -d -l 0.0.0.0:8025` (Python logging's default `LEVEL:logger:message` on stderr, the logger `mail.log`; smtp.py's `%r handling connection`, `_handle_client readline: %s`, `%r Data: %s`, `%r << %r`, `%r invalid PROXY handshake`, log.exception's `%r SMTP session exception` with the traceback under it): aiosmtpd smtp.py found with find_string, and pasted sessions (`INFO:mail.log:Server is listening on localhost:8025`); the `Peer:` line from memory",
		why:    "no time at all; the level name before the first colon, the logger name before the second; the peer tuple is no host; a traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("", Info, "", "INFO:mail.log:Server is listening on 0.0.0.0:8025"),
			we("", Info, "", "INFO:mail.log:Peer: ('198.51.100.23', 50514)"),
			we("", Info, "", "INFO:mail.log:('198.51.100.23', 50514) handling connection"),
			we("", Debug, "", "DEBUG:mail.log:('198.51.100.23', 50514) << b'220 mx.harbour.example Python SMTP 1.4.6'"),
			we("", Debug, "", `DEBUG:mail.log:_handle_client readline: b'EHLO client.harbour.example\r\n'`),
			we("", Info, "", "INFO:mail.log:('198.51.100.23', 50514) Data: b'EHLO client.harbour.example'"),
			we("", Warn, "", "WARNING:mail.log:('203.0.113.77', 41022) invalid PROXY handshake"),
			we("", Error, "",
				"ERROR:mail.log:('203.0.113.77', 41030) SMTP session exception",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/aiosmtpd/smtp.py", line 741, in _handle_client`,
				"    await method(arg)",
				`  File "/usr/lib/python3/dist-packages/aiosmtpd/smtp.py", line 1421, in smtp_DATA`,
				"    line = await self._reader.readuntil()",
				"ConnectionResetError: [Errno 104] Connection reset by peer"),
		},
	},
	{
		name:   "kumomta-kumod-journal",
		source: "KumoMTA's kumod under systemd, read with `journalctl -u kumomta.service` (the journal's yearless local time, host and `kumod[pid]:`, then kumod's tracing diagnostic line: an RFC 3339 time in Z with microseconds, the level right-aligned in five, the thread name `localset-N` or `main`, the target and a colon): KumoMTA's troubleshooting guide and a pasted `systemctl status kumomta` found with find_string (`2023-10-20T01:53:00.328546Z  INFO localset-0 kumod: NodeId is …`); docs.kumomta.com kumo.log_debug (`… DEBUG  main lua: ./unix.lua:3: …`)",
		why:    "two times of the same moment: the journal's local zone-less one (read as UTC) and kumod's own in Z, either accepted; the journal's host; the level word after the inner time; the listener addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T02:41:16Z|2026-11-29T07:41:16.328546Z", Info, "mta1", "Nov 29 02:41:16 mta1 kumod[4120]: 2026-11-29T07:41:16.328546Z  INFO localset-0 kumod: NodeId is 7c0e5b2a-41d3-4b8e-9f21-3a6d58c0e914"),
			we("2026-11-29T02:41:16Z|2026-11-29T07:41:16.337267Z", Info, "mta1", "Nov 29 02:41:16 mta1 kumod[4120]: 2026-11-29T07:41:16.337267Z  INFO localset-0 kumo_server_common::http_server: http listener on 127.0.0.1:8000"),
			we("2026-11-29T02:41:16Z|2026-11-29T07:41:16.348273Z", Info, "mta1", "Nov 29 02:41:16 mta1 kumod[4120]: 2026-11-29T07:41:16.348273Z  INFO localset-0 kumod::smtp_server: smtp listener on 0.0.0.0:25"),
			we("2026-11-29T02:43:02Z|2026-11-29T07:43:02.911804Z", Warn, "mta1", "Nov 29 02:43:02 mta1 kumod[4120]: 2026-11-29T07:43:02.911804Z  WARN localset-3 kumod::smtp_dispatcher: harbour.example:mx.harbour.example: connection attempt to 192.0.2.25:25 timed out after 60s"),
			we("2026-11-29T02:44:10Z|2026-11-29T07:44:10.071516Z", Error, "mta1", "Nov 29 02:44:10 mta1 kumod[4120]: 2026-11-29T07:44:10.071516Z ERROR localset-1 kumod::lua_config: policy /opt/kumomta/etc/policy/init.lua: runtime error: attempt to index a nil value (local 'domain')"),
		},
	},
	{
		name:   "sopel-irc-bot-log",
		source: "Sopel 7/8's <config>.sopel.log with the default logging_format `[%(asctime)s] %(name)-20s %(levelname)-8s - %(message)s` (Python's asctime with a comma before the milliseconds, the logger padded to 20, the level padded to 8, ` - `; log.exception's traceback under an ERROR): sopel/config/core_section.py found with find_string (its example `[2019-10-21 12:47:44,272] sopel.irc            INFO     - Connected.`), sopel-irc/sopel PR #2574",
		why:    "a bracketed zone-less time with a comma before the milliseconds (UTC by the rules); a padded logger name, then the padded level word; the IRC server is a peer, no host; the traceback is one record with the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204] sopel.bot            INFO     - Loading plugins..."),
			we("2026-11-29T07:41:16.882Z", Info, "", "[2026-11-29 07:41:16,882] sopel.bot            INFO     - Loaded 38 plugins: admin, adminchannel, announce, calc, clock, dice, find, help, ip, isup, ..."),
			we("2026-11-29T07:41:17.015Z", Info, "", "[2026-11-29 07:41:17,015] sopel.irc            INFO     - Connecting to irc.harbour.example:6697..."),
			we("2026-11-29T07:41:17.402Z", Info, "", "[2026-11-29 07:41:17,402] sopel.irc            INFO     - Connected."),
			we("2026-11-29T07:43:20.118Z", Warn, "", "[2026-11-29 07:43:20,118] sopel.irc            WARNING  - Nick harbourbot is already in use; trying harbourbot_"),
			we("2026-11-29T07:45:02.551Z", Error, "",
				"[2026-11-29 07:45:02,551] sopel.bot            ERROR    - Unexpected error in plugin url for .title from ines",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/sopel/bot.py", line 607, in call_rule`,
				"    rule.execute(sopel, trigger)",
				"requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='news.harbour.example', port=443): Max retries exceeded with url: /"),
		},
	},
}

func TestFresh528Formats(t *testing.T) { assertTable(t, fresh528Cases) }
func TestFresh528Score(t *testing.T) {
	checkScore(t, "fresh528 formats", fresh528Cases, [worldNumFields]float64{98.1, 99.9, 99.9, 99.9})
}
