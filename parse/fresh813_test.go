package parse

import "testing"

// The eight-hundred-and-thirteenth fresh table: web application firewalls and bot management, the
// logs around the WAF engines rather than the audit records earlier tables already measure. Each
// family is one product's documented or observed output: ModSecurity 2's audit log collector mlogc
// (its error log, `[ctime] [level digit] [pid/thread] msg`); Coraza's proxy-wasm filter in Istio's
// sidecar (istio-proxy's tab-separated line, the Coraza message ending in a newline so that
// `\tthread=N` falls on a line of its own); the same filter in plain Envoy writing its audit log as
// JSON through `SecAuditLogType wasmSerial` (Envoy's bracketed header before the JSON); SafeLine's
// management container (nginx error lines behind a `stderr: ` prefix); SafeLine's tengine access
// log (pipe-separated, a CLF time with its offset); BunkerWeb's nginx container output (error lines
// with BunkerWeb's Lua plugin tags interleaved with its access log that begins with the server
// name); open-appsec's attachment registrator log (`[ISO-time@function] msg`); open-appsec's
// cp-nano-agent upgrade log (`[ISO-time]` then padded text).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `modsecurity`, `mod_security`, `ModSecurity:`, `Access denied with`,
// `mlogc`, `Management thread`, `Checkpoint not required`, `coraza`, `coraza-spoa`, `spoa`,
// `proxy-wasm`, `wasm log`, `context.cc`, `unix_timestamp`, `thread=`, `naxsi`, `NAXSI_FMT`,
// `naxsi_exlog`, `nxapi`, `nxtool`, `bunkerweb`, `[BADBEHAVIOR]`, `[INIT-WORKER]`, `context:
// ngx.timer`, `open-appsec`, `openappsec`, `cp-nano`, `@register]`, `cp-nano-agent service`,
// `shadowd`, `shadow daemon`, `safeline`, `[SafeLine]`, `stderr: 20`, ` | - | `, `wallarm`,
// `api-firewall`, `APPFW`, `app protect`, `app_protect`, `bd-socket`, `perimeterx`, `px_logger`,
// `datadome`, `curiefense`, `go-away`, `iocaine`, `nepenthes`, `ngx_waf`, `jxwaf`, `caddy-waf`,
// `sigsci`, `signal sciences`, `vulture`, `janusec`, `nemesida`, `ironbee`, `lua-resty-waf`,
// `owasp`, `coreruleset`, `crs`, `anomaly`, `cloudflare`, `akamai`, `fastly`, `aws waf`, `awswaf`,
// `imperva`, `incapsula`, `fortiweb`, `barracuda`, `f5`, `asm`, `crowdsec`, `fail2ban`, `anubis`,
// `sucuri`, `wordfence`, `bitninja`, `mod_evasive`, `wafw00f`, `sqreen`. Left out as measured
// already: ModSecurity's serial, concurrent and JSON audit logs, its debug log and its Apache and
// nginx error-log lines, Coraza's Caddy and JSON audit logs, NAXSI's NAXSI_FMT error line,
// BunkerWeb's scheduler, open-appsec's nginx attachment, Anubis, ngx_lua_waf, Barracuda, AWS,
// Azure, Cloudflare, Akamai and Imperva WAFs, F5 ASM and NGINX App Protect, NetScaler AppFW,
// CrowdSec and fail2ban. None of mlogc, Coraza's proxy-wasm lines, SafeLine, BunkerWeb's Lua tags
// or open-appsec's registrator and upgrade logs is in any table (`Management thread` matches only
// Suricata's `management threads`, `@register]` and `safeline` only grep lists, `stderr: 20` another
// program's prefixed lines, ` | - | ` other pipe layouts, `thread=` Istio's own one-line records).
// Left out as not confirmed by any search: Shadow Daemon's shadowd log (its repository and
// documentation show no log line), Wallarm's node and API Firewall logs, coraza-spoa's log and
// PerimeterX's enforcer lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). mlogc's ctime, Istio's and Envoy's stamps, SafeLine's and BunkerWeb's nginx
// stamps and open-appsec's bracketed ISO times carry no zone and are taken as UTC; SafeLine's access
// log writes -0500 (02:41:16 -0500 is 07:41:16Z) and BunkerWeb's +0000, converted. Envoy's header and
// the audit JSON's `timestamp` agree to the second, so one time is expected. Levels only where the
// line marks one: mlogc's digit on its own scale (1 error, 2 warning, 3 notice, 4 debug, 5 debug2,
// which is Debug); Istio's level word (warning, critical, info); Envoy's `[info]`/`[critical]`
// column; nginx's `[notice]`, `[warn]`, `[error]` in SafeLine's and BunkerWeb's lines. SafeLine's
// and BunkerWeb's access lines, open-appsec's two logs and the Coraza rule's `[severity "…"]`
// inside a message carry no level of the record. No record has a host: the server name heading
// BunkerWeb's access line and SafeLine's quoted host are HTTP Host values, Coraza's `[client …]`
// and `[hostname …]` are peers and the request's host. Every record is one line, except Coraza's
// lines in Istio, which end in the `\tthread=N` line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 83.9 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 7eb372e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a level: mlogc's bracketed level digit after its ctime is
// not read, so all five of its records come out unknown (their times are right).

var fresh813Cases = []worldCase{
	{
		name:   "modsecurity2-mlogc-error-log",
		source: "ModSecurity 2's mlogc/mlogc.c error_log() (`[%s] [%d] [%\" APR_PID_T_FMT \"/%pp] %s` with current_logtime's `%a %b %d %H:%M:%S %Y`, local time; LOG_NOTICE for `Delaying execution`, LOG_DEBUG for `Checkpoint not required`); lines pasted in owasp-modsecurity/ModSecurity issues #857 and #943; the digit 1 for LOG_ERROR and 5 for LOG_DEBUG2 from memory of mlogc.c's defines",
		why:    "a ctime in brackets first, then mlogc's own level digit in brackets (not a syslog severity: 2 is a warning, 4 and 5 debug), then pid/thread",
		gap:    "mlogc's bracketed level digit after the ctime (`[3]`, `[2]`, `[4]`, `[5]`, `[1]`: notice, warning, debug, debug2, error) is not read: every record's level comes out unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[Sun Nov 29 07:41:16 2026] [3] [21877/0] Configuring ModSecurity Audit Log Collector 2.9.7."),
			we("2026-11-29T07:41:21Z", Warn, "", `[Sun Nov 29 07:41:21 2026] [2] [21877/9c41e0] Invalid entry (failed to match regex): waf-gw-02 198.51.100.73 - - [29/Nov/2026:07:41:20 +0000] \"GET /robots.txt HTTP/1.1\" - 211 \"-\" \"-\" Zk7qR2cAcAcAcAcAcAcAcAcA \"-\" /20261129/20261129-0741/20261129-074120-Zk7qR2cAcAcAcAcAcAcAcAcA 0 2877 md5:5e2b1f0a9c7d4e3b8a6f1c2d3e4f5a6b`),
			we("2026-11-29T07:41:26Z", Debug, "", "[Sun Nov 29 07:41:26 2026] [4] [21877/0] Checkpoint not required."),
			we("2026-11-29T07:41:31Z", Debug, "", "[Sun Nov 29 07:41:31 2026] [5] [21877/9c3f88] Management thread: Last checkpoint was 15 seconds ago."),
			we("2026-11-29T07:41:36Z", Error, "", "[Sun Nov 29 07:41:36 2026] [1] [21877/9c41e0] Failed to create file: /var/log/mlogc/mlogc-queue.log.new"),
		},
	},
	{
		name:   "coraza-proxy-wasm-istio-proxy",
		source: "Istio's proxy log (`%Y-%m-%dT%T.%fZ\\t%l\\tenvoy %n %g:%#\\t%v\\tthread=%t`) with Coraza's proxy-wasm filter: corazawaf/coraza-proxy-wasm issue #208 (`warning\\tenvoy wasm external/envoy/source/extensions/common/wasm/context.cc:1151\\twasm log <root> <vm>: [client …] Coraza: …` with `\\tthread=26` on the next line)",
		why:    "Istio's tab-separated level word; Coraza's message ends in a newline, so the thread field is a second line of the record; the rule's `[severity \"warning\"]` is inside the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.560350Z", Warn, "",
				`2026-11-29T07:41:16.560350Z	warning	envoy wasm external/envoy/source/extensions/common/wasm/context.cc:1151	wasm log coraza-root coraza-vm: [client "10.44.7.19"] Coraza: Warning. Host header is a numeric IP address [file "@owasp_crs/REQUEST-920-PROTOCOL-ENFORCEMENT.conf"] [line "2243"] [id "920350"] [rev ""] [msg "Host header is a numeric IP address"] [data "10.44.3.8:8080"] [severity "warning"] [ver "OWASP_CRS/4.7.0"] [maturity "0"] [accuracy "0"] [tag "attack-protocol"] [tag "paranoia-level/1"] [hostname "10.44.3.8"] [uri "/healthz"] [unique_id "qWbTmZrLpNxKaEvYcHd"]`,
				"	thread=31"),
			we("2026-11-29T07:41:16.574701Z", Critical, "",
				`2026-11-29T07:41:16.574701Z	critical	envoy wasm external/envoy/source/extensions/common/wasm/context.cc:1157	wasm log coraza-root coraza-vm: [client "10.44.7.19"] Coraza: Access denied (phase 2). Inbound Anomaly Score Exceeded (Total Score: 10) [file "@owasp_crs/REQUEST-949-BLOCKING-EVALUATION.conf"] [line "222"] [id "949110"] [rev ""] [msg "Inbound Anomaly Score Exceeded (Total Score: 10)"] [data ""] [severity "emergency"] [ver "OWASP_CRS/4.7.0"] [hostname "10.44.3.8"] [uri "/search?q=%27%20union%20select"] [unique_id "TrVpWcXmNbQzLsKdJfA"]`,
				"	thread=31"),
			we("2026-11-29T07:41:17.102233Z", Info, "", "2026-11-29T07:41:17.102233Z	info	envoy upstream external/envoy/source/common/upstream/cds_api_helper.cc:32	cds: add 14 cluster(s), remove 2 cluster(s)	thread=20"),
		},
	},
	{
		name:   "coraza-proxy-wasm-envoy-wasmserial-json",
		source: "Envoy's default log format (`[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`) with Coraza's proxy-wasm writing audit records through `SecAuditLogType wasmSerial` and `SecAuditLogFormat JSON`: corazawaf/coraza-proxy-wasm PR #263 (`[…][40][info][wasm] [source/extensions/common/wasm/context.cc:1148] wasm log coraza-filter my_vm_id: {\"transaction\":{\"timestamp\":\"yyyy/MM/dd HH:mm:ss\",\"unix_timestamp\":…`); the critical denial line's shape from issue #208",
		why:    "Envoy's bracketed header (time, thread, level, logger) before a JSON audit record that carries its own slashed time and a nanosecond epoch",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.529601Z", Info, "", `[2026-11-29 07:41:16.529601][40][info][wasm] [source/extensions/common/wasm/context.cc:1148] wasm log coraza-filter edge_vm: {"transaction":{"timestamp":"2026/11/29 07:41:16","unix_timestamp":1795938076529601000,"id":"hKpQwErTyUiOpAsDfGh","client_ip":"192.0.2.61","client_port":40512,"host_ip":"172.20.0.4","host_port":8080,"server_id":"shop.example.org","request":{"method":"GET","protocol":"HTTP/1.1","uri":"/get?q=\u003cscript\u003e","http_version":"","headers":{":authority":["shop.example.org"]}},"response":{"status":403},"producer":{"connector":"coraza-proxy-wasm","version":"0.6.0"}},"messages":[{"message":"XSS Attack Detected via libinjection","data":{"id":941100,"severity":2}}]}`),
			we("2026-11-29T07:41:16.531877Z", Critical, "", `[2026-11-29 07:41:16.531877][40][critical][wasm] [source/extensions/common/wasm/context.cc:1157] wasm log coraza-filter edge_vm: [client "192.0.2.61"] Coraza: Access denied (phase 1). XSS Attack Detected via libinjection [file "@owasp_crs/REQUEST-941-APPLICATION-ATTACK-XSS.conf"] [line "55"] [id "941100"] [severity "critical"] [hostname "shop.example.org"] [uri "/get?q=<script>"] [unique_id "hKpQwErTyUiOpAsDfGh"]`),
			we("2026-11-29T07:41:18.004410Z", Info, "", `[2026-11-29 07:41:18.004410][40][info][wasm] [source/extensions/common/wasm/context.cc:1148] wasm log coraza-filter edge_vm: {"transaction":{"timestamp":"2026/11/29 07:41:18","unix_timestamp":1795938078004410000,"id":"ZxCvBnMaSdFgHjKlQwE","client_ip":"198.51.100.12","client_port":51822,"host_ip":"172.20.0.4","host_port":8080,"server_id":"shop.example.org","request":{"method":"POST","protocol":"HTTP/1.1","uri":"/login","http_version":"","headers":{":authority":["shop.example.org"]}},"response":{"status":200},"producer":{"connector":"coraza-proxy-wasm","version":"0.6.0"}},"messages":[]}`),
		},
	},
	{
		name:   "safeline-mgt-container-stderr-nginx",
		source: "SafeLine (chaitin/SafeLine) safeline-mgt container log as `docker logs` shows it: issue #995 (`stderr: yyyy/MM/dd HH:mm:ss [notice] 7#7: …`, the container's supervisor prefixing each nginx error-log line with its stream); the warn and error lines in that shape from memory",
		why:    "a `stderr: ` stream prefix before nginx's slashed date and bracketed level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `stderr: 2026/11/29 07:41:16 [notice] 7#7: using the "epoll" event method`),
			we("2026-11-29T07:41:16Z", Notice, "", "stderr: 2026/11/29 07:41:16 [notice] 8#8: start worker process 12"),
			we("2026-11-29T07:41:19Z", Warn, "", `stderr: 2026/11/29 07:41:19 [warn] 12#12: *3 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/00/0000000004 while reading upstream, client: 172.22.222.1, server: , request: "GET /api/open/records?page=1 HTTP/1.1", upstream: "http://unix:/app/sock/mgt.sock:/api/open/records?page=1", host: "waf.example.net:9443"`),
			we("2026-11-29T07:41:24Z", Error, "", `stderr: 2026/11/29 07:41:24 [error] 12#12: *9 connect() to unix:/app/sock/mgt.sock failed (111: Connection refused) while connecting to upstream, client: 172.22.222.1, server: , request: "GET /api/open/system HTTP/1.1", host: "waf.example.net:9443"`),
		},
	},
	{
		name:   "safeline-tengine-accesslog-pipe-delimited",
		source: "SafeLine's tengine access log /data/safeline/logs/nginx/safeline/accesslog_N: chaitin/SafeLine issue #1272 (`addr | - | dd/Mon/yyyy:HH:mm:ss -zzzz | \"host\" | \"request\" | status | bytes | \"referer\" | \"ua\"`)",
		why:    "fields separated by ` | `; a CLF time with an offset in the third field; the quoted host is the request's Host header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `203.0.113.45 | - | 29/Nov/2026:02:41:16 -0500 | "shop.example.org" | "GET /?id=1%27+OR+1=1--+ HTTP/2.0" | 403 | 10255 | "https://shop.example.org/?id=1%27+OR+1=1--+" | "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`),
			we("2026-11-29T07:41:19Z", Unknown, "", `198.51.100.20 | - | 29/Nov/2026:02:41:19 -0500 | "shop.example.org" | "GET /static/app.js HTTP/2.0" | 200 | 48211 | "https://shop.example.org/" | "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"`),
			we("2026-11-29T07:41:23Z", Unknown, "", `192.0.2.77 | - | 29/Nov/2026:02:41:23 -0500 | "api.example.org" | "POST /v1/login HTTP/1.1" | 468 | 3120 | "-" | "python-requests/2.32.3"`),
		},
	},
	{
		name:   "bunkerweb-nginx-stdout-lua-tags-and-vhost-access",
		source: "BunkerWeb's nginx container output: bunkerity/bunkerweb issues #1982 (`yyyy/MM/dd HH:mm:ss [notice] 148#148: *18 [INIT-WORKER] BunkerWeb is ready to fool hackers ! 🚀, context: ngx.timer`, `[BADBEHAVIOR] increased counter for IP …`, and the access line `server_name addr - - [dd/Mon/yyyy:HH:mm:ss +0000] \"…\" status bytes \"ref\" \"ua\"`) and #2334 (`[error] … [ACCESS] bunkernet:access() call failed …`); the ban line's wording from memory",
		why:    "nginx error lines whose messages open with BunkerWeb's plugin tag ([DNSBL], [BADBEHAVIOR]) interleaved with an access log that starts with the server name, a Host value and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:05Z", Error, "", "2026/11/29 07:41:05 [error] 148#148: *18 [DNSBL] dnsbl check for bl.example.net failed, context: ngx.timer"),
			we("2026-11-29T07:41:05Z", Notice, "", "2026/11/29 07:41:05 [notice] 148#148: *18 [INIT-WORKER] BunkerWeb is ready to fool hackers ! 🚀, context: ngx.timer"),
			we("2026-11-29T07:41:20Z", Unknown, "", `www.example.org 10.10.11.1 - - [29/Nov/2026:07:41:20 +0000] "GET /wp-login.php HTTP/2.0" 403 184240 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`),
			we("2026-11-29T07:41:20Z", Notice, "", "2026/11/29 07:41:20 [notice] 151#151: *51 [BADBEHAVIOR] increased counter for IP 10.10.11.1 (1/10), context: ngx.timer, client: 10.10.11.1, server: 0.0.0.0:8443"),
			we("2026-11-29T07:41:27Z", Warn, "", "2026/11/29 07:41:27 [warn] 151#151: *88 [BADBEHAVIOR] IP 10.10.11.1 is banned for 86400s (10/10), context: ngx.timer, client: 10.10.11.1, server: 0.0.0.0:8443"),
		},
	},
	{
		name:   "open-appsec-attachment-registrator-log",
		source: "open-appsec's attachment registrator log in the appsec-logs volume: openappsec/openappsec issue #196 (`[yyyy-MM-ddTHH:mm:ss@register] enter`, `[…@register] Service '/etc/cp/HttpTransactionHandler/cp-nano-http-transaction-handler' already registered with 2 instances for family ''`); the `@unregister` line from memory",
		why:    "an ISO time with no fraction and no zone glued to `@function` inside one pair of brackets; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16@register] enter"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16@register] Service '/etc/cp/HttpTransactionHandler/cp-nano-http-transaction-handler' already registered with 2 instances for family ''"),
			we("2026-11-29T07:41:43Z", Unknown, "", "[2026-11-29T07:41:43@register] enter"),
			we("2026-11-29T07:41:43Z", Unknown, "", "[2026-11-29T07:41:43@unregister] Service '/etc/cp/HttpTransactionHandler/cp-nano-http-transaction-handler' with id 3 removed"),
		},
	},
	{
		name:   "open-appsec-cp-nano-agent-upgrade-log",
		source: "open-appsec's cp-nano-agent upgrade log under /var/log/nano_agent: openappsec/open-appsec-npm issue #27 (`[yyyy-MM-ddTHH:mm:ss]    Install cp-nano-agent service file`, `Restart cp-nano-agent service`, `Upgrade completed successfully`); the first lines' wording from memory",
		why:    "a bracketed ISO time with no zone, then four spaces of padding; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:07Z", Unknown, "", "[2026-11-29T07:41:07]    Starting upgrade of cp-nano-agent to version 1.1.31"),
			we("2026-11-29T07:41:08Z", Unknown, "", "[2026-11-29T07:41:08]    Install cp-nano-agent service file"),
			we("2026-11-29T07:41:08Z", Unknown, "", "[2026-11-29T07:41:08]    Restart cp-nano-agent service"),
			we("2026-11-29T07:41:09Z", Unknown, "", "[2026-11-29T07:41:09]    Upgrade completed successfully"),
		},
	},
}

func TestFresh813Formats(t *testing.T) { assertTable(t, fresh813Cases) }
func TestFresh813Score(t *testing.T) {
	checkScore(t, "fresh813 formats", fresh813Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
