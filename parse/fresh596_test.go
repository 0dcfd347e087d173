package parse

import "testing"

// The five-hundred-and-ninety-sixth fresh table: security tools' logs, a further pass (IDS/IPS, EDR
// agents, vulnerability scanners, WAFs, auth servers, VPNs, secret stores, audit trails), shapes no
// earlier table holds. Each family is one product's documented or observed output: Keylime's
// attestation services on Python logging (`date time.ms - keylime.module - LEVEL - msg`, a traceback
// under an ERROR); the OpenCTI platform's JSON log (level, timestamp, category, a cause with its
// stack) and its text console's `ERR … | category=APP error={…} timestamp=… version=…` lines; the
// Galah LLM web honeypot's JSON event log in its current shape (eventTime and time with an offset,
// sensorName) and in 0.9's (a zone-less timestamp first); Kunai's eBPF security events (info.host.name,
// info.utc_time with nanoseconds); DefectDojo's Django log (`[dd/Mmm/yyyy HH:mm:ss] LEVEL
// [logger:line] msg`, a traceback under an ERROR); Slack's go-audit JSON in syslog.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`crowdsec`, `falco`, `osquery`, `teleport`, `keycloak`, `vault`,
// `authelia`, `fail2ban`, `modsecurity`, `coraza`, `nuclei`, `trivy`, `grype`, `openvas`, `gvmd`,
// `ospd`, `clamav`, `freshclam`, `rkhunter`, `chkrootkit`, `aide`, `lynis`, `tripwire`, `tetragon`,
// `tracee`, `sysmon`, `velociraptor`, `kanidm`, `dex`, `kratos`, `hydra`, `zitadel`, `freeipa`,
// `389-ds`, `freeradius`, `charon`, `pluto`, `softether`, `ocserv`, `pritunl`, `nebula`, `headscale`,
// `netbird`, `zerotier`, `step-ca`, `boundary`, `infisical`, `openbao`, `gitleaks`, `trufflehog`,
// `kubescape`, `kube-bench`, `wazuh`, `ossec`, `arkime`, `moloch`, `maltrail`, `opencanary`,
// `cowrie`, `dionaea`, `nessus`, `nikto`, `zaproxy`, `zap.log`, `sqlmap`, `metasploit`,
// `msfconsole`, `yara`, `loki`, `thor`, `chainsaw`, `hayabusa`, `falcon`, `mdatp`, `sophos`, `eset`,
// `naxsi`, `bunkerweb`, `open-appsec`, `safeline`, `pomerium`, `oauth2-proxy`, `vouch`, `authentik`,
// `shibboleth`, `simplesamlphp`, `privacyidea`, `linotp`, `authproxy`, `sssd`, `krb5kdc`, `slapd`,
// `passbolt`, `vaultwarden`, `conjur`, `certbot`, `letsencrypt`, `boulder`, `ejbca`, `dogtag`,
// `pki-tomcat`, `suricata`, `snort`, `zeek`, `auditd`, `ntopng`, `greenbone`, `openscap`, `oscap`,
// `aws waf`, `cloudflare`, `lemonldap`, `gluu`, `apereo`, `casserver`, `kerberos`, `radiusd`, `psono`,
// `samhain`, `snoopy`, `sudo`, `pam_faillock`, `tlog`, `auditbeat`, `packetbeat`, `osqueryd`,
// `sigma`, `thehive`, `misp`, `cortex`, `tpot`, `honeytrap`, `endlessh`, `sshguard`, `denyhosts`,
// `psad`, `portsentry`, `arpwatch`, `snort3`, `ipsec`, `libreswan`, `strongswan`, `firezone`,
// `defguard`, `innernet`, `smallstep`, `cfssl`, `spire`, `spiffe`, `opa`, `kyverno`, `gatekeeper`,
// `cerbos`, `openfga`, `spicedb`, `casbin`, `kunai`, `go-audit`, `laurel`, `xray`, `v2ray`,
// `sing-box`, `trojan`, `heimdal`, `tinyauth`, `pangolin`, `identityserver`, `duende`, `wapiti`,
// `beelzebub`, `galah`, `chisel`, `frps`, `aurora`, `kubearmor`, `falcosidekick`, `sysdig`,
// `elastalert`, `zircolite`, `grr`, `kolide`, `pihole`, `adguard`, `wg-portal`, `wg-easy`,
// `easy-rsa`, `openvpn-as`, `warpgate`, `jumpserver`, `sshportal`, `guacamole`, `pam_u2f`, `keylime`,
// `clevis`, `tangd`, `ssh-audit`, `opencti`, `OPENCTI`, `Platform start fail`, `category":"APP`,
// `category=APP`, `keylime.`, ` - keylime`, `keylime.tpm`, `eventTime`, `httpRequest`,
// `sensorName`, `successfulResponse`, `"utc_time"`, `info.host`, `why.kunai`, `defectdojo`, `dojo.`,
// `[dojo`, `uid_map`, `1300,"data"`, `openvpn3`, `audit_json`, `sudo_logsrvd`, `audit_category`,
// `admin_audit`, `trivy-operator`). None of Keylime, OpenCTI, Galah, Kunai, DefectDojo's Django log
// or go-audit's own JSON is in any table (`keylime`, `infisical` and `go-audit`
// are only words in other tables' lists of greps or sources; `defectdojo` is fresh173's source for
// uWSGI's log encoder, not DefectDojo's Django lines; `sensorName` is Argo Events' key in fresh53;
// `uid_map` other products' lines; `eventTime`, `httpRequest`, `"utc_time"` and `info.host` other
// products' JSON). Left out as measured already: the products the greps above name (Suricata, Snort,
// Zeek, OSSEC, Wazuh, CrowdSec, Falco, osquery, Keycloak, Vault, the VPNs and auth servers listed,
// OpenSearch's security audit log in fresh52, LAUREL in fresh445, Duende IdentityServer in
// fresh125, Pangolin in fresh422, Warpgate in fresh487, JumpServer in fresh496). Left out as not
// confirmed by any search: Tinyauth's console, Infisical's backend log, Rauthy's and Hanko's logs,
// Beelzebub's own log, Faraday's server log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Keylime's, DefectDojo's (`29/Nov/2026 07:41:16`) and Galah 0.9's stamps have
// no zone and are taken as UTC. OpenCTI's timestamp ends in Z, in the JSON key or in the text line's
// `timestamp=` field at its end. Galah's eventTime and time carry +01:00 and are the same event a
// few microseconds apart: either is accepted. Kunai's info.utc_time has nine fraction digits and a
// Z. go-audit's syslog header and its JSON's epoch seconds with milliseconds are the same moment:
// either is accepted. Levels only where the line marks one: Keylime's and DefectDojo's Python level
// words (WARNING is Warn), OpenCTI's level key and its text line's ERR; Galah's current level key;
// Galah 0.9, Kunai and go-audit write none (an audit type or a syscall result is no level). The host
// is the record's host field: Galah's sensorName (the honeypot's own name, as Cowrie's sensor in an
// earlier table), Kunai's info.host.name and go-audit's syslog header. Galah's srcHost and srcIP,
// Kunai's dst.hostname and ip, OpenCTI's username and search address, Keylime's agent UUIDs are
// peers, no hosts. A record that spans lines is one entry: Keylime's and DefectDojo's ERROR with the
// Python traceback under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; no family rests on memory
// (OpenCTI's text console is held to its ERR lines, the only level word a search showed). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 75.0 %,
// host 62.5 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 76.7 %, host
// 66.7 %, records 100.0 %), in a worktree at c092b93 with no change to trawl's code (only this file
// and table_test.go's list), 4 of 8 families fully right over 30 records; the gaps are OpenCTI's
// text line, whose `timestamp=` field at the end is not read (no time), Galah's sensorName in both
// shapes, not read as the host, and Kunai's nested info.utc_time and info.host.name, neither read
// (no time, no host).

var fresh596Cases = []worldCase{
	{
		name:   "keylime-python-logging",
		source: "Keylime's verifier, registrar and tenant (Python logging `yyyy-MM-dd HH:mm:ss.SSS - keylime.<module> - LEVEL - msg`): keylime/keylime issues #824, #901 and #817 (pasted runs)",
		why:    "a zone-less date with milliseconds (UTC by the rules), then ` - logger - LEVEL - `; WARNING is Warn; a traceback under an ERROR is one record; the verifier address and agent UUIDs are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.184Z", Info, "", "2026-11-29 07:41:16.184 - keylime.tpm - INFO - TPM2-TOOLS Version: 5.6"),
			we("2026-11-29T07:41:16.187Z", Info, "", "2026-11-29 07:41:16.187 - keylime.verifier - INFO - Starting Cloud Verifier (tornado) on port 8881, use <Ctrl-C> to stop"),
			we("2026-11-29T07:41:16.190Z", Warn, "", "2026-11-29 07:41:16.190 - keylime.tenant - WARNING - Using default UUID 7c2e9f10-4b8a-4d21-9e3f-5a6b7c8d9e01"),
			we("2026-11-29T07:41:19.402Z", Error, "",
				"2026-11-29 07:41:19.402 - keylime.verifier - ERROR - Polling agent 7c2e9f10-4b8a-4d21-9e3f-5a6b7c8d9e01 failed with exception:",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.12/site-packages/keylime/cloud_verifier_tornado.py", line 1089, in invoke_get_quote`,
				"    response = await tornado_requests.request(\"GET\", url, **kwargs)",
				"ConnectionRefusedError: [Errno 111] Connection refused"),
			we("2026-11-29T07:41:21.006Z", Info, "", "2026-11-29 07:41:21.006 - keylime.registrar - INFO - Agent 7c2e9f10-4b8a-4d21-9e3f-5a6b7c8d9e01 activated"),
		},
	},
	{
		name:   "opencti-platform-json-log",
		source: "OpenCTI platform's backend log in JSON (winston: `{\"category\":\"APP\",\"level\":…,\"message\":…,\"source\":\"backend\",\"timestamp\":ISO-Z,\"version\":…}`, a `cause` object with its stack inside a warn): devops-ia/helm-opencti issue #169 (pasted lines)",
		why:    "the level is the JSON level key (info, warn, error); the time is the timestamp key; the stack is an escaped string inside the line, no extra lines; username and provider are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.399Z", Info, "", `{"category":"APP","level":"info","message":"[OPENCTI-MODULE] Running Telemetry manager infinite cron handler","source":"backend","timestamp":"2026-11-29T07:41:16.399Z","version":"6.8.4"}`),
			we("2026-11-29T07:44:40.481Z", Warn, "", `{"category":"APP","cause":{"attributes":{"genre":"TECHNICAL","http_status":401},"code":"AUTH_FAILURE","message":"Bad login or password","name":"AUTH_FAILURE","stack":"GraphQLError: Bad login or password\n    at error (/opt/opencti/build/back.js:1817:2273)\n    at login (/opt/opencti/build/back.js:2594:333161)"},"level":"warn","message":"Token authenticate error","provider":"local","source":"backend","timestamp":"2026-11-29T07:44:40.481Z","version":"6.8.4"}`),
			we("2026-11-29T07:44:49.327Z", Info, "", `{"category":"APP","level":"info","message":"[LOCAL] Successfully logged","source":"backend","timestamp":"2026-11-29T07:44:49.327Z","username":"analyst@harbourcti.example","version":"6.8.4"}`),
			we("2026-11-29T07:46:02.118Z", Error, "", `{"category":"APP","level":"error","message":"[OPENCTI] Engine unhandled rejection","reason":"Error: connect ECONNREFUSED 10.40.2.15:9200\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)","source":"backend","timestamp":"2026-11-29T07:46:02.118Z","version":"6.8.4"}`),
		},
	},
	{
		name:   "opencti-platform-pretty-err",
		source: "OpenCTI platform's console in its text format (`ERR message | category=APP error={json} timestamp=ISO-Z version=…`, the time at the end of the line): OpenCTI-Platform/opencti issue #5257 (a pasted line); only ERR lines, the one word the issue shows",
		why:    "the level word first (ERR is Error); the time is the `timestamp=` field at the end, after a JSON error object with its escaped stack; reason and http_status are no times",
		gap:    "the `timestamp=` field at the end of the line, after ` | ` and the JSON error object, is not read: no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:52.611Z", Error, "", `ERR [OPENCTI] Platform start fail | category=APP error={"context":{"category":"technical","error":{},"http_status":500,"reason":"[OPENCTI] Platform initialization fail"},"message":"An unknown error has occurred","name":"UnknownError","stack":"UnknownError: An unknown error has occurred\n    at error (/opt/opencti/build/src/config/errors.js:8:10)\n    at platformInit (/opt/opencti/build/src/initialization.js:386:13)"} timestamp=2026-11-29T07:41:52.611Z version=6.8.4`),
			we("2026-11-29T07:43:05.020Z", Error, "", `ERR [SEARCH] Engine cannot be reached | category=APP error={"context":{"category":"technical","http_status":500,"reason":"connect ECONNREFUSED 10.40.2.15:9200"},"message":"Search engine is unavailable","name":"DatabaseError"} timestamp=2026-11-29T07:43:05.020Z version=6.8.4`),
			we("2026-11-29T07:43:35.774Z", Error, "", `ERR [OPENCTI] Platform start fail | category=APP error={"context":{"category":"technical","http_status":500,"reason":"Redis connection refused"},"message":"An unknown error has occurred","name":"UnknownError"} timestamp=2026-11-29T07:43:35.774Z version=6.8.4`),
		},
	},
	{
		name:   "galah-json-event-log",
		source: "Galah, the LLM web honeypot, its JSON event log (one object a line: eventTime and time with an offset, httpRequest, httpResponse, level, msg, port, responseMetadata, sensorName, srcHost, srcIP, srcPort, suricataMatches, tags): 0x4D31/galah docs/EXAMPLES.md",
		why:    "eventTime and time are the same event microseconds apart (either accepted); the offset +01:00 is converted; the level key; sensorName is the honeypot's own name, the host (as Cowrie's sensor); srcHost and srcIP are the attacker, a Server header or a Date is no host or time",
		gap:    `the sensorName key is not read as the host: host ""`,
		entries: []worldEntry{
			we("2026-11-29T07:41:16.480706Z|2026-11-29T07:41:16.480803Z", Info, "hp-web-02", `{"eventTime":"2026-11-29T08:41:16.480706+01:00","httpRequest":{"body":"","bodySha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","headers":{"Accept":"*/*","User-Agent":"curl/8.9.1"},"headersSorted":"Accept,User-Agent","headersSortedSha256":"0d6a1c4e2f73b8a95e4c10d7f2b39a6e8c5d7f01a2b3c4d5e6f708192a3b4c5d","method":"GET","protocolVersion":"HTTP/1.1","request":"/cgi-bin/luci/;stok=/locale?form=country","sessionID":"1795938076480759000_Qm9yYV9oYXJib3U=","userAgent":"curl/8.9.1"},"httpResponse":{"headers":{"Content-Type":"text/html; charset=utf-8","Server":"lighttpd/1.4.59"},"body":"<html><body>OK</body></html>"},"level":"info","msg":"successfulResponse","port":"8080","responseMetadata":{"generationSource":"llm","info":{"model":"gpt-4.1-mini","provider":"openai","temperature":1}},"sensorName":"hp-web-02","srcHost":"","srcIP":"203.0.113.77","srcPort":"51744","suricataMatches":null,"tags":null,"time":"2026-11-29T08:41:16.480803+01:00"}`),
			we("2026-11-29T07:43:02.117340Z|2026-11-29T07:43:02.117361Z", Info, "hp-web-02", `{"eventTime":"2026-11-29T08:43:02.11734+01:00","httpRequest":{"body":"","bodySha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","headers":{"Accept":"*/*","User-Agent":"Mozilla/5.0 zgrab/0.x"},"headersSorted":"Accept,User-Agent","headersSortedSha256":"6f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0","method":"GET","protocolVersion":"HTTP/1.1","request":"/.env","sessionID":"1795938182117350000_c2Vuc29yLTAy","userAgent":"Mozilla/5.0 zgrab/0.x"},"httpResponse":{"headers":{"Content-Type":"text/plain","Server":"Apache/2.4.62 (Debian)"},"body":"APP_ENV=production\nDB_HOST=127.0.0.1"},"level":"info","msg":"successfulResponse","port":"8080","responseMetadata":{"generationSource":"cache","info":{"model":"gpt-4.1-mini","provider":"openai","temperature":1}},"sensorName":"hp-web-02","srcHost":"scanner-77.example.net","srcIP":"198.51.100.23","srcPort":"40112","suricataMatches":[{"msg":"ET SCAN Possible .env file probe","sid":"2031502"}],"tags":null,"time":"2026-11-29T08:43:02.117361+01:00"}`),
			we("2026-11-29T07:47:29.904118Z|2026-11-29T07:47:29.904131Z", Info, "hp-web-02", `{"eventTime":"2026-11-29T08:47:29.904118+01:00","httpRequest":{"body":"username=admin&password=admin","bodySha256":"1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809","headers":{"Content-Type":"application/x-www-form-urlencoded","User-Agent":"python-requests/2.32.3"},"headersSorted":"Content-Type,User-Agent","headersSortedSha256":"9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9","method":"POST","protocolVersion":"HTTP/1.1","request":"/global-protect/login.esp","sessionID":"1795938449904120000_aHAtd2ViLTAy","userAgent":"python-requests/2.32.3"},"httpResponse":{"headers":{"Content-Type":"text/html; charset=utf-8","Server":"nginx"},"body":"<html><head><title>GlobalProtect Portal</title></head><body>Invalid username or password</body></html>"},"level":"info","msg":"successfulResponse","port":"443","responseMetadata":{"generationSource":"llm","info":{"model":"gpt-4.1-mini","provider":"openai","temperature":1}},"sensorName":"hp-web-02","srcHost":"","srcIP":"192.0.2.141","srcPort":"60218","suricataMatches":null,"tags":null,"time":"2026-11-29T08:47:29.904131+01:00"}`),
		},
	},
	{
		name:   "galah-v09-json-event-log",
		source: "Galah 0.9's older JSON event record (timestamp without a zone first, then srcIP, srcHost, tags, srcPort, sensorName, port, httpRequest with headers as one string, httpResponse): 0x4D31/galah docs/EXAMPLES.md (its \"Example -1\")",
		why:    "a zone-less ISO time with microseconds in `timestamp` (UTC by the rules); no level key; sensorName is the host; srcHost is the client",
		gap:    `the sensorName key is not read as the host: host ""`,
		entries: []worldEntry{
			we("2026-11-29T07:50:43.792479Z", Unknown, "home-sensor", `{"timestamp":"2026-11-29T07:50:43.792479","srcIP":"::1","srcHost":"localhost","tags":null,"srcPort":"61982","sensorName":"home-sensor","port":"8888","httpRequest":{"method":"GET","protocolVersion":"HTTP/1.1","request":"/wp-login.php","userAgent":"curl/8.9.1","headers":"User-Agent: [curl/8.9.1], Accept: [*/*]","headersSorted":"Accept,User-Agent","headersSortedSha256":"0d6a1c4e2f73b8a95e4c10d7f2b39a6e8c5d7f01a2b3c4d5e6f708192a3b4c5d","body":"","bodySha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},"httpResponse":{"headers":{"Connection":"close","Content-Type":"text/html","Server":"Apache/2.4.41 (Ubuntu)"},"body":"<html><body>Log In</body></html>"}}`),
			we("2026-11-29T07:51:40.812831Z", Unknown, "home-sensor", `{"timestamp":"2026-11-29T07:51:40.812831","srcIP":"203.0.113.9","srcHost":"","tags":null,"srcPort":"62205","sensorName":"home-sensor","port":"8888","httpRequest":{"method":"GET","protocolVersion":"HTTP/1.1","request":"/phpmyadmin/index.php","userAgent":"Mozilla/5.0","headers":"User-Agent: [Mozilla/5.0], Accept: [*/*]","headersSorted":"Accept,User-Agent","headersSortedSha256":"6f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0","body":"","bodySha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},"httpResponse":{"headers":{"Connection":"close","Content-Type":"text/plain","Server":"LocalHost/1.0"},"body":"phpMyAdmin 5.2.1"}}`),
			we("2026-11-29T07:53:07.006215Z", Unknown, "home-sensor", `{"timestamp":"2026-11-29T07:53:07.006215","srcIP":"198.51.100.4","srcHost":"","tags":null,"srcPort":"33410","sensorName":"home-sensor","port":"8888","httpRequest":{"method":"POST","protocolVersion":"HTTP/1.1","request":"/api/v1/totp/user-backup-code/../../system/system-information","userAgent":"Go-http-client/1.1","headers":"User-Agent: [Go-http-client/1.1], Content-Length: [0]","headersSorted":"Content-Length,User-Agent","headersSortedSha256":"9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9","body":"","bodySha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},"httpResponse":{"headers":{"Connection":"close","Content-Type":"application/json","Server":"nginx"},"body":"{\"error\":\"unauthorized\"}"}}`),
		},
	},
	{
		name:   "kunai-json-events",
		source: "Kunai, the eBPF security monitor for Linux, its JSON events (data, then info with host {uuid, name, container}, event {source, id, name, uuid, batch}, task, parent_task and utc_time with nanoseconds): why.kunai.rocks, Event Layout and Info Section and the start event's example (docs corpus)",
		why:    "the time is info.utc_time with nine fraction digits and a Z; the host is info.host.name; a connect event's dst.hostname and ip are the peer, boot_time is no record time; no level",
		gap:    `info.utc_time, nested under info, is not read as the time, and info.host.name is not read as the host: no time, host ""`,
		entries: []worldEntry{
			we("2026-11-29T07:41:16.059574865Z", Unknown, "edr-lab-04", `{"data":{"system":{"uptime":86412.37,"boot_time":"2026-11-28T07:41:03.688201400Z","sysname":"Linux","release":"6.12.9-200.fc41.x86_64","machine":"x86_64","domainname":"(none)"},"kunai":{"version":"0.5.2","config":{"sha256":"4f1d7c2e0b9a83c65d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c"}}},"info":{"host":{"uuid":"0b7e61c2-58a4-4d0e-9c3f-2a1b0c9d8e7f","name":"edr-lab-04","container":null},"event":{"source":"kunai","id":1101,"name":"start","uuid":"8c1f2e3d-4b5a-4697-a8b9-c0d1e2f3a4b5","batch":0},"task":{"name":"kunai","pid":1422,"tgid":1422,"guuid":"a1b2c3d4-0586-0000-0e1f-2a3b3c4d0000","uid":0,"gid":0,"namespaces":{"mnt":4026531841}},"parent_task":{"name":"systemd","pid":1,"tgid":1,"guuid":"00000000-0000-0000-0000-000000000001","uid":0,"gid":0,"namespaces":{"mnt":4026531841}},"utc_time":"2026-11-29T07:41:16.059574865Z"}}`),
			we("2026-11-29T07:41:22.310447102Z", Unknown, "edr-lab-04", `{"data":{"ancestors":"/usr/lib/systemd/systemd|/usr/sbin/sshd|/usr/bin/bash","parent_exe":"/usr/bin/bash","command_line":"curl -fsSL https://dl.example.org/x.sh","exe":{"path":"/usr/bin/curl","md5":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","sha1":"1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d","sha256":"9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9","size":251312,"error":null}},"info":{"host":{"uuid":"0b7e61c2-58a4-4d0e-9c3f-2a1b0c9d8e7f","name":"edr-lab-04","container":null},"event":{"source":"kunai","id":1,"name":"execve","uuid":"5d6e7f80-9a1b-2c3d-4e5f-60718293a4b5","batch":37},"task":{"name":"curl","pid":20881,"tgid":20881,"guuid":"9c8b7a6d-1234-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"parent_task":{"name":"bash","pid":20710,"tgid":20710,"guuid":"7e6d5c4b-1100-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"utc_time":"2026-11-29T07:41:22.310447102Z"}}`),
			we("2026-11-29T07:41:22.388190554Z", Unknown, "edr-lab-04", `{"data":{"ancestors":"/usr/lib/systemd/systemd|/usr/sbin/sshd|/usr/bin/bash","command_line":"curl -fsSL https://dl.example.org/x.sh","exe":{"path":"/usr/bin/curl"},"dst":{"hostname":"dl.example.org","ip":"198.51.100.7","port":443,"public":true,"is_v6":false},"connected":true},"info":{"host":{"uuid":"0b7e61c2-58a4-4d0e-9c3f-2a1b0c9d8e7f","name":"edr-lab-04","container":null},"event":{"source":"kunai","id":60,"name":"connect","uuid":"6e7f8091-a2b3-4c5d-6e7f-8091a2b3c4d5","batch":38},"task":{"name":"curl","pid":20881,"tgid":20881,"guuid":"9c8b7a6d-1234-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"parent_task":{"name":"bash","pid":20710,"tgid":20710,"guuid":"7e6d5c4b-1100-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"utc_time":"2026-11-29T07:41:22.388190554Z"}}`),
			we("2026-11-29T07:41:23.002917640Z", Unknown, "edr-lab-04", `{"data":{"ancestors":"/usr/lib/systemd/systemd|/usr/sbin/sshd|/usr/bin/bash","command_line":"curl -fsSL https://dl.example.org/x.sh","exe":{"path":"/usr/bin/curl"},"exit_code":0},"info":{"host":{"uuid":"0b7e61c2-58a4-4d0e-9c3f-2a1b0c9d8e7f","name":"edr-lab-04","container":null},"event":{"source":"kunai","id":31,"name":"exit_group","uuid":"708192a3-b4c5-4d6e-7f80-91a2b3c4d5e6","batch":41},"task":{"name":"curl","pid":20881,"tgid":20881,"guuid":"9c8b7a6d-1234-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"parent_task":{"name":"bash","pid":20710,"tgid":20710,"guuid":"7e6d5c4b-1100-0000-a1b2-c3d4e5f60000","uid":1000,"gid":1000,"namespaces":{"mnt":4026531841}},"utc_time":"2026-11-29T07:41:23.002917640Z"}}`),
		},
	},
	{
		name:   "defectdojo-django-verbose-log",
		source: "DefectDojo's Django log with its verbose formatter (`[%(asctime)s] %(levelname)s [%(name)s:%(lineno)d] %(message)s`, datefmt `%d/%b/%Y %H:%M:%S`): DefectDojo/django-DefectDojo dojo/settings/settings.dist.py (found with find_string) and its older api.py basicConfig",
		why:    "a day-first date with a month name in brackets, no zone (UTC); the level word after it; `[dojo.importers.default_importer:214]` is a logger and line, no time; a traceback under an ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[29/Nov/2026 07:41:16] INFO [dojo.models:4711] Product_Type created: Payments"),
			we("2026-11-29T07:41:18Z", Debug, "", "[29/Nov/2026 07:41:18] DEBUG [dojo.importers.default_importer:214] processing findings from Trivy Scan: 48 findings"),
			we("2026-11-29T07:41:21Z", Warn, "", "[29/Nov/2026 07:41:21] WARNING [dojo.notifications.helper:389] Slack notification failed: channel_not_found"),
			we("2026-11-29T07:41:24Z", Error, "",
				"[29/Nov/2026 07:41:24] ERROR [django.request:241] Internal Server Error: /api/v2/reimport-scan/",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				"ValueError: Unknown Test Type: Grype Scan v2"),
			we("2026-11-29T07:41:30Z", Info, "", "[29/Nov/2026 07:41:30] INFO [dojo.api_v2.views:2967] reimport of scan completed for test 1182"),
		},
	},
	{
		name:   "go-audit-syslog-json",
		source: "Slack's go-audit writing to syslog by default (`Mmm dd HH:mm:ss host go-audit[pid]: {\"sequence\":n,\"timestamp\":\"epoch.ms\",\"messages\":[{\"type\":1300,\"data\":…}],\"uid_map\":{…}}`): slackhq/go-audit README (syslog output), a pasted syslog line and stream-stash's goAuditParser test fixtures found with find_string",
		why:    "the syslog time and the JSON's epoch seconds with milliseconds are the same moment (either accepted); the syslog header's host; audit message types, pids and uids are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.131Z", Unknown, "bastion-02", `Nov 29 07:41:16 bastion-02 go-audit[812]: {"sequence":4418210,"timestamp":"1795938076.131","messages":[{"type":1300,"data":"arch=c000003e syscall=59 success=yes exit=0 a0=55d1c0e4a2f0 a1=55d1c0e4b410 a2=55d1c0e4c1a0 a3=8 items=2 ppid=20710 pid=20881 auid=1001 uid=1001 gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 sgid=1001 fsgid=1001 tty=pts0 ses=14 comm=\"curl\" exe=\"/usr/bin/curl\" key=\"exec\""},{"type":1309,"data":"argc=3 a0=\"curl\" a1=\"-fsSL\" a2=\"https://dl.example.org/x.sh\""},{"type":1307,"data":" cwd=\"/home/ines\""}],"uid_map":{"1001":"ines"}}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.004Z", Unknown, "bastion-02", `Nov 29 07:41:18 bastion-02 go-audit[812]: {"sequence":4418214,"timestamp":"1795938078.004","messages":[{"type":1305,"data":"audit_pid=812 old=812 auid=4294967295 ses=4294967295 res=1"}],"uid_map":{"4294967295":"UNKNOWN_USER"}}`),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.377Z", Unknown, "bastion-02", `Nov 29 07:42:03 bastion-02 go-audit[812]: {"sequence":4418302,"timestamp":"1795938123.377","messages":[{"type":1300,"data":"arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1=7ffd2c1e0f10 a2=0 a3=0 items=1 ppid=20710 pid=20944 auid=1001 uid=1001 gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 sgid=1001 fsgid=1001 tty=pts0 ses=14 comm=\"cat\" exe=\"/usr/bin/cat\" key=\"shadow\""},{"type":1302,"data":"item=0 name=\"/etc/shadow\" inode=1311 dev=fd:00 mode=0100000 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL"}],"uid_map":{"0":"root","1001":"ines"}}`),
		},
	},
}

func TestFresh596Formats(t *testing.T) { assertTable(t, fresh596Cases) }
func TestFresh596Score(t *testing.T) {
	checkScore(t, "fresh596 formats", fresh596Cases, [worldNumFields]float64{99.9, 74.9, 62.4, 99.9})
}
