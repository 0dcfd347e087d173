package parse

import "testing"

// The two-hundred-and-thirty-seventh fresh table, written on 2026-12-05: what server daemons write
// when they start, reload and stop, in their 2025-2026 versions. Each family is one product's
// records around a restart, in a shape no earlier table holds: PostgreSQL 17's crash recovery
// (`redo starts at`, `redo done at`) under a `%t [%p]: [%l-1] user=,db=,app=,client=` prefix;
// PostgreSQL's fast shutdown as `devenv up` shows it (a padded `[postgres       ]` process name
// before each line); HAProxy 3's master reload in the journal (`[NOTICE]   (pid) : Reloading
// HAProxy`, `New worker … forked`, `Loading success.`, between systemd's Reloading and Reloaded);
// the output of HAProxy 3.1's master CLI `reload` command (`Success=1`, `--`, then the new worker's
// startup messages with no time); Docker 28's daemon with `"log-format": "json"` in the journal;
// Valkey 8 with its ASCII logo (always-show-logo or a tty) between its timed lines; Dovecot 2.4's
// own log file (log_path: `Mon dd HH:MM:SS master: Info: …`, SIGHUP and signal 15 warnings);
// Elasticsearch 8's first start in Docker (ECS JSON lines with the security auto-configuration
// banner printed between them); Spring Boot 3.5's banner before its GELF structured console lines
// with the timestamp written in scientific notation (1.795938076204E9).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`database system is ready`, `database system is shut down`, `redo starts at`, `redo done
// at`, `interrupted; last known up`, `automatic recovery in progress`, `user=,db=,app=,client=`,
// `LOCATION:  `, `LOG:  00000:`, `[postgres       ]`, `nginx: the configuration file`, `signal
// process started`, `reconfiguring`, `test failed`, `AH00489`, `AH00094`, `AH00558`, `AH00163`,
// `Doing graceful restart`, `Caught SIGWINCH`, `%{cu}t`, `Redis version=`, `oO0OoO0OoO0Oo`,
// `Running mode=`, `Valkey`, `Valkey version`, `.+^+.`, `_._ `, `startupWarnings`, `"c":"CONTROL"`,
// `bootstrap check`, `automatically configured`, `elasticsearch.node.name`, `KafkaConfig values`,
// `QuorumController`, `ControllerServer id`, `VersionLoggerListener`, `Server version name`,
// `:: Spring Boot ::`, `seconds (process running`, `short_message`, `_level_name`, `haproxy`,
// `Reexecuting`, `Reloading HAProxy`, `[NOTICE]   (`, `Loading success`, `Initializing new worker`,
// `postfix/master`, `daemon started -- version`, `starting the Postfix`, `dovecot`, `Dovecot v`,
// `master: Info:`, `master: Warning:`, `starting up for`, `Server listening on`, `Received SIGHUP`,
// `Reloading requested`, `Deactivated successfully`, `Reloaded `, `API listen on`, `Daemon has
// completed initialization`, `"msg":"Daemon`, `dockerd`, `containerd successfully booted`,
// `_TRANSPORT=`, `short-monotonic`). PostgreSQL's startup and shutdown lines are in many tables
// (fresh203's long run among them) and the `user=,db=,app=,client=` prefix in fresh4; the crash
// recovery lines are in none, nor devenv's process prefix. HAProxy's `[NOTICE]   (pid) :` lines are
// in world_test, fresh79 and fresh213 as stderr; the journal reload with `Reloading HAProxy` and the
// master CLI's reload output are in none. dockerd is in many tables as logrus text; its JSON
// log-format is in none. Redis and Valkey banners are in fresh40, fresh79 and others (the Redis
// logo, `Running mode=`); Valkey's own logo is in none. Dovecot is in many tables through syslog;
// its own log_path file is in none. Elasticsearch's ECS lines are in many tables; the
// auto-configuration banner is in none. Spring Boot's GELF lines are in fresh89 with the timestamp
// as a plain decimal; the scientific notation Spring Boot's own examples show is in none. Left out
// as measured already: nginx -t and reload notices (fresh90, fresh197, world_test), Apache's AH0
// startup lines (seven tables), MongoDB's startupWarnings (fresh, fresh52, fresh79), Elasticsearch
// bootstrap checks (fresh163, fresh186), Kafka's KafkaConfig dump and KRaft start (fresh163,
// fresh171, fresh203, QuorumController in four), Tomcat's VersionLoggerListener (seven tables),
// Postfix's start (fresh40, fresh43, fresh86, fresh156), sshd's `Server listening on` and systemd
// unit start and stop (dozens). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A journal line's syslog stamp and a JSON time inside it are the same time,
// and either is accepted. Lines with no time (the HAProxy CLI output, the Valkey logo, the
// Elasticsearch banner, the Spring banner) have none. Levels only where the line marks one:
// PostgreSQL's LOG (Info) and FATAL (Critical), HAProxy's [NOTICE] and [WARNING], the JSON level
// keys, Valkey's `*` (Notice) and `#` (Warn), Dovecot's `Info:` / `Warning:` / `Error:`; systemd's
// lines in the short journal format carry none. The host is the record's host field: the journal's
// host name, GELF's `host` (the service name Spring Boot writes there, as fresh89 reads it);
// Elasticsearch's node name, a PostgreSQL `client=` and a process name are not hosts. A banner or
// logo written in one call is one entry, blank lines in it included.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3b2ca58 before any rule for it: level 96.2 %, time 96.2 %, host 96.2 %, records 91.8 %.
// That is the macro figure (micro: level 96.4 %, time 96.4 %, host 96.4 %, records 92.7 %), in a
// worktree at 3b2ca58 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right; the gaps are three untimed banners between timed lines: Valkey's logo,
// Elasticsearch's security banner and Spring Boot's banner.

var fresh237Cases = []worldCase{
	{
		name:   "postgresql-17-crash-recovery-prefixed",
		source: "PostgreSQL 17 startup process after a crash (`database system was interrupted; last known up at …`, `…not properly shut down; automatic recovery in progress`, `redo starts at`, `redo done at … system usage:`, `checkpoint starting: end-of-recovery immediate wait`) with log_line_prefix `%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h `: goharbor/harbor issue #20272, cloudnative-pg/cloudnative-pg issue #5177, canonical/postgresql-k8s-operator issue #616 (the prefix)",
		why:    "a seconds-only time with a zone word, a pid and a session line number, then empty user=,db=,app=,client= fields before the level; client= is not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 UTC [1]: [1-1] user=,db=,app=,client= LOG:  starting PostgreSQL 17.6 (Debian 17.6-1.pgdg12+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 UTC [31]: [1-1] user=,db=,app=,client= LOG:  database system was interrupted; last known up at 2026-11-29 07:12:40 UTC"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 UTC [31]: [2-1] user=,db=,app=,client= LOG:  database system was not properly shut down; automatic recovery in progress"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 UTC [31]: [3-1] user=,db=,app=,client= LOG:  redo starts at 0/3A2F1C8"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 UTC [31]: [4-1] user=,db=,app=,client= LOG:  redo done at 0/3B01D08 system usage: CPU: user: 0.04 s, system: 0.01 s, elapsed: 0.92 s"),
			we("2026-11-29T07:41:18Z", Critical, "", "2026-11-29 07:41:18 UTC [44]: [1-1] user=billing,db=ledger,app=[unknown],client=10.20.4.17 FATAL:  the database system is not yet accepting connections"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 UTC [1]: [2-1] user=,db=,app=,client= LOG:  database system is ready to accept connections"),
		},
	},
	{
		name:   "postgresql-fast-shutdown-under-devenv-up",
		source: "PostgreSQL's fast shutdown sequence (`received fast shutdown request`, `aborting any active transactions`, the logical replication launcher's exit, `shutting down`, `checkpoint starting: shutdown immediate`, `database system is shut down`) as `devenv up` prints it, each line after a padded `[postgres       ] ` process name: cachix/devenv PR #1146; the devenv prefix's padding from that thread, the checkpoint complete line from memory",
		why:    "a bracketed, space-padded process name before PostgreSQL's `%m [%p] ` line; the name is not a host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.507Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.507 UTC [61240] LOG:  received fast shutdown request"),
			we("2026-11-29T08:02:11.508Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.508 UTC [61240] LOG:  aborting any active transactions"),
			we("2026-11-29T08:02:11.512Z", Info, "", `[postgres       ] 2026-11-29 08:02:11.512 UTC [61240] LOG:  background worker "logical replication launcher" (PID 61251) exited with exit code 1`),
			we("2026-11-29T08:02:11.514Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.514 UTC [61245] LOG:  shutting down"),
			we("2026-11-29T08:02:11.519Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.519 UTC [61245] LOG:  checkpoint starting: shutdown immediate"),
			we("2026-11-29T08:02:11.571Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.571 UTC [61245] LOG:  checkpoint complete: wrote 37 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.011 s, sync=0.019 s, total=0.057 s; sync files=21, longest=0.004 s, average=0.001 s; distance=212 kB, estimate=212 kB; lsn=0/1A44F10, redo lsn=0/1A44F10"),
			we("2026-11-29T08:02:11.583Z", Info, "", "[postgres       ] 2026-11-29 08:02:11.583 UTC [61240] LOG:  database system is shut down"),
		},
	},
	{
		name:   "haproxy-3-master-reload-journal",
		source: "HAProxy 3.x in master-worker mode reloaded by systemd (`[NOTICE]   (pid) : Reloading HAProxy`, `haproxy version is`, `path to executable is`, `[WARNING]  (pid) : config : …`, `New worker (pid) forked`, `Loading success.`, `Former worker (pid) exited with code 0 (Exit)`) as `journalctl -u haproxy` shows it: jcmoraisjr/haproxy-ingress issue #1351, haproxy/haproxy issues #1837 and #2992; the Former worker line from memory",
		why:    "a journal line whose message is HAProxy's padded [NOTICE]/[WARNING] tag and (pid); systemd's Reloading and Reloaded lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "lb-edge02", "Nov 29 07:41:16 lb-edge02 systemd[1]: Reloading haproxy.service - HAProxy Load Balancer..."),
			we("2026-11-29T07:41:16Z", Notice, "lb-edge02", "Nov 29 07:41:16 lb-edge02 haproxy[1187]: [NOTICE]   (1187) : Reloading HAProxy"),
			we("2026-11-29T07:41:16Z", Notice, "lb-edge02", "Nov 29 07:41:16 lb-edge02 haproxy[1187]: [NOTICE]   (1187) : haproxy version is 3.0.11-1~bpo12+1"),
			we("2026-11-29T07:41:16Z", Warn, "lb-edge02", "Nov 29 07:41:16 lb-edge02 haproxy[1187]: [WARNING]  (1187) : config : parsing [/etc/haproxy/haproxy.cfg:74] : a 'http-request' rule placed after a 'use_backend' rule will still be processed before."),
			we("2026-11-29T07:41:16Z", Notice, "lb-edge02", "Nov 29 07:41:16 lb-edge02 haproxy[1187]: [NOTICE]   (1187) : New worker (40912) forked"),
			we("2026-11-29T07:41:16Z", Notice, "lb-edge02", "Nov 29 07:41:16 lb-edge02 haproxy[1187]: [NOTICE]   (1187) : Loading success."),
			we("2026-11-29T07:41:16Z", Unknown, "lb-edge02", "Nov 29 07:41:16 lb-edge02 systemd[1]: Reloaded haproxy.service - HAProxy Load Balancer."),
			we("2026-11-29T07:41:19Z", Warn, "lb-edge02", "Nov 29 07:41:19 lb-edge02 haproxy[1187]: [WARNING]  (1187) : Former worker (38770) exited with code 0 (Exit)"),
		},
	},
	{
		name:   "haproxy-3-master-cli-reload-output",
		source: "HAProxy 3.1+ master CLI `reload` command's answer (`Success=1`, a `--` separator, then the startup messages of the new worker: `Initializing new worker (pid)`, `haproxy version is`, `path to executable is`, config warnings, `Loading success.`), as `echo reload | socat /run/haproxy-master.sock -` prints it: haproxy/haproxy issue #2992",
		why:    "the reload status and separator come first and are not records; the tagged lines have no time at all, so their records have none",
		entries: []worldEntry{
			wskip("Success=1", "--"),
			we("", Notice, "", "[NOTICE]   (2204) : Initializing new worker (51873)"),
			we("", Notice, "", "[NOTICE]   (51873) : haproxy version is 3.2.8-1ppa1~noble"),
			we("", Notice, "", "[NOTICE]   (51873) : path to executable is /usr/sbin/haproxy"),
			we("", Warn, "", `[WARNING]  (51873) : config : missing timeouts for backend 'legacy_api'.`),
			we("", Notice, "", "[NOTICE]   (2204) : Loading success."),
		},
	},
	{
		name:   "dockerd-json-log-format-journal",
		source: "Docker Engine 25+ with `\"log-format\": \"json\"` in daemon.json (logrus JSON: keys in order, `level`, `msg`, `time` with nanoseconds, extra fields such as commit, storage-driver, version) in the journal: moby/moby PR #45737 (the option), docker-library/docker issue #449 and aws/amazon-ecs-ami issue #121 (the start sequence and messages); the JSON key order from memory",
		why:    "a syslog-style journal line whose message is a JSON object with level, msg and time; the `Docker daemon` line carries extra keys before level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "build-runner07", "Nov 29 07:41:16 build-runner07 systemd[1]: Starting docker.service - Docker Application Container Engine..."),
			we("2026-11-29T07:41:16.318204117Z|2026-11-29T07:41:16Z", Info, "build-runner07", `Nov 29 07:41:16 build-runner07 dockerd[1412]: {"level":"info","msg":"Starting up","time":"2026-11-29T07:41:16.318204117Z"}`),
			we("2026-11-29T07:41:17.002931405Z|2026-11-29T07:41:17Z", Warn, "build-runner07", `Nov 29 07:41:17 build-runner07 dockerd[1412]: {"level":"warning","msg":"WARNING: bridge-nf-call-iptables is disabled","time":"2026-11-29T07:41:17.002931405Z"}`),
			we("2026-11-29T07:41:17.640118230Z|2026-11-29T07:41:17Z", Info, "build-runner07", `Nov 29 07:41:17 build-runner07 dockerd[1412]: {"commit":"e9ff10b","containerd-snapshotter":true,"level":"info","msg":"Docker daemon","storage-driver":"overlayfs","time":"2026-11-29T07:41:17.640118230Z","version":"28.5.2"}`),
			we("2026-11-29T07:41:17.641077712Z|2026-11-29T07:41:17Z", Info, "build-runner07", `Nov 29 07:41:17 build-runner07 dockerd[1412]: {"level":"info","msg":"Daemon has completed initialization","time":"2026-11-29T07:41:17.641077712Z"}`),
			we("2026-11-29T07:41:17.702356019Z|2026-11-29T07:41:17Z", Info, "build-runner07", `Nov 29 07:41:17 build-runner07 dockerd[1412]: {"level":"info","msg":"API listen on /run/docker.sock","time":"2026-11-29T07:41:17.702356019Z"}`),
			we("2026-11-29T07:41:17Z", Unknown, "build-runner07", "Nov 29 07:41:17 build-runner07 systemd[1]: Started docker.service - Docker Application Container Engine."),
		},
	},
	{
		name:   "valkey-8-startup-with-ascii-logo",
		source: "Valkey 8 server log on stdout with always-show-logo yes (or a tty): `pid:role dd Mon yyyy HH:MM:SS.mmm sym msg` lines, and src/asciilogo.h's hexagon logo written raw in one call between `monotonic clock` and the first warning: valkey-io/valkey src/asciilogo.h, valkey-io/valkey PRs #77, #103 and #251",
		why:    "a nineteen-line logo with no time and no level, ending in a blank line, written in one call between timed lines; * is notice and # is a warning",
		gap:    "the raw ASCII logo (nineteen lines and a blank one, no time, no level) is joined to the `monotonic clock: POSIX clock_gettime` record before it, so that record spans the logo and the logo has no entry of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "1:C 29 Nov 2026 07:41:16.204 * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo"),
			we("2026-11-29T07:41:16.204Z", Notice, "", "1:C 29 Nov 2026 07:41:16.204 * Valkey version=8.1.4, bits=64, commit=00000000, modified=0, pid=1, just started"),
			we("2026-11-29T07:41:16.205Z", Notice, "", "1:M 29 Nov 2026 07:41:16.205 * monotonic clock: POSIX clock_gettime"),
			we("", Unknown, "",
				"                .+^+.                                                ",
				"            .+#########+.                                            ",
				"        .+########+########+.           Valkey 8.1.4 (00000000/0) 64 bit",
				"    .+########+'     '+########+.                                    ",
				" .########+'     .+.     '+########.    Running in standalone mode",
				" |####+'     .+#######+.     '+####|    Port: 6379",
				" |###|   .+###############+.   |###|                                 ",
				" |###|   |#####*'' ''*#####|   |###|                                 ",
				" |###|   |####'  .-.  '####|   |###|                                 ",
				" |###|   |###(  (@@@)  )###|   |###|          https://valkey.io      ",
				" |###|   |####.  '-'  .####|   |###|                                 ",
				" |###|   |#####*.   .*#####|   |###|                                 ",
				" |###|   '+#####|   |#####+'   |###|                                 ",
				" |####+.     +##|   |#+'     .+####|                                 ",
				" '#######+   |##|        .+########'                                 ",
				"    '+###|   |##|    .+########+'                                    ",
				"        '|   |####+########+'                                        ",
				"             +#########+'                                            ",
				"                '+v+'                                                ",
				""),
			we("2026-11-29T07:41:16.206Z", Warn, "", "1:M 29 Nov 2026 07:41:16.206 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."),
			we("2026-11-29T07:41:16.207Z", Notice, "", "1:M 29 Nov 2026 07:41:16.207 * Server initialized"),
			we("2026-11-29T07:41:16.208Z", Notice, "", "1:M 29 Nov 2026 07:41:16.208 * Ready to accept connections tcp"),
		},
	},
	{
		name:   "dovecot-2-4-own-log-file-restart",
		source: "Dovecot 2.4 writing its own file (log_path, default log_timestamp `%b %d %H:%M:%S `, then the process name and `Info:`/`Warning:`/`Error:`/`Fatal:` before the message): doc.dovecot.org 2.4 'Running Dovecot' and wiki1.dovecot.org RunningDovecot (`SIGHUP received - reloading configuration`), mail-in-a-box/mailinabox PR #810 (log_path); the `starting up for` and `Killed with signal 15` lines from memory",
		why:    "a syslog-like month and day with no host and no pid, then `master:` or a service name and a capitalised level word with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 master: Info: Dovecot v2.4.2 (0962ed2104) starting up for imap, lmtp, sieve (core dumps disabled)"),
			we("2026-11-29T07:44:02Z", Info, "", "Nov 29 07:44:02 imap-login: Info: Login: user=<r.okafor@mail.example.net>, method=PLAIN, rip=203.0.113.58, lip=10.30.1.9, mpid=5120, TLS, session=<q3Vn1mZ0qN3LwKgB>"),
			we("2026-11-29T07:52:30Z", Warn, "", "Nov 29 07:52:30 master: Warning: SIGHUP received - reloading configuration"),
			we("2026-11-29T07:52:31Z", Error, "", "Nov 29 07:52:31 auth: Error: passwd-file /etc/dovecot/users: User 'backup' is missing password"),
			we("2026-11-29T08:10:44Z", Warn, "", "Nov 29 08:10:44 master: Warning: Killed with signal 15 (by pid=1 uid=0 code=kill)"),
		},
	},
	{
		name:   "elasticsearch-8-first-start-security-banner",
		source: "Elasticsearch 8 in Docker on its first start: ECS JSON lines (`@timestamp`, `log.level`, `message`, `ecs.version`, `service.name`, `event.dataset`, `process.thread.name`, `log.logger`, `elasticsearch.node.name`, `elasticsearch.cluster.name`) and the security auto-configuration banner printed to the terminal once (password, CA fingerprint, enrollment tokens): elastic.co 'Start the Elastic Stack with security enabled automatically' (8.5, 8.17); the banner's exact lines from memory",
		why:    "a multi-line banner with rules, emoji and blank lines, printed in one write between JSON records; it has no time and no level; the node name is not a host",
		gap:    "the auto-configuration banner is not one record: its entry ends after the first `━━━` rule line, and `✅ Elasticsearch security features have been automatically configured!` and the lines after it are not part of it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"@timestamp":"2026-11-29T07:41:16.204Z", "log.level": "INFO", "message":"version[8.19.6], pid[78], build[docker/4c1f5b2e9a07d3c8e6b1f0a2d9c4e7b3a5f8d210/2026-10-21T09:14:55.102Z], OS[Linux/6.8.0-86-generic/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/24.0.2/24.0.2+12-54]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-search01","elasticsearch.cluster.name":"docker-cluster"}`),
			we("2026-11-29T07:41:31.877Z", Info, "", `{"@timestamp":"2026-11-29T07:41:31.877Z", "log.level": "INFO", "message":"started {es-search01}{Xq2b7RkeTnWmY0c3PzLd1A}{9JfK2sVtQ8u1a7mZcD4nEw}{es-search01}{172.18.0.2}{172.18.0.2:9300}{cdfhilmrstw}{8.19.6}{7000099-8536000}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-search01","elasticsearch.cluster.name":"docker-cluster"}`),
			we("", Unknown, "",
				"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
				"✅ Elasticsearch security features have been automatically configured!",
				"✅ Authentication is enabled and cluster connections are encrypted.",
				"",
				"ℹ️  Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):",
				"  Vq7*tRw2=kLm9xPz_3bNa",
				"",
				"ℹ️  HTTP CA certificate SHA-256 fingerprint:",
				"  5e0c9a7b21f4d38e6a1c0b9f27d4e85a3c6f1b0d9e2a74c8f5b3d1e07a9c6f42",
				"",
				"ℹ️  Configure Kibana to use this cluster:",
				"• Run Kibana and click the configuration link in the terminal when Kibana starts.",
				"• Copy the following enrollment token and paste it into Kibana in your browser (valid for the next 30 minutes):",
				"  eyJ2ZXIiOiI4LjE5LjYiLCJhZHIiOlsiMTcyLjE4LjAuMjo5MjAwIl0sImZnciI6IjVlMGM5YTdiIiwia2V5IjoiUXc5c0xtNnBaQTp4eHgifQ==",
				"",
				"ℹ️  Configure other nodes to join this cluster:",
				"• Copy the following enrollment token and start new Elasticsearch nodes with `bin/elasticsearch --enrollment-token <token>` (valid for the next 30 minutes):",
				"  eyJ2ZXIiOiI4LjE5LjYiLCJhZHIiOlsiMTcyLjE4LjAuMjo5MjAwIl0sImZnciI6IjVlMGM5YTdiIiwia2V5IjoiTm9kZUVucm9sbDp5eXkifQ==",
				"",
				"  If you're running in Docker, copy the enrollment token and run:",
				"  `docker run -e \"ENROLLMENT_TOKEN=<token>\" docker.elastic.co/elasticsearch/elasticsearch:8.19.6`",
				"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"),
			we("2026-11-29T07:41:33.112Z", Warn, "", `{"@timestamp":"2026-11-29T07:41:33.112Z", "log.level": "WARN", "message":"received plaintext http traffic on an https channel, closing connection Netty4HttpChannel{localAddress=/172.18.0.2:9200, remoteAddress=/172.18.0.1:51962}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-search01][transport_worker][T#3]","log.logger":"org.elasticsearch.http.netty4.Netty4HttpServerTransport","elasticsearch.node.name":"es-search01","elasticsearch.cluster.name":"docker-cluster"}`),
		},
	},
	{
		name:   "spring-boot-3-5-banner-then-gelf-sci-notation",
		source: "Spring Boot 3.5 with logging.structured.format.console=gelf: the banner printed to stdout first, then GELF 1.1 objects (`version`, `short_message`, `timestamp` as a double in scientific notation such as 1.725547337613E9, `level` as the syslog number, `_level_name`, `_process_pid`, `_process_thread_name`, `host` set to the service name, `_log_logger`): spring-projects/spring-boot PR #42158 (the formatter and its example output); the banner from memory",
		why:    "the epoch time is written as a Java double with an exponent; the GELF host field is the record's host; the banner is one untimed record before the JSON",
		gap:    "the banner, written with a blank first line at the top of the stream, gets no entry starting at that blank line (the banner entry is not found); the GELF lines, scientific-notation time and host field included, are read right",
		entries: []worldEntry{
			we("", Unknown, "",
				"",
				"  .   ____          _            __ _ _",
				" /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
				"( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
				" \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
				"  '  |____| .__|_| |_|_| |_\\__, | / / / /",
				" =========|_|==============|___/=/_/_/_/",
				"",
				" :: Spring Boot ::                (v3.5.7)",
				""),
			we("2026-11-29T07:41:16.204Z", Info, "orders-api", `{"version":"1.1","short_message":"Starting OrdersApplication v2.8.1 using Java 21.0.9 with PID 2211 (/app/orders.jar started by app in /app)","timestamp":1.795938076204E9,"level":6,"_level_name":"INFO","_process_pid":2211,"_process_thread_name":"main","host":"orders-api","_log_logger":"com.example.orders.OrdersApplication"}`),
			we("2026-11-29T07:41:18.39Z", Warn, "orders-api", `{"version":"1.1","short_message":"spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning","timestamp":1.79593807839E9,"level":4,"_level_name":"WARN","_process_pid":2211,"_process_thread_name":"main","host":"orders-api","_log_logger":"org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration"}`),
			we("2026-11-29T07:41:20.02Z", Info, "orders-api", `{"version":"1.1","short_message":"Started OrdersApplication in 4.306 seconds (process running for 4.981)","timestamp":1.79593808002E9,"level":6,"_level_name":"INFO","_process_pid":2211,"_process_thread_name":"main","host":"orders-api","_log_logger":"com.example.orders.OrdersApplication"}`),
			we("2026-11-29T09:58:02.7Z", Info, "orders-api", `{"version":"1.1","short_message":"Commencing graceful shutdown. Waiting for active requests to complete","timestamp":1.7959462827E9,"level":6,"_level_name":"INFO","_process_pid":2211,"_process_thread_name":"SpringApplicationShutdownHook","host":"orders-api","_log_logger":"org.springframework.boot.web.embedded.tomcat.GracefulShutdown"}`),
		},
	},
}

func TestFresh237Formats(t *testing.T) { assertTable(t, fresh237Cases) }
func TestFresh237Score(t *testing.T) {
	checkScore(t, "fresh237 formats", fresh237Cases, [worldNumFields]float64{96.1, 96.1, 96.1, 91.7})
}
