package parse

import "testing"

// The five-hundred-and-eighth fresh table: email and messaging servers' logs, a further pass (MTAs,
// IMAP/POP servers, spam filters, list managers, chat and XMPP servers in their default files),
// shapes no earlier table holds. Each family is one product's documented or observed output:
// signal-cli run with `-v` (logback's ISO time with a `-0500` offset glued to the milliseconds, the
// thread in brackets, a padded level, an abbreviated logger and ` - `, a Java stack under a WARN);
// the signal-cli daemon without `-v` under systemd, read with journalctl (the padded level word and
// the short logger after the journal's tag); GreenMail standalone with `-Dgreenmail.verbose` (a
// zone-less time with a comma before the milliseconds, the padded level, the logger right-aligned
// in 25 columns and a bar); Inbucket 2.0's console (a slashed date and a bracketed level padded to
// five, `[INFO ]`, `[WARN ]`); Metronome's metronome.err (Prosody's heritage: a yearless date,
// then the source, the level and the message separated by tabs, a Lua traceback under a top-level
// error); E-MailRelay in syslog (the `emailrelay:` tag with no pid, then its own level word and a
// colon); MailDev's stdout (no time and no level at all); tuwunel, the Matrix homeserver, on its
// console (tracing's RFC 3339 time in Z with microseconds, the right-aligned level, the module path
// and a colon).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`signal-cli`, `org.asamk`, `DaemonCommand`, `LibSignal`, `HikariPool`,
// `greenmail`, `LineLoggingBuffer`, `ImapServer|`, `inbucket`, `SMTP<`, `[INFO ] `, `metronome`,
// `general\terror`, `general\tinfo`, `emailrelay`, `e-mailrelay`, `no more messages to send`,
// `smtp connection`, `MailDev`, `maildev`, `Saving email`, `webapp running`, `tuwunel`, `tuwunel_`,
// `conduwuit`, `continuwuity`, `conduit`, `Critical error starting server`, `mailcatcher`,
// `soju`, `heisenbridge`, `snikket`, `ezmlm`, `mailtrain`, `postalserver`, `postal`, `fakesmtp`,
// `mailslurper`, `smtp-sink`, `imapsync`, `imapproxy`, `up-imapproxy`, `nginx mail`, `mailgraph`,
// `exim-stats`, `apprise`, `playsms`, `sa-learn`, `rspamadm`, `scrollout`, `lyris`, `gitter`,
// `revolt`, `spacebar`, `courier-mta`, `nextcloud mail`, `dovecot-sieve`, `jami`, `mercury`,
// `wildduck`, `zone-mta`, `zonemta`, `mongooseim`, `mailenable`, `papercut`, `perdition`,
// `pflogsumm`, `gotify`, `ntfy`, `kannel`, `gammu`, `smsd`, `jasmin`, and the products already
// measured: `postfix`, `dovecot`, `exim`, `exim4`, `sendmail`, `spamassassin`, `spamd`, `rspamd`,
// `amavis`, `mailman`, `ejabberd`, `prosody`, `openfire`, `synapse`, `mattermost`, `rocket.chat`,
// `courier`, `courier-imap`, `cyrus`, `haraka`, `opensmtpd`, `smtpd`, `zimbra`, `qmail`,
// `postgrey`, `clamav`, `clamd`, `opendkim`, `opendmarc`, `sympa`, `mlmmj`, `stalwart`, `maddy`,
// `chasquid`, `mox`, `hmailserver`, `mdaemon`, `smartermail`, `kerio`, `icewarp`, `exchange`,
// `james`, `apache james`, `greylist`, `sqlgrey`, `policyd`, `milter-greylist`, `mailscanner`,
// `uw-imap`, `popa3d`, `qpopper`, `imapd`, `dovecot-lda`, `fetchmail`, `getmail`, `offlineimap`,
// `mbsync`, `isync`, `procmail`, `maildrop`, `sieve`, `managesieve`, `pigeonhole`, `tigase`,
// `matrix`, `dendrite`, `zulip`, `jitsi`, `ircd`, `inspircd`, `unrealircd`, `znc`, `ergo`,
// `oragono`, `thelounge`, `mosquitto`, `snappymail`, `roundcube`, `sogo`, `mailcow`, `iredmail`,
// `modoboa`, `listmonk`, `mailu`, `postfwd`, `smtp-relay`, `msmtp`, `ssmtp`, `nullmailer`, `xmail`,
// `citadel`, `axigen`, `communigate`, `zarafa`, `kopano`, `grommunio`, `gromox`, `open-xchange`,
// `horde`, `spampd`, `bogofilter`, `dspam`, `mimedefang`, `dkimproxy`, `proxmox mail`, `pmg`,
// `mailhog`, `mailpit`, `smtp4dev`, `hyperkitty`, `postorius`, `listserv`, `majordomo`, `coturn`,
// `ngircd`, `charybdis`, `solanum`, `bitlbee`, `matterbridge`, `mautrix`). None of signal-cli,
// GreenMail, Inbucket, Metronome, E-MailRelay, MailDev or tuwunel is in any table (`[INFO ] ` is
// other products' bracket, `HikariPool` a connection pool's lines in Java services, `smtp
// connection` other MTAs' message text, `conduit` other products named Conduit). Left out as
// measured already: every product of the second list. Left out as not confirmed by any search:
// soju's own log lines, heisenbridge's, imapsync's log file, Postal's smtp_server.log and
// E-MailRelay's `--log-time` stamp in its own log file. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). signal-cli's `2026-11-29T02:41:16.204-0500` carries its offset (07:41:16.204
// in UTC); the journal's, Metronome's and E-MailRelay's syslog dates have no year (2026) and no zone
// (UTC); GreenMail's and Inbucket's stamps have no zone and are read as UTC; tuwunel's ends in Z;
// MailDev's lines have no time, so their entries have none. Levels only where the line marks one:
// signal-cli's padded level word (with `-v` and without), GreenMail's padded level, Inbucket's
// bracketed word, Metronome's level between the tabs, E-MailRelay's `info:`, `warning:` and
// `error:` after its tag, tracing's level; MailDev's lines carry none. The host is the record's host
// field: only the syslog and journal hosts; signal-cli's thread and logger, GreenMail's
// `smtp:0.0.0.0:3025` and client addresses, Inbucket's session ids, Metronome's sources (`general`,
// `mod_posix`, an s2s session name), E-MailRelay's peers, MailDev's listen addresses and tuwunel's
// remote servers are no hosts. A record that spans lines is one entry: signal-cli's WARN with the
// exception and its `at` lines, Metronome's top-level error with its stack traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right over 42 records; no family carries a gap.

var fresh508Cases = []worldCase{
	{
		name:   "signal-cli-verbose-offset-stack",
		source: "signal-cli run with `-v` (logback `yyyy-MM-ddTHH:mm:ss.SSSZ [thread] LEVEL logger - msg`, the offset glued to the milliseconds as `-0400` or `Z`, the level padded to five, an exception's stack under its line): AsamK/signal-cli issues #1032 (`2023-09-03T12:37:12.939-0400 [main] DEBUG org.asamk.signal.App - …`), #1585 and #2053, #936 (a WARN with its stack)",
		why:    "an ISO time with a `-0500` offset and no colon; the thread in brackets before the level; the abbreviated logger `o.a.s.m.…` is no host; the exception and its `at` lines belong to the WARN",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29T02:41:16.204-0500 [main] DEBUG org.asamk.signal.App - Starting signal-cli 0.13.22"),
			we("2026-11-29T07:41:16.611Z", Info, "", "2026-11-29T02:41:16.611-0500 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed."),
			we("2026-11-29T07:41:17.090Z", Info, "", "2026-11-29T02:41:17.090-0500 [main] INFO  o.a.signal.commands.DaemonCommand - Starting daemon in single-account mode for +15550142277"),
			we("2026-11-29T07:41:19.880Z", Warn, "",
				"2026-11-29T02:41:19.880-0500 [receive-0] WARN  o.a.s.m.internal.JobExecutor - Message action failed.",
				"org.asamk.signal.manager.api.UntrustedIdentityException: Untrusted identity: 6f1d2c4a-83b7-4e0f-9a51-2c7d0e9b4f13",
				"\tat org.asamk.signal.manager.helper.SendHelper.sendRetryReceipt(SendHelper.java:218)",
				"\tat org.asamk.signal.manager.actions.SendRetryMessageRequestAction.execute(SendRetryMessageRequestAction.java:53)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1583)"),
			we("2026-11-29T07:41:25.002Z", Error, "", "2026-11-29T02:41:25.002-0500 [receive-0] ERROR o.a.s.manager.internal.ManagerImpl - Error while receiving messages: Connection closed unexpectedly"),
		},
	},
	{
		name:   "signal-cli-daemon-journal",
		source: "signal-cli's daemon without `-v` as a systemd service, read with journalctl (the journal's `Mon dd HH:mm:ss host signal-cli[pid]:`, then logback's short `LEVEL Logger - msg`, the level padded to five in 0.13): AsamK/signal-cli issues #893 (`Feb 06 12:00:14 www3 signal-cli[448]: INFO DaemonCommand - Connection closed: …`) and #1643 (`WARN  AccountHelper - …`)",
		why:    "the journal's yearless time and host, then signal-cli's own padded level word and its short logger name",
		entries: []worldEntry{
			we("2026-11-29T07:50:02Z", Warn, "pager2", "Nov 29 07:50:02 pager2 signal-cli[4418]: WARN  AccountHelper - Messages have been last received 12 days ago. The Signal protocol expects that incoming messages are regularly received."),
			we("2026-11-29T07:50:04Z", Info, "pager2", "Nov 29 07:50:04 pager2 signal-cli[4418]: INFO  DaemonCommand - Starting daemon in multi-account mode"),
			we("2026-11-29T07:50:04Z", Info, "pager2", "Nov 29 07:50:04 pager2 signal-cli[4418]: INFO  SocketHandler - Started JSON-RPC server on /run/signal-cli/socket"),
			we("2026-11-29T07:52:31Z", Info, "pager2", "Nov 29 07:52:31 pager2 signal-cli[4418]: INFO  DaemonCommand - Connection closed: UnixDomainPrincipal[user=alertbot, group=alertbot]"),
			we("2026-11-29T07:58:10Z", Error, "pager2", "Nov 29 07:58:10 pager2 signal-cli[4418]: ERROR ReceiveHelper - Failed to receive messages: Authorization failed!"),
		},
	},
	{
		name:   "greenmail-standalone-verbose",
		source: "GreenMail standalone (greenmail/standalone image) with `-Dgreenmail.verbose` (log4j `yyyy-MM-dd HH:mm:ss,SSS LEVEL logger| msg`, the level padded to five, the logger right-aligned in 25 columns, a bar after it): greenmail-mail-test/greenmail issues #559 (`2023-06-03 21:49:49,890 DEBUG           imap.ImapServer| Handling new client connection …`) and #357",
		why:    "a zone-less time with a comma before the milliseconds; the right-aligned logger and its bar; `smtp:0.0.0.0:3025` and the client `/172.18.0.5:40112` are no hosts; TRACE is a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 INFO  standalone.GreenMailStandaloneRunner| Starting GreenMail standalone v2.1.2 using SMTP, SMTPS, IMAP, IMAPS, POP3, POP3S"),
			we("2026-11-29T07:41:16.650Z", Debug, "", "2026-11-29 07:41:16,650 DEBUG           smtp.SmtpServer| Started smtp:0.0.0.0:3025"),
			we("2026-11-29T07:41:21.118Z", Debug, "", `2026-11-29 07:41:21,118 DEBUG    util.LineLoggingBuffer| S: * OK IMAP4rev1 Server GreenMail v2.1.2 ready\r\n`),
			we("2026-11-29T07:41:21.140Z", Trace, "", "2026-11-29 07:41:21,140 TRACE          imap.ImapHandler| Closing handler connection /172.18.0.5:40112"),
			we("2026-11-29T07:41:24.907Z", Warn, "", "2026-11-29 07:41:24,907 WARN           smtp.SmtpHandler| Can not handle command RCPT TO:<ops@orders.example> : user unknown"),
			we("2026-11-29T07:41:30.044Z", Error, "", "2026-11-29 07:41:30,044 ERROR          imap.ImapHandler| Can not close socket: Connection reset by peer"),
		},
	},
	{
		name:   "inbucket-2-console-bracket-level",
		source: "Inbucket 2.0's console (its log package: `yyyy/MM/dd HH:mm:ss [LEVEL] msg`, the level in brackets padded to five: `[INFO ]`, `[WARN ]`, `[ERROR]`, `[TRACE]`; an SMTP session as `SMTP<id>`): inbucket/inbucket issues #108 (`2018/06/26 00:37:16 [INFO ] Inbucket dedd0ea (…) starting...`) and #16 (`[WARN ] SMTP<4212> Bad MAIL argument: …`)",
		why:    "a slashed zone-less date; the bracketed level padded with a blank; `SMTP<3710>` is a session id and `10.9.0.14` a client, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO ] Inbucket 2.0.0 (4c1e9a7, 2026-11-02T10:14:52+0000) starting..."),
			we("2026-11-29T07:41:16Z", Info, "", `2026/11/29 07:41:16 [INFO ] HTTP templates mapped to "/opt/inbucket/themes/bootstrap/templates"`),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO ] SMTP listening on TCP4 0.0.0.0:2500"),
			we("2026-11-29T07:42:03Z", Warn, "", "2026/11/29 07:42:03 [WARN ] SMTP<3710> Bad MAIL argument: 'From:<> SIZE=8841 SMTPUTF8'"),
			we("2026-11-29T07:42:03Z", Trace, "", "2026/11/29 07:42:03 [TRACE] SMTP<3710> >> 501 Bad sender address syntax"),
			we("2026-11-29T07:42:40Z", Error, "", "2026/11/29 07:42:40 [ERROR] SMTP<3712> Failed to store message for mailbox 'qa-build': mailbox full"),
		},
	},
	{
		name:   "metronome-err-log-traceback",
		source: "Metronome IM's /var/log/metronome/metronome.err and metronome.log (Prosody's log layout: `Mon dd HH:MM:SS source<TAB>level<TAB>message`, a Lua `stack traceback:` under a top-level error): maranda/metronome issue #533 (`Oct 02 20:13:30 general\terror\tTop-level error, please report:` with its traceback)",
		why:    "a yearless date, then the source and the level between tabs; `general`, `mod_posix` and the s2s session name are sources, no hosts; the error's traceback lines belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 general\tinfo\tHello and welcome to Metronome version 4.0.3"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 mod_posix\tinfo\tSuccessfully daemonized to PID 2214"),
			we("2026-11-29T07:44:02Z", Warn, "", "Nov 29 07:44:02 s2sout5581c0e8\twarn\tCould not connect to xmpp.fjordline.example: Connection refused, retrying"),
			we("2026-11-29T07:47:30Z", Error, "",
				"Nov 29 07:47:30 general\terror\tTop-level error, please report:",
				"/usr/lib/metronome/modules/mod_s2s/mod_s2s.lua:370: stream response did not give us a streamid!!!",
				"stack traceback:",
				"\t[C]: in function 'parse'",
				"\t/usr/lib/metronome/util/xmppstream.lua:201: in function 'feed'",
				"\t/usr/lib/metronome/modules/mod_s2s/mod_s2s.lua:526: in function 'data'"),
			we("2026-11-29T07:47:31Z", Info, "", "Nov 29 07:47:31 c2s55d0a3f0\tinfo\tClient connected"),
		},
	},
	{
		name:   "emailrelay-syslog-level-word",
		source: "E-MailRelay writing to syslog (the `emailrelay:` tag with no pid, then its own level word and a colon: `info:`, `warning:`, `error:`): syslog filter lists found with find_string (`emailrelay: info: no more messages to send`, `emailrelay: warning: cannot do tls`, `emailrelay: info: failing file`), a setup guide's `emailrelay: info: smtp connection to 108.177.125.108:587`, the man page (emailrelay.sourceforge.net)",
		why:    "the syslog host and yearless time; the level word after the `emailrelay:` tag; the peer `203.0.113.40:587` and the smarthost are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "relay1", "Nov 29 07:41:16 relay1 emailrelay: info: smtp connection from 192.168.40.17:51022"),
			we("2026-11-29T07:41:17Z", Info, "relay1", "Nov 29 07:41:17 relay1 emailrelay: info: smtp connection to 203.0.113.40:587"),
			we("2026-11-29T07:41:17Z", Warn, "relay1", "Nov 29 07:41:17 relay1 emailrelay: warning: cannot do tls: no client tls profile"),
			we("2026-11-29T07:41:19Z", Error, "relay1", `Nov 29 07:41:19 relay1 emailrelay: error: forwarding: failed to forward "/var/spool/emailrelay/emailrelay.2214.1795930876.7.envelope": 535 5.7.8 authentication failed`),
			we("2026-11-29T07:41:19Z", Info, "relay1", "Nov 29 07:41:19 relay1 emailrelay: info: no more messages to send"),
		},
	},
	{
		name:   "maildev-stdout-untimed",
		source: "MailDev 2.x in Docker (maildev/maildev: plain console lines with no time and no level, `MailDev webapp running at …`, `MailDev SMTP Server running at …`, `Saving email: <subject>, id: <id>`): maildev/maildev issue #431",
		why:    "no time and no level on any line; `0.0.0.0:1025` and the outgoing relay are listen and peer addresses, no hosts; the date inside a subject is no time",
		entries: []worldEntry{
			we("", Unknown, "", "MailDev using directory /tmp/maildev-1"),
			we("", Unknown, "", "MailDev outgoing SMTP Server smtp.relay.example:465 (user:undefined, pass:undefined, secure:yes)"),
			we("", Unknown, "", "MailDev webapp running at http://0.0.0.0:1080/"),
			we("", Unknown, "", "MailDev SMTP Server running at 0.0.0.0:1025"),
			we("", Unknown, "", "Saving email: Your invoice for 2026-11-29 is ready, id: Qw7Zk2Pd"),
		},
	},
	{
		name:   "tuwunel-console-tracing",
		source: "tuwunel (conduwuit's successor, a Matrix homeserver) on its console (tracing-subscriber's `RFC3339-Z-microseconds  LEVEL module::path: msg`, the level right-aligned in five): the line shape from memory; the `ERROR tuwunel: Critical error starting server: …` line from agentscope-ai/AgentTeams issue #90",
		why:    "an ISO time in Z with microseconds; the level right-aligned (two blanks before INFO); the module path with `::` is no host; the remote server `matrix.nordhavn.example` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102344Z", Info, "", "2026-11-29T07:41:16.102344Z  INFO tuwunel::server: tuwunel 1.4.2 starting with 4 worker threads"),
			we("2026-11-29T07:41:16.450812Z", Debug, "", "2026-11-29T07:41:16.450812Z DEBUG tuwunel_database::engine: Opened database at /var/lib/tuwunel with 41 column families"),
			we("2026-11-29T07:41:17.003971Z", Info, "", "2026-11-29T07:41:17.003971Z  INFO tuwunel_router::serve::plain: Listening on [0.0.0.0:6167]"),
			we("2026-11-29T07:43:58.771204Z", Warn, "", "2026-11-29T07:43:58.771204Z  WARN tuwunel_service::federation::execute: Failed to send request to matrix.nordhavn.example: error sending request"),
			we("2026-11-29T07:45:02.118530Z", Error, "", "2026-11-29T07:45:02.118530Z ERROR tuwunel: Critical error starting server: I/O error: Address already in use (os error 98)"),
		},
	},
}

func TestFresh508Formats(t *testing.T) { assertTable(t, fresh508Cases) }
func TestFresh508Score(t *testing.T) {
	checkScore(t, "fresh508 formats", fresh508Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
