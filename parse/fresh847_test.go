package parse

import "testing"

// The eight-hundred-and-forty-seventh fresh table: email marketing and newsletter servers. Each
// family is one sender's own log: MailerQ's send log written through its Smart-TPL
// send-log-format (a bracketed date, the state and result, the envelope, the peers' addresses);
// BillionMail's postfix container log (rsyslog RFC 3339 with a +08:00 offset and the container's
// name `postfix` as the host); BillionMail's core written by GoFrame's glog (millisecond time, a
// four-letter level in brackets, a trace id in braces) as a file and through docker compose with
// its service prefix; PowerMTA's accounting CSV (a header line, then records with UNIX time_t);
// EmailEngine's Pino JSON (epoch milliseconds, numeric levels, a hostname key); SendPortal's
// Laravel log (`[date] env.LEVEL:` with a `[stacktrace]` block); MailWizz's Yii 1.1
// application.log (`Y/m/d H:i:s [level] [category]` with a stack trace and a `---` trailer).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `haraka`, `mailu`, `mailman`, `sympa`, `postorius`, `hyperkitty`,
// `mailpit`, `mailhog`, `mailcatcher`, `inbucket`, `smtp4dev`, `maddy`, `stalwart`, `mox`,
// `chasquid`, `opensmtpd`, `exim`, `kumomta`, `powermta`, `pmta`, `mailerq`, `greenarrow`,
// `mailwizz`, `gophish`, `nodemailer`, `dada`, `ghost`, `modoboa`, `iredmail`, `mail-in-a-box`,
// `mlmmj`, `ezmlm`, `majordomo`, `schleuder`, `mailtrain`, `listmonk`, `mautic`, `mailster`,
// `plunk`, `usesend`, `cuttlefish`, `sogo`, `rspamd`, `mailcow`, `zonemta`, `wildduck`,
// `emailrelay`, `keila`, `sendy`, `phplist`, `postal`, `billionmail`, `goframe`, `notifuse`,
// `mailwhale`, `emailengine`, `postalsys`, `hyvor`, `sendportal`, `mailcoach`, `acelle`,
// `openemm`, `agnitas`, `civicrm`, `lyris`, `listserv`, `ecelerity`, `momentum`, `interspire`,
// `mailpoet`, `fluentcrm`, `[error] [php]`, `timeLogged`, `send-log-format`, `+08:00 postfix`.
// Haraka, Mailu's admin, Mailman, Sympa, Ghost, Listmonk, Mautic, Mailtrain, phpList, Keila,
// Postal, KumoMTA, ZoneMTA, WildDuck, CiviCRM and the rest are measured already and were left out;
// PowerMTA, MailerQ, GreenArrow, MailWizz, SendPortal and Mailcoach appear only in grep lists, and
// `goframe` only as other products' glog lines; BillionMail and EmailEngine match nothing. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). MailerQ's, glog's, Laravel's and Yii's times carry no zone and are taken as
// UTC; BillionMail's postfix writes +08:00, converted; PowerMTA's time_t and Pino's epoch
// milliseconds are UTC by definition. Levels only where the line marks one: glog's [INFO] [WARN]
// [ERRO] [DEBU], Pino's numeric level (20 debug, 30 info, 40 warn, 50 error), Laravel's
// env.LEVEL, Yii's [level]; MailerQ's state and result words (message:accepted), postfix's lines
// and PowerMTA's record types (d, b, t) are no level. The host is the record's host field: the
// container's name `postfix` in BillionMail's rsyslog header, Pino's hostname key; MailerQ's
// bracketed addresses, PowerMTA's dlvSourceIp and the compose service prefix are no host, and the
// rest write none. PowerMTA's CSV header line is fed but not scored. SendPortal's and MailWizz's
// stack traces are one record with the line that opens them.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 12101aa before any rule for it: level 96.9 %, time 100.0 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 96.7 %, time 100.0 %, host
// 100.0 %, records 100.0 %), in a worktree at 12101aa with no change to trawl's code (only this
// file and table_test.go's list), 7 of 8 families fully right; the one gap is a level: in
// BillionMail's postfix log the message's leading `warning:` after the tag is read as Warn, though
// the line carries no level.

var fresh847Cases = []worldCase{
	{
		name:   "mailerq-send-log-smarttpl",
		source: "MailerQ 5.x logging documentation (mailerq.com/documentation/5.3/logging): `send-log-format: [{$date}] {$result.state}:{$result.result} {$attempt} <{$email.envelope}> <{$email.recipient}> [{$result.from}] [{$result.to}] {$email.tags} {$result.code} {$result.status} {$result.description}` and its example output `[2018-08-29 07:20:16] message:accepted 1 <…> <…> [ip] [ip] [ \"a\", \"b\" ] 250 2.0.0 Ok`",
		why:    "a bracketed zone-less date, then state:result (no level), the attempt number, the envelope, and the local and remote addresses in brackets (peers, no host); a JSON array of tags",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[2026-11-29 07:41:16] message:accepted 1 <bounce@news.example.org> <ann.vermeer@example.net> [192.0.2.41] [198.51.100.17] [ "nov-digest", "nl" ] 250 2.0.0 Ok: queued as 4QkP2x1bZ9`),
			we("2026-11-29T07:41:18Z", Unknown, "", `[2026-11-29 07:41:18] message:deferred 2 <bounce@news.example.org> <k.otieno@example.com> [192.0.2.41] [203.0.113.80] [ "nov-digest" ] 421 4.7.0 Try again later, closing connection`),
			we("2026-11-29T07:42:03Z", Unknown, "", `[2026-11-29 07:42:03] message:failed 1 <bounce@news.example.org> <nobody@example.invalid> [192.0.2.41] [] [ "nov-digest", "de" ] 550 5.1.1 The email account that you tried to reach does not exist`),
			we("2026-11-29T07:43:30Z", Unknown, "", `[2026-11-29 07:43:30] connection:error 1 <bounce@news.example.org> <m.sato@example.jp> [192.0.2.42] [198.51.100.203] [ ] 0  Connection timed out after 30 seconds`),
		},
	},
	{
		name:   "billionmail-postfix-rfc3339-container-host",
		source: "BillionMail's postfix container log `logs/postfix/mail.log` (`2025-06-20T21:07:31.939719+08:00 postfix postfix/smtp[197]: connect to smtp.163.com[…]`): Billionmail/BillionMail issue #69",
		why:    "an RFC 3339 time with microseconds and a +08:00 offset; the container's hostname `postfix` in the host slot, then the tag postfix/smtp; no level",
		gap:    "postfix's `warning:` at the start of the message after the tag `postfix/smtpd[214]:` is read as level Warn, though the line (an RFC 3339 header with host and tag) carries no level field",
		entries: []worldEntry{
			we("2026-11-29T07:07:31.939719Z", Unknown, "postfix", "2026-11-29T15:07:31.939719+08:00 postfix postfix/smtp[197]: connect to mx2.example.net[203.0.113.25]:25: Connection timed out"),
			we("2026-11-29T07:07:32.101455Z", Unknown, "postfix", "2026-11-29T15:07:32.101455+08:00 postfix postfix/smtp[197]: 7C1F43A08D: to=<li.wei@example.net>, relay=mx1.example.net[203.0.113.24]:25, delay=1.3, delays=0.02/0/0.91/0.37, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5D2B1)"),
			we("2026-11-29T07:07:40.550002Z", Unknown, "postfix", "2026-11-29T15:07:40.550002+08:00 postfix postfix/qmgr[88]: 7C1F43A08D: removed"),
			we("2026-11-29T07:08:02.000713Z", Unknown, "postfix", "2026-11-29T15:08:02.000713+08:00 postfix postfix/smtpd[214]: warning: hostname unknown.example.com does not resolve to address 198.51.100.66: Name or service not known"),
		},
	},
	{
		name:   "billionmail-core-goframe-glog-file",
		source: "BillionMail's core is a GoFrame application; GoFrame glog's default content format `time [level] content`, `2018-10-10 12:00:01.568 [ERRO] …` and `[DEBU]`: goframe.org/en/docs/core/glog and the glog JSON page; the trace id in braces after the level from memory",
		why:    "a zone-less millisecond time, a four-letter bracketed level (INFO, WARN, ERRO, DEBU), a trace id in braces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.568Z", Info, "", "2026-11-29 07:41:16.568 [INFO] {8c2f1e0a7b5d4318a1f02c9e} batch_mail: campaign 214 started, 1840 recipients"),
			we("2026-11-29T07:41:16.601Z", Debug, "", "2026-11-29 07:41:16.601 [DEBU] {8c2f1e0a7b5d4318a1f02c9e} warmup: sender ip 192.0.2.61 daily quota 600, used 212"),
			we("2026-11-29T07:41:19.044Z", Warn, "", "2026-11-29 07:41:19.044 [WARN] {3d9a77c01e6b4f2a9c5e8b10} mail_service: domain news.example.org has no PTR record"),
			we("2026-11-29T07:41:22.310Z", Error, "", "2026-11-29 07:41:22.310 [ERRO] {3d9a77c01e6b4f2a9c5e8b10} batch_mail: SMTP close writer: 451 4.3.0 Error: queue file write error"),
		},
	},
	{
		name:   "billionmail-core-compose-prefix-glog",
		source: "BillionMail under docker compose (`core-billionmail-1     | Error reading project config directory: open ../conf/askai: no such file or directory`): Billionmail/BillionMail issue #240; the glog lines inside as in goframe.org/en/docs/core/glog",
		why:    "the compose service prefix and a pipe before each line (no host); an untimed startup line, then glog lines with their own time and bracketed level",
		entries: []worldEntry{
			we("", Unknown, "", "core-billionmail-1     | Error reading project config directory: open ../conf/askai: no such file or directory"),
			we("2026-11-29T07:41:16.120Z", Info, "", "core-billionmail-1     | 2026-11-29 07:41:16.120 [INFO] {} database_initialization: tables checked, 0 migrated"),
			we("2026-11-29T07:41:16.884Z", Info, "", "core-billionmail-1     | 2026-11-29 07:41:16.884 [INFO] {} http server started listening on [:80]"),
			we("2026-11-29T07:41:30.007Z", Error, "", "core-billionmail-1     | 2026-11-29 07:41:30.007 [ERRO] {f1e2d3c4b5a697887766a5b4} fail2ban: access_log_detection: open /opt/billionmail/logs/nginx/access.log: permission denied"),
		},
	},
	{
		name:   "powermta-accounting-csv-time-t",
		source: "PowerMTA accounting file: PowerMTA v4.0 User's Guide §11.2.9 (CSV per RFC 4180 with a header line; `Time stamps are normally formatted as UNIX time_t`; `type,timeLogged,orig,rcpt,dlvSourceIp,bounceCat` then `d,1178807903,…`); the field names in the PowerMTA 5.5 records notes (hackmd.io/@z3d3m0n/Pmta_records)",
		why:    "a CSV header, then records whose first column is the record type (d, b, t: no level) and whose second is a UNIX time_t; the source IP is the sender's own address column, no host field",
		entries: []worldEntry{
			wskip("type,timeLogged,timeQueued,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dlvSourceIp,vmta,jobId,bounceCat"),
			we("2026-11-29T07:41:16Z", Unknown, "", `d,1795938076,1795938071,bounce@news.example.org,ann.vermeer@example.net,relayed,2.0.0 (success),smtp;250 2.0.0 Ok: queued as 9F2D1,192.0.2.41,vmta-nl-01,nov-digest-2026,`),
			we("2026-11-29T07:41:18Z", Unknown, "", `t,1795938078,1795938071,bounce@news.example.org,k.otieno@example.com,delayed,4.7.0 (other or undefined security status),"smtp;421 4.7.0 Try again later, closing connection",192.0.2.41,vmta-nl-01,nov-digest-2026,`),
			we("2026-11-29T07:42:03Z", Unknown, "", `b,1795938123,1795938071,bounce@news.example.org,nobody@example.invalid,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 user unknown,192.0.2.42,vmta-nl-02,nov-digest-2026,bad-mailbox`),
		},
	},
	{
		name:   "emailengine-pino-json",
		source: "EmailEngine (postalsys) `logs all output in Pino format`: the eerawlog README (Raw log viewer for EmailEngine); Pino's default keys level (number), time (epoch ms), pid, hostname, msg; the component and account keys from memory",
		why:    "one JSON object a line: numeric level (20 30 40 50), epoch-millisecond time, the hostname key is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "ee-worker-02", `{"level":30,"time":1795938076412,"pid":41,"hostname":"ee-worker-02","component":"api","msg":"Server started","host":"0.0.0.0","port":3000}`),
			we("2026-11-29T07:41:17.090Z", Debug, "ee-worker-02", `{"level":20,"time":1795938077090,"pid":58,"hostname":"ee-worker-02","component":"imap","account":"newsletter-bounces","cid":"kq3x7d","msg":"Connection established","src":"connection"}`),
			we("2026-11-29T07:42:05.733Z", Warn, "ee-worker-02", `{"level":40,"time":1795938125733,"pid":58,"hostname":"ee-worker-02","component":"imap","account":"newsletter-bounces","msg":"Mailbox sync took too long","path":"INBOX","duration":31244}`),
			we("2026-11-29T07:42:40.001Z", Error, "ee-worker-02", `{"level":50,"time":1795938160001,"pid":58,"hostname":"ee-worker-02","component":"imap","account":"promo-sender","err":{"type":"Error","message":"Invalid credentials (Failure)","responseStatus":"NO"},"msg":"Failed to authenticate"}`),
		},
	},
	{
		name:   "sendportal-laravel-log-stacktrace",
		source: "SendPortal's storage/logs/laravel.log (`[2025-12-26 04:55:18] local.INFO: Saving empty email message campaign=11 subscriber=4643`): mettle/sendportal-core issue #211 and mettle/sendportal issue #90 (`production.INFO: Message is not valid`); the `[stacktrace]` block under an exception from memory (Laravel's Monolog line formatter)",
		why:    "a bracketed zone-less date, then environment.LEVEL (local.INFO, production.ERROR); an exception record carries a JSON context and a `[stacktrace]` block of #n frames that belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] production.INFO: Saving empty email message campaign=37 subscriber=10482"),
			we("2026-11-29T07:41:18Z", Info, "", "[2026-11-29 07:41:18] production.INFO: Message is not valid"),
			we("2026-11-29T07:42:03Z", Error, "",
				`[2026-11-29 07:42:03] production.ERROR: Trying to get property 'subscriber' of non-object {"exception":"[object] (ErrorException(code: 0): Trying to get property 'subscriber' of non-object at /var/www/sendportal/vendor/mettle/sendportal-core/src/Services/Messages/DispatchMessage.php:64)`,
				"[stacktrace]",
				"#0 /var/www/sendportal/vendor/mettle/sendportal-core/src/Services/Messages/DispatchMessage.php(64): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
				"#1 /var/www/sendportal/vendor/mettle/sendportal-core/src/Pipelines/Campaigns/CreateMessages.php(112): Sendportal\\Base\\Services\\Messages\\DispatchMessage->handle()",
				"#2 {main}",
				`"} `),
			we("2026-11-29T07:43:30Z", Warn, "", "[2026-11-29 07:43:30] production.WARNING: Webhook signature mismatch for email service 3"),
		},
	},
	{
		name:   "mailwizz-yii1-application-log",
		source: "MailWizz is a Yii 1.1 application writing apps/common/runtime/application.log (from memory); Yii 1.1 CFileLogRoute's line `Y/m/d H:i:s [level] [category] message` with the exception's `Stack trace:` frames, a `REQUEST_URI=` line and a `---` trailer: a Yii 1.1 application.log found with find_string (`2012/03/13 01:14:21 [error] [exception.CHttpException.404] exception 'CHttpException' with message …`)",
		why:    "a slashed zone-less date, the level and the category in brackets; an exception record runs over the stack trace, the request lines and the `---` trailer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "",
				"2026/11/29 07:41:16 [error] [exception.CHttpException.404] exception 'CHttpException' with message 'The requested page does not exist.' in /var/www/mailwizz/apps/frontend/controllers/CampaignsController.php:58",
				"Stack trace:",
				"#0 /var/www/mailwizz/apps/common/framework/web/actions/CInlineAction.php(49): CampaignsController->actionOverview('ab12cd34ef')",
				"#1 /var/www/mailwizz/apps/common/framework/web/CController.php(308): CInlineAction->runWithParams(Array)",
				"REQUEST_URI=/campaigns/ab12cd34ef/overview",
				"HTTP_REFERER=https://lists.example.org/customer/campaigns/index",
				"---"),
			we("2026-11-29T07:41:40Z", Warn, "", "2026/11/29 07:41:40 [warning] [application] Delivery server 4 reached its hourly quota (500), switching to server 6"),
			we("2026-11-29T07:42:03Z", Info, "", "2026/11/29 07:42:03 [info] [application] Campaign 'November digest' (uid ab12cd34ef) finished sending, 1840 processed"),
		},
	},
}

func TestFresh847Formats(t *testing.T) { assertTable(t, fresh847Cases) }

func TestFresh847Score(t *testing.T) {
	checkScore(t, "fresh847 formats", fresh847Cases, [worldNumFields]float64{96.8, 99.9, 99.9, 99.9})
}
