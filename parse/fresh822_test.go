package parse

import "testing"

// The eight-hundred-and-twenty-second fresh table: groupware and webmail servers' own logs that no
// earlier table holds. Each family is one product's file or journal: Z-Push's z-push.log (a
// day-first date, a padded pid and a padded level word in brackets, the user in brackets);
// RainLoop's debug log (a time of day with no date, a request id, the channel glued to its MailSo
// type in brackets, a PHP stack trace under an exception); grommunio's gromox daemons in the
// journal (E-nnnn message codes, no priority in the text); Kerio Connect's security log and its
// debug log (a bracketed day/Mon/year time; the debug log adds a thread number and a {category});
// Roundcube's sendmail log (its bracketed day-Mon-year time with an offset, the session id, the
// user and the SMTP reply); Zimbra's zmstat CSV files (a month-first date in the first column);
// IceWarp's SMTP session log (the peer's address, a hex thread id and a time of day).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `zimbra`, `mailbox.log`, `sogo`, `sogod`, `horde`, `kopano`,
// `kopano-server`, `grommunio`, `gromox`, `open-xchange`, `open xchange`, `open_xchange`,
// `com.openexchange`, `OXException`, `roundcube`, `rcube`, `snappymail`, `rainloop`, `axigen`,
// `kerio`, `egroupware`, `citadel`, `communigate`, `mdaemon`, `hmailserver`, `smartermail`,
// `icewarp`, `merak`, `scalix`, `zarafa`, `cyrus`, `cyrus-imapd`, `tine`, `afterlogic`, `zextras`,
// `carbonio`, `stalwart`, `mailpile`, `group-office`, `apache james`, `james`, `exchange`,
// `MSExchange`, `squirrelmail`, `nextcloud`, `mail.log`, `audit.log`, `imapproxy`, `perdition`,
// `mailcow`, `iredmail`, `modoboa`, `mailu`, `mailinabox`, `z-push`, `zpush`, `activesync`,
// `davical`, `radicale`, `baikal`, `sabre`, `carddav`, `caldav`, `dovecot`, `bongo`,
// `postfixadmin`, `mailman`, `mapi`, `wildduck`, `haraka`, `maddy`, `mox`, `chasquid`, `MailEnable`,
// `Xeams`, `Mailsite`, `Exim`, `MailPlus`, `SOGoSync`, `webmail`, `imap_conn`, `trace_log`,
// `zmstat`, `zmconfigd`, `horde_activesync`, `activesync.log`, and the names of every measured
// family. Zimbra (mailbox, audit, sync, nginx, zmmailboxd.out, zimbramon), SOGo, Horde's own log,
// Kopano (server, spooler, audit), Open-Xchange, Roundcube (errors, userlogins, imap debug,
// syslog), SnappyMail, Axigen, Kerio Connect's mail log, CommuniGate, MDaemon, hMailServer,
// SmarterMail, Citadel, Tine and Stalwart are measured already and were left out; z-push, gromox,
// rainloop, icewarp and zmstat match only grep lists, and Kerio Connect's security and debug logs
// and Roundcube's sendmail log are other files of products measured for another file. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Z-Push's day-first date, Kerio's bracketed times, zmstat's month-first
// date carry no zone and are taken as UTC; RainLoop's and IceWarp's times of day have no date and
// are on the clock's day; the gromox journal lines are year-less, in 2026; Roundcube writes
// +0100, converted. Levels only where the line marks one: Z-Push's padded level word (DEBUG, INFO,
// WARN, ERROR, FATAL, fatal being Critical) and RainLoop's MailSo type in brackets after the
// channel (DATA is MailSo's info type, NOTICE, ERROR); gromox's E-nnnn is a message number and
// the journal text carries no priority (the point of gromox issue #146), Kerio's, Roundcube's
// sendmail, zmstat's and IceWarp's lines carry none. The host is the record's host field: the
// journal's host for gromox; none in the other files (the client addresses, the IMAP and SMTP
// peers, Z-Push's user and IceWarp's leading peer address are no host). RainLoop's exception is
// one record with its stack trace; zmstat's CSV header is fed but not scored.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Kerio Connect's security and debug lines, Roundcube's sendmail line, zmstat's
// CSV and IceWarp's session log entirely; RainLoop's DATA-is-info mapping). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations
// were decided from the format before the table was first run, and none was changed after it; a
// family trawl still gets wrong carries a gap that says what it does not read, and it stays in the
// score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 87.5 %, time 90.6 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 86.7 %, time 90.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 7f43fec with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps: RainLoop's MailSo type in brackets after the channel is not
// read as the level (DATA gives Unknown, INFO[NOTICE] gives Info from the channel word), gromox's
// E-nnnn message code is read as an Error level, and IceWarp's time of day after the peer's address
// and hex thread id is not read.

var fresh822Cases = []worldCase{
	{
		name:   "z-push-log-day-first-padded-level",
		source: "Z-Push's /var/log/z-push/z-push.log (`dd/MM/yyyy HH:mm:ss [pid] [LEVEL] [user] msg`, the pid padded to five, the level word right-aligned to five: `[ INFO]`, `[ WARN]`): Z-Hub/Z-Push issue #196, fmbiete/Z-Push-contrib issues #102, #191 and #228, dupondje/PHP-Push-2 issue #79 (pasted logs); FATAL from memory",
		why:    "a day-first date with no zone (29/11 cannot be month-first); a padded pid in brackets; the level word padded inside brackets; the user in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "29/11/2026 07:41:16 [ 4120] [DEBUG] [alice@example.org] -------- Start"),
			we("2026-11-29T07:41:16Z", Info, "", "29/11/2026 07:41:16 [ 4120] [ INFO] [alice@example.org] Version='2.7.5' method='POST' from='198.51.100.23' cmd='Sync' getUser='alice@example.org' devId='androidc41207731' devType='Android'"),
			we("2026-11-29T07:41:18Z", Warn, "", "29/11/2026 07:41:18 [ 4120] [ WARN] [alice@example.org] SyncCollections->CheckForChanges(): Changes detected in folder 'f1a2' but the state is outdated, resync forced"),
			we("2026-11-29T07:41:19Z", Error, "", "29/11/2026 07:41:19 [13771] [ERROR] [bob@example.org] LoopDetection->ProcessLoopDetectionPreviousConnectionFailed(): Command 'Sync' at 29/11/2026 07:39:02 with pid '13650' terminated unexpectedly or is still running."),
			we("2026-11-29T07:41:20Z", Critical, "", "29/11/2026 07:41:20 [13771] [FATAL] [bob@example.org] Exception: (FatalException) - Unable to open the state directory '/var/lib/z-push/7/b'"),
		},
	},
	{
		name:   "rainloop-log-time-of-day-mailso-type",
		source: "RainLoop's debug log (data/_data_/_default_/logs/log-yyyy-MM-dd.txt, `[HH:mm:ss.SSS][request id] CHANNEL[TYPE]: msg`, an exception's `Stack trace:` and `#n` frames on the lines below): RainLoop/rainloop-webmail issues #674, #784 and #1847 (pasted logs); DATA as MailSo's info type from memory",
		gap:    "the MailSo type in brackets after the channel is not read as the level: `LOGIN[DATA]` gives Unknown (DATA is MailSo's info type), and `INFO[NOTICE]` gives Info from the channel word INFO instead of Notice from the bracketed type",
		why:    "a time of day with milliseconds and no date (on the clock's day); a hex request id in a second bracket; the MailSo type glued to the channel in brackets; a date inside the first message ([DATE:29.11.26]) is no record time; the exception's stack trace belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.063Z", Info, "", "[07:41:16.063][4c1e9a07] INFO[DATA]: [DATE:29.11.26][OFFSET:+00][RL:1.17.0][PHP:8.1.2][IP:198.51.100.23][PID:4180][nginx/1.24.0][fpm-fcgi]"),
			we("2026-11-29T07:41:16.402Z", Info, "", "[07:41:16.402][4c1e9a07] LOGIN[DATA]: Login attempt for carol@example.org from 198.51.100.23"),
			we("2026-11-29T07:41:17.015Z", Notice, "",
				"[07:41:17.015][4c1e9a07] INFO[NOTICE]: RainLoop\\Exceptions\\ClientException: AuthError[102] in /var/www/webmail/rainloop/v/1.17.0/app/libraries/RainLoop/Actions.php:1954",
				"Stack trace:",
				"#0 /var/www/webmail/rainloop/v/1.17.0/app/libraries/RainLoop/Actions.php(2187): RainLoop\\Actions->LoginProcess('carol@example.o...', '*******')",
				"#1 /var/www/webmail/rainloop/v/1.17.0/app/libraries/RainLoop/ServiceActions.php(190): RainLoop\\Actions->DoLogin()",
				"#2 {main}"),
			we("2026-11-29T07:41:17.530Z", Error, "", "[07:41:17.530][9b2e77c1] IMAP[ERROR]: NO [AUTHENTICATIONFAILED] Authentication failed."),
		},
	},
	{
		name:   "grommunio-gromox-journal-error-codes",
		source: "grommunio's gromox daemons (gromox-http, gromox-zcore) in journalctl's short output (`Mmm dd HH:mm:ss host ident[pid]: msg`, errors numbered `E-nnnn:`, the text carrying no priority): grommunio/gromox issues #146 (`http[11323]: E-1350: sqlite_open_v2(…): unable to open database file (14)`) and #188 (`gromox-http[29431]: ews: unknown field URI 'item:Preview' (ignored)`)",
		gap:    "the gromox message code `E-1350:` after the tag is read as an Error level, though it is a message number and the journal text carries no priority",
		why:    "a year-less journal line whose ident is `http` or `gromox-http`; the E-nnnn code is a message number, not a level; the journal's host is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "grommunio", "Nov 29 07:41:16 grommunio gromox-http[29431]: ews: unknown field URI 'calendar:StartTimeZone' (ignored)"),
			we("2026-11-29T07:41:18Z", Unknown, "grommunio", "Nov 29 07:41:18 grommunio http[29431]: E-1350: sqlite_open_v2(/var/lib/gromox/user/3/7/exmdb/exchange.sqlite3): unable to open database file (14)"),
			we("2026-11-29T07:41:18Z", Unknown, "grommunio", "Nov 29 07:41:18 grommunio http[29431]: E-1350: sqlite_open_v2(/var/lib/gromox/user/3/7/tables.sqlite3): unable to open database file (14)"),
			we("2026-11-29T07:41:25Z", Unknown, "grommunio", "Nov 29 07:41:25 grommunio gromox-zcore[2210]: rpc_parser: connection from 127.0.0.1 closed after 3 requests"),
		},
	},
	{
		name:   "kerio-connect-security-log",
		source: "Kerio Connect's store/logs/security.log (`[dd/Mon/yyyy HH:mm:ss] msg`, failed logins and blocked addresses): the bracketed time as Kerio's log documentation shows it (support.keriocontrol.gfi.com 'Config Logs in Kerio Control', the same engine's log format); the security messages from memory",
		why:    "a bracketed day/Mon/year time with no zone; no level, no host: the addresses and accounts in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026 07:41:16] Failed SMTP login from 198.51.100.23 with SASL method LOGIN."),
			we("2026-11-29T07:41:19Z", Unknown, "", "[29/Nov/2026 07:41:19] Failed IMAP login from 198.51.100.23, missing Kerio Connect account scanner@example.org."),
			we("2026-11-29T07:41:22Z", Unknown, "", "[29/Nov/2026 07:41:22] IP address 198.51.100.23 has been blocked for 5 minutes, because it exceeded the limit of failed logins."),
		},
	},
	{
		name:   "kerio-connect-debug-log-thread-category",
		source: "Kerio Connect's store/logs/debug.log (`[dd/Mon/yyyy HH:mm:ss][thread] {category} msg`, the categories chosen under Logs > Debug > Messages): from memory of real lines; the bracketed time as in kerio-connect-security-log",
		why:    "the bracketed time glued to a second bracket with a thread number, then a {category} in braces; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026 07:41:16][5840] {imaps} Task 41207 handler BEGIN"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026 07:41:16][5840] {imaps} IMAP server session begin; client connected from 198.51.100.23:50122"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[29/Nov/2026 07:41:17][2112] {smtp} SMTP: Connection closed by client 203.0.113.9:41822"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[29/Nov/2026 07:41:17][5840] {imaps} Task 41207 handler END"),
		},
	},
	{
		name:   "roundcube-sendmail-log",
		source: "Roundcube's logs/sendmail.log (smtp_log = true: `[dd-Mon-yyyy HH:mm:ss +zzzz]: <session> User name [client ip]; Message <message-id> for recipients; 250: reply`): the time and session head as in Roundcube's errors log (an earlier table's family); the sendmail line from memory",
		why:    "the bracketed day-Mon-year time with +0100 converts; the session id in angle brackets; the client address and the recipients are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29-Nov-2026 08:41:16 +0100]: <3fa1c2d4> User alice@example.org [198.51.100.23]; Message <a41b2c3d4e5f6071@example.org> for bob@example.net; 250: 2.0.0 Ok: queued as 4F1A27C0B12"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[29-Nov-2026 08:42:03 +0100]: <9b2e77c1> User dave@example.org [203.0.113.9]; Message <0c9d8e7f6a5b4c3d@example.org> for carol@example.net, erin@example.com; 250: 2.0.0 Ok: queued as 7D2B41E0A03"),
			we("2026-11-29T07:44:40Z", Unknown, "", "[29-Nov-2026 08:44:40 +0100]: <3fa1c2d4> User alice@example.org [198.51.100.23]; Message <5e4f3a2b1c0d9e8f@example.org> for team@example.org; 250: 2.0.0 Ok: queued as 12C9F0D4E77"),
		},
	},
	{
		name:   "zimbra-zmstat-csv",
		source: "Zimbra's zmstat collectors (/opt/zimbra/zmstat/cpu.csv and the like: a `timestamp, …` header, then one row a sample with the time as `MM/dd/yyyy HH:mm:ss` first): from memory of real files",
		why:    "a month-first date with no zone in the first CSV column, the samples after it; the header is no record; no level, no host",
		entries: []worldEntry{
			wskip("timestamp, cpu:user, cpu:nice, cpu:sys, cpu:idle, cpu:iowait, cpu:irq, cpu:softirq"),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29/2026 07:41:00, 3.1, 0.0, 1.2, 95.2, 0.5, 0.0, 0.0"),
			we("2026-11-29T07:41:30Z", Unknown, "", "11/29/2026 07:41:30, 12.7, 0.0, 2.9, 83.1, 1.2, 0.0, 0.1"),
			we("2026-11-29T07:42:00Z", Unknown, "", "11/29/2026 07:42:00, 4.4, 0.0, 1.0, 94.1, 0.5, 0.0, 0.0"),
		},
	},
	{
		name:   "icewarp-smtp-session-log",
		source: "IceWarp (formerly Merak) Mail Server's SMTP session log (logs/smtp/syyyyMMdd.log: the peer's address, the session's hex thread id in brackets, a time of day, then the event or the SMTP dialogue with `<<<` and `>>>`): from memory of real files",
		gap:    "the time of day after the peer's address and the hex thread id (`198.51.100.23 [0F3C] 07:41:16`) is not read: those records get no time; only the banner line gets one, from the RFC 2822 date inside its message",
		why:    "the peer's address first (no host), a hex thread id in brackets, then a time of day with no date (on the clock's day); the banner's RFC 2822 date is inside the message; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "198.51.100.23 [0F3C] 07:41:16 Connected"),
			we("2026-11-29T07:41:16Z", Unknown, "", "198.51.100.23 [0F3C] 07:41:16 >>> 220 mail.example.org ESMTP IceWarp 14.1.0.12; Sun, 29 Nov 2026 07:41:16 +0000"),
			we("2026-11-29T07:41:16Z", Unknown, "", "198.51.100.23 [0F3C] 07:41:16 <<< EHLO client.example.net"),
			we("2026-11-29T07:41:18Z", Unknown, "", "198.51.100.23 [0F3C] 07:41:18 Disconnected"),
		},
	},
}

func TestFresh822Formats(t *testing.T) { assertTable(t, fresh822Cases) }
func TestFresh822Score(t *testing.T) {
	checkScore(t, "fresh822 formats", fresh822Cases, [worldNumFields]float64{87.4, 90.5, 99.9, 99.9})
}
