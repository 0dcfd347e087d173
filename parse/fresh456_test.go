package parse

import "testing"

// The four hundred and fifty-sixth fresh table, written on 2026-12-06: security tools' logs, a
// further pass, in shapes no earlier table holds. Each family is one product's documented or
// observed output: the LOKI IOC and YARA scanner's log file (`yyyyMMddTHH:mm:ssZ host LOKI: Type:
// MODULE: m MESSAGE: …`) and the same scanner's `--csv` log (time, host, upper-case type, module,
// message); ModSecurity 2.9's audit log with `SecAuditLogFormat JSON` (transaction.time as
// `dd/Mmm/yyyy:HH:mm:ss.uuuuuu +zzzz`, audit_data with the messages); Coraza 3's JSON audit log
// (a zone-less slashed timestamp and unix_timestamp in nanoseconds); Suricata 4's own log written
// as JSON (`logging.outputs.file.type: json`: event_type engine, an offset timestamp, error_code
// and an SC_ERR_ name, no level key); CrowdSec's `cscli decisions list -o raw` (CSV with a header,
// Go durations, no times); zeekctl's netstats (a cluster node's name and an epoch time); OSSEC
// HIDS 2.9/3.x's ossec.log with its coded messages (`daemon(NNNN): WARN: …`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`suricata`, `Suricata-Main`, `event_type":"engine`, `"log_level"`,
// `SC_ERR_`, `zeek`, `zeekctl`, `netstats`, `recvd=`, `got hello from`, `"node":"manager"`,
// `cluster.log`, `wazuh`, `integrations.log`, `integratord`, `wazuh-logtest`, `**Phase`, `ossec`,
// `ossec-logcollector(`, `ossec-agentd(`, `(1950)`, `(4101)`, `Waiting for server reply`,
// `ossec-analysisd`, `Alert Level:`, `osquery`, `osqueryi`, `calendarTime`, `"snapshot"`, `clamav`,
// `clamd[`, `clamonacc`, `ClamInotif`, `SelfCheck`, `LibClamAV`, `crowdsec`, `crowdsec_api`,
// `/v1/decisions`, `cscli decisions`, `cscli explain`, `events_count`, `appsec`, `falco`,
// `Events detected`, `Rule counts by severity`, `Loading rules from file`, `When reading rules`,
// `modsecurity`, `modsec`, `ModSecurity:`, `SecAuditLogFormat`, `audit_data`, `stopwatch`,
// `"transaction":{"time"`, `local_address`, `time_stamp`, `coraza`, `unix_timestamp`,
// `"server_id"`, `LOKI:`, `LOKI`, `MODULE: `, `Neo23x0`, `THOR:`, `yara`, `yara -s`, `sqlmap`,
// `starting @`, `ausearch`, `msg=audit(11/`, `aureport`, `Authentication Report`, `SUBJ_PRIME`,
// `acting as`, `, 2026 @`, `kibana`, `"preview":`, `metasploit`, `[e(0)]`, `grype`, `[0000]`,
// `gsad`, `hayabusa`, `chainsaw`, `go-audit`, `uid_map`, `mdatp threat`, `Detection time`,
// `RayID`, `sigsci`, `open-appsec`). LOKI's text is in none (`LOKI:` is Grafana Loki's in
// fresh146 and fresh67; `MODULE: ` is other products'). ModSecurity is in many tables (serial,
// concurrent, debug, nginx and Apache error logs, libmodsecurity 3's JSON with time_stamp in
// fresh66); version 2's JSON, with `"transaction":{"time"` and audit_data, is in none. Coraza is
// in fresh66 through Caddy's zap JSON; its own audit log in none. Suricata's suricata.log 4 to 7,
// eve, fast, stats, http, tls, drop and the journal are in fresh66, fresh150, fresh388 and older
// tables; the JSON engine log in none (SC_ERR_ is in fresh66 as the 6.x text's ERRCODE). CrowdSec
// is in fresh12 (crowdsec.log and the LAPI line), fresh150 and fresh388 (cscli alerts), fresh219
// and others; `decisions list -o raw` in none. Zeek's TSV and JSON logs are in many tables;
// zeekctl's netstats in none. OSSEC and Wazuh are in many tables; Wazuh's ossec.log with
// `wazuh-agentd: WARNING: (4101):` is in fresh_test.go, OSSEC's older `ossec-agentd(4101): WARN:`
// in none. Left out: Wazuh's integrations.log (no layout confirmed), mdatp's threat list (no
// sample found), Falco's rule-warning block (no agreed record boundary), and, as measured already,
// osquery, ClamAV, ausearch, aureport, sqlmap, Kibana's CSV export, Splunk's JSON export and
// Metasploit (earlier tables). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). LOKI's `20261129T07:41:16Z` is UTC; ModSecurity's time carries +0100 and
// microseconds; Coraza's `2026/11/29 07:41:16` has no zone (UTC) and its unix_timestamp is the same
// instant in nanoseconds, so either is accepted; Suricata's timestamp carries +0100; zeekctl's is
// epoch seconds; OSSEC's `2026/11/29 07:41:16` has no zone. cscli's rows carry no time: the
// expiration is a duration. Levels only where the line marks one: LOKI's type word (Info, Notice,
// Warning, Alert, Error) and the CSV's upper-case type column, OSSEC's INFO, WARN and ERROR. A CRS
// message's severity, Coraza's "severity":2, Apache's `[level 3]` inside ModSecurity's
// error_messages, Suricata's "error" SC_ERR_ name and cscli's action are no record levels. The
// host is the record's host field: LOKI's hostname after the time and the CSV's second column. A
// client (remote_address, client_ip, cscli's Ip:), a local address, an HTTP Host, Coraza's
// server_id (the site), a Zeek node name and the OSSEC server an agent tries are not hosts.
// cscli's header line is fed and not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit be85645 before any rule for it: level 100.0 %, time 75.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 79.4 %, host 76.5 %, records 100.0 %), in a
// worktree at be85645 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are the host column of LOKI's CSV log, the nested Apache-style
// time of ModSecurity 2's JSON audit log, and zeekctl netstats' epoch after a node-name prefix (the
// node name also taken as the host).

var fresh456Cases = []worldCase{
	{
		name:   "loki-ioc-scanner-logfile",
		source: "Florian Roth's LOKI IOC and YARA scanner (0.4x/0.51, and c0m4r's Loki daemonized fork) writing its log file: lib/lokilogger.py log_to_file `{0} {1} LOKI: {2}: MODULE: {3} MESSAGE: {4}` with get_syslog_timestamp() = utcnow().strftime('%Y%m%dT%H:%M:%SZ'), the host name, mes_type.title(), the module and the message; the FILE: … SCORE: … REASON_1: alert text from Neo23x0/Loki issue #140",
		why:    "a compact date glued to a T and a coloned time, Z for UTC; the host after it; `LOKI: Alert:` is the level (Alert, Warning, Notice, Info, Error); SCORE: and the file's CREATED/MODIFIED times inside are no record times",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "filesrv-02", "20261129T07:41:12Z filesrv-02 LOKI: Info: MODULE: Init MESSAGE: Starting Loki Scan VERSION: 0.51.0 SYSTEM: filesrv-02 TIME: 20261129T07:41:12Z PLATFORM: linux PROC: x86_64 ARCH: 64bit"),
			we("2026-11-29T07:41:16Z", Notice, "filesrv-02", "20261129T07:41:16Z filesrv-02 LOKI: Notice: MODULE: Init MESSAGE: Processing YARA rules folder /opt/loki/signature-base/yara"),
			we("2026-11-29T07:43:05Z", Warn, "filesrv-02", "20261129T07:43:05Z filesrv-02 LOKI: Warning: MODULE: FileScan MESSAGE: FILE: /var/www/html/uploads/img_4412.php SCORE: 75 TYPE: PHP SIZE: 2211 FIRST_BYTES: 3c3f706870206576616c28 / <?php eval( MD5: 9b1e2c4d7a0f3e5b8c6d1a2f4e7b0c39 CREATED: 2026-11-27T22:14:09Z MODIFIED: 2026-11-27T22:14:09Z ACCESSED: 2026-11-29T07:43:05Z REASON_1: YARA rule WEBSHELL_PHP_Eval_Generic / Detects eval of request data SUBSCORE_1: 75"),
			we("2026-11-29T07:43:41Z", Alert, "filesrv-02", "20261129T07:43:41Z filesrv-02 LOKI: Alert: MODULE: FileScan MESSAGE: FILE: /tmp/.cache/kdevtmpfsi SCORE: 180 TYPE: ELF SIZE: 2488320 MD5: 4f0c8e2a1b6d9e3c7a5f1b0d2e8c4a61 REASON_1: Malware Hash TYPE: MD5 HASH: 4f0c8e2a1b6d9e3c7a5f1b0d2e8c4a61 SUBSCORE: 100 DESC: Kinsing miner REASON_2: YARA rule MAL_ELF_Miner_Kinsing / Detects Kinsing SUBSCORE_2: 80"),
			we("2026-11-29T07:44:02Z", Error, "filesrv-02", "20261129T07:44:02Z filesrv-02 LOKI: Error: MODULE: FileScan MESSAGE: Cannot YARA scan file: /proc/kcore"),
		},
	},
	{
		name:   "loki-ioc-scanner-csv-log",
		gap:    "trawl reads the compact UTC stamp and the upper-case type column of `20261129T07:41:12Z,ws-kim-07,INFO,Init,…` but not the host: the second comma-separated column after the stamp is not read as the host",
		source: "LOKI run with `--csv` (lib/lokilogger.py log_to_file's CSV branch `{0},{1},{2},{3},{4}`: the same UTC stamp, the host name, mes_type as passed (ALERT, WARNING, NOTICE, INFO), the module and the message, no quoting): Neo23x0/Loki and c0m4r/Loki-daemonized lokilogger.py, Neo23x0/Loki issue #255 (--csv with --logfolder)",
		why:    "a comma-separated line with the compact UTC stamp first, the host second and the upper-case type third; commas in the message are not columns",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "ws-kim-07", "20261129T07:41:12Z,ws-kim-07,INFO,Init,Starting Loki Scan VERSION: 0.51.0 SYSTEM: ws-kim-07 TIME: 20261129T07:41:12Z PLATFORM: windows PROC: AMD64 ARCH: 64bit"),
			we("2026-11-29T07:41:20Z", Notice, "ws-kim-07", "20261129T07:41:20Z,ws-kim-07,NOTICE,Init,Program should be run 'as Administrator' to ensure all access rights to process memory and file objects."),
			we("2026-11-29T07:52:33Z", Warn, "ws-kim-07", "20261129T07:52:33Z,ws-kim-07,WARNING,ProcessScan,PID: 6120 NAME: rundll32.exe OWNER: CORP\\kim CMD: rundll32.exe C:\\Users\\kim\\AppData\\Local\\Temp\\~DF41.tmp,DllRegisterServer PATH: C:\\Windows\\System32\\rundll32.exe"),
			we("2026-11-29T07:58:09Z", Alert, "ws-kim-07", "20261129T07:58:09Z,ws-kim-07,ALERT,FileScan,FILE: C:\\Users\\kim\\Downloads\\invoice_1129.js SCORE: 130 TYPE: UNKNOWN SIZE: 14422 REASON_1: YARA rule SUSP_JS_Obfuscated_Eval / Detects obfuscated JScript SUBSCORE_1: 70 REASON_2: File Name IOC matched PATTERN: \\\\Downloads\\\\invoice_[0-9]+\\.js SUBSCORE_2: 60"),
		},
	},
	{
		name:   "modsecurity2-json-audit-log",
		source: "ModSecurity 2.9 (Apache) with `SecAuditLogFormat JSON` and SecAuditLogType Serial (one object a transaction: transaction with time `dd/Mmm/yyyy:HH:mm:ss.uuuuuu +zzzz`, transaction_id, remote_address, remote_port, local_address, local_port; request with request_line and headers; response; audit_data with messages, error_messages, handler, stopwatch, producer, server, engine_mode): owasp-modsecurity/ModSecurity issue #656 (the JSON format, PR #914 in 2.9.1), molu8bits/modsecurity-parser issue #36; the microsecond time as in public ELK write-ups; the stopwatch keys from memory",
		why:    "an Apache-style time with microseconds and +0100 inside nested JSON; the CRS severity in a message and Apache's `[level 3]` in error_messages are no record level; remote_address is the client, local_address the server's address, the Host header the site: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", `{"transaction":{"time":"29/Nov/2026:08:41:16.412345 +0100","transaction_id":"Z2m7fKwRAAEAAAB4Aa0AAAAB","remote_address":"203.0.113.45","remote_port":51234,"local_address":"10.0.0.10","local_port":443},"request":{"request_line":"GET /product.php?id=1%27%20or%201=1 HTTP/1.1","headers":{"Host":"shop.example.org","User-Agent":"sqlmap/1.8.11#stable (https://sqlmap.org)","Accept":"*/*"}},"response":{"protocol":"HTTP/1.1","status":403,"headers":{"Content-Length":"199","Content-Type":"text/html; charset=iso-8859-1"}},"audit_data":{"messages":["Warning. detected SQLi using libinjection with fingerprint 's&1' [file \"/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"66\"] [id \"942100\"] [msg \"SQL Injection Attack Detected via libinjection\"] [data \"Matched Data: s&1 found within ARGS:id: 1' or 1=1\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"]","Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. [file \"/usr/share/modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"94\"] [id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: 5)\"] [severity \"CRITICAL\"]"],"error_messages":["[file \"apache2_util.c\"] [line 273] [level 3] [client 203.0.113.45] ModSecurity: Access denied with code 403 (phase 2). [id \"949110\"] [hostname \"shop.example.org\"] [uri \"/product.php\"] [unique_id \"Z2m7fKwRAAEAAAB4Aa0AAAAB\"]"],"action":{"intercepted":true,"phase":2,"message":"Operator GE matched 5 at TX:anomaly_score."},"handler":"proxy-server","stopwatch":{"p1":812,"p2":1204,"p3":0,"p4":0,"p5":211,"sr":88,"sw":0,"l":0,"gc":0},"producer":["ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/)","OWASP_CRS/3.3.5"],"server":"Apache","engine_mode":"ENABLED"}}`),
			we("2026-11-29T07:41:19.004512Z", Unknown, "", `{"transaction":{"time":"29/Nov/2026:08:41:19.004512 +0100","transaction_id":"Z2m7f6wRAAEAAAB4Aa4AAAAC","remote_address":"198.51.100.7","remote_port":40112,"local_address":"10.0.0.10","local_port":443},"request":{"request_line":"POST /wp-login.php HTTP/1.1","headers":{"Host":"blog.example.org","User-Agent":"Mozilla/5.0","Content-Type":"application/x-www-form-urlencoded"}},"response":{"protocol":"HTTP/1.1","status":200,"headers":{"Content-Type":"text/html; charset=UTF-8"}},"audit_data":{"messages":["Warning. Pattern match \"^[\\\\d.:]+$\" at REQUEST_HEADERS:Host. [file \"/usr/share/modsecurity-crs/rules/REQUEST-920-PROTOCOL-ENFORCEMENT.conf\"] [line \"736\"] [id \"920350\"] [msg \"Host header is a numeric IP address\"] [severity \"WARNING\"]"],"handler":"application/x-httpd-php","stopwatch":{"p1":640,"p2":902,"p3":0,"p4":0,"p5":120,"sr":71,"sw":0,"l":0,"gc":0},"producer":["ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/)","OWASP_CRS/3.3.5"],"server":"Apache","engine_mode":"DETECTION_ONLY"}}`),
			we("2026-11-29T07:42:03.77Z", Unknown, "", `{"transaction":{"time":"29/Nov/2026:08:42:03.770000 +0100","transaction_id":"Z2m7y6wRAAEAAAB4Aa8AAAAD","remote_address":"192.0.2.14","remote_port":5213,"local_address":"10.0.0.10","local_port":80},"request":{"request_line":"GET /.env HTTP/1.1","headers":{"Host":"10.0.0.10","User-Agent":"curl/8.5.0"}},"response":{"protocol":"HTTP/1.1","status":403,"headers":{}},"audit_data":{"messages":["Access denied with code 403 (phase 1). Matched phrase \".env\" at REQUEST_FILENAME. [file \"/usr/share/modsecurity-crs/rules/REQUEST-930-APPLICATION-ATTACK-LFI.conf\"] [line \"129\"] [id \"930130\"] [msg \"Restricted File Access Attempt\"] [severity \"CRITICAL\"]"],"handler":"-","stopwatch":{"p1":310,"p2":0,"p3":0,"p4":0,"p5":64,"sr":30,"sw":0,"l":0,"gc":0},"producer":["ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/)","OWASP_CRS/3.3.5"],"server":"Apache","engine_mode":"ENABLED"}}`),
		},
	},
	{
		name:   "coraza3-json-audit-log",
		source: "Coraza 3's audit log with `SecAuditLogFormat JSON` and SecAuditLogType Serial (one object a transaction: transaction with timestamp `yyyy/MM/dd HH:mm:ss` in local time, unix_timestamp in nanoseconds, id, client_ip, client_port, host_ip, host_port, server_id, request, response, producer, highest_severity, is_interrupted; then messages with message and data holding id, severity as a number, msg, tags): corazawaf/coraza internal/auditlog (the JSON format), Coraza audit lines in public test fixtures found by search (`\"timestamp\":\"2026/02/22 07:19:01\",\"unix_timestamp\":1771744741169677031`); the producer keys from memory",
		why:    "a zone-less slashed timestamp (UTC here) and a nanosecond epoch of the same instant; data.severity 2 is the rule's, no level; server_id names the site and client_ip the client: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345678Z", Unknown, "", `{"transaction":{"timestamp":"2026/11/29 07:41:16","unix_timestamp":1795938076412345678,"id":"qWxTrPmKdZlGaBcD","client_ip":"203.0.113.45","client_port":51234,"host_ip":"","host_port":0,"server_id":"shop.example.org","request":{"method":"GET","protocol":"HTTP/2.0","uri":"/search?q=1%27%20UNION%20SELECT%20NULL--","http_version":"","headers":{"user-agent":["sqlmap/1.8.11#stable"]},"body":"","files":null,"args":{},"length":0},"response":{"protocol":"","status":403,"headers":{},"body":""},"producer":{"connector":"coraza-caddy","version":"v2.0.0","server":"","rule_engine":"On","stopwatch":"1795938076412345678 1204; combined=812, p1=310, p2=502, p3=0, p4=0, p5=0","rulesets":["OWASP_CRS/4.7.0"]},"highest_severity":"","is_interrupted":true},"messages":[{"actionset":"","message":"SQL Injection Attack Detected via libinjection","data":{"file":"@owasp_crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf","line":2144,"id":942100,"rev":"","msg":"SQL Injection Attack Detected via libinjection","data":"Matched Data: 1'U found within ARGS_GET:q: 1' UNION SELECT NULL--","severity":2,"ver":"OWASP_CRS/4.7.0","maturity":0,"accuracy":0,"tags":["application-multi","attack-sqli","paranoia-level/1"],"raw":""}}]}`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.090117003Z", Unknown, "", `{"transaction":{"timestamp":"2026/11/29 07:41:22","unix_timestamp":1795938082090117003,"id":"LmNoPqRsTuVwXyZa","client_ip":"198.51.100.7","client_port":40112,"host_ip":"","host_port":0,"server_id":"api.example.org","request":{"method":"POST","protocol":"HTTP/1.1","uri":"/v1/upload","http_version":"","headers":{"content-type":["multipart/form-data; boundary=x41"]},"body":"","files":null,"args":{},"length":0},"response":{"protocol":"","status":0,"headers":{},"body":""},"producer":{"connector":"coraza-caddy","version":"v2.0.0","server":"","rule_engine":"DetectionOnly","stopwatch":"1795938082090117003 402; combined=301, p1=120, p2=181, p3=0, p4=0, p5=0","rulesets":["OWASP_CRS/4.7.0"]},"highest_severity":"","is_interrupted":false},"messages":[{"actionset":"","message":"Multipart request body failed strict validation","data":{"file":"@owasp_crs/REQUEST-922-MULTIPART-ATTACK.conf","line":92,"id":922110,"rev":"","msg":"Multipart request body failed strict validation","data":"","severity":2,"ver":"OWASP_CRS/4.7.0","maturity":0,"accuracy":0,"tags":["attack-protocol"],"raw":""}}]}`),
			we("2026-11-29T07:42:10Z|2026-11-29T07:42:10.5Z", Unknown, "", `{"transaction":{"timestamp":"2026/11/29 07:42:10","unix_timestamp":1795938130500000000,"id":"AbCdEfGhIjKlMnOp","client_ip":"192.0.2.14","client_port":5213,"host_ip":"","host_port":0,"server_id":"shop.example.org","request":{"method":"GET","protocol":"HTTP/1.1","uri":"/.git/config","http_version":"","headers":{},"body":"","files":null,"args":{},"length":0},"response":{"protocol":"","status":403,"headers":{},"body":""},"producer":{"connector":"coraza-caddy","version":"v2.0.0","server":"","rule_engine":"On","stopwatch":"1795938130500000000 211; combined=150, p1=150, p2=0, p3=0, p4=0, p5=0","rulesets":["OWASP_CRS/4.7.0"]},"highest_severity":"","is_interrupted":true},"messages":[{"actionset":"","message":"Restricted File Access Attempt","data":{"file":"@owasp_crs/REQUEST-930-APPLICATION-ATTACK-LFI.conf","line":132,"id":930130,"rev":"","msg":"Restricted File Access Attempt","data":"Matched Data: .git/ found within REQUEST_FILENAME: /.git/config","severity":2,"ver":"OWASP_CRS/4.7.0","maturity":0,"accuracy":0,"tags":["attack-lfi"],"raw":""}}]}`),
		},
	},
	{
		name:   "suricata4-json-engine-log",
		source: "Suricata 4.1's own log written as JSON (suricata.yaml `logging: outputs: - file: enabled: yes filename: suricata.json type: json`: `{\"timestamp\":\"yyyy-MM-ddTHH:mm:ss.uuuuuu+zzzz\",\"event_type\":\"engine\",\"engine\":{…\"message\":…}}`, errors with error_code and the SC_ERR_ name, no level key): a published rule-loading log with SC_ERR_INVALID_SIGNATURE and SC_ERR_RULE_KEYWORD_UNKNOWN lines, and a Scirius/Elasticsearch API answer holding an engine event (`\"event_type\":\"engine\"`, `This is Suricata version 4.1.0-dev`), both found by search",
		why:    "eve-like JSON with a +0100 offset; the \"error\" key holds an error code's name, not a level, and the line has no level key; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.561775Z", Unknown, "", `{"timestamp":"2026-11-29T08:41:16.561775+0100","event_type":"engine","engine":{"message":"This is Suricata version 4.1.10 RELEASE"}}`),
			we("2026-11-29T07:41:18.002084Z", Unknown, "", `{"timestamp":"2026-11-29T08:41:18.002084+0100","event_type":"engine","engine":{"error_code":102,"error":"SC_ERR_RULE_KEYWORD_UNKNOWN","message":"unknown rule keyword 'http.header_names'."}}`),
			we("2026-11-29T07:41:18.002119Z", Unknown, "", `{"timestamp":"2026-11-29T08:41:18.002119+0100","event_type":"engine","engine":{"error_code":39,"error":"SC_ERR_INVALID_SIGNATURE","message":"error parsing signature \"alert http $HOME_NET any -> $EXTERNAL_NET any (msg:\\\"LOCAL Suspicious EXE download without Referer\\\"; flow:established,to_server; http.header_names; content:!\\\"Referer\\\"; sid:9000412; rev:2;)\" from file \/etc\/suricata\/rules\/local.rules at line 17"}}`),
			we("2026-11-29T07:41:24.330912Z", Unknown, "", `{"timestamp":"2026-11-29T08:41:24.330912+0100","event_type":"engine","engine":{"message":"all 4 packet processing threads, 4 management threads initialized, engine started."}}`),
		},
	},
	{
		name:   "crowdsec-cscli-decisions-list-raw",
		source: "CrowdSec's `cscli decisions list -o raw` (cmd/crowdsec-cli decisions.go: a header `id,source,ip,reason,action,country,as,events_count,expiration,simulated,alert_id`, then one row a decision printed with %v: the origin, Scope:Value, the scenario, the type, the country, `ASnumber ASname`, the alert's events count, the remaining duration as a Go duration, simulated, the alert id): crowdsecurity/crowdsec decisions.go, and scripts consuming the raw output found by search",
		why:    "CSV rows with no time at all: `3h59m41.218340712s` is a duration; `ban` is an action, no level; the Ip: value is the offender, no host",
		entries: []worldEntry{
			wskip("id,source,ip,reason,action,country,as,events_count,expiration,simulated,alert_id"),
			we("", Unknown, "", "41207,crowdsec,Ip:203.0.113.45,crowdsecurity/ssh-bf,ban,NL,64496 EXAMPLE-TRANSIT-AS,6,3h59m41.218340712s,false,812"),
			we("", Unknown, "", "41208,crowdsec,Ip:198.51.100.23,crowdsecurity/http-probing,ban,US,64500 EXAMPLE-HOSTING,11,3h12m5.004112s,false,815"),
			we("", Unknown, "", "41209,cscli,Range:192.0.2.0/24,manual 'ban' from 'ops-laptop',ban,, ,1,23h58m2.5s,false,816"),
			we("", Unknown, "", "1277310,CAPI,Ip:198.51.100.77,crowdsecurity/http-bad-user-agent,ban,,,0,167h12m5.903s,false,0"),
			we("", Unknown, "", "41210,crowdsec,Ip:203.0.113.99,crowdsecurity/http-crawl-non_statics,captcha,DE,64511 EXAMPLE-CLOUD,42,58m40.000911s,true,817"),
		},
	},
	{
		name:   "zeekctl-netstats",
		gap:    "trawl reads neither field of `worker-1-1: 1795938076.412345 recvd=… dropped=… link=…` rightly: the bare epoch after the node's `name: ` prefix is not read as the time, and the node name before the colon is taken as the host",
		source: "ZeekControl's `zeekctl netstats` (one line a capturing node: `node: epoch.usec recvd=N dropped=N link=N`, from each worker's network time): the Zeek Cluster and ZeekControl documentation; the layout from memory",
		why:    "a node name and a colon, then a bare epoch with microseconds as the time; the counters are no times; a worker's name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "worker-1-1: 1795938076.412345 recvd=10922437 dropped=0 link=10922437"),
			we("2026-11-29T07:41:16.418802Z", Unknown, "", "worker-1-2: 1795938076.418802 recvd=10871190 dropped=1204 link=10872394"),
			we("2026-11-29T07:41:16.409117Z", Unknown, "", "worker-2-1: 1795938076.409117 recvd=9541208 dropped=0 link=9541208"),
			we("2026-11-29T07:41:16.420033Z", Unknown, "", "worker-2-2: 1795938076.420033 recvd=9602771 dropped=37 link=9602808"),
		},
	},
	{
		name:   "ossec-hids-ossec-log-coded",
		source: "OSSEC HIDS 2.9/3.x /var/ossec/logs/ossec.log (`yyyy/MM/dd HH:mm:ss daemon: LEVEL: msg`, or with a message code glued to the daemon `daemon(NNNN): LEVEL: msg` from src/error_messages/error_messages.h: AG_WAIT_SERVER `%s(4101): WARN: Waiting for server reply (not started). Tried: '%s'.`, AG_CONNECTED `%s(4102): INFO: Connected to the server (%s:%s).`, READING_FILE `%s(1950): INFO: Analyzing file: '%s'.`, FOPEN_ERROR `%s(1103): ERROR: Could not open file …`): ossec/ossec-hids error_messages.h and the OSSEC documentation's agent troubleshooting page, both found by search",
		why:    "a slashed zone-less time; the level is the word after the daemon and its code in parentheses, spelled WARN; the server address the agent tries is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 ossec-logcollector(1950): INFO: Analyzing file: '/var/log/auth.log'."),
			we("2026-11-29T07:41:16Z", Error, "", "2026/11/29 07:41:16 ossec-logcollector(1103): ERROR: Could not open file '/var/log/nginx/error.log' due to [(2)-(No such file or directory)]."),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 ossec-agentd: INFO: Trying to connect to server (10.20.0.2:1514)."),
			we("2026-11-29T07:41:27Z", Warn, "", "2026/11/29 07:41:27 ossec-agentd(4101): WARN: Waiting for server reply (not started). Tried: '10.20.0.2'."),
			we("2026-11-29T07:41:38Z", Info, "", "2026/11/29 07:41:38 ossec-agentd(4102): INFO: Connected to the server (10.20.0.2:1514)."),
			we("2026-11-29T07:41:40Z", Info, "", "2026/11/29 07:41:40 ossec-syscheckd: INFO: Starting syscheck scan (forwarding database)."),
		},
	},
}

func TestFresh456Formats(t *testing.T) { assertTable(t, fresh456Cases) }
func TestFresh456Score(t *testing.T) {
	checkScore(t, "fresh456 formats", fresh456Cases, [worldNumFields]float64{99.9, 87.4, 74.9, 99.9})
}
