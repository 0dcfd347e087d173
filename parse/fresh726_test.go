package parse

import "testing"

// The seven-hundred-and-twenty-sixth fresh table: federated social and chat servers' logs as their
// admins paste them into federation tickets, shapes no earlier table holds. Each family is one
// product's documented or observed output: Misskey's backend logger on a container's stdout
// (`INFO *<TAB>[core boot]<TAB>msg`, no time) and with MK_WITH_LOG_TIME (a time of day before the
// same line), and a Node object dump under an ERR; Pleroma through the ex_syslogger backend
// (`host pleroma: request_id=… [level] msg`, the message's newlines as #012) and through the
// journal (`pleroma[pid]:` with journalctl's indented continuation lines); Akkoma under
// docker-compose (`akkoma_1  | HH:mm:ss.SSS [error] msg` and the Elixir term on the next line);
// Mastodon's streaming server since 4.2 (pino JSON with a string level, epoch milliseconds and the
// container's hostname) and before it (npmlog's `info`, `verb`, `WARN`, `ERR!` under
// docker-compose, no time); Lemmy 0.11-0.14 (2021) under docker-compose (env_logger's
// `[ISO-Z LEVEL target] msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mastodon`, `mastodon-streaming`, `sidekiq`, `synapse`, `synapse.access`,
// `synapse.util`, `synapse.storage`, `matrix`, `dendrite`, `conduit`, `conduwuit`, `tuwunel`,
// `continuwuity`, `prosody`, `prosodyctl`, `ejabberd`, `c2s`, `mod_`, `mod_s2s`, `s2sout`,
// `pleroma`, `Pleroma.Web`, `Elixir.Pleroma`, `akkoma`, `Akkoma`, `lemmy`, `lemmy_server`,
// `misskey`, `sharkey`, `[core boot]`, `queue:deliver`, `[remote ap]`, `gotosocial`,
// `friendica`, `peertube`, `pixelfed`, `openfire`, `tigase`, `mongooseim`, `snikket`, `mautrix`,
// `mjolnir`, `draupnir`, `sliding-sync`, `heisenbridge`, `matterbridge`, `zulip`, `rocket.chat`,
// `mattermost`, `mobilizon`, `Mobilizon.Federation`, `bookwyrm`, `kbin`, `mbin`, `streaming`,
// `puma`, `writefreely`, `honk`, `iceshrimp`, `Iceshrimp`, `firefish`, `calckey`, `takahe`,
// `xmpp`, `activitypub`, `ActivityPub::`, `Federator`, `element`, `element-call`, `lk-jwt`,
// `rageshake`, `hookshot`, `coturn`, `jitsi`, `jicofo`, `metronome`, `maddy`, `Elixir`,
// `[info]`, `[error]`, `[notice]`, `erlang`, `beam`, `actix`, `tracing`, `gts`, `MatrixRTC`,
// `livekit`, `snac`, `mitra`, `bonfire`, `hubzilla`, `plume`, `maubot`, `sygnal`,
// `appservice-irc`, `media-repo`, `matrix-media`, `pantalaimon`, `biboumi`, `slidge`, `movim`,
// `Oban`, `celery`, `funkwhale`, `npmlog`, `verb `, `pino`, `ma1sd`, `ntfy`, `jabberd`,
// `jabberd2`, `c2s.xml`, `router.xml`, `sm.xml`, `Vysper`, `stanza`, `catapult`, `lua`,
// `_1  | `, `-1  | `, `\"hostname\":`). None of Misskey's logger, Pleroma's syslog or journal lines,
// Akkoma's console, Mastodon's streaming server or Lemmy's env_logger lines is in any table
// (`misskey`, `pleroma`, `akkoma` and `sharkey` match only earlier tables' grep lists and their
// "left out" sentences; `mastodon` only the web and sidekiq services through the journal of
// fresh36 and a user agent in fresh125; `lemmy` only Lemmy 0.19's tracing lines of fresh125;
// `streaming`, `pino`, `npmlog`, `[info]` and `[error]` other products' lines). Left out as
// measured already: Synapse (its log config, terse JSON and journal lines), Dendrite, Conduit,
// Conduwuit and Tuwunel, matrix-authentication-service, the mautrix bridges, hookshot, Draupnir,
// Prosody (file, console, syslog and JSON sinks), ejabberd (OTP logger and lager), Openfire,
// Tigase, MongooseIM, Metronome, GoToSocial, Friendica, Hubzilla, PeerTube's console, WriteFreely,
// Lemmy 0.19's tracing lines, Mastodon's web and sidekiq journal lines: so no XMPP server is here,
// every one the theme names being in an earlier table. Left out as not confirmed by any search:
// Mastodon's Rails lograge lines on a container's stdout, Sharkey's and Iceshrimp's own loggers,
// Mobilizon's and BookWyrm's lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Misskey's stdout and Mastodon's npmlog lines carry no time: Time 0.
// Misskey's MK_WITH_LOG_TIME stamp and Akkoma's console stamp are a time of day only: on the clock's
// day. Pleroma's syslog and journal stamps have no year (2026) and no zone (UTC). Mastodon's pino
// `time` is epoch milliseconds. Lemmy's env_logger stamp ends in Z. Levels only where the line marks
// one: Misskey's first word (INFO, WARN, ERR, VERB is debug, DONE is its success level, an Info),
// Elixir's bracketed `[debug]` `[info]` `[warn]` `[error]`, pino's level string, npmlog's
// display word (`verb` is npmlog's verbose, a Debug; `WARN`; `ERR!` is error), env_logger's padded
// word. The host is the record's host field: the syslog and journal host, pino's `hostname` (the
// container's id); a docker-compose service name (`akkoma_1`, `streaming_1`, `lemmy_1`), Misskey's
// worker number, request ids, remote instances and inbox URLs are no hosts. A record that spans
// lines is one entry: Misskey's ERR with the Node error dump under it, Pleroma's journal message
// with journalctl's indented continuation, Akkoma's error with its term on the next compose line.
// Misskey's `--- host (PID: n) ---` banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 88.3 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are levels only: Misskey's `DONE` (its success level) reads as no
// level in both Misskey families, Misskey's `VERB` (its debug level) and npmlog's `verb` (Mastodon's
// old streaming server) read as trace instead of debug.

var fresh726Cases = []worldCase{
	{
		name:   "misskey-stdout-untimed-worker-tab",
		source: "Misskey's backend logger on stdout (packages/backend/src/logger.ts: `${level} ${worker}\\t[${contexts}]\\t${message}`, level words INFO WARN ERR DONE VERB, worker `*` for the primary, the data object console.log'd after the message): misskey-dev/misskey logger.ts (read with the code search) and issue #8893 (a pasted docker start)",
		why:    "no time at all; the level word first, then the worker number or `*` and tab-separated context brackets; DONE is the success level; an Error's util.inspect dump spans lines under its ERR",
		gap:    "Misskey's `DONE` word (its success level) is not read as a level: the record comes out with none, not Info",
		entries: []worldEntry{
			wskip("--- 4e7c1a9b2d3f (PID: 7) ---"),
			we("", Info, "", "INFO *\t[core boot]\tWelcome to Misskey!"),
			we("", Info, "", "INFO *\t[core boot]\tMisskey v2025.11.0"),
			we("", Info, "", "DONE *\t[core boot db]\tConnected: v16.6"),
			we("", Warn, "", "WARN 1\t[queue inbox]\tSkip: Blocked instance: spam.example.net"),
			we("", Error, "",
				"ERR 2\t[queue deliver]\tError: connect ECONNREFUSED 203.0.113.40:443 {",
				"  e: Error: connect ECONNREFUSED 203.0.113.40:443",
				"      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {",
				"    errno: -111,",
				"    code: 'ECONNREFUSED',",
				"    syscall: 'connect',",
				"    address: '203.0.113.40',",
				"    port: 443",
				"  }",
				"}"),
		},
	},
	{
		name:   "misskey-with-log-time-of-day",
		source: "Misskey's backend logger with the MK_WITH_LOG_TIME environment option (logger.ts: `if (envOption.withLogTime) log = chalk.gray(time) + ' ' + log`, the time `dateFormat(new Date(), 'HH:mm:ss')`), colours off on a pipe: misskey-dev/misskey packages/backend/src/logger.ts (code search); the variable's name from memory",
		why:    "a time of day without a date or milliseconds (the clock's day) before the level word; the worker number and the tab-separated context brackets are no host",
		gap:    "Misskey's `DONE` word (its success level) is not read as a level (none, not Info), and its `VERB` word (its debug level) is read as trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 INFO *\t[core boot]\tNow listening on port 3000 on http://localhost:3000"),
			we("2026-11-29T07:41:18Z", Debug, "", "07:41:18 VERB 1\t[queue deliver]\tdelivering to https://fedi.example.org/inbox"),
			we("2026-11-29T07:41:19Z", Info, "", "07:41:19 DONE 1\t[queue deliver]\tDelivered to https://fedi.example.org/inbox"),
			we("2026-11-29T07:41:24Z", Warn, "", "07:41:24 WARN 2\t[ap-request]\tsignature mismatch for https://social.example.com/users/orla#main-key"),
			we("2026-11-29T07:41:31Z", Error, "", "07:41:31 ERR 2\t[queue inbox]\tfailed to resolve actor https://gone.example.net/users/keld: 410 Gone"),
		},
	},
	{
		name:   "pleroma-ex-syslogger-request-id",
		source: "Pleroma with the ex_syslogger backend (ident `pleroma`, no pid; `$metadata[$level] $message` with request_id metadata), as rsyslog stores it, a message's newlines written #012: snarfed/bridgy-fed issue #12 and superseriousbusiness/gotosocial issue #107 (pasted Pleroma syslog lines)",
		why:    "a syslog header whose tag has no pid; `request_id=…` before the bracketed level word; #012 inside the line is no record boundary",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "fedi01", "Nov 29 07:41:16 fedi01 pleroma: request_id=GA3kT0vbqL2mV9wAAB1h [debug] POST /users/mira/inbox"),
			we("2026-11-29T07:41:16Z", Debug, "fedi01", "Nov 29 07:41:16 fedi01 pleroma: request_id=GA3kT0vbqL2mV9wAAB1h [debug] Processing with Pleroma.Web.ActivityPub.ActivityPubController.inbox/2#012  Parameters: %{\"nickname\" => \"mira\", \"type\" => \"Follow\"}#012  Pipelines: [:activitypub, :http_signature]"),
			we("2026-11-29T07:41:17Z", Info, "fedi01", "Nov 29 07:41:17 fedi01 pleroma: request_id=GA3kT0vbqL2mV9wAAB1h [info] Sent 200 in 38ms"),
			we("2026-11-29T07:41:21Z", Warn, "fedi01", "Nov 29 07:41:21 fedi01 pleroma: [warn] Could not decode user at fetch https://social.example.com/users/vika, {:error, :not_found}"),
			we("2026-11-29T07:41:29Z", Error, "fedi01", "Nov 29 07:41:29 fedi01 pleroma: [error] Could not fetch object https://gone.example.net/objects/8d1e, {:error, \"Object has been deleted\"}"),
		},
	},
	{
		name:   "pleroma-journalctl-indented-continuation",
		source: "Pleroma as a systemd service read with `journalctl -u pleroma` (`Mmm dd HH:mm:ss host pleroma[pid]: request_id=… [level] msg`, a multi-line message's further lines indented by journalctl under the message column): immers-space/guppe issue #21 (a pasted journal)",
		why:    "the journal's host and time; the level in brackets after the request id; an Ecto query's SQL on space-indented continuation lines belongs to the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Debug, "fedi01", "Nov 29 07:41:18 fedi01 pleroma[2231]: request_id=GA3kVb1qX0pAAAC4 [debug] Fetching object https://relay.example.org/actor via AP"),
			we("2026-11-29T07:41:18Z", Debug, "fedi01",
				"Nov 29 07:41:18 fedi01 pleroma[2231]: request_id=GA3kVb1qX0pAAAC4 [debug] QUERY OK source=\"users\" db=1.4ms idle=212.0ms",
				"                                      SELECT u0.\"id\", u0.\"nickname\", u0.\"ap_id\" FROM \"users\" AS u0 WHERE (u0.\"ap_id\" = $1) [\"https://relay.example.org/actor\"]"),
			we("2026-11-29T07:41:19Z", Error, "fedi01", "Nov 29 07:41:19 fedi01 pleroma[2231]: request_id=GA3kVb1qX0pAAAC4 [error] Follower/Following counter update for https://relay.example.org/actor failed."),
			we("2026-11-29T07:41:22Z", Info, "fedi01", "Nov 29 07:41:22 fedi01 pleroma[2231]: [info] Pleroma.Workers.PublisherWorker: published activity https://fedi01.example.social/activities/7c2a to 14 inboxes"),
		},
	},
	{
		name:   "akkoma-compose-time-of-day-term",
		source: "Akkoma under docker-compose (the service prefix `akkoma_1  | `, then Elixir's console `$time $metadata[$level] $message`, $time a time of day with milliseconds; a message that prints an Elixir term continues on the next prefixed line): Interstellar-Relay-Community/aode-relay issue #4 (a pasted Akkoma log); the logger format Pleroma ships, from its ConfigDB versioning test (code search)",
		why:    "a compose prefix, then a time of day (the clock's day) and the bracketed level; the term on the next compose line belongs to the record above; the service name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "akkoma_1  | 07:41:16.204 [info] Running Pleroma.Web.Endpoint with Bandit 1.5.7 at :::4000 (http)"),
			we("2026-11-29T07:41:19.118Z", Warn, "", "akkoma_1  | 07:41:19.118 [warning] Rich media error for https://blog.example.org/post/41: :content_type"),
			we("2026-11-29T07:41:24.530Z", Error, "",
				"akkoma_1  | 07:41:24.530 [error] Follower/Following counter update for https://relay.example.org/actor failed.",
				"akkoma_1  | {:error, {\"Object has been deleted\", \"https://relay.example.org/following\", 410}}"),
			we("2026-11-29T07:41:31.068Z", Info, "", "akkoma_1  | 07:41:31.068 [info] Pleroma.Web.Federator: Handling incoming AP activity"),
		},
	},
	{
		name:   "mastodon-streaming-pino-json",
		source: "Mastodon 4.2+'s streaming server (pino: `{\"level\":\"info\",\"time\":<epoch ms>,\"pid\":…,\"hostname\":…,\"name\":\"streaming\",…,\"msg\":…}`, the level a string): mastodon/mastodon issue #32437 (docker logs of the 4.3 streaming image) and halcy/Mastodon.py issue #399 (a pasted run with LOG_LEVEL=debug)",
		why:    "epoch milliseconds in `time`; the level a word, not pino's number; `hostname` is the host (a container id); the request's Host header and remote address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "5b1c9e27d04a", `{"level":"info","time":1795938076204,"pid":1,"hostname":"5b1c9e27d04a","name":"streaming","msg":"Streaming API now listening on 0.0.0.0:4000"}`),
			we("2026-11-29T07:41:16.377Z", Debug, "5b1c9e27d04a", `{"level":"debug","time":1795938076377,"pid":1,"hostname":"5b1c9e27d04a","name":"streaming","msg":"Adding listener for timeline:110482113007352815"}`),
			we("2026-11-29T07:41:18.905Z", Info, "5b1c9e27d04a", `{"level":"info","time":1795938078905,"pid":1,"hostname":"5b1c9e27d04a","name":"streaming","req":{"id":"0f6c2e1a-93b4-4d7e-b2a8-5c1d9e0f7a36"},"account":{"id":"110482113007352815"},"channelIds":["timeline:110482113007352815","timeline:110482113007352815:notifications"],"msg":"Starting stream"}`),
			we("2026-11-29T07:41:19.112Z", Warn, "5b1c9e27d04a", `{"level":"warn","time":1795938079112,"pid":1,"hostname":"5b1c9e27d04a","name":"streaming","req":{"id":"4a7d0c3e-1b2f-4e68-9c05-d3e2f1a0b947","remoteAddress":"172.20.0.9","remotePort":51844},"msg":"Error authenticating request: Invalid access token"}`),
			we("2026-11-29T07:41:24.53Z", Error, "5b1c9e27d04a", `{"level":"error","time":1795938084530,"pid":1,"hostname":"5b1c9e27d04a","name":"streaming","err":{"type":"Error","message":"connect ECONNREFUSED 172.20.0.4:6379","stack":"Error: connect ECONNREFUSED 172.20.0.4:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)","errno":-111,"code":"ECONNREFUSED"},"msg":"Redis Client Error!"}`),
		},
	},
	{
		name:   "mastodon-streaming-npmlog-compose",
		source: "Mastodon's streaming server before 4.2 under docker-compose (npmlog: the level's display word, then the prefix, then the message; `log.verbose(req.requestId, …)` puts the request id as prefix): mastodon/mastodon PR #2612 (`streaming_1  | info Starting streaming API server worker on …`) and PR #23518 (the log.warn and log.error calls of streaming/index.js); npmlog's display words `verb`, `WARN` and `ERR!` from memory",
		why:    "no time; npmlog's display word first (`info`, `verb`, `WARN`, `ERR!`); the request id after it is no host; the compose service name is no host",
		gap:    "npmlog's `verb` word (its verbose level, the one just below info) is read as trace, not debug",
		entries: []worldEntry{
			we("", Warn, "", "streaming_1  | WARN Starting streaming API server master with 2 workers"),
			we("", Warn, "", "streaming_1  | WARN Starting worker 1"),
			we("", Info, "", "streaming_1  | info Worker 1 now listening on 0.0.0.0:4000"),
			we("", Debug, "", "streaming_1  | verb 6b0e4d2a-7c1f-4a93-8e5d-2f9c0b1a7e64 Subscribe timeline:104733"),
			we("", Error, "", "streaming_1  | ERR! 9c3f1e7b-2d4a-4b86-a1e0-5f7d8c2b3a19 Error: Access token does not cover required scopes"),
			we("", Debug, "", "streaming_1  | verb 6b0e4d2a-7c1f-4a93-8e5d-2f9c0b1a7e64 Ending stream for 104733"),
		},
	},
	{
		name:   "lemmy-env-logger-compose-bracket",
		source: "Lemmy 0.11-0.14 (2021) under docker-compose (env_logger's default `[yyyy-MM-ddTHH:mm:ssZ LEVEL target] msg`, the level padded to five, behind the compose prefix `lemmy_1     | `): LemmyNet/lemmy issue #1881 (a pasted `docker-compose logs`) and issue #1719",
		why:    "an ISO time in Z and the padded level inside one bracket with the target; the compose service name is no host; remote instances in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "lemmy_1     | [2026-11-29T07:41:16Z INFO  lemmy_server::code_migrations] Running apub_columns_2021_02_02"),
			we("2026-11-29T07:41:16Z", Info, "", "lemmy_1     | [2026-11-29T07:41:16Z INFO  lemmy_server::code_migrations] 0 person rows updated."),
			we("2026-11-29T07:41:17Z", Info, "", "lemmy_1     | [2026-11-29T07:41:17Z INFO  lemmy_server] Starting http server at 0.0.0.0:8536"),
			we("2026-11-29T07:41:23Z", Warn, "", "lemmy_1     | [2026-11-29T07:41:23Z WARN  lemmy_apub::activity_queue] Sending https://lemmy.example.eu/activities/follow/3f1c to https://forum.example.net/inbox failed: Timeout"),
			we("2026-11-29T07:41:30Z", Error, "", "lemmy_1     | [2026-11-29T07:41:30Z ERROR lemmy_server::scheduled_tasks] Failed to establish db connection for active counts update: connection refused"),
		},
	},
}

func TestFresh726Formats(t *testing.T) { assertTable(t, fresh726Cases) }
func TestFresh726Score(t *testing.T) {
	checkScore(t, "fresh726 formats", fresh726Cases, [worldNumFields]float64{88.2, 99.9, 99.9, 99.9})
}
