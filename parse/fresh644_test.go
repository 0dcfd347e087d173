package parse

import "testing"

// The six-hundred-and-forty-fourth fresh table: password managers and secrets servers, the lines
// people paste when a vault will not unseal or a login keeps failing, in shapes no earlier table
// holds. Each family is one product's documented or observed output: HashiCorp Vault's server log
// in the host journal (its `==> Vault server configuration:` banner lines, then hclog's `ISO-Z
// [LEVEL]  name: msg` behind the journal's own header); Bitwarden self-hosted's Identity log file
// (Serilog's `yyyy-MM-dd HH:mm:ss.fff +00:00 [WRN] msg`, an exception under an [ERR]) and its API
// container's console (`info: Category[id]` with the message indented on the next line, a scope
// line and an exception under a `fail:`); Infisical's backend on pino (epoch milliseconds, a
// numeric level and a `severity` word, the pod's hostname and a request's own nested hostname);
// 1Password Connect's vlog JSON (`"log_message":"(I) …"`, an RFC 3339 timestamp in Z, a numeric
// level); gopass's debug log (GOPASS_DEBUG_LOG: Go's `yyyy/MM/dd HH:mm:ss.micro`, then `dir/file:line
// TAB func TAB msg`); Passbolt's CakePHP log on the container console (`yyyy-MM-dd HH:mm:ss error:
// [Exception] …` with `Caused by:`, `Request URL:`, `Client IP:` and `Stack Trace:` lines under it,
// after bin/cake's banner); Vaultwarden with LOG_TIMESTAMP_FORMAT set to carry the offset
// (`[yyyy-MM-dd HH:mm:ss.fff+0100][target][LEVEL] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`vaultwarden`, `bitwarden`, `vault`, `infisical`, `passbolt`,
// `keepassxc`, `gopass`, `1password`, `op-connect`, `connect-api`, `connect-sync`, `onepassword`,
// `hashicorp`, `[core]`, `core: `, `[vaultwarden`, `rocket::`, `Serilog`, `conjur`, `cyberark`,
// `bao`, `openbao`, `teleport`, `lastpass`, `psono`, `padloc`, `keeper`, `secrethub`, `doppler`,
// `akeyless`, `sops`, `Thycotic`, `delinea`, `passwordstate`, `sealed`, `secrets-manager`,
// `keycloak`, `authelia`, `enpass`, `keepass`, `kdbx`, `pass `, `Bitwarden.Identity`, `bwdata`,
// `mssql`, `cakephp`, `Cake`, `2fauth`, `teampass`, `sysPass`, `knox`, `vaultwarden::api`,
// `storage.raft`, `step-ca`, `smallstep`, `vault[`, `vaultwarden[`, `log_message`,
// `[Information]`, `Bit.Core`, `Bit.Api`, `"reqId"`, `pino`, `[gopass]`, `cake\`, `Cake\Http`,
// `KeeShare`, `vault-agent`, `agent.auth.handler`, `proxy.cache`, `op-scim`, `scim`,
// `Secret Server`, `vault operator`, `Unseal Key`, `core.cluster-listener`, `SecretBackend`,
// `secret.provider`, `Bit.Api.Startup`, `Bit.Identity`, `Failed login attempt`,
// `info: Microsoft.Hosting.Lifetime`, `+00:00 [WRN]`, `"severity":"INFO"`, `"severity":"WARNING"`,
// `orgId`, `"(I) `, `completed (200: OK)`, `vlog`, `Caused by: [`, `Open source password manager`,
// `register_user`, `error: [Cake`, `password-store`, `.gpg`, `GOPASS_DEBUG`, `leaf.(*Store)`,
// `Vault server started`, `==> Vault`, `vault is unsealed`, `%3f%z`, `][vaultwarden::`,
// `][request][`, `][response][`, `bitwarden_rs`, `rocket`). None of Vault's server log in the
// journal, Bitwarden's Identity file or API console, Infisical's pino lines, 1Password Connect's
// vlog JSON, gopass's debug log, Passbolt's log or Vaultwarden's offset stamp is in any table
// (`vault[` matches only Vault's syslog audit device in fresh200 and fresh589, `==> Vault` only a
// compose-prefix rule line in rules_test.go, `error: [Cake` only CakePHP's capitalised `Error:` in
// fresh27, `"(I) ` other products' markers, `][vaultwarden::` the default Vaultwarden stamp without
// an offset in fresh7; the greps for Infisical, Passbolt, Psono, Conjur and the like in fresh523,
// fresh566 and fresh596 are grep lists, and Conjur's Rails log there is another product). Left
// out as measured already: Vault's hclog with an offset (world), its JSON server log, its audit
// device in a file and through syslog, the Vault Agent Injector, Vaultwarden's default stamp, the
// 1Password desktop app's log, CyberArk Conjur, the Secrets Store CSI driver, Sealed Secrets.
// Left out as not confirmed by any search: Vaultwarden's USE_SYSLOG lines (the syslog formatter
// was not found), KeePassXC (it writes no log file; its Qt warnings were not found pasted), pass
// (it writes no log), Psono's and Padloc's server logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's `Nov 29 07:41:16` has no year (2026); behind it Vault's
// hclog stamp in Z is the same moment, and either is accepted. Bitwarden's Serilog stamp carries
// `+00:00`. Bitwarden's API console lines carry no time: their entries have none. Infisical's
// `"time"` is epoch milliseconds. 1Password Connect's timestamp ends in Z. gopass's Go log stamp
// and Passbolt's CakePHP stamp have no zone and are read as UTC. Vaultwarden's `+0100` glued to
// the milliseconds is the offset (UTC+1). Levels only where the line marks one: hclog's
// bracketed word, Serilog's `[INF]` `[WRN]` `[ERR]`, .NET's `info:` `warn:` `fail:` (fail is
// Error), pino's numeric level (30 40 50) with its severity word, vlog's `(I)` `(W)` `(E)` `(D)`
// marker with its level number (3 2 1 4), CakePHP's lowercase `error:` and `warning:`,
// Vaultwarden's `[INFO]` `[WARN]` `[ERROR]`; the journal's banner lines, systemd's line and gopass's
// debug lines carry none. The host is the record's host field: the journal's host, and pino's
// top-level `hostname` (the pod); the request's nested `hostname` (a Host header), client
// addresses, Vault's listener and cluster addresses and Bitwarden's client IPs are no hosts. A
// record that spans lines is one entry: Serilog's [ERR] with the exception under it, .NET's
// two-line records and the `fail:` with its scope line and exception, CakePHP's error with its
// Caused by, Request URL, Client IP and stack lines. bin/cake's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 89.6 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 88.6 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is 1Password Connect's level: trawl reads vlog's numeric `level`
// (1 error, 2 warn, 3 info, 4 debug) on another scale (3 comes out error, 4 critical, 1 info) and
// does not read the `(I)`, `(W)`, `(E)`, `(D)` marker at the start of `log_message`.

var fresh644Cases = []worldCase{
	{
		name:   "vault-server-journal-hclog",
		source: "HashiCorp Vault's server started by systemd, read with journalctl (the journal's `Mmm dd HH:mm:ss host vault[pid]:` before the `==> Vault server configuration:` banner and then go-hclog's `yyyy-MM-ddTHH:mm:ss.SSSZ [LEVEL]  name: msg`): hashicorp/vault issue #1554 (the journal wrapper around Vault's lines and banner), issues #8788 and #29938 and hashicorp/vault-helm issue #40 (the hclog lines, `core.cluster-listener`, `proxy environment`), bank-vaults issue #203 and hashicorp/vault issue #12305 (the banner)",
		why:    "a journal header with no year before Vault's own ISO-Z stamp of the same second; the banner's indented `Api Address:` line is a journal record of its own; the level word in brackets after the inner stamp; listener and cluster addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "vault01", `Nov 29 07:41:15 vault01 systemd[1]: Started "HashiCorp Vault - A tool for managing secrets".`),
			we("2026-11-29T07:41:15Z", Unknown, "vault01", "Nov 29 07:41:15 vault01 vault[1288]: ==> Vault server configuration:"),
			we("2026-11-29T07:41:15Z", Unknown, "vault01", "Nov 29 07:41:15 vault01 vault[1288]:              Api Address: https://10.20.4.11:8200"),
			we("2026-11-29T07:41:15Z", Unknown, "vault01", "Nov 29 07:41:15 vault01 vault[1288]: ==> Vault server started! Log data will stream in below:"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "vault01", `Nov 29 07:41:16 vault01 vault[1288]: 2026-11-29T07:41:16.204Z [INFO]  proxy environment: http_proxy="" https_proxy="" no_proxy=""`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.733Z", Info, "vault01", "Nov 29 07:41:16 vault01 vault[1288]: 2026-11-29T07:41:16.733Z [INFO]  core.cluster-listener: serving cluster requests: cluster_listen_address=10.20.4.11:8201"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.018Z", Warn, "vault01", `Nov 29 07:41:19 vault01 vault[1288]: 2026-11-29T07:41:19.018Z [WARN]  core: stored unseal keys are supported, but none were found`),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.560Z", Error, "vault01", `Nov 29 07:41:24 vault01 vault[1288]: 2026-11-29T07:41:24.560Z [ERROR] core: error checking health: error="core: barrier reports initialized but no seal configuration found"`),
		},
	},
	{
		name:   "bitwarden-identity-serilog-file",
		source: "Bitwarden self-hosted's bwdata/logs/identity/Identity/log.txt (Serilog's file sink: `yyyy-MM-dd HH:mm:ss.fff +00:00 [LVL] msg`, the level in three letters, an exception on the lines under its record): bitwarden/server issues #998 (`[WRN] Failed login attempt.` lines), #845 (the older long level words), #2932",
		why:    "a zone offset after the milliseconds; the three-letter level in brackets; the client IP at the end is no host; the exception and its `   at` frames belong to the [ERR] above them",
		entries: []worldEntry{
			we("2026-11-29T07:40:02.118Z", Info, "", "2026-11-29 07:40:02.118 +00:00 [INF] Starting job DatabaseExpiredGrantsJob."),
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16.204 +00:00 [WRN] Failed login attempt, 2FA invalid. 198.51.100.23"),
			we("2026-11-29T07:41:31.562Z", Warn, "", "2026-11-29 07:41:31.562 +00:00 [WRN] Failed login attempt. 198.51.100.23"),
			we("2026-11-29T07:44:09.87Z", Error, "",
				"2026-11-29 07:44:09.870 +00:00 [ERR] Error performing DatabaseExpiredGrantsJob.",
				"Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.",
				"   at Microsoft.Data.SqlClient.SqlConnection.Open()",
				"   at Bit.Infrastructure.Dapper.Repositories.GrantRepository.DeleteExpiredAsync()",
				"   at Bit.Identity.Jobs.DatabaseExpiredGrantsJob.ExecuteJobAsync(IJobExecutionContext context)"),
			we("2026-11-29T07:45:00.003Z", Info, "", "2026-11-29 07:45:00.003 +00:00 [INF] Finished job DatabaseExpiredGrantsJob."),
		},
	},
	{
		name:   "bitwarden-api-container-console",
		source: "Bitwarden self-hosted's API container on `docker logs bitwarden-api` (Microsoft.Extensions.Logging's console formatter: `info: Category[eventId]` then the message indented six blanks on the next line; `fail:` with a `=> SpanId:…` scope line and the exception indented under it): bitwarden/server issue #1213, jakeswenson/BitBetter issue #64, bitwarden/self-host issue #335",
		why:    "no time at all; the level is the four-letter word before the category (fail is Error); each record is two or more lines, the indented lines belong to the word line above them",
		entries: []worldEntry{
			we("", Info, "", "info: Bit.Api.Jobs.JobsHostedService[0]", "      Starting job ValidateOrganizationsJob."),
			we("", Info, "", "info: Microsoft.Hosting.Lifetime[0]", "      Now listening on: http://[::]:5000"),
			we("", Warn, "", "warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]", "      Failed to determine the https port for redirect."),
			we("", Info, "", "info: Microsoft.AspNetCore.Hosting.Diagnostics[1]", "      Request starting HTTP/1.1 GET http://vault.harbour.example/api/sync?excludeDomains=true - -"),
			we("", Error, "",
				"fail: Microsoft.AspNetCore.Server.Kestrel[13]",
				"      => SpanId:4c1f2e0a9b3d7a11, TraceId:9e2b7c4d1a0f3e5b6c7d8e9f0a1b2c3d, ParentId:0000000000000000 => ConnectionId:0HN8K3Q2T7L1M => RequestPath:/api/sync RequestId:0HN8K3Q2T7L1M:00000004",
				"      Connection id \"0HN8K3Q2T7L1M\", Request id \"0HN8K3Q2T7L1M:00000004\": An unhandled exception was thrown by the application.",
				"      System.InvalidOperationException: Sequence contains no elements",
				"         at System.Linq.ThrowHelper.ThrowNoElementsException()",
				"         at Bit.Api.Vault.Controllers.SyncController.Get(Boolean excludeDomains)"),
		},
	},
	{
		name:   "infisical-backend-pino-json",
		source: "Infisical's backend on pino (backend/src/lib/logger/logger.ts: bindings pid and hostname, a mixin adding `severity` from the numeric level, reqId and orgId on every line; pino's epoch-millisecond `time`): Infisical/infisical issue #2157 (pasted `{\"level\":30,\"time\":…,\"pid\":1,\"hostname\":\"…\",\"reqId\":\"req-s\",\"severity\":\"INFO\",…}` lines)",
		why:    "epoch milliseconds; the numeric level with its severity word; the top-level hostname is the pod, the request's nested hostname is a Host header and no host",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.118Z", Info, "infisical-backend-5d8c7b9f64-x2kqp", `{"level":30,"time":1795938730118,"pid":1,"hostname":"infisical-backend-5d8c7b9f64-x2kqp","reqId":"req-4r","severity":"INFO","req":{"method":"GET","url":"/api/status","hostname":"10.42.3.17:8080","remoteAddress":"10.42.0.1","remotePort":51122},"msg":"incoming request"}`),
			we("2026-11-29T07:52:10.121Z", Info, "infisical-backend-5d8c7b9f64-x2kqp", `{"level":30,"time":1795938730121,"pid":1,"hostname":"infisical-backend-5d8c7b9f64-x2kqp","reqId":"req-4r","severity":"INFO","res":{"statusCode":200},"responseTime":2.4187,"msg":"request completed"}`),
			we("2026-11-29T07:52:40.33Z", Warn, "infisical-backend-5d8c7b9f64-x2kqp", `{"level":40,"time":1795938760330,"pid":1,"hostname":"infisical-backend-5d8c7b9f64-x2kqp","reqId":"req-5c","orgId":"7f3c2a1e-4b5d-4e6f-8a9b-0c1d2e3f4a5b","severity":"WARNING","msg":"Secret sync [syncId=2b9e41c7] skipped: destination rate limited"}`),
			we("2026-11-29T07:53:02.905Z", Error, "infisical-backend-5d8c7b9f64-x2kqp", `{"level":50,"time":1795938782905,"pid":1,"hostname":"infisical-backend-5d8c7b9f64-x2kqp","reqId":"req-6a","orgId":"7f3c2a1e-4b5d-4e6f-8a9b-0c1d2e3f4a5b","severity":"ERROR","err":{"type":"Error","message":"connect ECONNREFUSED 10.42.5.9:6379","stack":"Error: connect ECONNREFUSED 10.42.5.9:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"},"msg":"Queue worker failed to connect to Redis"}`),
			we("2026-11-29T07:53:02.911Z", Info, "infisical-backend-5d8c7b9f64-x2kqp", `{"level":30,"time":1795938782911,"pid":1,"hostname":"infisical-backend-5d8c7b9f64-x2kqp","reqId":"UNKNOWN_REQUEST_ID","severity":"INFO","msg":"Retrying Redis connection in 2000ms"}`),
		},
	},
	{
		name:   "1password-connect-vlog-json",
		source: "1Password Connect's connect-api and connect-sync containers (suborbital vlog's JSON: `{\"log_message\":\"(I) msg\",\"timestamp\":\"RFC 3339\",\"level\":3}`, the level letter in parentheses at the start of the message, levels 1 error 2 warn 3 info 4 debug): the vlog README's structured-log example, a pasted connect server log found with find_string (`(E) Server: (unable to get credentials …)`, `\"level\":1`), 1Password/connect issue #44 (the level numbers)",
		why:    "an RFC 3339 timestamp in Z with nanoseconds inside JSON; the level is the `(I)`/`(W)`/`(E)`/`(D)` marker with its level number, not syslog's digits; the request path and vault ids are no hosts",
		gap:    "vlog's numeric `level` (1 error, 2 warn, 3 info, 4 debug) is read on another scale (3 comes out error, 4 critical, 1 info), and the `(I)`/`(W)`/`(E)`/`(D)` marker at the start of `log_message` is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117832Z", Info, "", `{"log_message":"(I) starting 1Password Connect API ...","timestamp":"2026-11-29T07:41:16.204117832Z","level":3}`),
			we("2026-11-29T07:41:16.211904551Z", Info, "", `{"log_message":"(I) serving on :8080","timestamp":"2026-11-29T07:41:16.211904551Z","level":3}`),
			we("2026-11-29T07:41:18.402177310Z", Debug, "", `{"log_message":"(D) syncer: vault 3kqcx2lrfm5bawz7oyhnq4idti is up to date","timestamp":"2026-11-29T07:41:18.40217731Z","level":4,"scope":{"request_id":"b1f4e2a0-7c3d-4e59-9a11-2d6c8f0e3b74"}}`),
			we("2026-11-29T07:42:05.730611204Z", Info, "", `{"log_message":"(I) GET /v1/vaults/3kqcx2lrfm5bawz7oyhnq4idti/items completed (200: OK) in 23ms","timestamp":"2026-11-29T07:42:05.730611204Z","level":3,"scope":{"request_id":"5e0d9c71-3b2a-4f18-8c47-a1e6b9d20f35","jti":"w7xq4n2kz5hvmjab3rct6pleyu"}}`),
			we("2026-11-29T07:42:31.018844519Z", Warn, "", `{"log_message":"(W) sync took longer than expected: 41s","timestamp":"2026-11-29T07:42:31.018844519Z","level":2}`),
			we("2026-11-29T07:43:12.557093018Z", Error, "", `{"log_message":"(E) Server: (failed to sync), Wrapped: (failed to get account), 401: Authentication required.","timestamp":"2026-11-29T07:43:12.557093018Z","level":1}`),
		},
	},
	{
		name:   "gopass-debug-log-file",
		source: "gopass with GOPASS_DEBUG_LOG set (pkg/debug/debug.go: a Go log.Logger with log.Ldate|log.Lmicroseconds, then `dir/file.go:line` TAB `pkg.func` TAB the message): gopasspw/gopass pkg/debug/debug.go (doLog, initDebugLogger) and docs/config.md (GOPASS_DEBUG, GOPASS_DEBUG_LOG)",
		why:    "Go's slashed date with microseconds and no zone (UTC by the rules); `leaf/store.go:87` is a source position and `(*Store)` a receiver, no level and no host; the fields are tab-separated; no level anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Unknown, "", "2026/11/29 07:41:16.204117 gopass/main.go:59\tmain.main\tgopass 1.15.14 linux/amd64 starting"),
			we("2026-11-29T07:41:16.209853Z", Unknown, "", "2026/11/29 07:41:16.209853 config/config.go:212\tconfig.(*Config).Load\tloaded config from /home/ines/.config/gopass/config"),
			we("2026-11-29T07:41:16.23391Z", Unknown, "", "2026/11/29 07:41:16.233910 leaf/store.go:87\tleaf.(*Store).Init\tinitializing store root at /home/ines/.local/share/gopass/stores/root"),
			we("2026-11-29T07:41:16.41253Z", Unknown, "", "2026/11/29 07:41:16.412530 gpgconf/gpgconf.go:41\tgpgconf.Path\tgpgconf returned path: /usr/bin/gpg2"),
			we("2026-11-29T07:41:17.008441Z", Unknown, "", "2026/11/29 07:41:17.008441 cli/decrypt.go:36\tcli.(*GPG).Decrypt\tgpg decrypt failed: exit status 2 (gpg: decryption failed: No secret key)"),
		},
	},
	{
		name:   "passbolt-cake-error-console",
		source: "Passbolt CE in Docker (its logs sent to the container's stdout; CakePHP 4's FileLog/ConsoleLog `Y-m-d H:i:s level: msg` with the level in lower case, an exception followed by `Caused by:`, `Request URL:`, `Client IP:` and `Stack Trace:` with `#n` frames), here after bin/cake's banner as `passbolt register_user` prints it: passbolt/passbolt_docker issue #241 (`2025-… error: [Cake\\Database\\Exception\\MissingConnectionException] … Caused by: [`), passbolt/passbolt_api issue #164 (Request URL and Stack Trace lines), passbolt/passbolt_docker issue #22 (a `Warning (512)` record)",
		why:    "a zone-less date and time (UTC by the rules); the lowercase level word after the time; the lines under an error (Caused by, Request URL, Client IP, the stack) belong to it; the banner is fed, not scored",
		entries: []worldEntry{
			wskip("",
				" Open source password manager for teams",
				"-------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Error, "",
				`2026-11-29 07:41:16 error: [Cake\Database\Exception\MissingConnectionException] Connection to Mysql could not be established: SQLSTATE[HY000] [2002] Connection refused in /usr/share/php/passbolt/vendor/cakephp/cakephp/src/Database/Driver.php on line 192`,
				`Caused by: [PDOException] SQLSTATE[HY000] [2002] Connection refused in /usr/share/php/passbolt/vendor/cakephp/cakephp/src/Database/Driver.php on line 180`,
				`Stack Trace:`,
				`#0 /usr/share/php/passbolt/vendor/cakephp/cakephp/src/Database/Driver/Mysql.php(201): Cake\Database\Driver->createPdo('mysql:host=mari...', Array)`,
				`#1 /usr/share/php/passbolt/vendor/cakephp/cakephp/src/Database/Connection.php(352): Cake\Database\Driver\Mysql->connect()`,
				`#2 {main}`),
			we("2026-11-29T07:52:03Z", Error, "",
				`2026-11-29 07:52:03 error: [Cake\Http\Exception\ForbiddenException] The authentication failed. in /usr/share/php/passbolt/plugins/PassboltCe/GpgAuth/src/Controller/GpgAuthController.php on line 91`,
				`Request URL: /auth/login.json?api-version=v2`,
				`Client IP: 10.0.3.7`),
			we("2026-11-29T07:53:40Z", Warn, "",
				`2026-11-29 07:53:40 warning: Warning (512): Unable to emit headers. Headers sent in file=/usr/share/php/passbolt/vendor/cakephp/cakephp/src/Http/ResponseEmitter.php line=71 in [/usr/share/php/passbolt/vendor/cakephp/cakephp/src/Http/ResponseEmitter.php, line 71]`),
			we("2026-11-29T07:55:02Z", Error, "",
				`2026-11-29 07:55:02 error: [Cake\Http\Exception\NotFoundException] The resource does not exist. in /usr/share/php/passbolt/src/Controller/Resources/ResourcesViewController.php on line 58`,
				`Request URL: /resources/6a1f2c9e-3b7d-4e05-9f21-8c4d0e7a5b13.json?api-version=v2`,
				`Client IP: 10.0.3.7`),
		},
	},
	{
		name:   "vaultwarden-log-timestamp-offset",
		source: "Vaultwarden with LOG_TIMESTAMP_FORMAT=`%Y-%m-%d %H:%M:%S.%3f%z` (fern's `[stamp][target][LEVEL] msg`, the offset glued to the milliseconds), here at +01:00: crowdsecurity/hub parsers/s01-parse/Dominic-Wagner/vaultwarden-logs.md (the documented format to set), dani-garcia/vaultwarden issue #761 and PR #2313 (the `][target][LEVEL]` lines, `Invalid admin token. IP:`)",
		why:    "a `+0100` offset glued to the milliseconds inside the bracket (UTC+1); the level is the third bracket; `request` and `response` are targets, the client IP no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 08:41:16.204+0100][vaultwarden][INFO] Private key created correctly."),
			we("2026-11-29T07:41:16.781Z", Info, "", "[2026-11-29 08:41:16.781+0100][start][INFO] Rocket has launched from http://0.0.0.0:80"),
			we("2026-11-29T07:42:03.119Z", Info, "", "[2026-11-29 08:42:03.119+0100][request][INFO] POST /identity/connect/token"),
			we("2026-11-29T07:42:03.402Z", Info, "", "[2026-11-29 08:42:03.402+0100][response][INFO] (login) POST /identity/connect/token => 200 OK"),
			we("2026-11-29T07:43:51.077Z", Warn, "", "[2026-11-29 08:43:51.077+0100][vaultwarden::api::core::two_factor::authenticator][WARN] Invalid TOTP code for user ines@harbour.example. IP: 192.0.2.140"),
			we("2026-11-29T07:44:12.660Z", Error, "", "[2026-11-29 08:44:12.660+0100][vaultwarden::api::admin][ERROR] Invalid admin token. IP: 192.0.2.140"),
		},
	},
}

func TestFresh644Formats(t *testing.T) { assertTable(t, fresh644Cases) }
func TestFresh644Score(t *testing.T) {
	checkScore(t, "fresh644 formats", fresh644Cases, [worldNumFields]float64{89.5, 99.9, 99.9, 99.9})
}
