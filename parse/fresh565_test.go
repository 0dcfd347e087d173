package parse

import "testing"

// The five-hundred-and-sixty-fifth fresh table: email and messaging servers' logs, a further pass
// (mail gateways and bridges, Matrix services and chat bridges, in their files and syslog lines),
// shapes no earlier table holds. Each family is one product's documented or observed output:
// Proton Mail Bridge's logrus text log (a four-letter level glued to a bracketed yearless
// `Nov 29 07:41:16.322` and key=value fields) and its older JSON log in the Docker image; the
// Email OAuth 2.0 Proxy's log file (`yyyy-MM-dd HH:mm:ss,SSS: msg`, no level) and its syslog lines
// (the tag `Email OAuth 2.0 Proxy:` with blanks and no pid); matrix-authentication-service on its
// console (tracing's time in Z, the level, then span paths with their fields before the target);
// mautrix-go bridges' maulogger (`[Nov 29, 2026 07:41:16] [Module/LEVEL] msg`) in the journal and in
// their own file; and the zerolog console line of mautrix-whatsapp 0.10+ in the journal (the
// journal's local time, then the bridge's UTC `Nov 29, 2026 07:49:16` and a three-letter level).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`stalwart`, `maddy`, `mox`, `haraka`, `opensmtpd`, `smtp-in`, `courier`,
// `cyrus`, `uw-imap`, `zimbra`, `roundcube`, `sogo`, `rspamd`, `spamassassin`, `spamd`, `amavis`,
// `clamd`, `clamav`, `mailman`, `sympa`, `prosody`, `ejabberd`, `openfire`, `synapse`, `dendrite`,
// `conduit`, `inspircd`, `unrealircd`, `znc`, `matterbridge`, `mautrix`, `heisenbridge`,
// `mattermost`, `rocket.chat`, `hmailserver`, `mailenable`, `mailcow`, `postal`, `opendkim`,
// `opendmarc`, `postgrey`, `policyd`, `mailpit`, `mailhog`, `ergo`, `soju`, `biboumi`, `slidge`,
// `apache james`, `james`, `chasquid`, `dma`, `nullmailer`, `msmtp`, `ssmtp`, `fetchmail`,
// `getmail`, `offlineimap`, `mbsync`, `isync`, `smtpd`, `qmail`, `courier-mta`, `xmpp`, `irc`,
// `matrix`, `zulip`, `mailu`, `axigen`, `kerio`, `mdaemon`, `icewarp`, `smartermail`,
// `communigate`, `mailscanner`, `mimedefang`, `dspam`, `bogofilter`, `spampd`, `rspamc`, `mlmmj`,
// `listserv`, `majordomo`, `ngircd`, `solanum`, `charybdis`, `hybrid`, `oragono`, `thelounge`,
// `the lounge`, `weechat`, `bitlbee`, `conversejs`, `tigase`, `mongooseim`, `metronome`, `snikket`,
// `conduwuit`, `construct`, `beeper`, `mx-puppet`, `appservice`, `postsrsd`, `dovecot`, `postfix`,
// `exim`, `sendmail`, `limnoria`, `supybot`, `eggdrop`, `irssi`, `matrix-appservice-irc`,
// `appservice-irc`, `hookshot`, `draupnir`, `mjolnir`, `maubot`, `matrix-authentication-service`,
// `sliding-sync`, `media-repo`, `spectrum2`, `spectrum 2`, `rainloop`, `afterlogic`,
// `squirrelmail`, `cypht`, `mailpile`, `schleuder`, `phplist`, `dada mail`, `chatmail`,
// `chatmaild`, `deltachat`, `delta chat`, `guerrilla`, `clamsmtp`, `clamav-milter`,
// `spamass-milter`, `openarc`, `dkimpy`, `wildduck`, `zone-mta`, `zonemta`, `mailtrain`, `dbmail`,
// `archiveopteryx`, `mailutils`, `imap4d`, `mailfromd`, `smf-spf`, `policyd-spf`, `spf-engine`,
// `milter-regex`, `mailcleaner`, `carbonio`, `emailproxy`, `email-oauth2`, `davmail`,
// `proton bridge`, `proton-bridge`, `protonmail`, `proton`, `hydroxide`, `neomutt`, `aerc`,
// `himalaya`, `mailspring`, `evolution`, `geary`, `saslauthd`, `authdaemond`, `gnu mailman`,
// `pop3d`, `dkimproxy`, `smtprelay`, `grommunio`, `livekit`, `element`,
// `matrix-appservice-discord`, `bridge-manager`, `discord`, `whatsapp`, `whatsmeow`, `gowa`,
// `baileys`, `telegram-bot`, `errbot`, `hubot`, `lita`, `convos`, `kiwiirc`, `webircgateway`,
// `bouncer`, `pounce`, `catgirl`, `litterbox`, `ircd-ratbox`, `ircu`, `snircd`, `nefarious`,
// `oftc`, `hybrid-ircd`, `plexus`, and the line fragments `DEBU[`, `INFO[Nov`, `INFO[`,
// `pkg=pmapi`, `Email OAuth`, `OAuth 2.0 Proxy`, `proxying outlook`, `mas_cli`, `mas_`,
// `cli.run.init`, `authentication-service`, `[DEBUG@`, `@maubot`, `mautrix-whatsapp`,
// `mautrix-go`, `maulogger`, `Database/Upgrade`, `[Main/INFO]`, `[Matrix/`, `whatsappbot`,
// `WRN Request failed`, ` DBG `, `Nov 29, 2026`, `as_user_id`). None of Proton Mail Bridge, the
// Email OAuth 2.0 Proxy, matrix-authentication-service or mautrix-go's maulogger and zerolog
// lines is in any table (`proton` matches only other words, `mas_` another product's field,
// `INFO[` and `DEBU[` logrus lines with other stamps, `[Main/INFO]` other products' modules,
// ` DBG ` and `Nov 29, 2026` other formats; `mautrix` is only the mautrix-python bridges of
// fresh187). Left out as measured already: every product of the first list that earlier tables
// hold (Postfix, Dovecot, Exim, Sendmail, the spam and virus filters, the list managers, the XMPP,
// IRC and Matrix servers of fresh508 and fresh528 and before), and maubot, whose
// `[time] [LEVEL@logger] msg` is mautrix-python's shape in fresh187. Left out as not confirmed by
// any search: matrix-hookshot's and Draupnir's own lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Proton Bridge's `Nov 29 07:41:16.322` has no year (2026) and no zone (read
// as UTC); its JSON time ends in Z. The Email OAuth 2.0 Proxy's stamp has no zone (UTC) and a comma
// before the milliseconds; its syslog lines carry the header's yearless time. MAS's time ends in Z.
// maulogger's `[Nov 29, 2026 07:41:16]` has no zone (UTC), and in the journal it is the same second
// as the journal's. mautrix-whatsapp's zerolog time is UTC while the journal's is the host's local
// time (+01:00, zone-less, read as UTC): either is accepted. Levels only where the line marks one:
// logrus's DEBU INFO WARN ERRO and the JSON level key, tracing's level word, maulogger's last path
// element in the second bracket (`[Matrix/Bot/DEBUG]`), zerolog's DBG INF WRN ERR; the proxy's
// lines carry none. The host is the record's host field: only the syslog and journal headers';
// api hosts, Outlook's servers, listener addresses, homeservers and Matrix user ids are no hosts.
// No family writes a multi-line record in these shapes.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (no family here rests on memory). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 90.7 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right over 43 records; the gap is zerolog's three-letter level (DBG, INF, WRN)
// after mautrix-whatsapp's inner `Nov 29, 2026 07:49:16` stamp in a journal line, which trawl
// leaves unread (only the ERR line gets its level).

var fresh565Cases = []worldCase{
	{
		name:   "proton-bridge-logrus-month-stamp",
		source: "Proton Mail Bridge's log file and console (logrus's text formatter with the timestamp format `Jan _2 15:04:05.000`: a four-letter level, the yearless local time with milliseconds in brackets glued to it, the message padded to 44 columns, then key=value fields such as pkg=): ProtonMail/proton-bridge issue #210 (`INFO[Jul 30 15:08:37.322] Run app …`, `DEBU[…] Added event listener … pkg=bridgeUtils/listener`)",
		why:    "a yearless month-name time with milliseconds inside the level's bracket (2026, zone-less so UTC); DEBU INFO WARN ERRO are the levels; api.protonmail.ch and the IMAP client are peers, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.322Z", Info, "", `INFO[Nov 29 07:41:16.322] Run app                                       appName="Proton Mail Bridge" args="[--log-level debug]" build="2026-11-12T09:40:11+0000" revision=4b0e2c7a1d runtime=linux version=3.14.2`),
			we("2026-11-29T07:41:16.329Z", Debug, "", "DEBU[Nov 29 07:41:16.329] Added event listener                          i=0 name=internetOn pkg=bridgeUtils/listener"),
			we("2026-11-29T07:41:16.911Z", Debug, "", `DEBU[Nov 29 07:41:16.911] Requested POST https://mail-api.proton.me/auth/refresh  duration=581.20344ms error="<nil>" pkg=pmapi status=200`),
			we("2026-11-29T07:41:17.040Z", Info, "", `INFO[Nov 29 07:41:17.040] Connecting user                               pkg=users user="Tq8xVb2mLw0aK3rN5pZc=="`),
			we("2026-11-29T07:43:02.517Z", Warn, "", `WARN[Nov 29 07:43:02.517] Retrying /core/v4/events after 10s induced by http code 429  pkg=pmapi`),
			we("2026-11-29T07:43:40.006Z", Error, "", `ERRO[Nov 29 07:43:40.006] Cannot authenticate IMAP user                 error="invalid credentials" pkg=imap`),
		},
	},
	{
		name:   "proton-bridge-logrus-json-docker",
		source: "Proton Mail Bridge 1.x run in the shenxn/protonmail-bridge-docker image, its log under /root/.local/state/protonmail/bridge (logrus's JSON formatter: level, msg, pkg, time in RFC 3339 with Z, userID): shenxn/protonmail-bridge-docker issue #2 (`{\"level\":\"warning\",\"msg\":\"Retrying /settings/mail after 10s induced by http code 429\",\"pkg\":\"pmapi\",\"time\":\"…Z\",…}`)",
		why:    "a JSON object per line; the time key in Z and the level key (warning, info, error, debug); the API path and the user id are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"Connecting user","pkg":"users","time":"2026-11-29T07:41:16Z","userID":"mN3xQ7c0Ve1pGd_4rKtW2bYs9hLzA-uJ"}`),
			we("2026-11-29T07:41:17Z", Debug, "", `{"level":"debug","msg":"Requested GET /settings/mail","pkg":"pmapi","status":200,"time":"2026-11-29T07:41:17Z"}`),
			we("2026-11-29T07:41:27Z", Warn, "", `{"level":"warning","msg":"Retrying /settings/mail after 10s induced by http code 429","pkg":"pmapi","time":"2026-11-29T07:41:27Z","userID":"mN3xQ7c0Ve1pGd_4rKtW2bYs9hLzA-uJ"}`),
			we("2026-11-29T07:42:05Z", Error, "", `{"error":"no such mailbox","level":"error","msg":"Cannot select mailbox","pkg":"imap/backend","time":"2026-11-29T07:42:05Z"}`),
		},
	},
	{
		name:   "email-oauth2-proxy-log-file",
		source: "simonrob's Email OAuth 2.0 Proxy (emailproxy.py) log file and console in debug mode (Python logging `%(asctime)s: %(message)s`, a comma before the milliseconds and a colon after them; protocol lines `IMAP (local; client->server) --> b'…'`): simonrob/email-oauth2-proxy issues #157, #142 and #256",
		why:    "a zone-less date and time with a comma and milliseconds, then a colon (UTC by the rules); no level at all; localhost, the client address and outlook.office365.com in the connection tuple are peers, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.037Z", Unknown, "", `2026-11-29 07:41:16,037: Initialising Email OAuth 2.0 Proxy from config file /home/ines/.config/emailproxy.config`),
			we("2026-11-29T07:41:16.182Z", Unknown, "", `2026-11-29 07:41:16,182: Starting IMAP server at 127.0.0.1:1993 (unsecured) proxying outlook.office365.com:993 (SSL/TLS)`),
			we("2026-11-29T07:41:16.190Z", Unknown, "", `2026-11-29 07:41:16,190: Initialised Email OAuth 2.0 Proxy - listening for authentication requests`),
			we("2026-11-29T07:42:03.511Z", Unknown, "", `2026-11-29 07:42:03,511: Accepting new connection from 127.0.0.1:50412 to IMAP server at 127.0.0.1:1993 (unsecured) proxying outlook.office365.com:993 (SSL/TLS)`),
			we("2026-11-29T07:42:03.620Z", Unknown, "", `2026-11-29 07:42:03,620: IMAP (127.0.0.1:50412-{127.0.0.1:1993}-outlook.office365.com:993)     <-- b'* OK The Microsoft Exchange IMAP4 service is ready.\r\n'`),
			we("2026-11-29T07:42:04.002Z", Unknown, "", `2026-11-29 07:42:04,002: IMAP (127.0.0.1:50412-{127.0.0.1:1993}-outlook.office365.com:993) --> b'a1 login [[ Credentials removed from proxy log ]]\r\n'`),
		},
	},
	{
		name:   "email-oauth2-proxy-syslog-spaced-tag",
		source: "Email OAuth 2.0 Proxy run with --no-gui on Linux, logging to syslog (its SysLogHandler's tag `Email OAuth 2.0 Proxy:` with blanks in it and no pid), read from /var/log/syslog: simonrob/email-oauth2-proxy issue #139 (`Feb 24 10:00:01 server Email OAuth 2.0 Proxy: New incoming connection to IMAP server at localhost:1993 …`)",
		why:    "the syslog header's yearless time and host; the tag has blanks and no pid; no level; the IMAP server and the client are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mailgw", "Nov 29 07:41:16 mailgw Email OAuth 2.0 Proxy: Starting POP server at localhost:1995 (unsecured) proxying outlook.office365.com:995 (SSL/TLS)"),
			we("2026-11-29T07:41:16Z", Unknown, "mailgw", "Nov 29 07:41:16 mailgw Email OAuth 2.0 Proxy: Starting SMTP server at localhost:1587 (unsecured) proxying smtp.office365.com:587 (STARTTLS)"),
			we("2026-11-29T07:44:20Z", Unknown, "mailgw", "Nov 29 07:44:20 mailgw Email OAuth 2.0 Proxy: New incoming connection to SMTP server at localhost:1587 (unsecured) proxying smtp.office365.com:587 (STARTTLS)"),
			we("2026-11-29T07:44:21Z", Unknown, "mailgw", "Nov 29 07:44:21 mailgw Email OAuth 2.0 Proxy: SMTP (localhost:1587; 127.0.0.1:50977->smtp.office365.com:587) [ Successfully authenticated SMTP connection - releasing session ]"),
		},
	},
	{
		name:   "matrix-authentication-service-tracing-spans",
		source: "matrix-authentication-service (mas-cli server) on its console (tracing-subscriber: an RFC 3339 time in Z with microseconds, two blanks, the level right-aligned in five, the span path with a colon, the target with a colon, the message and key=value fields): element-hq/matrix-authentication-service issues #1835 (`…Z  INFO cli.run.init: mas_cli::commands::server: Starting task worker worker_name=…`, `…Z ERROR mas_listener::server: error shutting down connection: …`) and #4014 (an ERROR inside `http.server.request{…}:handlers.oauth2.registration.post:`)",
		why:    "an ISO time in Z with microseconds; the level word after it; the span `cli.run.init:` and the target are no host; the listener addresses and the client's user agent are no hosts either",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.012090Z", Info, "", `2026-11-29T07:41:16.012090Z  INFO cli.run.init: mas_cli::commands::server: Starting task worker worker_name="p4Rz7KqW2m"`),
			we("2026-11-29T07:41:16.076241Z", Info, "", `2026-11-29T07:41:16.076241Z  INFO cli.run.init: mas_cli::commands::server: Listening on http://[::]:8080 with resources [Discovery, Human, OAuth, Compat, GraphQL { playground: false }, Assets { path: "/usr/local/share/mas-cli/assets/" }, AdminApi]`),
			we("2026-11-29T07:41:16.079178Z", Info, "", "2026-11-29T07:41:16.079178Z  INFO cli.run.init: mas_cli::commands::server: Listening on http://[::]:8081 with resources [Health]"),
			we("2026-11-29T07:42:31.550812Z", Warn, "", "2026-11-29T07:42:31.550812Z  WARN http.server.request{otel.kind=\"server\" otel.name=\"POST /oauth2/introspect\" http.request.method=\"POST\" url.path=\"/oauth2/introspect\"}:handlers.oauth2.introspection.post: mas_handlers::oauth2::introspection: invalid token format"),
			we("2026-11-29T07:43:09.118004Z", Error, "", "2026-11-29T07:43:09.118004Z ERROR http.server.request{otel.kind=\"server\" otel.name=\"POST /oauth2/registration\" http.request.method=\"POST\" url.path=\"/oauth2/registration\" user_agent.original=\"Element X/26.11.2 (Pixel 9; Android 16)\"}:handlers.oauth2.registration.post: mas_handlers::oauth2::registration: crates/handlers/src/oauth2/registration.rs:190: error=denied by the policy: [Violation { msg: \"missing contacts\", field: None }]"),
			we("2026-11-29T07:44:00.781569Z", Error, "", "2026-11-29T07:44:00.781569Z ERROR mas_listener::server: error shutting down connection: Socket not connected (os error 107)"),
		},
	},
	{
		name:   "mautrix-go-maulogger-journal",
		source: "mautrix-whatsapp before the zerolog switch (mautrix-go's maulogger: `[Mon _d, yyyy HH:mm:ss] [Module/LEVEL] msg`) under systemd, read with journalctl: mautrix/whatsapp issue #84 (`Aug 09 16:33:29 … mautrix-whatsapp[8391]: [Aug  9, 2019 16:33:29] [DEBUG] Initializing state store`, `[Database/Upgrade/INFO] Database currently on v8, latest: v8`)",
		why:    "the journal's yearless time and host, and maulogger's own month-name time with a comma and the year, both the same second; the level after the last slash inside the second bracket (`[Matrix/INFO]`, `[DEBUG]`)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "chatbr", "Nov 29 07:41:16 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:16] [DEBUG] Initializing state store"),
			we("2026-11-29T07:41:16Z", Info, "chatbr", "Nov 29 07:41:16 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:16] [INFO] Bridge initialization complete, starting..."),
			we("2026-11-29T07:41:16Z", Info, "chatbr", "Nov 29 07:41:16 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:16] [Database/Upgrade/INFO] Database currently on v15, latest: v15"),
			we("2026-11-29T07:41:17Z", Info, "chatbr", "Nov 29 07:41:17 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:17] [Matrix/INFO] Listening on 127.0.0.1:29318"),
			we("2026-11-29T07:41:19Z", Warn, "chatbr", "Nov 29 07:41:19 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:19] [User/+15550142277/WARN] Failed to get own avatar: server returned error 401"),
			we("2026-11-29T07:41:22Z", Error, "chatbr", "Nov 29 07:41:22 chatbr mautrix-whatsapp[8391]: [Nov 29, 2026 07:41:22] [Matrix/ERROR] Failed to handle transaction 3411: context deadline exceeded"),
		},
	},
	{
		name:   "mautrix-go-maulogger-file",
		source: "a mautrix-go bridge's own log file and console before zerolog (maulogger: `[Mon _d, yyyy HH:mm:ss] [Module/Sub/LEVEL] msg`, a request log `req #N: METHOD url body` under Matrix/Bot/DEBUG): mautrix/whatsapp issues #84 (the stamped shape), #400 and #204 (`[Matrix/Bot/DEBUG] req #2: PUT https://…/profile/…/avatar_url …`, `[Matrix/INFO] Listening on …`)",
		why:    "a bracketed month-name time with a comma and the year (zone-less, UTC); the level is the last part of the module path in the second bracket; the homeserver in the request URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[Nov 29, 2026 07:41:16] [DEBUG] Starting application service HTTP server"),
			we("2026-11-29T07:41:16Z", Info, "", "[Nov 29, 2026 07:41:16] [INFO] Bridge started!"),
			we("2026-11-29T07:41:17Z", Debug, "", `[Nov 29, 2026 07:41:17] [Matrix/Bot/DEBUG] req #2: PUT https://matrix.harbour.example/_matrix/client/r0/profile/@whatsappbot:harbour.example/displayname?user_id=%40whatsappbot%3Aharbour.example {"displayname":"WhatsApp bridge bot"}`),
			we("2026-11-29T07:41:18Z", Debug, "", "[Nov 29, 2026 07:41:18] [Matrix/DEBUG] Starting handling of transaction 3406 (1 PDUs)"),
			we("2026-11-29T07:41:25Z", Warn, "", "[Nov 29, 2026 07:41:25] [Portal/120363042211998877@g.us/WARN] Failed to fetch group info: not-authorized"),
			we("2026-11-29T07:41:30Z", Error, "", "[Nov 29, 2026 07:41:30] [Matrix/Bot/ERROR] req #7: PUT https://matrix.harbour.example/_matrix/client/r0/rooms/!qXbT4LmRs:harbour.example/send/m.room.message/mautrix-go_1795930890_3: M_FORBIDDEN"),
		},
	},
	{
		name:   "mautrix-go-zerolog-journal-utc-inner",
		source: "mautrix-whatsapp 0.10+ (zerolog's console writer, `Mon _d, yyyy HH:mm:ss LVL msg key=value…`, the time in UTC, three-letter levels DBG INF WRN ERR) under systemd via the matrix-docker-ansible-deploy playbook, read with journalctl on a host at +01:00: mautrix/whatsapp issue #647 (`Sep 02 20:49:16 pong matrix-mautrix-whatsapp[50043]: Sep  2, 2023 18:49:16 WRN Request failed, retrying error=\"HTTP 502\" …`)",
		why:    "the journal's local zone-less time (read as UTC) and the bridge's own UTC time an hour apart, either accepted; the three-letter level after the inner time; the journal's host; the homeserver in url= and as_user_id are no hosts",
		entries: []worldEntry{
			we("2026-11-29T08:49:16Z|2026-11-29T07:49:16Z", Warn, "pong", `Nov 29 08:49:16 pong matrix-mautrix-whatsapp[50043]: Nov 29, 2026 07:49:16 WRN Request failed, retrying error="HTTP 502" as_user_id=@whatsappbot:harbour.example req_id=1 retry_in_seconds=8`),
			we("2026-11-29T08:49:40Z|2026-11-29T07:49:40Z", Debug, "pong", `Nov 29 08:49:40 pong matrix-mautrix-whatsapp[50043]: Nov 29, 2026 07:49:40 DBG Request completed as_user_id=@whatsappbot:harbour.example duration=7.894002 method=GET req_id=1 status_code=200 url=http://matrix-synapse:8008/_matrix/client/versions`),
			we("2026-11-29T08:49:40Z|2026-11-29T07:49:40Z", Debug, "pong", "Nov 29 08:49:40 pong matrix-mautrix-whatsapp[50043]: Nov 29, 2026 07:49:40 DBG Received ping from homeserver txn_id=mautrix-go_1795938580844993118_1"),
			we("2026-11-29T08:49:41Z|2026-11-29T07:49:41Z", Info, "pong", "Nov 29 08:49:41 pong matrix-mautrix-whatsapp[50043]: Nov 29, 2026 07:49:41 INF Bridge started"),
			we("2026-11-29T08:50:02Z|2026-11-29T07:50:02Z", Error, "pong", `Nov 29 08:50:02 pong matrix-mautrix-whatsapp[50043]: Nov 29, 2026 07:50:02 ERR Failed to connect to WhatsApp error="websocket: bad handshake" user_id=@ines:harbour.example`),
		},
	},
}

func TestFresh565Formats(t *testing.T) { assertTable(t, fresh565Cases) }
func TestFresh565Score(t *testing.T) {
	checkScore(t, "fresh565 formats", fresh565Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
