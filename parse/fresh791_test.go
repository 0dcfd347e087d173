package parse

import "testing"

// The seven-hundred-and-ninety-first fresh table: IRC, XMPP and chat servers, gateways and
// bouncers whose logs no earlier table measures. Each family is one product's output: Solanum's
// (charybdis's) ircd.log with its minute-only smalldate `2026/11/29 07.41`; BitlBee's console
// output, untimed, a level word and a colon first; WeeChat's core weechat.log with its bracketed
// local time; biboumi's logger built with systemd (the sd-daemon `<N>` prefix, no time) and without
// it (`[INFO]: `, no time); ngIRCd through syslog (the syslog header and host, then ngIRCd's own
// `[pid:level uptime]`); MongooseIM 2's lager lines captured by Docker's json-file driver; and
// ejabberd's OTP logger with an Erlang term printed over several indented lines.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `inspircd`, `unrealircd`, `ergo`, `oragono`, `ngircd`, `solanum`,
// `charybdis`, `ratbox`, `hybrid`, `ircd-hybrid`, `ircd-ratbox`, `ircd-seven`, `ophion`, `ircu`,
// `snircd`, `nefarious`, `plexus`, `bahamut`, `irc2`, `ircd2`, `sable_ircd`, `robustirc`, `znc`,
// `soju`, `psybnc`, `shroudbnc`, `sbnc`, `bip`, `bip.log`, `dircproxy`, `miau`, `pounce`, `bitlbee`,
// `weechat`, `irssi`, `hexchat`, `quassel`, `thelounge`, `the lounge`, `convos`, `kiwiirc`,
// `webircgateway`, `gamja`, `senpai`, `catgirl`, `litterbox`, `anope`, `atheme`, `denora`, `epona`,
// `neostats`, `hybserv`, `irc services`, `ircservices`, `eggdrop`, `limnoria`, `supybot`, `sopel`,
// `pylink`, `hubot`, `errbot`, `lita`, `ejabberd`, `ejabberdctl`, `@ejabberd_`, `CRASH REPORT====`,
// `I(<0.`, `u003c0.`, `prosody`, `openfire`, `tigase`, `mongooseim`, `metronome`, `snikket`,
// `jabberd2`, `jabberd14`, `djabberd`, `vysper`, `jackal`, `m-link`, `isode`, `kontalk`,
// `spectrum2`, `biboumi`, `slidge`, `heisenbridge`, `cheogram`, `movim`, `conversejs`, `jsxc`,
// `kaidan`, `gajim`, `profanity`, `dino`, `pidgin`, `libpurple`, `matterbridge`, `matterircd`,
// `mattermost`, `rocket.chat`, `rocketchat`, `meteor`, `I2026`, `SERVER RUNNING`, `zulip`,
// `synapse`, `dendrite`, `conduit`, `conduwuit`, `tuwunel`, `sydent`, `sygnal`, `ma1sd`, `mxisd`,
// `mjolnir`, `draupnir`, `maubot`, `hookshot`, `pantalaimon`, `mautrix`, `appservice`, `jitsi`,
// `jicofo`, `jvb`, `mumble`, `murmur`, `umurmur`, `grumble`, `teamspeak`, `tinode`, `spacebar`,
// `fosscord`, `lets-chat`, `wire-server`, `chatwoot`, `galene`, `tox-bootstrapd`, `ngircd[`.
// Nearly every server and bouncer of the theme is measured already (InspIRCd 3, UnrealIRCd 6 in
// text and JSON, Ergo, ngIRCd's console, ZNC, Anope, Atheme, ratbox-services, jabberd2, ejabberd's
// OTP and lager lines, Prosody, Openfire, Tigase, MongooseIM's logfmt, Mattermost, Rocket.Chat,
// Zulip, Matterbridge, Quassel, TheLounge), so they were left out as families; Solanum, charybdis,
// BitlBee, WeeChat, biboumi and soju match only earlier tables' grep lists, and `ngircd[` and
// `u003c0.` match nothing. ngIRCd is measured here through syslog (its console shape is measured),
// MongooseIM through Docker's json-file driver, and ejabberd for its multi-line terms (its
// one-line records are measured). soju, psyBNC and shroudBNC were left out: no search confirmed
// their layouts. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Solanum's smalldate is gmtime to the minute, so its records fall on the
// minute; WeeChat writes its local time with no zone, taken as UTC; ngIRCd's syslog date has no
// year and is in 2026 (the number after the level digit is seconds of uptime, no time); ejabberd
// writes +00:00; a MongooseIM record carries lager's own time inside and Docker's receive time
// outside, both of the record (`a|b`); BitlBee's and biboumi's lines carry no time. Levels only
// where the line marks one: BitlBee's leading word (Informational, Warning, Error, Debug),
// biboumi's sd-daemon prefix (`<6>` and the others are syslog severities) or its bracketed word,
// ngIRCd's severity digit after the pid, lager's and OTP logger's bracketed level; Solanum's and
// WeeChat's lines carry none. The host is the record's host field: only the ngIRCd syslog header
// carries one; addresses and servers in messages are peers. ejabberd's term continuation lines
// belong to the record above them; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 22d1122 before any rule for it: level 87.5 %, time 87.5 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 87.9 %, time 87.9 %, host
// 100.0 %, records 100.0 %), in a worktree at 22d1122 with no change to trawl's code (only this
// file and table_test.go's list), 6 of 8 families fully right; the gaps are Solanum's minute-only
// smalldate `2026/11/29 07.41`, not read as a time, and ngIRCd's severity digit inside
// `[pid:N uptime]` after a syslog header, not read as a level.

var fresh791Cases = []worldCase{
	{
		name:   "solanum-ircd-log-smalldate-minutes",
		source: "Solanum/charybdis ircd.log: smalldate() `%d/%d/%d %02d.%02d` over gmtime (year/month/day, hour.minute, no seconds) in ircd/s_log.c, the same helper in ircd-ratbox and ratbox-services' `%s %s\\n` log writer (ktdreyer/ratbox-svn src/log.c); ilog's `smalldate message` join from memory",
		why:    "a slashed date with unpadded fields and a time with a dot between hour and minute and no seconds; no level, no host",
		gap:    "the leading `2026/11/29 07.41` (year/month/day, then hour.minute with a dot and no seconds) is not read as a time: every record gets no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "2026/11/29 07.41 Server Ready"),
			we("2026-11-29T07:41:00Z", Unknown, "", "2026/11/29 07.41 OPER ops.helga by helga!~helga@staff.chat.example.org (198.51.100.44)"),
			we("2026-11-29T07:44:00Z", Unknown, "", "2026/11/29 07.44 Link with hub2.chat.example.org[@198.51.100.7] established: (TB TS6 EX IE KLN UNKLN ENCAP SERVICES EUID EOPMOD MLOCK) link"),
			we("2026-11-29T07:52:00Z", Unknown, "", "2026/11/29 07.52 KILL From ops.helga!~helga@staff.chat.example.org For spambot42 Path: staff.chat.example.org!helga (flooding #help)"),
		},
	},
	{
		name:   "bitlbee-console-level-word-untimed",
		source: "BitlBee's console log output (log.c log_console: `fprintf(stderr, \"Error: %s\\n\")`, `Warning: %s`, `fprintf(stdout, \"Informational: %s\\n\")`, `Debug: %s` in DEBUG builds): bitlbee/bitlbee log.c",
		why:    "no time at all; the level is the leading word and colon (Informational is Info)",
		entries: []worldEntry{
			we("", Info, "", "Informational: BitlBee 3.6 starting in ForkDaemon mode on 0.0.0.0:6667"),
			we("", Info, "", "Informational: Loaded account data for user kestrel from /var/lib/bitlbee/kestrel.xml"),
			we("", Warn, "", "Warning: Unable to read user configuration for marlow: Permission denied"),
			we("", Error, "", "Error: bind: Address already in use"),
			we("", Debug, "", "Debug: jabber: sending <iq type='get' id='BeeX4012'> to talk.example.net"),
		},
	},
	{
		name:   "weechat-core-log-bracket-time",
		source: "WeeChat's core log ~/.local/share/weechat/weechat.log (src/core/wee-log.c log_printf: `[%04d-%02d-%02d %02d:%02d:%02d] %s` over localtime): weechat/weechat src/core/wee-log.c; relay messages as in weechat/weechat issue #1358",
		why:    "a bracketed ISO-like local time with no zone first; no level (the message names the plugin), no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] WeeChat 4.4.3 (compiled on Nov 20 2026 10:02:11)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] irc: connecting to server irc.chat.example.org/6697 (TLS)..."),
			we("2026-11-29T07:43:02Z", Unknown, "", "[2026-11-29 07:43:02] relay: new client on port 9001: 3/weechat/203.0.113.40 (waiting auth)"),
			we("2026-11-29T07:43:09Z", Unknown, "", "[2026-11-29 07:43:09] relay: reading data on socket for client 3/weechat/203.0.113.40: error 104 Connection reset by peer"),
		},
	},
	{
		name:   "biboumi-sd-daemon-prefix-untimed",
		source: "biboumi built with systemd (louiz/biboumi src/logger/logger.hpp: `log_info` writes SD_INFO, then `__FILENAME__:__LINE__:\\t`, then the text; sd-daemon.h's SD_INFO is `<6>`, SD_WARNING `<4>`, SD_ERR `<3>`, SD_DEBUG `<7>`, from memory)",
		why:    "no time; a syslog severity in angle brackets glued to the source file and line, then a tab; no host",
		entries: []worldEntry{
			we("", Info, "", "<6>biboumi.cpp:127:\tStarting biboumi 9.0 as irc.xmpp.example.org"),
			we("", Debug, "", "<7>xmpp_component.cpp:212:\tReceived XML: <presence from='ines@xmpp.example.org/laptop' to='#help%irc.example.net@irc.xmpp.example.org/ines'/>"),
			we("", Warn, "", "<4>irc_client.cpp:488:\tConnection to irc.example.net:6697 failed: Connection timed out"),
			we("", Error, "", "<3>database.cpp:81:\tFailed to open database /var/lib/biboumi/biboumi.sqlite: unable to open database file"),
		},
	},
	{
		name:   "biboumi-bracket-level-untimed",
		source: "biboumi built without systemd (louiz/biboumi src/logger/logger.hpp: `# define SD_INFO \"[INFO]: \"`, `\"[WARNING]: \"`, `\"[ERROR]: \"`, `\"[DEBUG]: \"`, then `__FILENAME__:__LINE__:\\t` and the text)",
		why:    "no time; the level word in brackets with a colon, the source file and line, a tab; no host",
		entries: []worldEntry{
			we("", Info, "", "[INFO]: biboumi.cpp:127:\tStarting biboumi 9.0 as gw.jabber.example.com"),
			we("", Info, "", "[INFO]: xmpp_component.cpp:98:\tAuthenticated with the XMPP server"),
			we("", Warn, "", "[WARNING]: irc_client.cpp:1041:\tUnknown IRC command: FAIL"),
			we("", Error, "", "[ERROR]: xmpp_component.cpp:147:\tXML parsing error: not well-formed (invalid token)"),
			we("", Debug, "", "[DEBUG]: irc_client.cpp:402:\tIRC RECEIVING: (irc.oftc.example.net) :nick!~u@host PRIVMSG #café :bonjour"),
		},
	},
	{
		name:   "ngircd-syslog-inner-pid-level-uptime",
		source: "ngIRCd logging to syslog (`Apr 26 21:26:50 host ngircd[43668]: [43668:6 1233] Accepted connection 9 from …`, the bracket holding the pid, the syslog severity digit and the uptime in seconds): ngircd/ngircd issue #314",
		why:    "an RFC 3164 header with the host, then ngIRCd's own `[pid:level uptime]`: the digit is the severity, the number after it is uptime, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:50Z", Info, "irc01", "Nov 29 07:41:50 irc01 ngircd[4312]: [4312:6 1233] Accepted connection 9 from \"[2001:db8:41::7]:52968\" on socket 6."),
			we("2026-11-29T07:41:50Z", Error, "irc01", "Nov 29 07:41:50 irc01 ngircd[4312]: [4312:3 1233] User \"tamsin!~tamsin@host-7.example.net\" rejected (connection 9): \"compromised host\" (G-Line)!"),
			we("2026-11-29T07:41:50Z", Notice, "irc01", "Nov 29 07:41:50 irc01 ngircd[4312]: [4312:5 1233] Client \"tamsin\" unregistered (connection 9): \"compromised host\" (G-Line)."),
			we("2026-11-29T07:45:03Z", Warn, "irc01", "Nov 29 07:45:03 irc01 ngircd[4312]: [4312:4 1426] Can't connect to \"leaf2.example.net\" (connection 11): Connection refused!"),
		},
	},
	{
		name:   "mongooseim-lager-docker-json-file",
		source: "MongooseIM 2.x's lager console lines (`yyyy-MM-dd HH:mm:ss.SSS [level] <pid> msg`, `\\r\\r\\n` at the end) captured by Docker's json-file driver (`{\"log\":…,\"stream\":\"stdout\",\"time\":…}`, `<` escaped as \\u003c): esl/MongooseIM issue #1685",
		why:    "a JSON wrapper whose log field holds lager's own time and bracketed level; Docker's receive time in the time field; both times are the record's; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:13.933Z|2026-11-29T07:41:13.934093632Z", Debug, "", `{"log":"2026-11-29 07:41:13.933 [debug] \u003c0.461.0\u003e Supervisor ejabberd_listeners started ejabberd_cowboy:start_link({cowboy_state,'ejabberd_cowboy_0.0.0.0_5285',[{num_acceptors,10}]}) at pid \u003c0.1031.0\u003e\r\r\n","stream":"stdout","time":"2026-11-29T07:41:13.934093632Z"}`),
			we("2026-11-29T07:41:14.210Z|2026-11-29T07:41:14.211507310Z", Info, "", `{"log":"2026-11-29 07:41:14.210 [info] \u003c0.7.0\u003e Application mongooseim started on node mongooseim@mim-2\r\r\n","stream":"stdout","time":"2026-11-29T07:41:14.211507310Z"}`),
			we("2026-11-29T07:42:40.017Z|2026-11-29T07:42:40.018220415Z", Warn, "", `{"log":"2026-11-29 07:42:40.017 [warning] \u003c0.2204.0\u003e@ejabberd_c2s:terminate:1811 Connection closed before authentication from 172.18.0.9\r\r\n","stream":"stdout","time":"2026-11-29T07:42:40.018220415Z"}`),
			we("2026-11-29T07:42:41.502Z|2026-11-29T07:42:41.503118902Z", Error, "", `{"log":"2026-11-29 07:42:41.502 [error] \u003c0.1388.0\u003e@mongoose_rdbms:sql_query_t:262 SQL query failed: {error,\"connection refused\"}\r\r\n","stream":"stderr","time":"2026-11-29T07:42:41.503118902Z"}`),
		},
	},
	{
		name:   "ejabberd-otp-logger-multiline-term",
		source: "ejabberd 22.x's ejabberd.log (OTP logger `yyyy-MM-dd HH:mm:ss.uuuuuu+00:00 [level] <pid>@module:function/arity:line msg`, an Erlang term in the message pretty-printed over lines indented to its nesting): processone/ejabberd issue #3958 (`[warning] <…>@ejabberd_c2s:process_info/2:250 Unexpected info: {http,{#Ref<…>,` followed by indented lines)",
		why:    "a record whose message is an Erlang term broken over deeply indented continuation lines; the lines after it are records of their own",
		entries: []worldEntry{
			we("2026-11-29T08:06:45.126949Z", Warn, "", "2026-11-29 08:06:45.126949+00:00 [warning] <0.28864.1716>@ejabberd_c2s:process_info/2:250 Unexpected info: {http,{#Ref<0.4021733511.2912157699.80412>,",
				"                        {{\"HTTP/1.1\",200,\"OK\"},",
				"                         [{\"cache-control\",\"no-store\"},",
				"                          {\"content-length\",\"2\"},",
				"                          {\"content-type\",\"application/json\"}],",
				"                         <<\"{}\">>}}}"),
			we("2026-11-29T08:06:47.500012Z", Info, "", "2026-11-29 08:06:47.500012+00:00 [info] <0.28870.1716>@ejabberd_c2s:handle_auth_success/4:371 (tls|<0.28870.1716>) Accepted c2s PLAIN authentication for yusuf@chat.example.com by sql backend from 192.0.2.61"),
			we("2026-11-29T08:06:52.003310Z", Error, "", "2026-11-29 08:06:52.003310+00:00 [error] <0.901.0>@ejabberd_sql:check_error/2:1203 SQL query 'Q88310' at {mod_mam_sql,112} failed: {error,",
				"                                                                    <<\"connection closed\">>}"),
		},
	},
}

func TestFresh791Formats(t *testing.T) { assertTable(t, fresh791Cases) }
func TestFresh791Score(t *testing.T) {
	checkScore(t, "fresh791 formats", fresh791Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
