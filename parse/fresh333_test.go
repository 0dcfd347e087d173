package parse

import "testing"

// The three-hundred-and-thirty-third fresh table, written on 2026-12-08: syslog test vectors, a
// tenth pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299, fresh310 and
// fresh318 (and the syslog corners of fresh3, fresh9, fresh57, fresh61, fresh144, fresh145, fresh165,
// fresh172 and fresh206): messages as rsyslog's and syslog-ng's own test suites and fuzz corpora
// feed them, and as receivers write them when the transport is wrong, in shapes no earlier table
// holds. Each family is one product's output in one shape: rsyslog's testbench parse1 files read
// together (an input line, the expected `PRI,facility,severity,timestamp,host,program,tag,msg` line,
// a `#` note; a year and a colon after the time, an upper-case month, 8-bit bytes, a host followed
// by a lone blank); rsyslog's libFuzzer seed corpus for its message parsers printed with
// `tail -n +1` (the `==> file <==` headers, a PRI with one letter and nothing else, a legacy line
// with no PRI, an RFC 3339 stamp in a legacy header, RFC 5424 with escaped SD and all-NIL); boofuzz
// fuzzing a syslog listener over UDP, its console saved with its colours (ANSI escapes around the
// test-case, step, transmit and pass lines; the payload in hex and as a Python bytes literal with a
// date of its own), and the same session's FuzzLoggerCsv file (utcnow's ISO time, the type column,
// the sent bytes in hex and decoded, CRLF row ends); rsyslog's plain imtcp listener receiving a TLS
// ClientHello from a sender set to RFC 5425, the handshake written as `#ooo` escapes and raw 8-bit
// bytes, cut into records at every 0x0a byte; a Sophos XG firewall sending NUL-terminated frames over TLS to rsyslog without an
// extra frame delimiter, so its records run together behind `#000<30>` until rsyslog's message size
// cuts the stream, each cut starting mid-record under the host `_gateway`; syslog-ng receiving RFC
// 5424 with RFC 6587 octet counting on a source that does not frame it, written behind the
// sender's address (`addr LEN <PRI>1 …`); and gnutls-cli used by hand to check an RFC 5425
// listener (its certificate blocks with activation and expiry dates, then a typed RFC 5424 line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`test vectors`, `parse1` (fresh77: the suite named in a source, its lines alone),
// `ts3164`, `tabescape`, `testsuites` (fresh165, fresh319: other suites), `%syslogseverity-text%`
// (fresh60, fresh165, fresh172: other templates), `,auth,info,`, `,user,info,` (fresh165: pmsnare's
// CSV with no time or host column), `,local4,debug`, `8-bit European` (fresh77: the input line
// alone), `fuzz`, `corpus/`, `syslog-message/`, `fuzz_rsyslog`, `libFuzzer`, `oss-fuzz`, `tail -n
// +1` (fresh320: another product), `==> tests/`, `<0>x`, `boofuzz`, `Test Case:`, `Test Step`,
// `Check OK`, `colorama`, `Transmitted` (other products), `#026`, `#003`, `ClientHello` (fresh248,
// fresh308: other senses), `gnutls` (fresh25, fresh235: other senses), `handshake`, `tls-gibberish`,
// `TLS handshake detected`, `Framing Error` (fresh299: grepped only), `imtcp`, `StreamDriver`,
// `gtls`, `#000<`, `AddtlFrameDelimiter`, `NUL-delimited`, `_gateway` (fifteen tables: the
// systemd-resolved name in other lines), `device="SFW"`, `XG1` (fresh48: Sophos XG's raw lines
// one a line), `priority=Information`, `appresolvedby`, `log_occurrence`, `maxMessageSize`,
// `audit_protocol`, `transport(tls)`, `SOURCEIP`, `335 <` (fresh206: serilog's octet count at the
// start of the line), `S-1-5-21`, `octet-count`, `6587`, `RFC 5425`, `rfc5425-tls-frames` (fresh37:
// the frames themselves), `gnutls-cli`, `Processed 1 CA`, `CA certificate(s)`, `Simple Client
// Mode`, `Public Key PIN`, `verify return:1`, `s_client` (other senses), `Message forwarded`,
// `Original Address`, `no_appending`, `sanitize-utf8`, `validate-utf8`, `begin of message is`,
// `ASCII value`). rsyslog's parse1 pairs, its fuzz seed corpus, boofuzz, the TLS handshake written
// by a plain listener, NUL-chained frames, the octet count behind a relay's address and gnutls-cli
// are in none. Left out as measured already: rsyslog's tcpflood, loggen and the parsers' own
// vectors (fresh57, fresh61, fresh77, fresh124, fresh144), the octet count at the line's start
// (fresh206, fresh215, fresh228, fresh287), syslog-ng's `Error processing log message` (fresh37),
// RELP (fresh287), PROXY lines (fresh299), the wall text (fresh67), NETGEAR's raw 8-bit ChassisID
// with promtail's rejection (fresh67, fresh116, fresh128), stunnel (fresh5), the relayed double
// headers (fresh77, fresh267). Also left out after the search: an HTTP client posting into a plain
// imtcp port (rsyslog issue #4493: the `POST` word lands in the host field, which the rules cannot
// settle), lines that begin with a digit taken for an octet count (the same), rsyslog's ts3164 month
// files (their point is the other eleven months) and syslog-ng's sanitize-utf8 escapes (no sample
// found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A BSD date has no year (2026) and no zone (UTC); an RFC 3339 time is
// converted from its offset (+02:00 in the fuzz seeds, +01:00 at the NAS); boofuzz's
// `[yyyy-MM-dd HH:mm:ss,SSS]` is local time with no zone, taken as UTC, and its CSV time is UTC
// (utcnow) with no zone written; the Sophos record's `date= time= timezone="IST"` is +05:30, and where a line starts with that record, its own time
// and rsyslog's are two versions of the record's time, either accepted (the firewall's clock runs
// 40 seconds ahead). A date inside a payload (boofuzz's bytes, a certificate's activated and expires
// stamps) is not the record's time, and a record with none has none. Levels only from what the line
// marks: the PRI (severity = PRI mod 8, also where a relay wrote it inside the line), the parse1
// severity column, Sophos' priority=, boofuzz's `Info:` type and its CSV `info` type; rsyslog's
// traditional file format marks none. The host is the record's host field: the header's HOSTNAME, the parse1 host column,
// rsyslog's fromhost where its parser found no host name (the TLS sender, `_gateway`), the relay's
// address before the octet count; a target address in boofuzz, a certificate's CN and a gnutls
// peer are no hosts. A record that spans lines is one entry (a gnutls certificate block with its
// indented subject and key lines); a parse1 note, a tail header and a gnutls status line are
// records of their own; empty lines between files are fed but not scored. A CSV row's CR is part of
// its text.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 65.1 %, time 86.8 %, host 73.7 %, records 68.8 %.
// That is the macro figure (micro: level 73.1 %, time 84.9 %, host 79.6 %, records 61.3 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (boofuzz's coloured console, the TLS handshake written by a plain imtcp
// listener); the gaps are the parse1 CSV line's severity and host columns and the notes joined to
// it, tail's headers joined to the one seed line under them, the CR of boofuzz's CSV rows, the level
// after rsyslog's cut inside a key=value pair in the NUL-chained Sophos lines, the PRI and the
// address around an octet count behind syslog-ng's host, and gnutls' `info:` label read as a level.

var fresh333Cases = []worldCase{
	{
		name:   "rsyslog-testbench-parse1-expected-csv",
		gap:    "the expected CSV line (`167,local4,debug,Nov 29 07:41:16,172.20.245.8,…`) gets its time but neither its level from the severity column nor its host from the host column, and the `#` note under it is joined to it instead of being a record of its own; the input lines are read right",
		source: "rsyslog's testbench parse1 files read together (`cat tests/testsuites/*.parse1`): each an input line, then the expected line in the suite's `%PRI%,%syslogfacility-text%,%syslogseverity-text%,%timestamp%,%hostname%,%programname%,%syslogtag%,%msg%` form, then an optional `#` note: rsyslog/rsyslog tests/testsuites/1.parse1 (the PIX line), date3.parse1 (a year and a colon after the time), date5.parse1, 8bit.parse1 (an upper-case month, 8-bit bytes), empty.parse1 (a blank after the host and nothing else), 3.parse1 (`sshd(pam_unix)[pid]:`)",
		why:    "the expected line is a record with its time, severity word and host in CSV columns; the input line's header carries a year and a colon, an upper-case month, a trailing blank; a note is a record with nothing",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "172.20.245.8", "<167>Nov 29 07:41:16 172.20.245.8 %PIX-7-710005: UDP request discarded from SRV-7/2741 to lab_app:255.255.255.255/61601"),
			we("2026-11-29T07:41:16Z", Debug, "172.20.245.8", "167,local4,debug,Nov 29 07:41:16,172.20.245.8,%PIX-7-710005,%PIX-7-710005:, UDP request discarded from SRV-7/2741 to lab_app:255.255.255.255/61601"),
			we("", Unknown, "", "#Only the first two lines are compared, anything may follow them"),
			we("2026-11-29T07:41:17Z", Info, "example", "<38>Nov 29 2026 07:41:17: example tag: testmessage (only the date is really checked)"),
			we("2026-11-29T07:41:17Z", Info, "example", "38,auth,info,Nov 29 07:41:17,example,tag,tag:, testmessage (only the date is really checked)"),
			we("", Unknown, "", "# neither the year nor the colon after the time belongs there, but the parser takes both"),
			we("2026-11-29T07:41:18Z", Info, "host", "<6>NOV 29 07:41:18 host tag This msg carries 8-bit chars: äöü"),
			we("2026-11-29T07:41:18Z", Info, "host", "6,kern,info,Nov 29 07:41:18,host,tag,tag, This msg carries 8-bit chars: äöü"),
			we("2026-11-29T07:41:19Z", Info, "localhost", "<14>Nov 29 2026 07:41:19 localhost "),
			we("2026-11-29T07:41:19Z", Info, "localhost", "14,user,info,Nov 29 07:41:19,localhost,,,"),
			we("", Unknown, "", "#Note: one blank after localhost, then the line ends!"),
			we("2026-11-29T07:41:20Z", Info, "lxcvs09", "<38>Nov 29 07:41:20 lxcvs09 sshd(pam_unix)[31738]: session closed for user buildbot"),
			we("2026-11-29T07:41:20Z", Info, "lxcvs09", "38,auth,info,Nov 29 07:41:20,lxcvs09,sshd(pam_unix),sshd(pam_unix)[31738]:, session closed for user buildbot"),
			we("", Unknown, "", "# one more real-life sample that once tripped the parser"),
		},
	},
	{
		name:   "rsyslog-fuzz-seed-corpus-tail-headers",
		gap:    "each `==> file <==` header is joined with the one seed line under it and the empty line after, so the header takes that line's time, level and host and the seed line starts no record of its own",
		source: "rsyslog's libFuzzer seed corpus for fuzz_rsyslog_message (tests/fuzz/corpus/syslog-message/: rfc3164-no-pri, rfc3164-rfc3339, rfc3164-short `<0>x`, rfc5424-basic, rfc5424-escaped-sd, rfc5424-nil `<13>1 - - - - - - minimal`, one message a file; tests/fuzz/README.md) printed with `tail -n +1 …/*`, which writes `==> file <==` before each file and an empty line between them: rsyslog/rsyslog tests/fuzz",
		why:    "a PRI and one letter is a record with a level and nothing else; a legacy line with no PRI has no level; an RFC 3339 stamp with +02:00 in a legacy header; escaped `\\]` and `\\\"` in an SD value; an all-NIL RFC 5424 header has no time and no host; the headers are records with nothing",
		entries: []worldEntry{
			we("", Unknown, "", "$ tail -n +1 tests/fuzz/corpus/syslog-message/*"),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc3164-no-pri <=="),
			we("2026-11-29T07:41:16Z", Unknown, "relay-09.example.net", "Nov 29 07:41:16 relay-09.example.net cron[4411]: legacy line with no PRI"),
			wskip(""),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc3164-rfc3339 <=="),
			we("2026-11-29T07:41:17.25Z", Notice, "relay-09", "<13>2026-11-29T09:41:17.250+02:00 relay-09 backupd: RFC 3339 stamp in a legacy header"),
			wskip(""),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc3164-short <=="),
			we("", Emergency, "", "<0>q"),
			wskip(""),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc5424-basic <=="),
			we("2026-11-29T07:41:18.003Z", Notice, "gw-7.example.org", `<165>1 2026-11-29T07:41:18.003Z gw-7.example.org evntslog - ID52 [exampleSDID@32473 iut="4" eventSource="Application"] An application event was written`),
			wskip(""),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc5424-escaped-sd <=="),
			we("2026-11-29T07:41:19Z", Critical, "gw-7", `<34>1 2026-11-29T09:41:19+02:00 gw-7 app 4120 msg [meta@32473 value="cut\]here" quote="\""] payload`),
			wskip(""),
			we("", Unknown, "", "==> tests/fuzz/corpus/syslog-message/rfc5424-nil <=="),
			we("", Notice, "", "<13>1 - - - - - - bare"),
		},
	},
	{
		name:   "boofuzz-syslog-udp-session-ansi-console",
		source: "boofuzz 0.4 fuzzing a syslog listener over UDP (a Session with a Syslog request: priority as an ASCII bit field, then a fixed BSD date, host and tag), its console saved with `| tee` and so with colorama's escapes: FuzzLoggerText through helpers.format_log_msg (`[yyyy-MM-dd HH:mm:ss,SSS] ` then an indent of 0, 2, 4 or 6 blanks by type; `Test Case:` yellow bright, `Test Step:` magenta bright, `Transmitted N bytes: hex b'…'` cyan, `Check OK:` green bright, `Info:` plain; hex_to_hexstr), Session._fuzz_current_case (`Test Case: N: node:element:index`, `Type: … Default value: … Case N of M overall.`, `Fuzzing Node '…'`), Target.open/send/close (`Opening target connection (host:port)...`, `Sending N bytes...`, `Closing target connection...`): jtpereyda/boofuzz boofuzz/helpers.py and boofuzz/sessions.py; a boofuzz syslog UDP script (s_bit_field priority, s_group month) found by search; the monitor and `Check OK: No crash detected.` lines from memory",
		why:    "the bracketed time with a comma before the milliseconds has no zone; ANSI escapes sit between the indent and the text; the transmitted payload carries a PRI and a date of its own, which are not the record's; `Info:` is boofuzz's info type; the target address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 07:41:16,204] \x1b[33m\x1b[1mTest Case: 1: Syslog:Syslog.Syslog-Message.priority:1\x1b[0m"),
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204]     Info: Type: BitField. Default value: b''. Case 1 of 1518 overall."),
			we("2026-11-29T07:41:16.205Z", Info, "", "[2026-11-29 07:41:16,205]     Info: Opening target connection (10.20.0.4:514)..."),
			we("2026-11-29T07:41:16.205Z", Info, "", "[2026-11-29 07:41:16,205]     Info: Connection opened."),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2026-11-29 07:41:16,205]   \x1b[35m\x1b[1mTest Step: Monitor CallbackMonitor#140137283221840[pre=[],post=[],restart=[],post_start_target=[]].pre_send()\x1b[0m"),
			we("2026-11-29T07:41:16.206Z", Unknown, "", "[2026-11-29 07:41:16,206]   \x1b[35m\x1b[1mTest Step: Fuzzing Node 'Syslog'\x1b[0m"),
			we("2026-11-29T07:41:16.206Z", Info, "", "[2026-11-29 07:41:16,206]     Info: Sending 51 bytes..."),
			we("2026-11-29T07:41:16.206Z", Unknown, "", "[2026-11-29 07:41:16,206]     \x1b[36mTransmitted 51 bytes: 3c 30 3e 4e 6f 76 20 32 38 20 32 33 3a 35 39 3a 35 38 20 66 75 7a 7a 62 6f 78 20 63 72 6f 6e 5b 38 31 31 5d 3a 20 62 6f 6f 66 75 7a 7a 20 70 72 6f 62 65 b'<0>Nov 28 23:59:58 fuzzbox cron[811]: boofuzz probe'\x1b[0m"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "[2026-11-29 07:41:16,207]   \x1b[35m\x1b[1mTest Step: Contact target monitors\x1b[0m"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "[2026-11-29 07:41:16,207]       \x1b[32m\x1b[1mCheck OK: No crash detected.\x1b[0m"),
			we("2026-11-29T07:41:16.207Z", Info, "", "[2026-11-29 07:41:16,207]     Info: Closing target connection..."),
			we("2026-11-29T07:41:16.208Z", Info, "", "[2026-11-29 07:41:16,208]     Info: Connection closed."),
			we("2026-11-29T07:41:16.209Z", Unknown, "", "[2026-11-29 07:41:16,209] \x1b[33m\x1b[1mTest Case: 2: Syslog:Syslog.Syslog-Message.priority:2\x1b[0m"),
			we("2026-11-29T07:41:16.209Z", Info, "", "[2026-11-29 07:41:16,209]     Info: Type: BitField. Default value: b''. Case 2 of 1518 overall."),
			we("2026-11-29T07:41:16.21Z", Unknown, "", "[2026-11-29 07:41:16,210]   \x1b[35m\x1b[1mTest Step: Fuzzing Node 'Syslog'\x1b[0m"),
			we("2026-11-29T07:41:16.21Z", Info, "", "[2026-11-29 07:41:16,210]     Info: Sending 53 bytes..."),
			we("2026-11-29T07:41:16.211Z", Unknown, "", "[2026-11-29 07:41:16,211]     \x1b[36mTransmitted 53 bytes: 3c 32 35 35 3e 4e 6f 76 20 32 38 20 32 33 3a 35 39 3a 35 38 20 66 75 7a 7a 62 6f 78 20 63 72 6f 6e 5b 38 31 31 5d 3a 20 62 6f 6f 66 75 7a 7a 20 70 72 6f 62 65 b'<255>Nov 28 23:59:58 fuzzbox cron[811]: boofuzz probe'\x1b[0m"),
			we("2026-11-29T07:41:16.212Z", Unknown, "", "[2026-11-29 07:41:16,212]       \x1b[32m\x1b[1mCheck OK: No crash detected.\x1b[0m"),
		},
	},
	{
		name:   "boofuzz-fuzz-logger-csv-rows",
		gap:    "the CR of csv.writer's CRLF row end is dropped from every row's text; the ISO time, the `info` type as the level and the empty host are read right",
		source: "the same boofuzz session with a FuzzLoggerCsv beside the console (`fuzz_loggers=[FuzzLoggerText(), FuzzLoggerCsv(file_handle=open(\"fuzz.csv\", \"w\"))]`): one row a call through Python's csv.writer (its default CRLF row end, a field with commas quoted), `utcnow().isoformat()` first, then the type (`open test case`, `open step`, `info`, `send`, `pass`, …), the length and the hex of sent data, then the description or the data decoded: jtpereyda/boofuzz boofuzz/fuzz_logger_csv.py; the session's messages as in the console family (boofuzz/sessions.py)",
		why:    "an ISO time with microseconds and no zone, UTC by its maker; the type column's `info` is boofuzz's info type; the sent syslog message in the last column carries a PRI, a date and a host name of its own, none of them the row's; every row ends in CR LF",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "2026-11-29T07:41:16.204512,open test case,,,Test case 1: Syslog:Syslog.Syslog-Message.priority:1\r"),
			we("2026-11-29T07:41:16.20469Z", Info, "", "2026-11-29T07:41:16.204690,info,,,Type: BitField. Default value: b''. Case 1 of 1518 overall.\r"),
			we("2026-11-29T07:41:16.204911Z", Info, "", "2026-11-29T07:41:16.204911,info,,,Opening target connection (10.20.0.4:514)...\r"),
			we("2026-11-29T07:41:16.205233Z", Info, "", "2026-11-29T07:41:16.205233,info,,,Connection opened.\r"),
			we("2026-11-29T07:41:16.205388Z", Unknown, "", "2026-11-29T07:41:16.205388,open step,,,\"Monitor CallbackMonitor#140137283221840[pre=[],post=[],restart=[],post_start_target=[]].pre_send()\"\r"),
			we("2026-11-29T07:41:16.20561Z", Unknown, "", "2026-11-29T07:41:16.205610,open step,,,Fuzzing Node 'Syslog'\r"),
			we("2026-11-29T07:41:16.205702Z", Info, "", "2026-11-29T07:41:16.205702,info,,,Sending 51 bytes...\r"),
			we("2026-11-29T07:41:16.205871Z", Unknown, "", "2026-11-29T07:41:16.205871,send,51,3c 30 3e 4e 6f 76 20 32 38 20 32 33 3a 35 39 3a 35 38 20 66 75 7a 7a 62 6f 78 20 63 72 6f 6e 5b 38 31 31 5d 3a 20 62 6f 6f 66 75 7a 7a 20 70 72 6f 62 65,<0>Nov 28 23:59:58 fuzzbox cron[811]: boofuzz probe\r"),
			we("2026-11-29T07:41:16.206133Z", Unknown, "", "2026-11-29T07:41:16.206133,open step,,,Contact target monitors\r"),
			we("2026-11-29T07:41:16.206288Z", Unknown, "", "2026-11-29T07:41:16.206288,pass,,,No crash detected.\r"),
			we("2026-11-29T07:41:16.20644Z", Info, "", "2026-11-29T07:41:16.206440,info,,,Closing target connection...\r"),
			we("2026-11-29T07:41:16.206597Z", Info, "", "2026-11-29T07:41:16.206597,info,,,Connection closed.\r"),
			we("2026-11-29T07:41:16.206921Z", Unknown, "", "2026-11-29T07:41:16.206921,open test case,,,Test case 2: Syslog:Syslog.Syslog-Message.priority:2\r"),
			we("2026-11-29T07:41:16.207058Z", Info, "", "2026-11-29T07:41:16.207058,info,,,Type: BitField. Default value: b''. Case 2 of 1518 overall.\r"),
			we("2026-11-29T07:41:16.207744Z", Unknown, "", "2026-11-29T07:41:16.207744,send,53,3c 32 35 35 3e 4e 6f 76 20 32 38 20 32 33 3a 35 39 3a 35 38 20 66 75 7a 7a 62 6f 78 20 63 72 6f 6e 5b 38 31 31 5d 3a 20 62 6f 6f 66 75 7a 7a 20 70 72 6f 62 65,<255>Nov 28 23:59:58 fuzzbox cron[811]: boofuzz probe\r"),
			we("2026-11-29T07:41:16.208102Z", Unknown, "", "2026-11-29T07:41:16.208102,pass,,,No crash detected.\r"),
		},
	},
	{
		name:   "rsyslog-plain-imtcp-tls-clienthello-escaped",
		source: "rsyslog (before 8.2510) with a plain imtcp listener receiving from a sender set to TLS, /var/log/messages in RSYSLOG_TraditionalFileFormat: the ClientHello's control bytes escaped as `#ooo` on receive (EscapeControlCharactersOnReceive, on by default), bytes over 0x7f written raw, every 0x0a byte ending a record, the last piece written when the sender gives up; no PRI and no date in the bytes, so rsyslog's time of receipt and the sender's name (fromhost) stand in the header, the bytes up to the first colon or blank become the tag and a blank is put after it (`%msg:::sp-if-no-1st-sp%`): rsyslog/rsyslog issue #5321 ('Syslog Over TLS: Binary data in Logs'), rsyslog's FAQ 'Why do I see gibberish when connecting with TLS?' (faq/imtcp-tls-gibberish), tools/pmrfc3164.c (a host name must end in a letter or digit before a blank, else fromhost)",
		why:    "each piece of the handshake is a record of its own with the time of receipt and the sender's name; `#026#003#001…`, raw 8-bit bytes and a piece of three escapes (`#000#014#000`) are message text, not a host; the ordinary lines around them are the same file's",
		entries: []worldEntry{
			we("2026-11-29T07:41:09Z", Unknown, "app-04", "Nov 29 07:41:09 app-04 sshd[28114]: Accepted publickey for deploy from 10.20.5.9 port 51022 ssh2: ED25519 SHA256:Wm1pY3Jvc2NvcGljLWtleS1maW5nZXJwcmludA"),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 #026#003#001#001#032#001#000#001#026#003#003}P\xe0Z\xaa\xed\xce-` "),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 \xcb\\Q\x98\x97_: \xd7\xad21s\x86\xad\x92\xd8\xc7~#023V\xe5\xd4 \x95\xf7\xd9\x8ak0u\xcb#016S#000#002\xb6)&#021\x81\x8e\xbb\xc7m\\\xfa\xc2\xfd\xb6\x98#010(\xbe&Z#000>#023#002#023#003#023#001\xc0,\xc00#000\x9f\xcc\xa9\xcc\xa8\xcc\xaa\xc0+\xc0/#000\x9e\xc0$\xc0(#000k\xc0#\xc0'#000g\xc0"),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 \xc0#024#0009\xc0#011\xc0#023#0003#000\x9d#000\x9c#000=#000<#0005#000/#000\xff#001#000#000\x8f#000#013#000#004#003#000#001#002#000 "),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 #000#014#000 "),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 #000#035#000#027#000#036#000#031#000#030#000##000#000#000#026#000#000#000#027#000#000#000#015#000*#000(#004#003#005#003#006#003#010#007#010#010#010#011#010 "),
			we("2026-11-29T07:41:16Z", Unknown, "gw-edge-3", "Nov 29 07:41:16 gw-edge-3 #010#013#010#004#010#005#010#006#004#001#005#001#006#001#003#003#003#001#003#002#004#002#005#002#006#002#000+#000#011#010#003#004#003#003#003#002#003#001#000-#000#002#001#001#0003#000&#000$#000#035#000 A\x81#015\xa0\x85\xf2\x90\xc9\xa5\x89\xbat#000\xaf[\xdd\xa4\xe6V#021\x94G#027#025\xf7\x8b#023fr"),
			we("2026-11-29T07:41:46Z", Unknown, "gw-edge-3", "Nov 29 07:41:46 gw-edge-3 \x84\xae "),
			we("2026-11-29T07:41:52Z", Unknown, "app-04", "Nov 29 07:41:52 app-04 systemd[1]: Started session-412.scope - Session 412 of User deploy."),
		},
	},
	{
		name:   "sophos-xg-tls-nul-frames-rsyslog-chained",
		gap:    "on the line whose message starts with `=0 srczonetype=…` (rsyslog's cut inside a key=value pair) no level is read: the `priority=Information` further on is not taken; the lines starting with `device=` and `src_ip=` get Info, and every time and host is right",
		source: "a Sophos XG (SFOS) firewall sending its firewall records over TCP/TLS, each frame `<30>record` ended by a NUL and no LF, to rsyslog's imtcp without AddtlFrameDelimiter, written in RSYSLOG_TraditionalFileFormat: the NUL escaped as `#000`, records running together until the message size (2k on this relay) flushes the buffer, the rest starting a new record mid-field, fromhost resolved as systemd-resolved's `_gateway`: rsyslog/rsyslog issue #5029 ('TCP TLS Remote logs are getting chained', `Nov 19 06:58:52 _gateway =IPv4 (0x0800) bridge_name=…flags=0#000<30>device=\"SFW\" date=… time=… timezone=\"IST\"`), rsyslog's imtcp AddtlFrameDelimiter docs (NUL-terminated senders); the Sophos record's fields as in fresh48 (Sophos XG syslog)",
		why:    "one line holds the end of one record and the start of the next behind `#000<30>`; the header's time and host are rsyslog's; where the line starts with a record its IST time is a second version of the line's time; priority=Information is the records' level; the addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T06:58:52Z|2026-11-29T06:59:32Z", Info, "_gateway", `Nov 29 06:58:52 _gateway device="SFW" date=2026-11-29 time=12:29:32 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=7 nat_rule_id=3 policy_type=1 user_name="" user_gp="" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_category="" vlan_id="" ether_type=IPv4 (0x0800) bridge_name="" bridge_display_name="" in_interface="Port1" in_display_interface="Port1" out_interface="Port2" out_display_interface="Port2" src_mac=7c:5a:1c:40:12:9e dst_mac=00:1a:8c:f0:22:41 src_ip=10.40.3.27 src_country_code=R1 dst_ip=142.250.74.110 dst_country_code=USA protocol="TCP" src_port=51544 dst_port=443 sent_pkts=0 recv_pkts=0 sent_bytes=0 recv_bytes=0 tran_src_ip=203.0.113.14 tran_src_port=0 tran_dst_ip= tran_dst_port=0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" dir_disp="" connevent="Start" connid="2718830512" vconnid="" hb_health="No Heartbeat" message="" appresolvedby="Signature" app_is_cloud=0 log_occurrence=1 flags=0#000<30>device="SFW" date=2026-11-29 time=12:29:32 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=7 nat_rule_id=3 policy_type=1 user_name="" user_gp="" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_category="" vlan_id="" ether_type=IPv4 (0x0800) bridge_name="" bridge_display_name="" in_interface="Port1" in_display_interface="Port1" out_interface="Port2" out_display_interface="Port2" src_mac=7c:5a:1c:40:12:9e dst_mac=00:1a:8c:f0:22:41 src_ip=10.40.3.27 src_country_code=R1 dst_ip=142.250.74.110 dst_country_code=USA protocol="TCP" src_port=51546 dst_port=443 sent_pkts=0 recv_pkts=0 sent_bytes=0 recv_bytes=0 tran_src_ip=203.0.113.14 tran_src_port=0 tran_dst_ip= tran_dst_port`),
			we("2026-11-29T06:58:53Z", Info, "_gateway", `Nov 29 06:58:53 _gateway =0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" dir_disp="" connevent="Start" connid="2718830577" vconnid="" hb_health="No Heartbeat" message="" appresolvedby="Signature" app_is_cloud=0 log_occurrence=1 flags=0#000<30>device="SFW" date=2026-11-29 time=12:29:33 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=7 nat_rule_id=3 policy_type=1 user_name="ola.b" user_gp="Finance" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_category="" vlan_id="" ether_type=IPv4 (0x0800) bridge_name="" bridge_display_name="" in_interface="Port1" in_display_interface="Port1" out_interface="Port2" out_display_interface="Port2" src_mac=7c:5a:1c:40:12:9e dst_mac=00:1a:8c:f0:22:41 src_ip=10.40.3.31 src_country_code=R1 dst_ip=151.101.2.132 dst_country_code=USA protocol="TCP" src_port=60112 dst_port=443 sent_pkts=0 recv_pkts=0 sent_bytes=0 recv_bytes=0 tran_src_ip=203.0.113.14 tran_src_port=0 tran_dst_ip= tran_dst_port=0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" dir_disp="" connevent="Start" connid="2718831046" vconnid="" hb_health="No Heartbeat" message="" appresolvedby="Signature" app_is_cloud=0 log_occurrence=1 flags=0#000<30>device="SFW" date=2026-11-29 time=12:29:33 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=7 nat_rule_id=3 policy_type=1 user_name="" user_gp="" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_category="" vlan_id="" ether_type=IPv4 (0x0800) bridge_name="" bridge_display_name="" in_interface="Port1" in_display_interface="Port1" out_interface="Port2" out_display_interface="Port2" src_mac=7c:5a:1c:40:12:9e dst_mac=00:1a:8c:f0:22:41 `),
			we("2026-11-29T06:58:54Z", Info, "_gateway", `Nov 29 06:58:54 _gateway src_ip=10.40.3.27 src_country_code=R1 dst_ip=142.250.74.110 dst_country_code=USA protocol="TCP" src_port=51544 dst_port=443 sent_pkts=27 recv_pkts=589 sent_bytes=18211 recv_bytes=412077 tran_src_ip=203.0.113.14 tran_src_port=0 tran_dst_ip= tran_dst_port=0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" dir_disp="" connevent="Stop" connid="2718830512" vconnid="" hb_health="No Heartbeat" message="" appresolvedby="Signature" app_is_cloud=0 log_occurrence=1 flags=0#000<30>device="SFW" date=2026-11-29 time=12:29:34 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=7 nat_rule_id=3 policy_type=1 user_name="" user_gp="" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_category="" vlan_id="" ether_type=IPv4 (0x0800) bridge_name="" bridge_display_name="" in_interface="Port1" in_display_interface="Port1" out_interface="Port2" out_display_interface="Port2" src_mac=7c:5a:1c:40:12:9e dst_mac=00:1a:8c:f0:22:41 src_ip=10.40.3.44 src_country_code=R1 dst_ip=13.107.42.14 dst_country_code=USA protocol="TCP" src_port=49330 dst_port=443 sent_pkts=0 recv_pkts=0 sent_bytes=0 recv_bytes=0 tran_src_ip=203.0.113.14 tran_src_port=0 tran_dst_ip= tran_dst_port=0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" dir_disp="" connevent="Start" connid="2718831390" vconnid="" hb_health="No Heartbeat" message="" appresolvedby="Signature" app_is_cloud=0 log_occurrence=1 flags=0#000<30>device="SFW" date=2026-11-29 time=12:29:34 timezone="IST" device_name="XG125" device_id=C31004KPM4R8G5A log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Denied" status="Deny" priority=Information duration=0 fw_rule_id=12 nat_rule_id=3 policy_type=1 user_name="" user_gp="" iap=2 ips_policy_id=0 appfilter_policy_id=0 application="" application_risk=0 application_technology="" application_ca`),
		},
	},
	{
		name:   "syslog-ng-network-tls-octet-count-host-prefix",
		gap:    "in `addr LEN <PRI>1 time host …` the RFC 5424 time is read, but neither the PRI behind the address and the octet count (no level) nor the leading address as the host",
		source: "syslog-ng with a network(transport(tls)) source receiving RFC 5424 sent with RFC 6587 octet counting, which that source does not frame, so the count stays in the message, written with a `$HOST $MSG` template (the host the sender's address): syslog-ng/syslog-ng issue #4856 ('syslog ng tcp tls', `192.168.219.196 335 <30>1 2024-03-18T15:13:41.000000+01:00 Nas-1 audit_protocol 6691 - - S-1-5-21-…`, bazsi: the 335 is the octet count, use syslog(transport(tls))); the template and the audit text after the SID from memory",
		why:    "the relay's host field (an address) first, then the octet count, then an RFC 5424 header with microseconds and +01:00; the PRI inside gives the level; the SID, the user and the share path are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.7.41", `10.20.7.41 169 <30>1 2026-11-29T08:41:16.000000+01:00 nas-7 audit_protocol 6691 - - S-1-5-21-2841937150-1603377124-3140982811-1107 kim.l SMB2 CREATE \\nas-7\finance\q4-forecast.xlsx ok`),
			we("2026-11-29T07:41:17Z", Info, "10.20.7.41", `10.20.7.41 168 <30>1 2026-11-29T08:41:17.000000+01:00 nas-7 audit_protocol 6691 - - S-1-5-21-2841937150-1603377124-3140982811-1107 kim.l SMB2 WRITE \\nas-7\finance\q4-forecast.xlsx ok`),
			we("2026-11-29T07:41:21Z", Warn, "10.20.7.41", `10.20.7.41 171 <28>1 2026-11-29T08:41:21.000000+01:00 nas-7 audit_protocol 6691 - - S-1-5-21-2841937150-1603377124-3140982811-1121 ola.b SMB2 DELETE \\nas-7\finance\archive access denied`),
			we("2026-11-29T07:41:24Z", Info, "10.20.7.42", `10.20.7.42 170 <30>1 2026-11-29T08:41:24.000000+01:00 nas-9 audit_protocol 7120 - - S-1-5-21-2841937150-1603377124-3140982811-1108 svc.backup NFS4 READ /volume2/vm-images/ci-01.qcow2 ok`),
		},
	},
	{
		name:   "gnutls-cli-rfc5425-listener-check",
		source: "gnutls-cli 3.8 run by hand against a syslog listener on 6514 (RFC 5425) and a test message typed after `- Simple Client Mode:`: `Processed N CA certificate(s).`, `Resolving '…'...`, `Connecting to '…'...`, `- Certificate[N] info:` with ` - subject `…', issuer `…', serial …, activated `yyyy-MM-dd HH:mm:ss UTC', expires `…', pin-sha256=\"…\"` and the tab-indented Public Key ID and PIN lines, an empty line between certificates: aerynOS/recipes PR #59 (a gnutls-cli 3.8.3 transcript); the status, description, session and `Handshake was completed` lines and the typed line from memory",
		why:    "a certificate block (its subject line and the indented key lines) is one record; its activated and expires stamps are the certificate's, no time of the record; the CN and the peer address are no hosts; the typed RFC 5424 line has its time, level and host",
		entries: []worldEntry{
			we("", Unknown, "", "$ gnutls-cli --x509cafile /etc/pki/rsyslog/ca.pem -p 6514 logs01.example.net"),
			we("", Unknown, "", "Processed 1 CA certificate(s)."),
			we("", Unknown, "", "Resolving 'logs01.example.net:6514'..."),
			we("", Unknown, "", "Connecting to '10.20.0.4:6514'..."),
			we("", Unknown, "", "- Certificate type: X.509"),
			we("", Unknown, "", "- Got a certificate list of 2 certificates."),
			we("", Unknown, "",
				"- Certificate[0] info:",
				" - subject `CN=logs01.example.net', issuer `CN=Example Syslog CA,O=Example Ops', serial 0x3f1a9c27d04b51e6, EC/ECDSA key 256 bits, signed using ECDSA-SHA384, activated `2026-10-01 00:00:00 UTC', expires `2027-10-01 00:00:00 UTC', pin-sha256=\"q2Vb0c9Xz1tF4mYk7Rj8aW3LpNs6UeGdHoCi5Tx2KfA=\"",
				"\tPublic Key ID:",
				"\t\tsha1:5c0e8a4d2b9f71e36a0c4d8e2f1b7a9c3e5d0f64",
				"\t\tsha256:ab6d55bd1cf73f5b4662d8f647b1f23c5de9a72e19b0fe4e78a3d36d01d9e7c1",
				"\tPublic Key PIN:",
				"\t\tpin-sha256:q2Vb0c9Xz1tF4mYk7Rj8aW3LpNs6UeGdHoCi5Tx2KfA="),
			wskip(""),
			we("", Unknown, "",
				"- Certificate[1] info:",
				" - subject `CN=Example Syslog CA,O=Example Ops', issuer `CN=Example Syslog CA,O=Example Ops', serial 0x01, EC/ECDSA key 384 bits, signed using ECDSA-SHA384, activated `2025-06-01 00:00:00 UTC', expires `2035-05-30 00:00:00 UTC', pin-sha256=\"Hk3r0Ww9bJ2sVn7pQe5LxT1cAzYdM8uGfR4iKo6NyE0=\""),
			we("", Unknown, "", "- Status: The certificate is trusted. "),
			we("", Unknown, "", "- Description: (TLS1.3-X.509)-(ECDHE-SECP256R1)-(ECDSA-SECP384R1-SHA384)-(AES-256-GCM)"),
			we("", Unknown, "", "- Session ID: 8E:41:0C:D2:7B:19:A4:63:5F:E0:21:9D:C8:3A:76:B5:04:EF:12:58:6C:A9:3D:80:F7:2B:D4:61:9A:0E:C5:33"),
			we("", Unknown, "", "- Options:"),
			we("", Unknown, "", "- Handshake was completed"),
			wskip(""),
			we("", Unknown, "", "- Simple Client Mode:"),
			wskip(""),
			we("2026-11-29T07:41:30.12Z", Info, "client-7", "<14>1 2026-11-29T07:41:30.120Z client-7 tlscheck - - - hello over 6514"),
			we("2026-11-29T07:41:34.004Z", Error, "client-7", "<11>1 2026-11-29T07:41:34.004Z client-7 tlscheck - - - second frame at err"),
		},
	},
}

func TestFresh333Formats(t *testing.T) { assertTable(t, fresh333Cases) }
func TestFresh333Score(t *testing.T) {
	checkScore(t, "fresh333 formats", fresh333Cases, [worldNumFields]float64{66.5, 86.7, 73.6, 68.7})
}
