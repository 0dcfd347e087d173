package parse

import "testing"

// The seven-hundred-and-fifth fresh table: mailing list managers and newsletter tools, as their
// operators attach the output to tickets, shapes no earlier table holds. Each family is one
// product's documented or observed output: Postal's own smtp_server and worker logs (`[smtp.1:pid]
// [ISO] LEVEL -- : [session] msg`); Mailtrain v2's npmlog console (`info`, `WARN`, `ERR!`, no time);
// Keila's Elixir console (`$dateT$time $metadata[$level]`, a crash report under an [error]);
// Mautic 5's Monolog log with microseconds, an offset and a `[stacktrace]` block; Mautic's
// `mautic:campaigns:trigger` cron output (untimed lines, progress bars, a Monolog line glued after
// a bar); phpList 3's command-line queue run (`phpList - msg`); Discourse's mail-receiver
// (receive-mail through syslog into the host's mail.log); listmonk read through `docker compose
// logs` (the `listmonk_app  | ` prefix before Go's log line).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`mailman`, `GNU Mailman`, `(mailman`, `listmonk`, `listmonk_app`,
// `sympa`, `sympa_msg`, `wwsympa`, `task_manager`, `bulk.pl`, `phplist`, `phpList - `,
// `processqueue`, `mautic`, `mautic.ERROR`, `mautic.WARNING`, `mautic.NOTICE`, `mautic.INFO`,
// `mautic:`, `+00:00] mautic`, `[stacktrace]`, `Triggering events`, `Triggering first level`,
// `mautic:campaigns:trigger`, `postal`, `postal-`, `smtp.1`, `smtp.1:`, `[worker.1:`, `worker.1`,
// `] DEBUG -- :`, `smtp_server`, `mailtrain`, `npmlog`, `ERR! `, `info Express`, `Senders`,
// `keila`, `KeilaWeb`, `nmc_`, `Elixir`, `Bandit`, `[warning]`, `[info]`, `discourse`,
// `discourse-mail`, `mail-receiver`, `mail_receiver`, `receive_emails`, `receive-mail`,
// `receive-mail[`, `handle_mail`, `hyperkitty`, `postorius`, `django`, `django-q`, `qcluster`,
// `[Q] INFO`, `uwsgi`, `mlmmj`, `ezmlm`, `majordomo`, `listserv`, `dada`, `schleuder`, `mailchimp`,
// `sendy`, `mailwizz`, `mailcoach`, `sendportal`, `phpmailer`, `newsletter`, `campaign`, `bounce`,
// `ghost`, `runner`, `lmtp`, `wilderness`, `queue.go`, `nntp`, `messenger:consume`). Already
// measured, so left out: Mailman 3's core logs (`mailman3`), Mailman 2.1's logs, mailman-web with
// HyperKitty and Postorius, Sympa through syslog, listmonk's bare stdout, Mautic's Monolog log with
// a zone-less `Y-m-d H:i:s` (fresh125), mlmmj, Discourse's production.log, and django-q's qcluster
// (`[Q] INFO`, fresh683 and fresh695). Postal, Mailtrain and phpList appear only in earlier tables'
// lists of greps, `postal` otherwise only as a `postalCode` JSON key; `ERR! ` and `npmlog` match npm
// and other Node tools, `] DEBUG -- :` other Ruby Loggers, `[stacktrace]` Laravel and other Monolog
// users, `Elixir`, `Bandit` and `[warning]` other Elixir apps; none of them is one of these
// families. Left out as not confirmed by any search: Sympa's foreground stderr, Mailman 3's
// container entrypoint, MailWizz, Sendy, Dada Mail and Schleuder. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Postal's ISO stamp, Keila's `2026-11-29T07:41:16.120`, listmonk's slashed
// date and the Mautic console's Monolog stamp have no zone and are read as UTC; Mautic 5's stamp
// carries +01:00 (08:41:16.540942+01:00 is 07:41:16.540942Z); the mail.log lines have no year
// (2026). Mailtrain's npmlog lines, phpList's lines and the Mautic console's untimed lines have no
// time of their own (""). Levels only where the line marks one: Postal's word before `-- :`,
// npmlog's `info`, `WARN`, `ERR!`, Keila's bracketed Elixir level, Monolog's `channel.LEVEL` (NOTICE
// is notice); the syslog lines of mail-receiver and Postfix carry no severity, listmonk and phpList
// none, and a message word (`error sending`, `Failed`) gives none. The host is the record's host
// field: only the syslog header's (`forum-mx`); Postal's `smtp.1` process name, the SMTP peer, the
// Discourse site, the compose service `listmonk_app` and phpList's installation name are no hosts.
// A record that spans lines is one entry: Keila's [error] with its `** (RuntimeError)` and stack
// lines, Mautic 5's ERROR with its `[stacktrace]` frames and closing `"} []`; the Mautic console's
// progress bars are records of their own, indented or not.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (listmonk's compose prefix; parts of Keila's crash report and of the
// mail-receiver's `#012`). Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 93.3 %, time 95.8 %, host 95.8 %, records 93.8 %.
// That is the macro figure (micro: level 92.9 %, time 95.2 %, host 95.2 %, records 92.9 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Mailtrain's npmlog `ERR!` token, which trawl does not read as
// a level, and the Mautic console's indented progress bars, which trawl joins to the untimed line
// before them, so the Monolog ERROR glued after a bar loses its time and level.

var fresh705Cases = []worldCase{
	{
		name:   "postal-smtp-server-log",
		source: "Postal 1.x/2.x log/smtp_server.log and worker.log (its own logger: `[process.N:pid] [yyyy-MM-ddTHH:mm:ss.SSS] LEVEL -- : [session] msg`, `=>` and `<=` for the SMTP dialogue): postalserver/postal issue #1222 (a pasted smtp_server log), issues #325 and #274 (the smtp.1, worker.1 process names)",
		why:    "the process name and pid in the first bracket, a zone-less ISO time in the second (UTC by the rules), then the level word before `-- :`; the SMTP client address in the message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:02.118Z", Info, "", "[smtp.1:20931] [2026-11-29T07:40:02.118] INFO -- : Listening on [::]:25"),
			we("2026-11-29T07:41:16.604Z", Debug, "", "[smtp.1:20931] [2026-11-29T07:41:16.604] DEBUG -- : [QX7LMB]    Connection opened from ::ffff:198.51.100.23"),
			we("2026-11-29T07:41:16.605Z", Debug, "", "[smtp.1:20931] [2026-11-29T07:41:16.605] DEBUG -- : [QX7LMB]    Client identified as mail-out.example.net (::ffff:198.51.100.23)"),
			we("2026-11-29T07:41:16.790Z", Debug, "", "[smtp.1:20931] [2026-11-29T07:41:16.790] DEBUG -- : [QX7LMB] <= EHLO mail-out.example.net"),
			we("2026-11-29T07:41:16.791Z", Debug, "", "[smtp.1:20931] [2026-11-29T07:41:16.791] DEBUG -- : [QX7LMB] => 250-postal.example.org"),
			we("2026-11-29T07:41:19.032Z", Error, "", "[worker.1:20944] [2026-11-29T07:41:19.032] ERROR -- : [job:6b1f0e2a] Failed to deliver message 44812 to mx.example.com: Net::ReadTimeout"),
		},
	},
	{
		name:   "mailtrain-v2-npmlog-console",
		source: "Mailtrain v2 server output (npmlog: `level prefix message`, the level written `info`, `WARN`, `ERR!`, no time): Mailtrain-org/mailtrain issue #760 (a pasted `ERR! Senders Sending message to 1:1393 failed with error: …`), issue #602",
		why:    "no time at all; npmlog's level tokens `info`, `WARN` and `ERR!` open the line, the prefix after them is a component, not a host",
		entries: []worldEntry{
			we("", Info, "", "info Express WWW server listening on HTTP port 3000"),
			we("", Info, "", "info Senders Spawning 2 sender processes"),
			we("", Warn, "", "WARN Feedcheck Feed https://blog.example.org/feed.xml returned HTTP 404, skipping"),
			we("", Info, "", "info Senders Campaign 7 (Winter digest) started, 1842 recipients"),
			we("", Error, "", "ERR! Senders Sending message to 3:5521 failed with error: Greeting never received."),
		},
	},
	{
		name:   "keila-elixir-date-t-time",
		source: "Keila's release console (config/config.exs: `config :logger, :console, format: \"$dateT$time $metadata[$level] $message\\n\", metadata: [:request_id]`): pentacent/keila config/config.exs; issue #314 (a pasted `[warning] Failed sending email to … for campaign nmc_…`); Elixir's crash report lines under an [error] from memory",
		why:    "Elixir's $date and $time glued by a T, no zone (UTC by the rules); an optional request_id before the bracketed level; an [error]'s `** (…)` and indented stack lines belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29T07:41:16.120 [info] Running KeilaWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)"),
			we("2026-11-29T07:41:20.845Z", Info, "", "2026-11-29T07:41:20.845 request_id=GBz1xQ7d9kMAAAPh [info] GET /projects/np_8Kd2vQyZ/campaigns"),
			we("2026-11-29T07:41:20.851Z", Info, "", "2026-11-29T07:41:20.851 request_id=GBz1xQ7d9kMAAAPh [info] Sent 200 in 6ms"),
			we("2026-11-29T07:42:03.390Z", Warn, "", `2026-11-29T07:42:03.390 [warning] Failed sending email to hanne@example.net for campaign nmc_Q7wRt2pL: {:retries_exceeded, {:temporary_failure, ~c"smtp.example.org", :tls_failed}}`),
			we("2026-11-29T07:42:05.011Z", Error, "",
				"2026-11-29T07:42:05.011 [error] Task #PID<0.4411.0> started from Keila.Mailings.Deliverer terminating",
				"** (RuntimeError) sender sn_K2mXq9 has no adapter configured",
				"    (keila 0.17.1) lib/keila/mailings/deliverer.ex:52: Keila.Mailings.Deliverer.deliver/1",
				"    (elixir 1.17.3) lib/task/supervised.ex:101: Task.Supervised.invoke_mfa/2"),
		},
	},
	{
		name:   "mautic5-monolog-iso-offset-stacktrace",
		source: "Mautic 5's var/logs/mautic_prod-yyyy-MM-dd.php (Monolog 2's LineFormatter with its ISO default `[yyyy-MM-ddTHH:mm:ss.uuuuuu+hh:mm] channel.LEVEL: msg {context} []`, an exception's `[stacktrace]` and `#N` frames on lines of their own): mautic/mautic PR #16893 (a pasted `app.ERROR: Invalid clickthrough value … [stacktrace] #0 …`)",
		why:    "microseconds and an offset (+01:00) in the bracket; the channel before the level (mautic., app., doctrine.); a context with a stack trace spans lines and is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.540942Z", Notice, "", `[2026-11-29T08:41:16.540942+01:00] mautic.NOTICE: Contact 88123 was merged into 88020 [] []`),
			we("2026-11-29T07:41:18.002417Z", Warn, "", `[2026-11-29T08:41:18.002417+01:00] mautic.WARNING: IP LOOKUP: The file "/var/www/html/var/cache/ip_data/GeoLite2-City.mmdb" does not exist or is not readable. [] []`),
			we("2026-11-29T07:41:20.311508Z", Error, "",
				`[2026-11-29T08:41:20.311508+01:00] app.ERROR: Invalid clickthrough value: bm90LWEtdmFsaWQtdmFsdWU {"exception":"[object] (Mautic\\CoreBundle\\Exception\\InvalidDecodedStringException(code: 0): The string bm90LWEtdmFsaWQtdmFsdWU is not a serialized array at /var/www/html/app/bundles/CoreBundle/Helper/ClickthroughHelper.php:34)`,
				"[stacktrace]",
				`#0 /var/www/html/app/bundles/LeadBundle/Helper/ContactRequestHelper.php(82): Mautic\\CoreBundle\\Helper\\ClickthroughHelper::decodeArrayFromUrl()`,
				`#1 /var/www/html/app/bundles/PageBundle/Model/PageModel.php(511): Mautic\\LeadBundle\\Helper\\ContactRequestHelper->getContactFromQuery()`,
				`#2 {main}`,
				`"} []`),
			we("2026-11-29T07:41:22.907003Z", Info, "", `[2026-11-29T08:41:22.907003+01:00] doctrine.INFO: Connect [] []`),
		},
	},
	{
		name:   "mautic-campaigns-trigger-console",
		source: "Mautic's `php bin/console mautic:campaigns:trigger` run by cron, its output mailed or redirected to a file (plain progress lines with no time, Symfony progress bars, and a Monolog line `[yyyy-MM-dd HH:mm:ss] mautic.ERROR: … [] []` written into the same stream right after a bar): mautic/mautic issue #642 (a pasted run)",
		why:    "only the Monolog line carries a time and a level, glued after a progress bar; the other lines have neither and are records of their own, the indented progress bars too",
		entries: []worldEntry{
			we("", Unknown, "", "Triggering events for campaign 4"),
			we("", Unknown, "", "Triggering first level events"),
			we("", Unknown, "", "2 total events(s) to be processed in batches of 100"),
			we("", Unknown, "", " 2/2 [============================] 100%"),
			we("2026-11-29T07:41:16Z", Error, "", "  0/16 [>---------------------------]   0%[2026-11-29 07:41:16] mautic.ERROR: [MAIL ERROR] Expected response code 250 but got code \"554\" [] []"),
			we("", Unknown, "", "0 event(s) executed"),
		},
		gap: "an indented progress-bar line is joined to the untimed line before it, so the bars get no entry of their own and the Monolog `[yyyy-MM-dd HH:mm:ss] mautic.ERROR:` glued after the second bar loses its time and level",
	},
	{
		name:   "phplist-processqueue-cli",
		source: "phpList 3 queue run from the command line (`php admin/index.php -pprocessqueue -c config.php`: cl_output() prints `installation_name - message`, no time and no level): phpList/phplist3 admin/lib.php and admin/connect.php (cl_output, found with find_string)",
		why:    "the installation name and ` - ` open every line; no time and no level; `phpList` is an installation name, no host",
		entries: []worldEntry{
			we("", Unknown, "", "phpList - Started"),
			we("", Unknown, "", "phpList - Processing has started,"),
			we("", Unknown, "", "phpList - 1 message(s) will be processed."),
			we("", Unknown, "", "phpList - Processing message 12"),
			we("", Unknown, "", "phpList - Found them: 842 to process"),
			we("", Unknown, "", "phpList - Script stage: 5"),
		},
	},
	{
		name:   "discourse-mail-receiver-syslog",
		source: "Discourse's mail-receiver container with the host's /dev/log mounted, read in the host's /var/log/mail.log (receive-mail and the fast-rejection policy log through Ruby's Syslog with LOG_PID and LOG_MAIL, next to Postfix's own lines; a backtrace joined by newlines arrives as one line with rsyslog's `#012`): discourse/mail-receiver receive-mail and lib/mail_receiver/mail_receiver_base.rb; the #012 escaping from memory",
		why:    "BSD syslog lines with the host after the time; no level in the line (the syslog severity is not written); the Discourse site and the mail relay named in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "forum-mx", "Nov 29 07:41:17 forum-mx postfix/pipe[4415]: 6C1F23A0B2: to=<replies+7f3c0a11@forum.example.org>, relay=discourse, delay=0.94, delays=0.02/0.01/0/0.91, dsn=2.0.0, status=sent (delivered via discourse service)"),
			we("2026-11-29T07:41:17Z", Unknown, "forum-mx", "Nov 29 07:41:17 forum-mx receive-mail[4416]: Recipient: replies+7f3c0a11@forum.example.org"),
			we("2026-11-29T07:43:02Z", Unknown, "forum-mx", "Nov 29 07:43:02 forum-mx receive-mail[4522]: Failed to POST the e-mail to https://forum.example.org/admin/email/handle_mail: 429"),
			we("2026-11-29T07:43:05Z", Unknown, "forum-mx", `Nov 29 07:43:05 forum-mx receive-mail[4530]: Unexpected error while invoking mail processor: Failed to open TCP connection to forum.example.org:443 (Connection refused - connect(2) for "forum.example.org" port 443) (Errno::ECONNREFUSED)`),
			we("2026-11-29T07:43:05Z", Unknown, "forum-mx", "Nov 29 07:43:05 forum-mx receive-mail[4530]:   /usr/lib/ruby/3.3.0/net/http.rb:1603:in 'TCPSocket#initialize'#012  /usr/lib/ruby/3.3.0/net/http.rb:1603:in 'IO.open'#012  /usr/local/bin/receive-mail:79:in 'post_email'"),
		},
	},
	{
		name:   "listmonk-docker-compose-prefix",
		source: "listmonk run with its docker-compose.yml and read with `docker compose logs app` (compose's `service-N  | ` prefix, then Go's log package with Ldate|Ltime|Lshortfile: `yyyy/MM/dd HH:mm:ss file.go:line: msg`, no level); from memory of real output",
		why:    "the compose service name and a bar before a slashed zone-less date (UTC by the rules); the service name is no host; no level; the build date in the version line is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "listmonk_app  | 2026/11/29 07:41:16 main.go:105: v4.1.0 (3f2c1da 2026-10-02T09:12:44Z, linux/amd64)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "listmonk_app  | 2026/11/29 07:41:16 init.go:150: reading config: config.toml"),
			we("2026-11-29T07:41:16Z", Unknown, "", "listmonk_app  | 2026/11/29 07:41:16 init.go:471: loaded email (SMTP) messenger: email-primary"),
			we("2026-11-29T07:41:17Z", Unknown, "", "listmonk_app  | 2026/11/29 07:41:17 main.go:218: http server started on [::]:9000"),
			we("2026-11-29T07:45:02Z", Unknown, "", "listmonk_app  | 2026/11/29 07:45:02 manager.go:560: error sending message in campaign Winter digest: subscriber 5e1c7b2a-4f0d-4c3e-9a61-2b8d0e4f7a19: 451 4.3.0 Rate limit exceeded"),
		},
	},
}

func TestFresh705Formats(t *testing.T) { assertTable(t, fresh705Cases) }
func TestFresh705Score(t *testing.T) {
	checkScore(t, "fresh705 formats", fresh705Cases, [worldNumFields]float64{95.7, 95.7, 95.7, 93.7})
}
