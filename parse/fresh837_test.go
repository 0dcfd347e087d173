package parse

import "testing"

// The eight-hundred-and-thirty-seventh fresh table: database migration and schema tools, the
// shapes of their output no earlier table holds. Each family is one product's documented or
// observed output: pg_upgrade's pg_upgrade_server.log (a dashed banner with the run's ctime, the
// `command:` lines it runs, pg_ctl's `waiting for server to start....` with the server's first log
// line glued to it, then the server's own lines and pg_ctl's ` done`); pg-osc (shayonj's
// pg-online-schema-change: Ougai's bunyan-style JSON lines with hostname, numeric level and an
// offset time, between libpq's `WARNING:  ` notices); Skeema's console (`yyyy-MM-dd HH:mm:ss
// [LEVEL]  msg` with the diff's SQL block from stdout between); Spirit (block/spirit: logrus's
// terminal format `INFO[0000] msg`, seconds since start and no time); LHM (Shopify's Large Hadron
// Migrator through Ruby's Logger); Flyway's command line with -X (`DEBUG: `, `WARNING: `, an
// `ERROR: Migration … failed` block); Flyway 5's command line through slf4j-simple (`[main] INFO
// class - msg`); `prisma migrate deploy` (untimed lines and an `Error: P3009` block).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `flyway`, `liquibase`, `alembic`, `sqitch`, `golang-migrate`,
// `migrate`, `atlas`, `dbmate`, `prisma`, `rails`, `ActiveRecord::Migration`, `django`,
// `pg_upgrade`, `mysql_upgrade`, `gh-ost`, `pt-online-schema-change`, `pt-osc`, `skeema`,
// `bytebase`, `goose`, `knex`, `sequelize`, `typeorm`, `mikro-orm`, `dbt`, `schemachange`,
// `redgate`, `sqlx`, `diesel`, `refinery`, `phinx`, `doctrine`, `yoyo`, `migra`, `pgroll`,
// `reshape`, `spirit`, `migrate-mongo`, `mongock`, `evolve`, `DbUp`, `FluentMigrator`, `EF Core`,
// `Microsoft.EntityFrameworkCore.Migrations`, `ecto`, `Ecto.Migrator`, `laravel`, `artisan`,
// `umzug`, `drizzle`, `tern`, `pg_dump`, `pg_restore`, `pgloader`, `vitess`, `ora2pg`,
// `SchemaHero`, `dbdeploy`, `goose:`, `Applying `, `Migrating to`, `pg_upgrade_server`, `pg_upgrade
// run on`, `Checking if update is needed`, `Copying`, `pg-osc`, `pg_online_schema_change`, `ougai`,
// `bunyan`, `"level":30`, `[INFO]  Generating`, `cashapp`, `lhm`, `Large Hadron`, `online-schema`,
// `Percona`, `debezium`, `pgcopydb`, `ghost`, `alembic.runtime.migration] Context`, `INFO
// [alembic`, `has been executed successfully`, `migration:run`, `Running migrations`, `Prisma
// schema loaded`, `migrate deploy`, `MIGRATED UP`, `DEBUG: Validating`, `Successfully validated`,
// `migrations are already loaded`, `Copy: …Applied:`, `# Migrating`. Left out as measured already:
// Liquibase's CLI, Sqitch, dbmate, Atlas, goose, Ecto, Doctrine Migrations and sequelize-cli
// (fresh712), Alembic (fresh23, fresh149 and others), golang-migrate, Django's and Rails'
// migrations in containers (fresh176), pg_upgrade --check (fresh168), mariadb-upgrade (fresh451),
// gh-ost (fresh30), pt-online-schema-change (fresh52), Flyway's CLI behind kubectl's prefix
// (fresh177). `pg_upgrade_server`, `pg-osc`, `cashapp` and `lhm` match nothing; `skeema` and
// `pgroll` only earlier tables' grep lists; `spirit` only other products (a Spirit CFDR syslog);
// `Prisma schema loaded` one line inside a Typebot container's log (fresh740), not the deploy run;
// Flyway's `DEBUG: ` output and its slf4j-simple lines are no family of any table. Left out as not
// confirmed by any search: gh-ost's `# Migrating` status block, Laravel's `artisan migrate` console,
// TypeORM's `migration:run`. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pg_upgrade's banner writes a ctime with no zone and Skeema's, LHM's and
// pg_upgrade's server lines (`UTC`) are read as UTC; pg-osc's Ougai time carries -05:00 and is
// converted. Spirit's `[0042]` is seconds since start, no time; Flyway's, Prisma's and pg_upgrade's
// `command:` and ` done` lines and Skeema's SQL block carry none; the timestamped pg_upgrade output
// directory in a path and the start time Prisma names inside its P3009 message are no time of the
// record. Levels only where the line marks one: PostgreSQL's LOG (Info) after pg_ctl's dots,
// Ougai's numeric level (30 Info, 40 Warn, 50 Error), libpq's line-leading `WARNING:`, Skeema's
// `[INFO]`, `[DEBUG]`, `[ERROR]`, logrus's `INFO`/`WARN`/`ERRO` before the bracket, Ruby Logger's
// word after the pid, Flyway's line-leading `DEBUG:`, `WARNING:` and `ERROR:`, slf4j-simple's word
// after `[main]`, Prisma's line-leading `Error:`; the banner, the version lines and Prisma's
// progress lines carry none. The host is the record's host field: only pg-osc's `hostname` key
// names one; the database hosts in Skeema's, Spirit's, Flyway's and Prisma's messages are no hosts.
// A record that spans lines is one entry: pg_upgrade's three-line banner, Skeema's SQL block (a
// record of its own, not part of the log line before it), Flyway's `ERROR: Migration … failed`
// block with its dashed rule and aligned fields, Prisma's `Error: P3009` block with its blank line.
// Blank lines between Prisma's and pg_upgrade's records are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory". Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0abef2f before any rule for it: level 92.5 %, time 90.0 %,
// host 95.0 %, records 82.5 %.
// That is the macro figure (micro: level 92.5 %, time 90.0 %, host 95.0 %, records 82.5 %), in a
// worktree at 0abef2f with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (pg-osc, Spirit, LHM, Flyway 5's slf4j-simple lines); the gaps: the
// pg_upgrade banner's ctime is not read and its closing rule splits off, the server's LOG line
// glued after pg_ctl's dots gives no time or level and pg_ctl's ` done` is joined to the line
// before; Skeema's SQL block is joined to the log line before it; Flyway's ERROR block loses its
// aligned fields; Prisma's Error: P3009 block is cut at its inner blank line.

var fresh837Cases = []worldCase{
	{
		name:   "pg-upgrade-server-log-banner-command-glued",
		gap:    "the banner's `  pg_upgrade run on Sun Nov 29 07:41:16 2026` ctime is not read (time empty) and the closing dashed rule is split off as a record of its own; the server's `2026-11-29 07:41:16.512 UTC [52817] LOG:` glued after pg_ctl's `waiting for server to start....` gives no time and no level (Unknown, want Info); pg_ctl's ` done` line is joined to the LOG line before it",
		source: "pg_upgrade's pg_upgrade_server.log (the dashed banner with `  pg_upgrade run on <ctime>`, `command: \"…/pg_ctl\" -w -l … start >> … 2>&1`, then `waiting for server to start....` with the server's first log line glued to the dots): zalando/spilo issue #731, autobase-tech/autobase PR #607; pg_ctl's ` done` line after the server's lines from memory",
		why:    "a three-line banner whose middle line holds a ctime; a command line with a timestamped directory that is no time; the server's first log line glued after pg_ctl's dots carries the record's time and LOG level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"-----------------------------------------------------------------",
				"  pg_upgrade run on Sun Nov 29 07:41:16 2026",
				"-----------------------------------------------------------------"),
			wskip(""),
			we("", Unknown, "", `command: "/usr/lib/postgresql/16/bin/pg_ctl" -w -l "/var/lib/postgresql/17/main/pg_upgrade_output.d/20261129T074116.402/log/pg_upgrade_server.log" -D "/var/lib/postgresql/16/main" -o "-p 50432 -b -c listen_addresses='' -c unix_socket_permissions=0700 -c unix_socket_directories='/var/run/postgresql'" start >> "/var/lib/postgresql/17/main/pg_upgrade_output.d/20261129T074116.402/log/pg_upgrade_server.log" 2>&1`),
			we("2026-11-29T07:41:16.512Z", Info, "", "waiting for server to start....2026-11-29 07:41:16.512 UTC [52817] LOG:  starting PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"),
			we("2026-11-29T07:41:16.514Z", Info, "", `2026-11-29 07:41:16.514 UTC [52817] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.50432"`),
			we("", Unknown, "", " done"),
		},
	},
	{
		name:   "pg-osc-ougai-json-libpq-notices",
		source: "shayonj/pg-osc (pg-online-schema-change) on a terminal: Ougai's JSON lines `{\"name\":\"pg-online-schema-change\",\"hostname\":…,\"pid\":…,\"level\":40,\"time\":\"…-04:00\",\"v\":0,\"msg\":…,\"version\":…}` between libpq's `WARNING:  there is already a transaction in progress`: shayonj/pg-osc issue #102; the level 50 line from memory",
		why:    "bunyan-style numeric levels (30, 40, 50) and an offset time in JSON; the hostname key is the host; untimed libpq notices with a line-leading WARNING: between them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Warn, "osc-runner-02.internal", `{"name":"pg-online-schema-change","hostname":"osc-runner-02.internal","pid":40112,"level":40,"time":"2026-11-29T02:41:16.208-05:00","v":0,"msg":"DEPRECATED: -w is deprecated. Please pass PGPASSWORD environment variable instead.","version":"0.9.2"}`),
			we("", Warn, "", "WARNING:  there is already a transaction in progress"),
			we("2026-11-29T07:41:17.551Z", Info, "osc-runner-02.internal", `{"name":"pg-online-schema-change","hostname":"osc-runner-02.internal","pid":40112,"level":30,"time":"2026-11-29T02:41:17.551-05:00","v":0,"msg":"Setting up audit table","audit_table":"pgosc_at_invoices_7e21a0","version":"0.9.2"}`),
			we("2026-11-29T07:41:17.802Z", Info, "osc-runner-02.internal", `{"name":"pg-online-schema-change","hostname":"osc-runner-02.internal","pid":40112,"level":30,"time":"2026-11-29T02:41:17.802-05:00","v":0,"msg":"Setting up shadow table","shadow_table":"pgosc_st_invoices_7e21a0","version":"0.9.2"}`),
			we("2026-11-29T07:41:19.030Z", Error, "osc-runner-02.internal", `{"name":"pg-online-schema-change","hostname":"osc-runner-02.internal","pid":40112,"level":50,"time":"2026-11-29T02:41:19.030-05:00","v":0,"msg":"Something went wrong: PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout","version":"0.9.2"}`),
		},
	},
	{
		name:   "skeema-cli-bracketed-level-sql-block",
		gap:    "the untimed SQL block from stdout (`-- instance: …`, `USE …;`, `ALTER TABLE …;`) is joined to the `[INFO]  Generating diff` line before it instead of standing as a record of its own",
		source: "Skeema's console `yyyy-MM-dd HH:mm:ss [LEVEL]  msg` (`[INFO]  Generating diff of … vs …/*.sql`, the diff's `-- instance:`/`USE`/`ALTER` block on stdout, `[DEBUG] Exit code 1`): skeema/skeema issue #90, PR #218; the `[ERROR]` line from memory",
		why:    "a bracketed level padded to a column after a zone-less time; an untimed SQL block from stdout between the log lines is a record of its own; the instance's host:port in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO]  Generating diff of db-main-03.internal:3306 shop vs /srv/schema/db-main-03/shop/*.sql"),
			we("", Unknown, "",
				"-- instance: db-main-03.internal:3306",
				"USE `shop`;",
				"ALTER TABLE `orders` ADD COLUMN `status_note` varchar(120) DEFAULT NULL;"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO]  db-main-03.internal:3306 shop: diff complete"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [DEBUG] Exit code 1"),
			we("2026-11-29T07:41:17Z", Error, "", "2026-11-29 07:41:17 [ERROR] Unable to connect to db-main-04.internal:3306: Error 1045 (28000): Access denied for user 'skeema'@'10.8.0.14' (using password: YES)"),
		},
	},
	{
		name:   "spirit-logrus-tty-elapsed-seconds",
		source: "block/spirit (MySQL online schema change) on a terminal, logrus's text formatter for a TTY `INFO[0000] msg` (`Starting spirit migration: …`, `create BinlogSyncer with config {…Host:… Port:…}`, `WARN[0000] resuming from checkpoint. …`, `copy rows complete`): block/spirit PR #282 and PR #245; the ERRO line from memory",
		why:    "a four-letter level glued to the seconds since start in brackets: no time of the record; the MySQL host inside the syncer config is no host",
		entries: []worldEntry{
			we("", Info, "", `INFO[0000] Starting spirit migration: concurrency=4 target-chunk-size=500ms table=shop.orders alter="add index idx_status(status)"`),
			we("", Info, "", "INFO[0000] create BinlogSyncer with config {ServerID:2291 Flavor:mysql Host:10.8.0.21 Port:3306 User:spirit Password: Localhost: Charset:utf8 SemiSyncEnabled:false RawModeEnabled:false TLSConfig:<nil> ParseTime:false TimestampStringLocation:UTC UseDecimal:false RecvBufferSize:0 HeartbeatPeriod:0s ReadTimeout:0s}"),
			we("", Warn, "", `WARN[0000] resuming from checkpoint. low-watermark: {"Key":["id"],"ChunkSize":18250,"LowerBound":{"Value": ["4120033"],"Inclusive":true},"UpperBound":{"Value": ["4138283"],"Inclusive":false}} log-file: binlog.000412 log-pos: 88120 copy-rows: 4138200`),
			we("", Info, "", "INFO[0042] copy rows complete"),
			we("", Error, "", "ERRO[0043] checksum failed: 3 rows differ between shop.orders and shop._orders_new"),
		},
	},
	{
		name:   "lhm-ruby-logger-chunker",
		source: "Shopify/lhm through Ruby's Logger (`I, [yyyy-MM-ddTHH:mm:ss.ffffff #pid]  INFO -- : msg`: `Starting LHM run on table=lhmn_…`, `Created destination table …`, `57.17% (2001/3500) complete`): Shopify/lhm PR #108; the WARN and ERROR lines' messages from memory",
		why:    "Ruby Logger's letter, a bracketed ISO time with microseconds and no zone, the pid after #, then the level word before `-- :`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.502850Z", Info, "", "I, [2026-11-29T07:41:16.502850 #61204]  INFO -- : Starting LHM run on table=lhmn_line_items"),
			we("2026-11-29T07:41:16.516547Z", Info, "", "I, [2026-11-29T07:41:16.516547 #61204]  INFO -- : Created destination table lhmn_line_items"),
			we("2026-11-29T07:41:16.662146Z", Info, "", "I, [2026-11-29T07:41:16.662146 #61204]  INFO -- : 41.27% (8001/19385) complete"),
			we("2026-11-29T07:41:17.100234Z", Warn, "", "W, [2026-11-29T07:41:17.100234 #61204]  WARN -- : Replica lag 3.2s above threshold, throttling for 500ms"),
			we("2026-11-29T07:41:18.211876Z", Error, "", "E, [2026-11-29T07:41:18.211876 #61204] ERROR -- : Error in class=Lhm::Chunker, reverting. exception=ActiveRecord::StatementInvalid message=Mysql2::Error: Lock wait timeout exceeded; try restarting transaction"),
		},
	},
	{
		name:   "flyway-cli-x-debug-error-block",
		gap:    "the `ERROR: Migration … failed` block is cut after its first line: the dashed rule and the aligned `SQL State  :` … `Statement  :` fields are not joined to it",
		source: "Flyway's command line with -X: `DEBUG: Executing SQL: …` and `DEBUG: Update Count: 0` (flyway/flyway issue #1174), the version line `Flyway Community Edition 9.1.6 by Redgate` (issue #3503), `ERROR: ` before the failure (issue #587) and the `Migration V5.0__….sql failed` block with its dashed rule and `SQL State  :`, `Error Code :`, `Location   :`, `Line       :`, `Statement  :` fields (issue #3145); the `WARNING: DB: …` line and the `Message    :` field from memory",
		why:    "no time at all; the level is a line-leading word and colon (DEBUG:, WARNING:, ERROR:); the failure is a block of aligned fields that belongs to its ERROR: line; a PostgreSQL ERROR: quoted in a field is no new record",
		entries: []worldEntry{
			we("", Unknown, "", "Flyway Community Edition 10.21.0 by Redgate"),
			we("", Debug, "", `DEBUG: Executing SQL: SET search_path = "billing"`),
			we("", Debug, "", "DEBUG: Update Count: 0"),
			we("", Warn, "", "WARNING: DB: there is no transaction in progress (SQL State: 25P01 - Error Code: 0)"),
			we("", Error, "",
				"ERROR: Migration V12__add_invoice_status.sql failed",
				"-------------------------------------------------",
				"SQL State  : 42P07",
				"Error Code : 0",
				`Message    : ERROR: relation "idx_invoices_status" already exists`,
				"Location   : /flyway/sql/V12__add_invoice_status.sql (/flyway/sql/V12__add_invoice_status.sql)",
				"Line       : 3",
				"Statement  : CREATE INDEX idx_invoices_status ON invoices (status)"),
		},
	},
	{
		name:   "flyway5-cli-slf4j-simple-thread-first",
		source: "Flyway 5's command line through slf4j-simple (`[main] INFO org.flywaydb.core.internal.license.VersionPrinter - Flyway Enterprise Edition (trial) 5.2.4 by Boxfuse …`, `[main] ERROR org.flywaydb.core.internal.license.VersionPrinter - …`): flyway/flyway issue #2370; the DEBUG and WARN lines' classes and messages from memory",
		why:    "slf4j-simple without a time: the thread in brackets first, the level word, the logger and ` - ` before the message; the JDBC URL's host is no host",
		entries: []worldEntry{
			we("", Info, "", "[main] INFO org.flywaydb.core.internal.license.VersionPrinter - Flyway Community Edition 5.2.4 by Boxfuse"),
			we("", Info, "", "[main] INFO org.flywaydb.core.internal.database.DatabaseFactory - Database: jdbc:postgresql://pg-main.internal:5432/billing (PostgreSQL 11.22)"),
			we("", Debug, "", "[main] DEBUG org.flywaydb.core.internal.scanner.Scanner - Scanning for filesystem resources at '/opt/flyway/sql'"),
			we("", Warn, "", "[main] WARN org.flywaydb.core.internal.command.DbValidate - No migrations found. Are your locations set up correctly?"),
			we("", Error, "", `[main] ERROR org.flywaydb.core.internal.command.DbMigrate - Migration of schema "billing" to version 12 - add invoice status failed! Changes successfully rolled back.`),
		},
	},
	{
		name:   "prisma-migrate-deploy-p3009-block",
		gap:    "the `Error: P3009` block is cut at its inner blank line: the `migrate found failed migrations …` and `The `…` migration started at … failed` lines are not joined to it",
		source: "`prisma migrate deploy` (`Environment variables loaded from .env`, `Prisma schema loaded from …`, `Datasource \"db\": PostgreSQL database \"…\", schema \"public\" at \"…\"`, a blank line, `N migrations found in prisma/migrations`, a blank line, then `Error: P3009`, a blank line, `migrate found failed migrations in the target database, …` and `The `…` migration started at … UTC failed`): langfuse/langfuse-k8s issues #253 and #179, pezzolabs/pezzo issue #86",
		why:    "untimed progress lines with no level; the database host in the Datasource line is no host; the error is a block with a blank line inside, marked by a line-leading Error:, and the migration's start time in it is no time of the record",
		entries: []worldEntry{
			we("", Unknown, "", "Environment variables loaded from .env"),
			we("", Unknown, "", "Prisma schema loaded from prisma/schema.prisma"),
			we("", Unknown, "", `Datasource "db": PostgreSQL database "billing", schema "public" at "pg-main.internal:5432"`),
			wskip(""),
			we("", Unknown, "", "27 migrations found in prisma/migrations"),
			wskip(""),
			we("", Error, "",
				"Error: P3009",
				"",
				"migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve",
				"The `20261129073802_add_invoice_status` migration started at 2026-11-29 07:38:02.118204 UTC failed"),
		},
	},
}

func TestFresh837Formats(t *testing.T) { assertTable(t, fresh837Cases) }
func TestFresh837Score(t *testing.T) {
	checkScore(t, "fresh837 formats", fresh837Cases, [worldNumFields]float64{92.4, 89.9, 94.9, 82.4})
}
