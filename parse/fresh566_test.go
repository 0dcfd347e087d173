package parse

import "testing"

// The five-hundred-and-sixty-sixth fresh table: security tools' logs, another further pass (IDS/IPS,
// EDR agents, vulnerability scanners, WAFs, auth servers, VPNs, secret stores, audit trails), shapes
// no earlier table holds. Each family is one product's documented or observed output: Dockle's
// `-debug` run (zap console lines with a colon-less offset, then the report's `FATAL<TAB>- CHECK:`
// records with `<TAB>* detail` lines and no time); OpenGFW's zap console (`TCP stream action` with
// a JSON object of fields); Stratosphere Slips' alerts.log evidence (`ISO±hh:mm (TW n): Src IP …`);
// SATOSA under gunicorn in the journal (`[yyyy-MM-dd HH:mm:ss,SSS] [LEVEL] [logger.func]`); Pocket
// ID's tint-style stamp (`Mmm dd HH:mm:ss INF msg key=value`, no year and no host); the Cerbos PDP's
// ECS JSON (log.level, @timestamp, log.logger) and its audit file (cerbos.audit access and decision
// entries, the time in `timestamp`, no level); Fibratus 0.7's Logbook console
// (`[yyyy-MM-dd HH:mm:ss.ffffff] LEVEL: Channel: msg`) with its CLI's bare `ERROR - …` line.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`dockle`, `DKL-DI`, `CIS-DI`, `Clear apt-get`, `dockleignore`,
// `DEBUG   There is no`, `\* Use '`, `opengfw`, `apernet`, `stream action`, `TCP stream action`,
// `noMatch`, `slips`, `stratosphere`, `(TW `, `TW 1`, `Src IP`, `threat level`, `alerts.log`,
// `satosa`, `[satosa`, `pysaml2`, `SAMLResponse`, `unpack_post`, `proxy_server`, `gunicorn`,
// `pocket-id`, `pocket`, `app=pocket`, `INF Pocket`, `DBG SQL query`, `tint`, `INF `, `cerbos`,
// `cerbos.audit`, `log.kind`, `callId`, `log.logger`, `@timestamp`, `fibratus`, `] INFO: Fibratus`,
// `] INFO: `, `logbook`, `passbolt`, `ForbiddenException`, `Request URL:`, `Stack Trace:`, `spire`,
// `spire-server`, `spire-agent`, `subsystem_name`, `umask 0022`, `ZAP-daemon`, `DaemonBootstrap`,
// `terrascan`, `aminer`, `ipa-otpd`, `ykval`, `op-connect`, `govulncheck`, `horusec`,
// `pip-audit`, `npm audit`, `cargo audit`, `brakeman`, `docker scout`, `openiddict`, `permify`,
// `lua-resty-waf`, `ngx_waf`, `verynginx`, `shadow daemon`, `shadowd`, `go-away`, `anubis`,
// `openfga`, `spicedb`, `hanko`, `rauthy`, `osv-scanner`, `infisical`, `fusionauth`,
// `supertokens`, `conjur`, `tac_plus`, `tacacs`, and the products already measured: `suricata`,
// `snort`, `zeek`, `ossec`, `wazuh`, `crowdsec`, `fail2ban`, `clamav`, `falco`, `osquery`,
// `teleport`, `vault`, `keycloak`, `authelia`, `authentik`, `dex`, `kratos`, `freeipa`,
// `freeradius`, `ocserv`, `strongswan`, `libreswan`, `softether`, `pritunl`, `headscale`, `nebula`,
// `netbird`, `tetragon`, `tracee`, `auditd`, `aide`, `lynis`, `trivy`, `grype`, `nuclei`, `nessus`,
// `openvas`, `gvmd`, `modsecurity`, `coraza`, `naxsi`, `bunkerweb`, `velociraptor`, `kanidm`,
// `lldap`, `pomerium`, `oauth2-proxy`, `vouch`, `zitadel`, `casdoor`, `shibboleth`, `mdatp`,
// `sentinelone`, `sophos`, `eset`, `kaspersky`, `qualys`, `maltrail`, `arkime`, `sagan`,
// `kismet`, `samhain`, `cowrie`, `endlessh`, `sshguard`, `psad`, `tailscale`, `wireguard`,
// `openvpn`, `hysteria`). None of Dockle, OpenGFW, Slips, SATOSA, Pocket ID, Cerbos or Fibratus
// is in any table (`pocket` matches PocketMine, PocketBase, PocketBook and Pocket Casts;
// `pocket-id`, `rauthy`, `hanko`, `infisical`, `passbolt` and `osv-scanner` only other tables'
// grep lists; `Src IP` other products' lines; `gunicorn`, `tint` and `INF ` other products'
// shapes). Left out as
// measured already: SPIRE (fresh199), OWASP ZAP's daemon log (fresh130), SpiceDB and OpenFGA
// (fresh125), Anubis (fresh422), FusionAuth and SuperTokens (fresh486), Conjur (fresh523), and the
// products listed above. Left out because its shape is measured: Passbolt's error.log, which is
// CakePHP's FileLog with `Request URL:` and `Stack Trace:` lines, as MISP's in fresh39. Left out as
// not confirmed by any search: Terrascan's log lines (only its report was found), 1Password
// Connect's JSON log, ipa-otpd's journal lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Dockle's debug lines end in a colon-less offset (-0500, so 07:41 is
// 12:41Z); its report's records have no time and must have none, not the debug line's above them.
// OpenGFW's and Cerbos's times end in Z; Cerbos's audit entries carry their time in `timestamp`
// with nanoseconds. Slips' evidence times carry an offset (+01:00) and are converted. SATOSA's line
// in the journal has two stamps of the same second, the journal's and its own, and either is
// accepted. Pocket ID's stamp has no year (2026) and no zone (UTC). Fibratus's Logbook time has no
// zone (UTC); its CLI's `ERROR - …` line has no time. Levels only where the line marks one: zap's
// DEBUG INFO WARN ERROR, Dockle's FATAL (Critical) WARN INFO, SATOSA's bracketed word, Pocket ID's
// DBG INF WRN ERR, Cerbos's log.level, Logbook's word before the colon and the CLI's `ERROR -`;
// Slips' `threat level: high` is a detection's rating and Cerbos's EFFECT_DENY a decision, no log
// levels. The host is the record's host field: only the journal's (SATOSA); OpenGFW's src and dst,
// Slips' Src IP, Cerbos's peer address and SATOSA's IdP are peers. A record that spans lines is one
// entry: Dockle's checkpoint with its `* …` detail line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (Cerbos's @timestamp key and field names, its audit key
// order, OpenGFW's non-stream messages). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong would carry a
// gap that says what it does not read, and it would stay in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right over 38 records; there is no gap.

var fresh566Cases = []worldCase{
	{
		name:   "dockle-debug-run-and-report",
		source: "Dockle (goodwithtech/dockle), the container image linter and CIS checker, run with `-debug` on a terminal: zap's console lines (`yyyy-MM-ddTHH:mm:ss.SSS-0500<TAB>DEBUG<TAB>msg`, the local offset without a colon) before the report, whose records are `LEVEL<TAB>- CHECKPOINT: title` with one or more `<TAB>* detail` lines under them (levels FATAL WARN INFO): goodwithtech/dockle issues #151 and #282, Cisco-Talos/clamav-docker PR #74",
		why:    "the debug lines carry a time with a colon-less offset (-0500); the report's records carry none and must not take the debug line's; each `* …` detail line belongs to the checkpoint above it; FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T12:41:12.922Z", Debug, "", "2026-11-29T07:41:12.922-0500\tDEBUG\tThere is no .dockleignore file"),
			we("2026-11-29T12:41:13.405Z", Debug, "", "2026-11-29T07:41:13.405-0500\tDEBUG\tStart assessments..."),
			we("", Critical, "",
				"FATAL\t- DKL-DI-0005: Clear apt-get caches",
				"\t* Use 'rm -rf /var/lib/apt/lists' after 'apt-get install|update' : RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libpq5 # buildkit"),
			we("", Warn, "",
				"WARN\t- CIS-DI-0001: Create a user for the container",
				"\t* Last user should not be root"),
			we("", Info, "",
				"INFO\t- CIS-DI-0005: Enable Content trust for Docker",
				"\t* export DOCKER_CONTENT_TRUST=1 before docker pull/build"),
			we("", Info, "",
				"INFO\t- CIS-DI-0006: Add HEALTHCHECK instruction to the container image",
				"\t* not found HEALTHCHECK statement"),
		},
	},
	{
		name:   "opengfw-zap-console",
		source: "OpenGFW (apernet/OpenGFW), the Linux flow filter and IDS/IPS, on stdout (zap's console encoder: an RFC 3339 time in Z, a tab, the level in capitals, a tab, the message, a tab and the fields as a JSON object; `TCP stream action` / `UDP stream action` with id, src, dst, action, noMatch): apernet/OpenGFW issue #111 (a pasted log) and PR #71; the startup and error messages from memory",
		why:    "a Z time then a tab-separated level word; src and dst in the JSON fields are peers, not the host; the 19-digit stream id is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29T07:41:15Z\tINFO\tloaded rules\t{\"count\": 7}"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z\tINFO\tTCP stream action\t{\"id\": 1996411870254817280, \"src\": \"10.8.0.14:50522\", \"dst\": \"198.51.100.40:443\", \"action\": \"allow\", \"noMatch\": true}"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29T07:41:19Z\tINFO\tUDP stream action\t{\"id\": 1996411882913226752, \"src\": \"10.8.0.14:41377\", \"dst\": \"203.0.113.9:51820\", \"action\": \"block\", \"noMatch\": false}"),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29T07:41:19Z\tDEBUG\tTCP stream property update\t{\"id\": 1996411870254817280, \"src\": \"10.8.0.14:50522\", \"dst\": \"198.51.100.40:443\", \"props\": {\"tls\": {\"req\": {\"sni\": \"updates.example.net\"}}}}"),
			we("2026-11-29T07:41:24Z", Error, "", "2026-11-29T07:41:24Z\tERROR\tanalyzer error\t{\"id\": 1996411903771504640, \"name\": \"quic\", \"error\": \"invalid packet: short header\"}"),
		},
	},
	{
		name:   "slips-alerts-log-evidence",
		source: "Stratosphere Slips (stratosphereips/StratosphereLinuxIPS) output/<run>/alerts.log evidence lines (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm (TW n): Src IP a.b.c.d<padding>. Detected … threat level: low.`): StratosphereLinuxIPS issue #1167 (a pasted evidence line) and its evidence-formatting unit tests found with find_string",
		why:    "an ISO time with microseconds and an offset (+01:00, converted); `(TW 3)` is a time window number; the Src IP is the attacker profile, not a host; `threat level: high` is the detection's rating, not a log level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.108715Z", Unknown, "", "2026-11-29T08:41:16.108715+01:00 (TW 3): Src IP 192.168.7.23              . Detected a connection without DNS resolution to IP: 198.51.100.77. threat level: low."),
			we("2026-11-29T07:43:02.551093Z", Unknown, "", "2026-11-29T08:43:02.551093+01:00 (TW 3): Src IP 192.168.7.23              . Detected horizontal port scan to port 445/TCP. From 192.168.7.23 to 12 unique destination IPs. Total packets sent: 36. Confidence: 0.9. threat level: high."),
			we("2026-11-29T07:44:40.002310Z", Unknown, "", "2026-11-29T08:44:40.002310+01:00 (TW 3): Src IP 192.168.7.23              . Detected SSH password guessing to IP 192.168.7.5. threat level: high."),
			we("2026-11-29T07:51:07.874002Z", Unknown, "", "2026-11-29T08:51:07.874002+01:00 (TW 4): Src IP 192.168.7.41              . Detected domain telemetry-check.example.org resolved with no connection threat level: info."),
		},
	},
	{
		name:   "satosa-gunicorn-journal",
		source: "SATOSA (IdentityPython/SATOSA), the SAML/OIDC proxy, served by gunicorn under systemd and read with journalctl (BSD journal line `Mmm dd HH:mm:ss host gunicorn[pid]:`, then SATOSA's Python logging `[yyyy-MM-dd HH:mm:ss,SSS] [LEVEL] [logger.func] msg`): IdentityPython/SATOSA issue #487 (a pasted journal)",
		why:    "the journal's time and SATOSA's own time of the same second, either accepted; the journal's host; the bracketed level word after the inner time; the IdP and SP named in messages are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "idproxy-2", "Nov 29 07:41:16 idproxy-2 gunicorn[28114]: [2026-11-29 07:41:16,204] [INFO] [satosa.base._auth_req_callback_func] Requesting provider: https://sso.example.edu/idp/shibboleth"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.207Z", Debug, "idproxy-2", "Nov 29 07:41:16 idproxy-2 gunicorn[28114]: [2026-11-29 07:41:16,207] [DEBUG] [satosa.proxy_server.unpack_request] read request data: {'RelayState': 'q2Lw8tYp0aNc', 'query_params': {}}"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.880Z", Warn, "idproxy-2", "Nov 29 07:41:19 idproxy-2 gunicorn[28114]: [2026-11-29 07:41:19,880] [WARNING] [satosa.base._load_state] Dropping state cookie: cookie expired"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.881Z", Error, "idproxy-2", "Nov 29 07:41:19 idproxy-2 gunicorn[28114]: [2026-11-29 07:41:19,881] [ERROR] [satosa.base.run] Received AuthN response without a SATOSA session cookie"),
		},
	},
	{
		name:   "pocket-id-tint-stamp",
		source: "Pocket ID 1.x (pocket-id/pocket-id), the passkey OIDC provider, on `docker logs` (slog through a tint-style handler: `Mmm dd HH:mm:ss LVL msg key=value…`, three-letter levels DBG INF WRN ERR, no year): pocket-id/pocket-id issue #953 (a pasted log)",
		why:    "a syslog-like stamp with no year (2026) and no host after it: the word after the time is the level, not a host; app= and version= are fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INF Pocket ID is starting app=pocket-id version=1.15.0"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INF Connected to database app=pocket-id version=1.15.0 provider=postgres"),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17 DBG SQL query executed [211.4µs] app=pocket-id version=1.15.0 query=\"SELECT * FROM `app_config_variables`\" duration=211.4µs rows=14 file=github.com/pocket-id/pocket-id/backend/internal/service/app_config_service.go:387"),
			we("2026-11-29T07:44:52Z", Warn, "", "Nov 29 07:44:52 WRN Failed to send login notification email app=pocket-id version=1.15.0 user=ines error=\"dial tcp 10.0.5.20:587: i/o timeout\""),
			we("2026-11-29T07:45:03Z", Error, "", "Nov 29 07:45:03 ERR Request failed app=pocket-id version=1.15.0 method=POST path=/api/webauthn/login/finish status=500 error=\"credential not found\""),
		},
	},
	{
		name:   "cerbos-server-ecs-json",
		source: "Cerbos PDP (cerbos/cerbos) on stdout (zap JSON with ECS-style keys: log.level, @timestamp, log.logger such as cerbos.server, cerbos.grpc, cerbos.disk.store, cerbos.index, then message and fields): a project's notes quoting `{\"log.level\":\"info\",\"log.logger\":\"cerbos.sqlite3\",\"message\":…}` (find_string), cerbos/cerbos PR #65 and issue #1380; the @timestamp key and the grpc field names from memory",
		why:    "an ECS JSON line: the level in log.level, the time in @timestamp with a Z; peer.address is the client, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"log.level":"info","@timestamp":"2026-11-29T07:41:16.204Z","log.logger":"cerbos.server","message":"Loading configuration from /config/config.yaml"}`),
			we("2026-11-29T07:41:16.233Z", Info, "", `{"log.level":"info","@timestamp":"2026-11-29T07:41:16.233Z","log.logger":"cerbos.disk.store","message":"Initializing disk store from /policies"}`),
			we("2026-11-29T07:41:16.251Z", Warn, "", `{"log.level":"warn","@timestamp":"2026-11-29T07:41:16.251Z","log.logger":"cerbos.index","message":"Ignoring file with unsupported extension","file":"resource_policies/README.txt"}`),
			we("2026-11-29T07:41:21.618Z", Info, "", `{"log.level":"info","@timestamp":"2026-11-29T07:41:21.618Z","log.logger":"cerbos.grpc","message":"Handled request","protocol":"grpc","grpc.component":"server","grpc.service":"cerbos.svc.v1.CerbosService","grpc.method":"CheckResources","grpc.method_type":"unary","cerbos.call_id":"01JDQ7H2K8Y4M3T6V9B1C5N0XR","peer.address":"10.0.3.7:51234","grpc.code":"OK","grpc.time_ms":"1.284"}`),
			we("2026-11-29T07:42:05.010Z", Error, "", `{"log.level":"error","@timestamp":"2026-11-29T07:42:05.010Z","log.logger":"cerbos.disk.store","message":"Failed to reload policies","error":"resource_policies/leave_request.yaml: more than one YAML document detected"}`),
		},
	},
	{
		name:   "cerbos-audit-file-backend",
		source: "Cerbos PDP's audit log with the file backend (one JSON object a line, `{\"log.logger\":\"cerbos.audit\",\"log.kind\":\"access\"|\"decision\",\"callId\":…,\"timestamp\":…,\"peer\":{\"address\":…},…}`; the entry fields of cerbos.audit.v1 AccessLogEntry and DecisionLogEntry): docs.cerbos.dev 'Audit block', the cerbos.audit.v1 protobuf (callId, timestamp, peer, metadata, method, statusCode), a project's notes quoting a decision entry (find_string), cerbos/cerbos PR #1766; the key order from memory",
		why:    "an audit trail: the time is the entry's own `timestamp` with nanoseconds; no level field (EFFECT_DENY is a decision, not a level); the peer's address is the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.616902114Z", Unknown, "", `{"log.logger":"cerbos.audit","log.kind":"access","callId":"01JDQ7H2K8Y4M3T6V9B1C5N0XR","timestamp":"2026-11-29T07:41:21.616902114Z","peer":{"address":"10.0.3.7:51234","userAgent":"grpc-go/1.67.1"},"metadata":{"content-type":{"values":["application/grpc"]}},"method":"/cerbos.svc.v1.CerbosService/CheckResources"}`),
			we("2026-11-29T07:41:21.617440871Z", Unknown, "", `{"log.logger":"cerbos.audit","log.kind":"decision","callId":"01JDQ7H2K8Y4M3T6V9B1C5N0XR","timestamp":"2026-11-29T07:41:21.617440871Z","peer":{"address":"10.0.3.7:51234","userAgent":"grpc-go/1.67.1"},"checkResources":{"inputs":[{"requestId":"r-5521","resource":{"kind":"leave_request","id":"LR-412"},"principal":{"id":"ines","roles":["employee"]},"actions":["approve"]}],"outputs":[{"requestId":"r-5521","resourceId":"LR-412","actions":{"approve":{"effect":"EFFECT_DENY","policy":"resource.leave_request.vdefault"}}}]}}`),
			we("2026-11-29T07:43:09.002117530Z", Unknown, "", `{"log.logger":"cerbos.audit","log.kind":"access","callId":"01JDQ7NB3W0Y6F2R8S5K1D4HQE","timestamp":"2026-11-29T07:43:09.002117530Z","peer":{"address":"10.0.3.9:40418","userAgent":"cerbos-sdk-javascript/0.22.0"},"metadata":{},"method":"/cerbos.svc.v1.CerbosService/PlanResources"}`),
		},
	},
	{
		name:   "fibratus-logbook-console",
		source: "Fibratus 0.7 (rabbitstack/fibratus), the Windows kernel-event tracer used for detection, on the console (Logbook's default `[yyyy-MM-dd HH:mm:ss.ffffff] LEVEL: Channel: msg`, plus a bare `ERROR - …` line from its CLI when the configuration is missing): rabbitstack/fibratus issue #25 (a pasted console), issue #26",
		why:    "a bracketed zone-less time with microseconds (UTC), the level word with a colon, then the channel; the CLI's `ERROR - …` line has no time of its own and must not take the one above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.201427Z", Info, "", "[2026-11-29 07:41:16.201427] INFO: Fibratus: Starting Fibratus..."),
			we("2026-11-29T07:41:16.201911Z", Info, "", `[2026-11-29 07:41:16.201911] INFO: Fibratus: Loading configuration from [C:\Users\ines\.fibratus\fibratus.yml]`),
			we("", Error, "", `ERROR - C:\Users\ines\.fibratus\fibratus.yml configuration file does not exist`),
			we("2026-11-29T07:42:30.518002Z", Info, "", "[2026-11-29 07:42:30.518002] INFO: Fibratus: Enumerating system handles..."),
			we("2026-11-29T07:42:31.090415Z", Warn, "", "[2026-11-29 07:42:31.090415] WARNING: Fibratus: Kernel logger session is already running. Stopping it..."),
			we("2026-11-29T07:42:33.774120Z", Error, "", "[2026-11-29 07:42:33.774120] ERROR: Fibratus: Unable to start the kernel logger session: access denied"),
		},
	},
}

func TestFresh566Formats(t *testing.T) { assertTable(t, fresh566Cases) }
func TestFresh566Score(t *testing.T) {
	checkScore(t, "fresh566 formats", fresh566Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
