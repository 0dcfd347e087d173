package parse

import "testing"

// The eight-hundred-and-thirty-ninth fresh table: payment switches, ISO 8583 tools and billing
// engines, shapes no earlier table holds. Each family is one product's output as its source
// writes it: jreactive-8583's IsoMessageLoggingHandler (a Netty channel line, then one indented
// line per ISO 8583 field) under Spring Boot 3's console pattern and under the slf4j SimpleLogger
// configuration the project's own tests use (no time, no thread); CGRateS, the telecom rating and
// charging engine, through its stderr StdLogger (Go's log prefix, then `CGRateS <node> [LEVEL]`)
// and through its syslog writer as a Debian rsyslog file stores it (the tag `CGRateS <node>` with
// a space before the pid); A2Billing's AGI log (a day-first bracketed date, then bracketed file,
// caller and card columns, a message that may break over a line); the Stripe CLI's `stripe logs
// tail` (a local time, the HTTP status in brackets, then one `Field: value` line per error
// field); a moov-io/iso8583 client (Go's slog default text through the log package, followed by
// iso8583.Describe's dotted dump); the JISO ISO 8583 simulator's CLI (untimed REQUEST and
// RESPONSE dumps).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `jpos`, `Q2`, `iso8583`, `iso 8583`, `8583`, `postilion`, `base24`,
// `hyperswitch`, `kill bill`, `killbill`, `lago`, `stripe`, `stripe logs`, `logs tail`,
// `stripe listen`, `btcpay`, `nbxplorer`, `moov`, `emv`, `ingenico`, `verifone`, `jreactive`,
// `j8583`, `IsoMessageLoggingHandler`, `MTI`, `paypal`, `braintree`, `adyen`, `mollie`,
// `chargebee`, `recurly`, `invoiceninja`, `crater`, `akaunting`, `dolibarr`, `odoo`, `erpnext`,
// `lnd`, `lightning`, `core lightning`, `lnbits`, `bitcoind`, `electrum`, `monero`, `cyclos`,
// `fineract`, `mifos`, `tigerbeetle`, `blnk`, `ledger`, `mojaloop`, `ml-api-adapter`, `rafiki`,
// `medusa`, `saleor`, `taler`, `libeufin`, `cgrates`, `CGRateS <`, `jbilling`, `a2billing`,
// `astpp`, `magnusbilling`, `bitcart`, `shkeeper`, `payment hub`, `ph-ee`, `obp-api`, `kaui`,
// `openmeter`, `zvt`, `unibee`, `goframe`, `flexprice`, `fossbilling`, `billrun`, `payshield`,
// `thales`, `iso8583-connection`, `neapay`, `ecrterm`, `eftpos`, `Acct-Session-Id`, `whmcs`,
// `blesta`, `paymenter`, `card-vault`, `juspay`, `jiso`. jPOS's Q2 log, Kill Bill, Hyperswitch's
// JSON, Lago, the Stripe CLI's listen output, BTCPay, NBXplorer, moov's ACH, Mojaloop, Rafiki,
// Formance, TigerBeetle, Fineract, OBP, OpenMeter, the ZVT client and GoFrame (UniBee's logger)
// are measured already, so they were left out; jreactive, j8583, jbilling, postilion and base24
// match only an earlier grep list, and CGRateS, A2Billing, JISO and `stripe logs` nothing.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Spring Boot's console writes an offset (+01:00), converted; CGRateS's Go
// log prefix, A2Billing's d/m/Y date, the Stripe CLI's local time and the Go client's log prefix
// carry no zone and are read as UTC; the Debian syslog file's date has no year and is in 2026; the
// SimpleLogger lines and JISO's dumps carry no time, so their records have none. Levels only where
// the line marks one: Spring Boot's and SimpleLogger's level column, CGRateS's bracketed level
// word (WARNING is Warn), slog's level word; the syslog file keeps no PRI and A2Billing, the Stripe
// CLI (whose bracketed number is an HTTP status) and JISO write none. No family writes a host of
// its own except the syslog file (its hostname column); CGRateS's `<node>` is an engine id and
// the Netty channel's L:/R: addresses are peers, not hosts. A field dump, a stack trace, an error's
// field lines and A2Billing's bracketed message broken by a newline belong to the record above.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (Spring Boot 3's console pattern, the order of the Stripe CLI's error fields). Hosts,
// ids, addresses, card numbers, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 43bf173 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 93.8 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 94.1 %), in a
// worktree at 43bf173 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a record boundary: JISO's untimed REQUEST and RESPONSE
// dumps are split into a record per line (only the bitmap rows stay with `Bitmap bits..:`).

var fresh839Cases = []worldCase{
	{
		name:   "jreactive-8583-spring-boot3-field-dump",
		source: "kpavlov/jreactive-8583 src/main/kotlin/com/github/kpavlov/jreactive8583/netty/pipeline/IsoMessageLoggingHandler.kt (`MTI: 0x%04x`, then per field `\\n  i: [TYPE(length)] = 'value'`, PAN masked, tracks `***`, through Netty LoggingHandler's `[id: 0x…, L:/… - R:/…] EVENT: msg`); Spring Boot 3's default console pattern `yyyy-MM-dd'T'HH:mm:ss.SSSXXX %5p PID --- [app] [thread] logger : msg` from memory",
		why:    "an ISO time with a +01:00 offset and a right-aligned level; each ISO 8583 message is one record with an indented line per field; a stack trace under an ERROR; the channel's local and remote addresses are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T08:41:16.204+01:00  INFO 4120 --- [acq-gateway] [           main] c.g.k.jreactive8583.server.Iso8583Server : ISO8583 server listening on port 9876"),
			we("2026-11-29T07:41:17.530Z", Debug, "",
				"2026-11-29T08:41:17.530+01:00 DEBUG 4120 --- [acq-gateway] [ntLoopGroup-3-1] c.g.k.j.n.p.IsoMessageLoggingHandler     : [id: 0x5e1f2a3b, L:/10.40.2.11:9876 - R:/10.40.7.21:51544] READ: MTI: 0x0200",
				"  2: [LLVAR(16)] = '476173******0119'",
				"  3: [NUMERIC(6)] = '000000'",
				"  4: [NUMERIC(12)] = '000000002540'",
				"  11: [NUMERIC(6)] = '004417'",
				"  35: [LLVAR(37)] = '***'",
				"  41: [ALPHA(8)] = 'TRM00412'"),
			we("2026-11-29T07:41:17.562Z", Debug, "",
				"2026-11-29T08:41:17.562+01:00 DEBUG 4120 --- [acq-gateway] [ntLoopGroup-3-1] c.g.k.j.n.p.IsoMessageLoggingHandler     : [id: 0x5e1f2a3b, L:/10.40.2.11:9876 - R:/10.40.7.21:51544] WRITE: MTI: 0x0210",
				"  2: [LLVAR(16)] = '476173******0119'",
				"  11: [NUMERIC(6)] = '004417'",
				"  38: [ALPHA(6)] = 'A81C27'",
				"  39: [ALPHA(2)] = '00'"),
			we("2026-11-29T07:41:19.008Z", Error, "",
				"2026-11-29T08:41:19.008+01:00 ERROR 4120 --- [acq-gateway] [ntLoopGroup-3-2] c.g.k.j.n.pipeline.ParseExceptionHandler : Can't parse ISO8583 message from [id: 0x7a90c4d2, L:/10.40.2.11:9876 - R:/10.40.7.35:40218]",
				"java.text.ParseException: Insufficient length for LLVAR field 35, pos 71",
				"\tat com.solab.iso8583.parse.LlvarParseInfo.parse(LlvarParseInfo.java:58)",
				"\tat com.solab.iso8583.MessageFactory.parseMessage(MessageFactory.java:596)",
				"\tat com.github.kpavlov.jreactive8583.netty.codec.Iso8583Decoder.decode(Iso8583Decoder.kt:27)",
				"\t... 22 common frames omitted"),
		},
	},
	{
		name:   "jreactive-8583-simplelogger-untimed",
		source: "kpavlov/jreactive-8583 src/test/resources/simplelogger.properties (`showDateTime = false`, `showShortLogName = true`, `showThreadName=false`: slf4j SimpleLogger's `LEVEL ShortName - msg`) and its IsoMessageLoggingHandler.kt field dump",
		why:    "no time and no thread: a level word first, the short logger name and a dash; the field lines under a READ or WRITE belong to it",
		entries: []worldEntry{
			we("", Info, "", "INFO Iso8583Client - Connecting to localhost/127.0.0.1:9876"),
			we("", Debug, "",
				"DEBUG IsoMessageLoggingHandler - [id: 0x0c6d7e21, L:/127.0.0.1:53410 - R:localhost/127.0.0.1:9876] WRITE: MTI: 0x0800",
				"  7: [DATE10(10)] = '1129074116'",
				"  11: [NUMERIC(6)] = '000152'",
				"  70: [NUMERIC(3)] = '301'"),
			we("", Debug, "",
				"DEBUG IsoMessageLoggingHandler - [id: 0x0c6d7e21, L:/127.0.0.1:53410 - R:localhost/127.0.0.1:9876] READ: MTI: 0x0810",
				"  7: [DATE10(10)] = '1129074116'",
				"  11: [NUMERIC(6)] = '000152'",
				"  39: [ALPHA(2)] = '00'",
				"  70: [NUMERIC(3)] = '301'"),
			we("", Warn, "", "WARN ReconnectOnCloseListener - Connection to localhost/127.0.0.1:9876 closed, reconnecting in 100 ms"),
		},
	},
	{
		name:   "cgrates-stdlogger-stderr",
		source: "cgrates/cgrates utils/logger.go StdLogger (`log.New(os.Stderr, \"\", log.LstdFlags)` around `fmt.Fprintf(w, \"CGRateS <%s> [INFO] %s\\n\", nodeID, m)`, levels EMERGENCY ALERT CRITICAL ERROR WARNING NOTICE INFO DEBUG) and its logger tests",
		why:    "Go's slashed date prefix, then the product tag, the node id in angle brackets (no host) and the level word in brackets; the subsystem in angle brackets opens the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 CGRateS <a6c2d41> [INFO] <CoreS> starting CGRateS version v0.11.0~dev"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 CGRateS <a6c2d41> [NOTICE] <SessionS> subscribed to FreeSWITCH at 10.80.1.5:8021"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026/11/29 07:41:22 CGRateS <a6c2d41> [WARNING] <SessionS> no account balance for subject 1002, call 6f0c1e2a-41d7 will be disconnected"),
			we("2026-11-29T07:41:23Z", Error, "", "2026/11/29 07:41:23 CGRateS <a6c2d41> [ERROR] <CDRs> could not store CDR with CGRID 9b1f0e3c: NOT_FOUND:RatingPlan"),
			we("2026-11-29T07:41:25Z", Critical, "", "2026/11/29 07:41:25 CGRateS <a6c2d41> [CRITICAL] <DataManager> lost connection to redis at 127.0.0.1:6379"),
		},
	},
	{
		name:   "cgrates-syslog-tag-with-node",
		source: "cgrates/cgrates utils/logger.go SysLogger (`syslog.New(syslog.LOG_INFO|syslog.LOG_DAEMON, fmt.Sprintf(\"CGRateS <%s>\", nodeID))`: Go's log/syslog writes the tag, then `[pid]: `); cgrates/cgrates PR #4777 (`programname startswith 'CGRateS': handles deb-based distros where our syslog tag becomes the program name`)",
		why:    "an RFC 3164 file line whose tag has a space and an angle-bracketed node id before the pid; the file keeps no PRI, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rating-01", "Nov 29 07:41:16 rating-01 CGRateS <a6c2d41>[1822]: <CoreS> starting CGRateS version v0.11.0~dev"),
			we("2026-11-29T07:41:17Z", Unknown, "rating-01", "Nov 29 07:41:17 rating-01 CGRateS <a6c2d41>[1822]: <RALs> loaded 412 rating profiles from tariffplan tp_retail_2026"),
			we("2026-11-29T07:41:22Z", Unknown, "rating-01", "Nov 29 07:41:22 rating-01 CGRateS <a6c2d41>[1822]: <SessionS> error: <INSUFFICIENT_CREDIT> processing event with originID: 6f0c1e2a-41d7"),
			we("2026-11-29T07:41:40Z", Unknown, "rating-01", "Nov 29 07:41:40 rating-01 CGRateS <a6c2d41>[1822]: <CDRs> exported 38 CDRs to /var/spool/cgrates/cdre/csv/cdre_1129.csv"),
		},
	},
	{
		name:   "a2billing-agi-log",
		source: "Star2Billing/a2billing AGI/lib/Class.A2Billing.php write_log (`\"[\".date(\"d/m/Y H:i:s\").\"]:\".$line_file_info.\"[CallerID:\".$this->CallerID.\"]:[CN:\".$this->cardnumber.\"]:[$output]\\n\"` with `[file:$file - line:$line - uniqueid:…]:` from debug(), and Hangupsignal's `\"HANGUP DETECTED!\\n\"` message)",
		why:    "a day-first d/m/Y date in brackets, then bracketed file, caller and card columns and the message in brackets; a message ending in a newline leaves its closing bracket on the next line, which belongs to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/11/2026 07:41:16]:[file:a2billing.php - line:214 - uniqueid:1795938076.4412]:[CallerID:442071830456]:[CN:]:[[A2Billing] MODE : standard - IDCONFIG : 1]"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[29/11/2026 07:41:19]:[file:Class.A2Billing.php - line:1876 - uniqueid:1795938076.4412]:[CallerID:442071830456]:[CN:5836201974]:[[CARD STATUS=1 CREDIT=12.50 TARIFF=3]]"),
			we("2026-11-29T07:41:24Z", Unknown, "", "[29/11/2026 07:41:24]:[file:Class.RateEngine.php - line:1203 - uniqueid:1795938076.4412]:[CallerID:442071830456]:[CN:5836201974]:[[CC_asterisk_rate-engine: SIP/trunk-eu2/0033142688011 DIALSTATUS=ANSWER]]"),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"[29/11/2026 07:43:02]:[file:Class.A2Billing.php - line:310 - uniqueid:1795938076.4412]:[CallerID:442071830456]:[CN:5836201974]:[HANGUP DETECTED!",
				"]"),
		},
	},
	{
		name:   "stripe-cli-logs-tail",
		source: "stripe/stripe-cli pkg/cmd/logs/tail.go createVisitor (`time.Unix(CreatedAt).Format(\"2006-01-02 15:04:05\")`, then `fmt.Sprintf(\"%s [%d] %s %s [%s]\", localTime, status, method, url, requestID)`, then `fmt.Printf(\"%s: %s\\n\", fieldName, fieldValue)` for every non-empty error field); the fields' order (Charge, Code, DeclineCode, ErrorInsight, Message, Param, Type) from sanitizePayload and from memory",
		why:    "a local time with no zone, the HTTP status in brackets (no level), the request id in brackets at the end; a failed request's error fields follow on lines of their own and belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [200] POST /v1/payment_intents [req_Xq3ZbLk41vTn8a]"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"2026-11-29 07:41:18 [402] POST /v1/payment_intents/pi_3QkT8dLk0Xq9Zb1c1a2b3c4d/confirm [req_4mPq9RtZ2wYx7c]",
				"Charge: ch_3QkT8dLk0Xq9Zb1c1f9e8d7c",
				"Code: card_declined",
				"DeclineCode: insufficient_funds",
				"Message: Your card has insufficient funds.",
				"Type: card_error"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 07:41:21 [200] GET /v1/customers/cus_R8fT2kLm9QpZ1a [req_b7Hn2QsV0dLe4k]"),
			we("2026-11-29T07:41:25Z", Unknown, "",
				"2026-11-29 07:41:25 [400] POST /v1/refunds [req_T1cW8yNf3pUa6r]",
				"Code: charge_already_refunded",
				"Message: Charge ch_3QkT2aLk0Xq9Zb1c0u4aWmXa has already been refunded.",
				"Param: charge",
				"Type: invalid_request_error"),
		},
	},
	{
		name:   "moov-iso8583-client-slog-describe",
		source: "card-flow/iso8583-client as its write-up shows a run (Go's slog default handler through the log package, `yyyy/MM/dd HH:mm:ss LEVEL msg key=value`, then `iso8583.Describe(response, os.Stdout)`); moov-io/iso8583 describe tests (`MTI..........:`, `Bitmap HEX...:`, `Bitmap bits..:`, `F2   Primary Account Number...:`)",
		why:    "Go's slashed date and slog's level word; the untimed Describe dump printed after a line belongs to that line's record, and its bitmap rows and amounts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO dialing acquirer host addr=10.60.3.14:8583"),
			we("2026-11-29T07:41:16Z", Info, "",
				"2026/11/29 07:41:16 INFO client received response message mti=0110 stan=004418",
				"ISO 8583 Acquirer Sandbox Specification Message:",
				"MTI..........: 0110",
				"Bitmap HEX...: 7220000000000000",
				"Bitmap bits..:",
				"    [1-8]01110010    [9-16]00100000   [17-24]00000000   [25-32]00000000",
				"  [33-40]00000000   [41-48]00000000   [49-56]00000000   [57-64]00000000",
				"F0   Message Type Indicator.........: 0110",
				"F2   Primary Account Number (PAN)...: 5413****2290",
				"F3   Amount.........................: 2540",
				"F4   Transmission Date & Time.......: 261129074116",
				"F7   Currency.......................: 978",
				"F11  Systems Trace Audit Number (STAN)..: 004418"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17 WARN authorization declined code=51 stan=004418"),
			we("2026-11-29T07:41:19Z", Error, "", `2026/11/29 07:41:19 ERROR send failed stan=004419 err="message send timeout after 5s"`),
			we("2026-11-29T07:41:19Z", Info, "", "2026/11/29 07:41:19 INFO closing the connection"),
		},
	},
	{
		name:   "jiso-iso8583-simulator-cli",
		source: "Andrei-cloud/jiso README (JISO CLI sample output: `? Select transaction: …`, `--- REQUEST ---`, `<spec> Message:`, moov-io/iso8583's dotted dump, a blank line, `--- RESPONSE ---`, `Elapsed time: 2ms`)",
		why:    "an interactive simulator's output with no time and no level: each REQUEST or RESPONSE block, with its bitmap rows and field lines and the blank line after it, is one record",
		gap:    "an untimed `--- REQUEST ---` or `--- RESPONSE ---` block is split into a record per line: the header, `ISO8583_Acq87 Message:`, `MTI..........:`, `Bitmap HEX...:`, `Bitmap bits..:` (which keeps its two indented rows) and every `F…` field line come out as records of their own instead of one record per block",
		entries: []worldEntry{
			wskip("jiso> send"),
			we("", Unknown, "", "? Select transaction: Purchase"),
			we("", Unknown, "",
				"--- REQUEST ---",
				"ISO8583_Acq87 Message:",
				"MTI..........: 0200",
				"Bitmap HEX...: 7020058000C00000",
				"Bitmap bits..:",
				"    [1-8]01110000    [9-16]00100000   [17-24]00000101   [25-32]10000000",
				"  [33-40]00000000   [41-48]11000000   [49-56]00000000   [57-64]00000000",
				"F0   Message Type Indicator...............: 0200",
				"F2   Primary Account Number...............: 5413****2290",
				"F3   Processing Code......................: 000000",
				"F4   Transaction Amount...................: 000000002540",
				"F11  Systems Trace Audit Number (STAN)....: 000417",
				"F41  Card Acceptor Terminal Identification: TRM00412",
				""),
			we("", Unknown, "",
				"--- RESPONSE ---",
				"ISO8583_Acq87 Message:",
				"MTI..........: 0210",
				"Bitmap HEX...: 7020058002C00000",
				"Bitmap bits..:",
				"    [1-8]01110000    [9-16]00100000   [17-24]00000101   [25-32]10000000",
				"  [33-40]00000010   [41-48]11000000   [49-56]00000000   [57-64]00000000",
				"F0   Message Type Indicator...............: 0210",
				"F2   Primary Account Number...............: 5413****2290",
				"F11  Systems Trace Audit Number (STAN)....: 000417",
				"F39  Response Code........................: 05",
				"F41  Card Acceptor Terminal Identification: TRM00412",
				""),
			we("", Unknown, "", "Elapsed time: 14ms"),
		},
	},
}

func TestFresh839Formats(t *testing.T) { assertTable(t, fresh839Cases) }

func TestFresh839Score(t *testing.T) {
	checkScore(t, "fresh839 formats", fresh839Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 93.7})
}
