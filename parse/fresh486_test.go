package parse

import "testing"

// The four-hundred-and-eighty-sixth fresh table: security tools' logs, another pass (IDS/IPS,
// antivirus, EDR agents, vulnerability scanners, authentication servers, VPN servers, SIEM
// forwarders in their own log files), shapes no earlier table holds. Each family is one product's
// documented or observed output: FusionAuth's fusionauth-app.log in its two shapes (the ISO date
// with the meridiem after the milliseconds, and the older `Nov 29, 2026 10:44:40.831 AM` with its
// silent-configuration banner); SuperTokens core's pipe-separated log (`dd MMM yyyy
// HH:mm:ss:SSS +0000 | LEVEL | pid: uuid | …`); the Vuls scanner's console (`[Mmm dd HH:mm:ss]
// LEVEL [name] msg`); TheHive 4's application.log (`[LEVEL] from logger in thread [ctx]`) and
// TheHive 5's time-less container console (`[info] o.t.s.… [|] msg`); the Glastopf web
// honeypot's log (`(logger.name)` and no level); the classic kismet_server's wrapped, time-less
// console (`INFO: …` with indented continuation lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`suricata`, `snort`, `zeek`, `ossec`, `wazuh`, `clamd`,
// `freshclam`, `clamav`, `sophos`, `savd`, `eset`, `crowdstrike`, `falcon`, `osquery`,
// `velociraptor`, `nessus`, `openvas`, `gvmd`, `ospd`, `freeradius`, `radiusd`, `keycloak`,
// `authelia`, `authentik`, `dex`, `privacyidea`, `strongswan`, `charon`, `libreswan`, `pluto`,
// `ocserv`, `softether`, `pritunl`, `splunkd`, `nxlog`, `winlogbeat`, `elastic-agent`, `graylog`,
// `sidecar`, `sysmon`, `tetragon`, `tracee`, `fail2ban`, `crowdsec`, `lynis`, `rkhunter`,
// `chkrootkit`, `aide`, `tripwire`, `samhain`, `maldet`, `trivy`, `grype`, `nuclei`, `zap.log`,
// `metasploit`, `kismet`, `arpwatch`, `sagan`, `arkime`, `moloch`, `teleport`, `vault`,
// `boundary`, `kanidm`, `lldap`, `389-ds`, `slapd`, `krb5kdc`, `kadmind`, `sssd`, `authproxy`,
// `duo `, `mdatp`, `wdavdaemon`, `MPLog`, `trend micro`, `ds_agent`, `ds_am`, `deep security
// agent`, `bitdefender`, `bdsecd`, `kaspersky`, `avast`, `comodo`, `sysdig`, `falco`, `osqueryd`,
// `fleet`, `security onion`, `stenographer`, `mod_security`, `modsecurity`, `naxsi`, `cisco
// ise`, `ias.log`, `nps`, `openconnect`, `fortinet`, `fortigate`, `palo alto`, `pan-os`,
// `checkpoint`, `wazuh-agent`, `auditbeat`, `logstash`, `filebeat`, `vector`, `cribl`, `rsyslog`,
// `syslog-ng`, `splunk`, `qradar`, `arcsight`, `sentinelone`, `cylance`, `carbon black`,
// `cbagentd`, `defender`, `mcafee`, `trellix`, `symantec`, `sep `, `norton`, `malwarebytes`,
// `yara`, `thor`, `loki`, `LOKI:`, `MODULE:`, `chainsaw`, `hayabusa`, `openscap`, `oscap`,
// `wpscan`, `nikto`, `sqlmap`, `greenbone`, `qualys`, `[Information]`, `rapid7`, `insightvm`,
// `nexpose`, `nsc.log`, `tenable`, `nessusd`, `nessusd.messages`, `[user=`, `cas.log`,
// `shibboleth`, `idp-process`, `simplesamlphp`, `gluu`, `zitadel`, `ory`, `kratos`, `hydra`,
// `pomerium`, `oauth2-proxy`, `vouch`, `tinc`, `zerotier`, `nebula`, `headscale`, `netbird`,
// `firezone`, `innernet`, `ipsec`, `racoon`, `xl2tpd`, `pptpd`, `openiked`, `tacacs`,
// `tac_plus`, `radsecproxy`, `hostapd`, `wpa_supplicant`, `eapol`, `cowrie`, `dionaea`,
// `conpot`, `heralding`, `endlessh`, `maltrail`, `opencanary`, `openvpnas`, `santa`, `santad`,
// `usbguard`, `opensnitch`, `portmaster`, `tanner`, `honeytrap`, `outline-ss`, `warp-svc`,
// `twingate`, `kolide`, `endpoint-security`, `Elastic Endpoint`, `pulledpork`, `barnyard`,
// `thehive`, `org.thp`, `in main [|]`, `[|]`, `[info] o.`, `[error] o.`, `] from `,
// `fusionauth`, `io.fusionauth`, `inversoft`, `AM INFO`, `PM INFO`, `Jul 28, 2019`,
// `supertokens`, `io.supertokens`, `| INFO | pid`, `+0000 | INFO`, `thread | io.`, `vuls`,
// `INFO [localhost]`, `]  INFO [`, `] DEBUG [`, `glastopf`, `(glastopf`, `(requests.packages`,
// `kismet_server`, `INFO: Registered`, `INFO: Reading from config`, `ERROR: Failed to open`).
// None of FusionAuth, SuperTokens, Vuls, TheHive, Glastopf or kismet_server's console is in any
// table (`kismet` is only a word in fresh388's list of greps; `AM INFO` and `PM INFO` match Feast's
// and SQL Server's month-first twelve-hour lines, not FusionAuth's). Left out as measured already:
// Suricata, Snort, Zeek, OSSEC and Wazuh, Sagan's alert file, ClamAV, Sophos, Defender's MPLog and
// mdatp, Trend Micro Deep Security's CEF, Qualys Cloud Agent, Nessus, OpenVAS/Greenbone, LOKI,
// Santa, osquery, Velociraptor, Falco, CrowdSec, Fail2ban, the Cowrie, Dionaea, Conpot, endlessh
// and OpenCanary honeypots, Keycloak, Authelia, Authentik, privacyIDEA, FreeRADIUS, Duo's
// authproxy, strongSwan, Libreswan, ocserv, SoftEther, OpenVPN Access Server, Splunk, NXLog,
// Winlogbeat, Graylog's sidecar, Elastic Endpoint. Left out as not confirmed by any search: Trend
// Micro Deep Security Agent's own ds_agent.log, Portmaster's core log, outline-ss-server, the
// Tanner honeypot's tanner.log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). FusionAuth's stamps have no zone and are read as UTC; their clock is
// twelve-hour, the AM or PM after the milliseconds (`11:52:07.431 PM` is 23:52:07.431).
// SuperTokens writes its zone (+0000) and separates the milliseconds with a colon. Vuls's
// `[Nov 29 07:41:16]` has no year (2026) and no zone. TheHive 4's and Glastopf's stamps have no
// zone. TheHive 5's container console and kismet_server's console carry no time at all: those
// entries must have none. Levels only where the line marks one: FusionAuth's padded word after the
// meridiem, SuperTokens' pipe column, Vuls's right-aligned word, TheHive 4's `[LEVEL]`, TheHive 5's
// lowercase `[info]`, Kismet's `INFO:`, `ERROR:` and `FATAL:` (FATAL is Critical); Glastopf writes
// none. The host is the record's host field, and none of these families has one: Vuls's
// `[localhost]` and `[web-04]` name the scanner or its target, the database and search addresses
// in FusionAuth's messages, the honeypot's attackers and listen address, and TheHive's index
// cluster are peers. A record that spans lines is one entry: FusionAuth's override list, its
// silent-configuration banner (a blank line in it) and its Java stack, SuperTokens' and TheHive's
// exceptions, Vuls's execResult block, Kismet's wrapped messages.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.6 %), in a
// worktree at 30769f0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is TheHive 5's time-less console, where the exception line and
// its `at` lines under an `[error]` line are not joined to it.

var fresh486Cases = []worldCase{
	{
		name:   "fusionauth-app-log-iso-am-pm",
		source: "FusionAuth 1.5x's /usr/local/fusionauth/logs/fusionauth-app.log and its container's stdout (`yyyy-MM-dd hh:mm:ss.SSS AM|PM LEVEL  logger - msg`, a twelve-hour clock with the meridiem after the milliseconds; the configuration warnings and overrides continue on lines of their own under the record): FusionAuth/fusionauth-issues issues #2978, #3013 and #3017",
		why:    "a twelve-hour time whose AM/PM comes after the milliseconds (11:52 PM is 23:52); the level word padded after it; an override list and a Java stack under their records; the database address is no host",
		entries: []worldEntry{
			we("2026-11-28T23:52:07.431Z", Info, "", "2026-11-28 11:52:07.431 PM INFO  io.fusionauth.api.configuration.DefaultFusionAuthConfiguration - Loading FusionAuth configuration file [/usr/local/fusionauth/config/fusionauth.properties]"),
			we("2026-11-28T23:52:07.458Z", Info, "",
				"2026-11-28 11:52:07.458 PM INFO  com.inversoft.configuration.BasePropertiesFileInversoftConfiguration - ",
				"  - Overriding default value of property [fusionauth-app.runtime-mode] with value [production]",
				"  - Overriding default value of property [search.type] with value [database]"),
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16.204 AM WARN  com.zaxxer.hikari.HikariConfig - HikariPool-1 - idleTimeout has been set but has no effect because the pool is operating as a fixed size pool."),
			we("2026-11-29T07:41:16.377Z", Info, "", "2026-11-29 07:41:16.377 AM INFO  com.inversoft.jdbc.hikari.DataSourceProvider - Connecting to PostgreSQL database at [jdbc:postgresql://authdb-2.lan:5432/fusionauth]"),
			we("2026-11-29T07:44:02.915Z", Error, "",
				"2026-11-29 07:44:02.915 AM ERROR io.fusionauth.app.primeframework.error.ExceptionExceptionHandler - An unexpected error occurred.",
				"java.lang.IllegalStateException: Tenant [7c1f2a90-3d4e-4b5a-9c8d-0e1f2a3b4c5d] has no signing key configured",
				"\tat io.fusionauth.api.service.jwt.DefaultJWTSigningService.sign(DefaultJWTSigningService.java:212)",
				"\tat io.fusionauth.app.action.oauth2.TokenAction.post(TokenAction.java:388)"),
		},
	},
	{
		name:   "fusionauth-app-log-long-date",
		source: "FusionAuth 1.1x's fusionauth-app.log and console (`MMM d, yyyy hh:mm:ss.SSS AM|PM LEVEL  logger - msg`, the month spelled before the day and a comma before the year; the silent-configuration banner of dashed lines under its record): FusionAuth/fusionauth-issues issue #217; the banner's exact width from memory",
		why:    "a month-name date with a comma and a twelve-hour time with the meridiem after the milliseconds; the banner lines (one of them blank) belong to the record above them",
		entries: []worldEntry{
			we("2026-11-28T23:58:41.102Z", Info, "", "Nov 28, 2026 11:58:41.102 PM INFO  io.fusionauth.api.configuration.PropertiesFileFusionAuthConfiguration - FusionAuth Runtime Mode [Production]"),
			we("2026-11-29T10:44:40.831Z", Info, "",
				"Nov 29, 2026 10:44:40.831 AM INFO  com.inversoft.maintenance.DefaultMaintenanceModeSilentConfigurationWorkflow - ",
				"",
				"---------------------------------------------------------------------------------------------------------",
				"---------------------------------- Entering Silent Configuration Mode -----------------------------------",
				"---------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T10:44:41.644Z", Info, "", "Nov 29, 2026 10:44:41.644 AM INFO  com.inversoft.maintenance.db.JDBCMaintenanceModeDatabaseService - Database Version [1.19.2]"),
			we("2026-11-29T10:44:42.019Z", Warn, "", "Nov 29, 2026 10:44:42.019 AM WARN  com.inversoft.maintenance.search.ElasticsearchMaintenanceModeSearchService - Unable to connect to search engine at [http://search-1.lan:9021] Retrying in 5 seconds."),
			we("2026-11-29T10:44:49.350Z", Error, "", "Nov 29, 2026 10:44:49.350 AM ERROR com.inversoft.maintenance.search.ElasticsearchMaintenanceModeSearchService - Search engine is not available after 6 attempts."),
		},
	},
	{
		name:   "supertokens-core-pipe-log",
		source: "SuperTokens core's info and error logs (logs/info.log, logs/error.log and the container's stdout: `dd MMM yyyy HH:mm:ss:SSS +zzzz | LEVEL | pid: uuid | [thread] thread | class.method(File.java:line) | msg`, newer cores add `| Tenant(, public, public) |` before the message): supertokens/supertokens-core issue #903, PR #653",
		why:    "a day-first month-name date whose milliseconds follow a colon, then a numeric zone; the level in its own pipe column; the pid is a UUID; an exception's stack belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.061Z", Info, "", "29 Nov 2026 07:41:16:061 +0000 | INFO | pid: 3f0c9a52-7d1e-4b8a-a6f3-2c915e0d47b1 | [main] thread | io.supertokens.storage.postgresql.ConnectionPool.initPool(ConnectionPool.java:136) | Setting up PostgreSQL connection pool."),
			we("2026-11-29T07:41:29.631Z", Info, "", "29 Nov 2026 07:41:29:631 +0000 | INFO | pid: 3f0c9a52-7d1e-4b8a-a6f3-2c915e0d47b1 | [main] thread | io.supertokens.cronjobs.CronTask.<init>(CronTask.java:59) | Tenant(, public, public) | Starting task: DeleteExpiredSessions"),
			we("2026-11-29T07:41:30.002Z", Info, "", "29 Nov 2026 07:41:30:002 +0000 | INFO | pid: 3f0c9a52-7d1e-4b8a-a6f3-2c915e0d47b1 | [main] thread | io.supertokens.Main.init(Main.java:255) | Started SuperTokens on 0.0.0.0:3567 with PID: 1"),
			we("2026-11-29T07:52:11.418Z", Warn, "", "29 Nov 2026 07:52:11:418 +0000 | WARN | pid: 3f0c9a52-7d1e-4b8a-a6f3-2c915e0d47b1 | [http-nio-0.0.0.0-3567-exec-4] thread | io.supertokens.webserver.WebserverAPI.service(WebserverAPI.java:512) | Tenant(, public, public) | API key not provided in request: GET /apiversion"),
			we("2026-11-29T07:55:03.770Z", Error, "",
				"29 Nov 2026 07:55:03:770 +0000 | ERROR | pid: 3f0c9a52-7d1e-4b8a-a6f3-2c915e0d47b1 | [http-nio-0.0.0.0-3567-exec-7] thread | io.supertokens.webserver.WebserverAPI.service(WebserverAPI.java:545) | Tenant(, public, public) | API threw an exception: POST /recipe/signin",
				"io.supertokens.pluginInterface.exceptions.StorageQueryException: org.postgresql.util.PSQLException: This connection has been closed.",
				"\tat io.supertokens.storage.postgresql.Start.getUserInfoUsingEmail(Start.java:1204)",
				"\tat io.supertokens.emailpassword.EmailPassword.signIn(EmailPassword.java:211)"),
		},
	},
	{
		name:   "vuls-scan-console",
		source: "Vuls (future-architect/vuls) scan, configtest and report on the terminal and in its log directory (`[Mmm dd HH:mm:ss] LEVEL [name] msg`, the level right-aligned to five, the name in brackets the scan target's or `localhost` for the scanner's own steps; a debug execResult continues on indented lines): future-architect/vuls issue #1184, PRs #1388 and #1395",
		why:    "a bracketed date with no year; the level padded with a leading blank; `[localhost]` and `[web-04]` name the scanner's process or its target, not the record's host; the execResult lines under a DEBUG record belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Nov 29 07:41:16]  INFO [localhost] vuls-v0.27.1-build-20261102_041833_6c2e0f7"),
			we("2026-11-29T07:41:16Z", Info, "", "[Nov 29 07:41:16]  INFO [localhost] Validating config..."),
			we("2026-11-29T07:41:17Z", Debug, "", "[Nov 29 07:41:17] DEBUG [localhost] Validating SSH Settings for Server:web-04 ..."),
			we("2026-11-29T07:41:18Z", Debug, "",
				"[Nov 29 07:41:18] DEBUG [localhost] execResult: servername: web-04",
				"  cmd: /usr/bin/ssh -tt -o StrictHostKeyChecking=yes -l vuls -p 22 10.30.4.14 stty cols 1000; ls /etc/debian_version",
				"  exitstatus: 0",
				"  stdout: /etc/debian_version",
				"  stderr: ",
				"  err: %!s(<nil>)"),
			we("2026-11-29T07:41:19Z", Warn, "", "[Nov 29 07:41:19]  WARN [web-04] Some warnings occurred during scanning on web-04. Please fix the warnings to get a useful information. Execute configtest subcommand before scanning to know the cause of the warnings. warnings: [Failed to scan updatable packages: exit status 100]"),
			we("2026-11-29T07:43:02Z", Error, "", "[Nov 29 07:43:02] ERROR [localhost] Error on web-05, err: [Failed to detect OS: Unable to connect via SSH. Scan with -vvv option to print SSH debugging messages]"),
		},
	},
	{
		name:   "thehive4-application-log",
		source: "TheHive 4's /var/log/thehive/application.log (logback `yyyy-MM-dd HH:mm:ss,SSS [LEVEL] from logger in thread [request|context] msg`; TheHive 3 and Cortex write `… in thread - msg`): TheHive-Project/TheHive issues #1389 and #2352",
		why:    "a comma before the milliseconds; the level in brackets before `from`; `[00000007|390b42ca]` is a request context, no level; the Java stack under an ERROR is part of it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.375Z", Info, "", "2026-11-29 07:41:16,375 [INFO] from org.reflections.Reflections in main [|] Reflections took 208 ms to scan 4 urls, producing 131 keys and 1406 values"),
			we("2026-11-29T07:41:19.902Z", Info, "", "2026-11-29 07:41:19,902 [INFO] from org.thp.scalligraph.janus.JanusDatabase in main [|] Full-text index is available (elasticsearch:[index-1.soc.lan]) cluster"),
			we("2026-11-29T07:48:50.200Z", Warn, "", "2026-11-29 07:48:50,200 [WARN] from org.thp.thehive.services.TOTPAuthSrv in application-akka.actor.default-dispatcher-17 [0000001c|7e44a1d0] local fails: org.thp.scalligraph.AuthenticationError: Authentication failure"),
			we("2026-11-29T07:48:50.207Z", Error, "",
				"2026-11-29 07:48:50,207 [ERROR] from org.thp.scalligraph.models.Database in application-akka.actor.default-dispatcher-17 [0000001c|7e44a1d0] Exception raised, rollback (User not found)",
				"org.thp.scalligraph.NotFoundError: User analyst3@soc.lan not found",
				"\tat org.thp.thehive.services.UserSrv.getOrFail(UserSrv.scala:141)",
				"\tat org.thp.scalligraph.DiagnosticContext$$anon$2.withContext(ContextPropagatingDisptacher.scala:77)"),
			we("2026-11-29T07:49:03.014Z", Debug, "", "2026-11-29 07:49:03,014 [DEBUG] from org.thp.scalligraph.services.IntegrityCheckActor in application-akka.actor.default-dispatcher-5 [|] Integrity check on Case: 0 duplicates removed"),
		},
	},
	{
		name:   "thehive5-console-no-time",
		source: "TheHive 5 in a container read with `docker logs` or `kubectl logs` (the image's console encoder: `[level] abbreviated.logger [request|context] msg`, no time; a startup failure with its exception under it): TheHive-Project/TheHive issue #2382",
		why:    "no time at all (the entries must have none); the level word in lowercase brackets first; `[|]` is an empty request context; the exception and its `at` lines belong to the error above",
		entries: []worldEntry{
			we("", Info, "", "[info] o.t.s.j.JanusDatabase [|] Full-text index is available (elasticsearch:[es-0.thehive.svc]) cluster"),
			we("", Info, "", "[info] o.t.s.m.Database [|] Creating database schema"),
			we("", Warn, "", "[warn] o.t.t.s.LocalAuthSrv [|] Default admin password is still in use, change it"),
			we("", Error, "",
				"[error] o.t.t.TheHiveStarter [|] TheHive startup failure",
				"org.thp.scalligraph.ScalligraphApplicationImpl$InitialisationFailure: Database initialisation failure",
				"\tat org.thp.scalligraph.ScalligraphApplicationImpl.initCheck(ScalligraphApplication.scala:139)",
				"\tat org.thp.thehive.TheHiveStarter$.startService(TheHiveStarter.scala:42)"),
		},
	},
	{
		name:   "glastopf-runner-log",
		source: "the Glastopf web honeypot's console and log/glastopf.log (Python logging `%(asctime)s (%(name)s) %(message)s`, no level written): mushorg/glastopf issue #121 and PR #21",
		why:    "a comma before the milliseconds; the logger name in parentheses, no level; the attacker's address and the honeypot's listen address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.773Z", Unknown, "", `2026-11-29 07:41:16,773 (glastopf.glastopf) Initializing Glastopf 3.1.3-dev using "/opt/hp-web" as work directory.`),
			we("2026-11-29T07:41:16.776Z", Unknown, "", "2026-11-29 07:41:16,776 (glastopf.glastopf) Connecting to main database with: sqlite:///db/glastopf.db"),
			we("2026-11-29T07:41:23.381Z", Unknown, "", "2026-11-29 07:41:23,381 (glastopf.glastopf) Generating initial dork pages - this can take a while."),
			we("2026-11-29T07:41:28.771Z", Unknown, "", "2026-11-29 07:41:28,771 (glastopf.glastopf) Glastopf started and privileges dropped."),
			we("2026-11-29T07:52:03.447Z", Unknown, "", "2026-11-29 07:52:03,447 (glastopf.glastopf) 198.51.100.42 requested GET /wp-login.php on 10.44.0.9:80"),
		},
	},
	{
		name:   "kismet-server-console-wrapped",
		source: "the classic kismet_server (2013-R1 and older) on the terminal (`LEVEL: msg`, INFO ERROR FATAL, each message wrapped at about 78 columns with its continuation lines indented to the width of the level word and its colon, no time): greatscottgadgets/ubertooth issue #52 (a pasted kismet_server start); FATAL from memory",
		why:    "no time anywhere (the entries must have none); the level word before a colon; a wrapped message's indented lines belong to it; the plugin paths are no host",
		entries: []worldEntry{
			we("", Info, "", "INFO: Reading from config file /usr/local/etc/kismet.conf"),
			we("", Info, "",
				"INFO: No 'dronelisten' config line and no command line drone-listen ",
				"      argument given, Kismet drone server will not be enabled."),
			we("", Info, "", "INFO: Registered 80211 PHY as id 0"),
			we("", Error, "",
				"ERROR: Failed to open user plugin directory (/home/rhea/.kismet//plugins/): ",
				"       No such file or directory"),
			we("", Info, "",
				"INFO: Loaded info for plugin 'btscan.so': Plugin name: 'BTSCAN' Plugin ",
				"      version: '2013-03-R1' Plugin description: 'Active Bluetooth scanning ",
				"      plugin'"),
			we("", Critical, "",
				"FATAL: Failed to open source 'wlan1': Could not set mode of wlan1 to monitor ",
				"       (Operation not permitted)"),
		},
	},
}

func TestFresh486Formats(t *testing.T) { assertTable(t, fresh486Cases) }
func TestFresh486Score(t *testing.T) {
	checkScore(t, "fresh486 formats", fresh486Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
