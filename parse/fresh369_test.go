package parse

import "testing"

// The three-hundred-and-sixty-ninth fresh table, written on 2026-12-10: syslog test vectors, a
// fourteenth pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299, fresh310,
// fresh318, fresh333, fresh347, fresh355 and fresh363 (and the syslog corners of fresh3, fresh9,
// fresh57, fresh61, fresh144, fresh145, fresh165, fresh172 and fresh206): relays, appenders and
// libraries that write RFC 3164 or RFC 5424 to a file or a collector, each as the file or a raw
// listener holds it (one message a line unless the message carries newlines), in shapes no earlier
// table holds. Each family is one product's output in one shape: Juju's model log forwarding
// (logfwd/syslog over juju/rfc: the agent's tag and the model's UUID as HOSTNAME, `jujud-machine-agent-`
// and a UUID cut to 48 characters as APP-NAME, NIL PROCID and MSGID, then `[origin …]`,
// `[model@28978 …]` and `[log@28978 module=… source=…]` elements); imperfectgo/zap-syslog's encoder
// (RFC 5424 with NIL MSGID and SD, a BOM, then zap's JSON object with an epoch `ts` of the same
// instant); ain2 for Node.js (RFC 3164 with the library's own `__filename` as the default tag, the
// `[pid]:` glued to the message with no blank, and console.dir's and console.trace's multi-line
// bodies in one datagram); nathanaelle/syslog5424 for Go dialled to stdio and redirected to a file (a
// sub-logger's `app/sub` APP-NAME, the standard logger's `ERR : ` prefix in MSG, and a Go struct
// rendered as an SD element whose SD-ID has no `@`); the tracing-rfc-5424 layer for Rust (chrono's
// RFC 3339 with microseconds and a `+00:00` offset, NIL MSGID and SD); ECMWF eckit's SysLog message
// (seconds with a `Z` the code writes whatever the zone, and a bare number as MSGID); and Vector's
// syslog encoding codec on a file sink, both in its RFC 5424 default (fixed `<14>`, `vector` as
// APP-NAME, three NILs, NIL HOSTNAME for an event with no host, SD from `.structured_data` with
// escaped values) and in its RFC 3164 form (`%b %e` date, `-` for a missing host, newlines, tabs
// and non-ASCII in the message turned into blanks).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `test vectors`, `juju` (fresh179: `juju debug-log`; fresh40, fresh234,
// fresh364: other senses), `jujud` (fresh179 only), `machine-0.` (fresh179 only), `28978`, `logfwd`
// (fresh69: another product), `origin enterpriseID` (fresh227, fresh310: other senders' origin
// elements), `log@` (other senders' SD-IDs), `zap-syslog`, `zapsyslog`, `imperfectgo`, `ain2`,
// `index.js[`, `nospaceships`, `syslog-client` (fresh18, fresh116: other libraries), `nathanaelle`,
// `syslog5424` (fresh77, fresh124, fresh355: NiFi's reader, logstash patterns and Syslog5424v1Logger),
// `someSD`, `test-app/`, `tracing-rfc-5424`, `tracing_rfc`, `sp1ff`, `vsmtp`, `eckit`, `ecmwf`
// (fresh96: ecCodes and ecFlow logs), `SyslogSerializer`, `codec = "syslog"`, `codec: syslog`,
// `vector` (many tables: Vector's own logs and its syslog source), `samber` (fresh310: slog-syslog
// left out there), `easypost` (fresh57, fresh61), `RemoteSyslog` (other libraries), `orgloop`,
// `nocduro`, `SyslogLogging`, `jchristn`, `vpp`, `nsess`, `SADD` (fresh310: VPP's NAT syslog)).
// Juju's log forwarding, zap-syslog, ain2, nathanaelle/syslog5424, tracing-rfc-5424, eckit's SysLog
// and Vector's syslog codec are in none. Left out as measured already: VPP's NAT syslog (fresh310),
// EasyPost's formatter (fresh57), the Rust syslog crate (fresh18, fresh215), slog-syslog
// (fresh310, fresh341), pino-syslog (fresh20), syslog-client (fresh18, fresh116), Telegraf's
// syslog output (fresh19, fresh287, fresh57), Fluent Bit's out_syslog (fresh19, fresh228, fresh77).
// Also left out after the search: jchristn's SyslogLogging (no line layout found), the syslog5424
// and slog-syslog5424 crates (no output sample found), @orgloop/logger-syslog (no output sample
// found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). An RFC 3339 time is converted from its offset (`Z`, `+00:00`); a BSD date
// has no year (2026) and no zone (UTC). zap's `ts` is the same instant as the header's time, so the
// one expected time stands for both. Levels come from what the line marks: the PRI (severity = PRI
// mod 8) everywhere, which agrees with zap's level key and the `ERR : ` prefix where they are
// written; Vector's fixed `<14>` is the configured priority and the record's only mark, so Info, as
// fresh287 takes Logstash's configured priority. The host is the HOSTNAME field (Juju's
// `machine-N.<model-uuid>`); a NIL or `-` host gives none, and a client address inside a message is
// no host. A record that spans lines is one entry: ain2's console.dir and console.trace bodies.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there are no gaps: the PRI's severity, both header times, the HOSTNAME
// (and NIL or `-` as none) and the multi-line ain2 datagrams all come out as expected.

var fresh369Cases = []worldCase{
	{
		name:   "juju-logfwd-syslog-model-log-sd",
		source: "Juju 2.x/3.x model log forwarding (`juju model-config logforward-enabled=true syslog-host=…`; juju/juju logfwd/syslog over juju/rfc/rfc5424: user facility with loggo's level as severity, HOSTNAME `machine-N.<model-uuid>`, APP-NAME `jujud-machine-agent-` plus the model UUID cut to 48 characters, the origin element with enterprise number 28978 and the software version, private `model@28978` and `log@28978` elements): juju/juju logfwd/syslog/client_test.go (TestSendLogFull, TestSendLogLevels); the time's precision and the origin's parameter spelling from memory",
		why:    "an agent tag glued to a model UUID is the HOSTNAME; a truncated APP-NAME; three SD elements before the message; the loggo level only as the PRI's severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482113Z", Info, "machine-0.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64", `<14>1 2026-11-29T07:41:16.482113Z machine-0.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64 jujud-machine-agent-6f1c2a9e-4b3d-4e8a-9c71-2d5e - - [origin enterpriseId="28978" software="jujud-machine-agent" swVersion="3.5.4"][model@28978 controller-uuid="0b7d4e21-9c3a-4f56-8e12-a4c6d8f0b2e1" model-uuid="6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64"][log@28978 module="juju.worker.uniter" source="uniter.go:512"] unit "postgresql/0" started`),
			we("2026-11-29T07:41:19.007351Z", Warn, "machine-0.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64", `<12>1 2026-11-29T07:41:19.007351Z machine-0.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64 jujud-machine-agent-6f1c2a9e-4b3d-4e8a-9c71-2d5e - - [origin enterpriseId="28978" software="jujud-machine-agent" swVersion="3.5.4"][model@28978 controller-uuid="0b7d4e21-9c3a-4f56-8e12-a4c6d8f0b2e1" model-uuid="6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64"][log@28978 module="juju.worker.dependency" source="engine.go:598"] "api-caller" manifold worker returned unexpected error: connection is shut down`),
			we("2026-11-29T07:41:22.640918Z", Error, "machine-2.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64", `<11>1 2026-11-29T07:41:22.640918Z machine-2.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64 jujud-machine-agent-6f1c2a9e-4b3d-4e8a-9c71-2d5e - - [origin enterpriseId="28978" software="jujud-machine-agent" swVersion="3.5.4"][model@28978 controller-uuid="0b7d4e21-9c3a-4f56-8e12-a4c6d8f0b2e1" model-uuid="6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64"][log@28978 module="juju.worker.provisioner" source="provisioner_task.go:1412"] failed to start machine 7 (cannot run instances: quota exceeded), retrying in 10s (3 more attempts)`),
			we("2026-11-29T07:41:25.118004Z", Debug, "machine-2.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64", `<15>1 2026-11-29T07:41:25.118004Z machine-2.6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64 jujud-machine-agent-6f1c2a9e-4b3d-4e8a-9c71-2d5e - - [origin enterpriseId="28978" software="jujud-machine-agent" swVersion="3.5.4"][model@28978 controller-uuid="0b7d4e21-9c3a-4f56-8e12-a4c6d8f0b2e1" model-uuid="6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64"][log@28978 module="juju.api" source="apiclient.go:1203"] successfully dialed "wss://10.52.7.4:17070/model/6f1c2a9e-4b3d-4e8a-9c71-2d5e8f0a3b64/api"`),
		},
	},
	{
		name:   "zap-syslog-encoder-bom-json",
		source: "imperfectgo/zap-syslog's SyslogEncoder with non-transparent framing (`<PRI>1 time-with-microseconds host app pid - - ` then a BOM and zap's JSON object; local0 as facility, zap's level mapped onto the severity), read from the file a raw TCP listener writes: imperfectgo/zap-syslog encoder_test.go (testSyslogEncoderFraming's prefix `<135>1 2017-01-02T03:04:05.123456Z localhost encoder_test 9876 - - \\xef\\xbb\\xbf`) and README; zap's production encoder keys (level, ts as epoch seconds, caller, msg, stacktrace) from memory",
		why:    "a BOM between the NIL SD and a JSON body; the JSON's epoch ts is the header's instant; the JSON's level agrees with the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482113Z", Info, "ledger-api-2", "<134>1 2026-11-29T07:41:16.482113Z ledger-api-2 ledger-svc 4411 - - \ufeff"+`{"level":"info","ts":1795938076.482113,"caller":"posting/post.go:88","msg":"posted entry","entry_id":"e-55102","account":"ACC-3391","amount_cents":18240}`),
			we("2026-11-29T07:41:17.090445Z", Warn, "ledger-api-2", "<132>1 2026-11-29T07:41:17.090445Z ledger-api-2 ledger-svc 4411 - - \ufeff"+`{"level":"warn","ts":1795938077.090445,"caller":"posting/limits.go:41","msg":"daily limit at 92%","account":"ACC-3391"}`),
			we("2026-11-29T07:41:18.731902Z", Error, "ledger-api-2", "<131>1 2026-11-29T07:41:18.731902Z ledger-api-2 ledger-svc 4411 - - \ufeff"+`{"level":"error","ts":1795938078.731902,"caller":"store/pg.go:203","msg":"commit failed","error":"pq: could not serialize access due to concurrent update","stacktrace":"example.org/ledger/store.(*PG).Commit\n\t/src/store/pg.go:203\nmain.main\n\t/src/cmd/ledger/main.go:57"}`),
			we("2026-11-29T07:41:19.004210Z", Debug, "ledger-api-2", "<135>1 2026-11-29T07:41:19.00421Z ledger-api-2 ledger-svc 4411 - - \ufeff"+`{"level":"debug","ts":1795938079.00421,"caller":"http/mw.go:19","msg":"request","remote":"10.40.2.17:50114","path":"/v1/entries"}`),
		},
	},
	{
		name:   "ain2-bsd-filename-tag-multiline-dir",
		source: "ain2 for Node.js (phuesler/ain, index.js: `'<' + (facility * 8 + severity) + '>' + getDate() + ' ' + hostname + ' ' + tag + '[' + process.pid + ']:' + message`, getDate's `Mmm dd HH:MM:SS` in local time with the day padded by a blank, the tag defaulting to `__filename`, log() at notice, dir() sending util.inspect's text with a newline, trace() sending the stack at err) sent over UDP and written by a raw listener one datagram after another: phuesler/ain index.js; util.inspect's line breaks from memory",
		why:    "no blank after the `[pid]:`; the tag is a file path; a dir() or trace() datagram spans lines and is one record; user facility so the PRI's digit is the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "web-03", "<13>Nov 29 07:41:16 web-03 /srv/shop/node_modules/ain2/index.js[4411]:listening on :8080"),
			we("2026-11-29T07:41:17Z", Info, "web-03", "<14>Nov 29 07:41:17 web-03 /srv/shop/node_modules/ain2/index.js[4411]:cart 7d2e merged for user kim"),
			we("2026-11-29T07:41:18Z", Notice, "web-03",
				"<13>Nov 29 07:41:18 web-03 /srv/shop/node_modules/ain2/index.js[4411]:{ orderId: 'A-99121',",
				"  items: [ 'sku-1182', 'sku-4410', 'sku-0031' ],",
				"  total: 182.4,",
				"  paid: false }"),
			we("2026-11-29T07:41:19Z", Warn, "web-03", "<12>Nov 29 07:41:19 web-03 /srv/shop/node_modules/ain2/index.js[4411]:payment gateway slow: 2210ms"),
			we("2026-11-29T07:41:20Z", Error, "web-03",
				"<11>Nov 29 07:41:20 web-03 /srv/shop/node_modules/ain2/index.js[4411]:Trace: stock cache miss",
				"    at Object.<anonymous> (/srv/shop/lib/stock.js:41:9)",
				"    at Module._compile (module.js:456:26)",
				"    at Object.Module._extensions..js (module.js:474:10)"),
			we("2026-11-29T07:41:21Z", Error, "web-03", "<11>Nov 29 07:41:21 web-03 /srv/shop/node_modules/ain2/index.js[4411]:order A-99121 rejected: card declined"),
		},
	},
	{
		name:   "nathanaelle-syslog5424-stdio-subsyslog",
		source: "nathanaelle/syslog5424 for Go dialled to `stdio` and the process's output redirected to a file (`<PRI>1 time host app/sub pid - SD msg`: SubSyslog joins the names with a slash, Channel(LOG_ERR).Logger(\"ERR : \") puts the prefix into MSG, Log(msg, struct) renders the struct as `[Name Field=\"v\" …]` with no enterprise number, daemon facility): nathanaelle/syslog5424 example_01-client_test.go and ReadMe.markdown; the fractional seconds from memory",
		why:    "a slash in APP-NAME; an SD-ID with no `@`; the logger's `ERR : ` prefix is message text, the level is the PRI's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ci-runner-4", "<30>1 2026-11-29T07:41:16Z ci-runner-4 deployd 30219 - - INFO : watching /etc/deployd/conf.d"),
			we("2026-11-29T07:41:18.52214Z", Error, "ci-runner-4", "<27>1 2026-11-29T07:41:18.52214Z ci-runner-4 deployd/configuration 30219 - - ERR : reload failed: open /etc/deployd/conf.d/web.toml: permission denied"),
			we("2026-11-29T07:41:18.52291Z", Error, "ci-runner-4", `<27>1 2026-11-29T07:41:18.52291Z ci-runner-4 deployd/configuration 30219 - [reloadErr Message="permission denied" Errno="13"] reload aborted, keeping previous configuration`),
			we("2026-11-29T07:41:21.9Z", Warn, "ci-runner-4", "<28>1 2026-11-29T07:41:21.9Z ci-runner-4 deployd/rollout 30219 - - WARN : canary web-2 unhealthy after 30s"),
		},
	},
	{
		name:   "tracing-rfc-5424-micros-plus-offset",
		source: "the tracing-rfc-5424 layer for Rust (sp1ff/syslog-tracing, src/formatter.rs: `format!(\"<{}>1 {} \", facility | level, timestamp.to_rfc3339_opts(SecondsFormat::Micros, false))`, then hostname, ` {appname} {pid} - - ` and the message; user facility, UDP to a local collector): docs.rs tracing-rfc-5424 0.1.x and its formatter source; the level mapping (ERROR err, WARN warning, INFO info) from memory",
		why:    "an RFC 3339 time with microseconds and `+00:00` rather than Z; NIL MSGID and SD; the tracing level only as the PRI's severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482113Z", Info, "mx-relay-1", "<14>1 2026-11-29T07:41:16.482113+00:00 mx-relay-1 smtp-relay 2871 - - accepted connection from 198.51.100.23:40118"),
			we("2026-11-29T07:41:16.913440Z", Info, "mx-relay-1", "<14>1 2026-11-29T07:41:16.913440+00:00 mx-relay-1 smtp-relay 2871 - - queued message 01JD8Q2M4X for 3 recipients"),
			we("2026-11-29T07:41:17.200071Z", Warn, "mx-relay-1", "<12>1 2026-11-29T07:41:17.200071+00:00 mx-relay-1 smtp-relay 2871 - - greylisted by mail.example.net, retry in 300s"),
			we("2026-11-29T07:41:19.004512Z", Error, "mx-relay-1", "<11>1 2026-11-29T07:41:19.004512+00:00 mx-relay-1 smtp-relay 2871 - - delivery of 01JD8Q2M4X failed: 550 5.1.1 mailbox unavailable"),
		},
	},
	{
		name:   "eckit-syslog-numeric-msgid",
		source: "ECMWF eckit's SysLog message (src/eckit/log/SysLog.cc: `<` priority `>` version, a TimeStamp of `%Y-%m-%dT%H:%M:%SZ` (\"assumes we are in UTC\"), Main::hostname(), the program's name, getpid(), the integer msgid, structuredData() always the NILVALUE, then the message) as a collector writes it; the services that send it and their messages from memory",
		why:    "second-precision time with a literal Z; a bare number as MSGID before the NIL SD; the PRI's severity is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fdb-srv-01", "<14>1 2026-11-29T07:41:16Z fdb-srv-01 fdb-server 5121 17 - archive request from 10.31.0.44 accepted, 212 fields"),
			we("2026-11-29T07:41:31Z", Warn, "fdb-srv-01", "<12>1 2026-11-29T07:41:31Z fdb-srv-01 fdb-server 5121 42 - catalogue lock held for 12s by pid 5090"),
			we("2026-11-29T07:41:32Z", Error, "fdb-srv-01", "<11>1 2026-11-29T07:41:32Z fdb-srv-01 fdb-server 5121 3 - write to /data/fdb/root3 failed: No space left on device"),
			we("2026-11-29T07:42:00Z", Info, "fdb-srv-02", "<14>1 2026-11-29T07:42:00Z fdb-srv-02 mars-server 7730 101 - request 88412 retrieved 64 fields in 1.8s"),
		},
	},
	{
		name:   "vector-syslog-codec-rfc5424-file-sink",
		source: "Vector's syslog encoding codec (lib/codecs/src/encoding/format/syslog.rs, rfc = \"rfc5424\") on a file sink: `<PRI>1 ` then the event's timestamp with six fraction digits and Z, the event's host or `-`, the app name (a field, the `service` meaning, or `vector`), proc and msg ids or `-`, `.structured_data` as `[id key=\"value\" …]` with `\\\\`, `\\\"` and `\\]` escaped (params sorted), else `-`, then the message; facility user and severity informational unless mapped from a field: vectordotdev/vector syslog.rs and its tests (test_rfc5424_defaults, test_rfc5424_all_fields)",
		why:    "three NILs after a default APP-NAME; a NIL HOSTNAME for an event with no host; escaped quotes and brackets in SD values; the fixed <14> marks every default line info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "edge-07", "<14>1 2026-11-29T07:41:16.204518Z edge-07 vector - - - GET /healthz 200 0.4ms"),
			we("2026-11-29T07:41:16.977030Z", Info, "edge-07", "<14>1 2026-11-29T07:41:16.977030Z edge-07 vector - - - upstream pool b rebalanced: 4 of 5 members up"),
			we("2026-11-29T07:41:17.000000Z", Info, "", "<14>1 2026-11-29T07:41:17.000000Z - vector - - - heartbeat seq=88120"),
			we("2026-11-29T07:41:18.310902Z", Error, "edge-07", `<11>1 2026-11-29T07:41:18.310902Z edge-07 checkout 3310 req-7f1c [http path="/cart/\]add" ua="curl/8.11 \"probe\"" status="502"] upstream timed out after 30s`),
			we("2026-11-29T07:41:19.440211Z", Warn, "edge-07", `<28>1 2026-11-29T07:41:19.440211Z edge-07 billing - - [metrics retries="3"] invoice export slow: 4.2s`),
		},
	},
	{
		name:   "vector-syslog-codec-rfc3164-file-sink",
		source: "Vector's syslog encoding codec with rfc = \"rfc3164\" on a file sink: `<PRI>` then chrono's `%b %e %H:%M:%S` of the event's UTC timestamp, the host or `-`, `app[pid]:` or `app:` (cut to 32 characters), a blank and the message with every character outside ' '..'~' (newline, tab, non-ASCII) turned into a blank; structured data dropped: vectordotdev/vector syslog.rs and its tests (test_rfc3164_all_fields, test_rfc3164_sanitization)",
		why:    "a BSD header with `-` in the host's place; a message whose newlines and tabs became blanks stays one line; the fixed <14> is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "edge-07", "<14>Nov 29 07:41:16 edge-07 vector: GET /healthz 200 0.4ms"),
			we("2026-11-29T07:41:17Z", Info, "", "<14>Nov 29 07:41:17 - vector: heartbeat seq=88121"),
			we("2026-11-29T07:41:18Z", Error, "edge-07", "<11>Nov 29 07:41:18 edge-07 checkout[3310]: panic: runtime error: index out of range  goroutine 41 [running]:  main.pick(...)   /src/pick.go:22"),
			we("2026-11-29T07:41:19Z", Info, "edge-07", "<14>Nov 29 07:41:19 edge-07 vector: user      logged in from   region"),
		},
	},
}

func TestFresh369Formats(t *testing.T) { assertTable(t, fresh369Cases) }
func TestFresh369Score(t *testing.T) {
	checkScore(t, "fresh369 formats", fresh369Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
