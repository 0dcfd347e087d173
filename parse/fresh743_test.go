package parse

import "testing"

// The seven-hundred-and-forty-third fresh table: HR, time tracking and payroll back offices, the
// logs an HR or payroll administrator attaches to a ticket, in shapes no earlier table holds. Each
// family is one product's documented or observed output: OrangeHRM 5's orangehrm.log (Monolog with
// the channel `orangehrm`, the trace as a second ERROR line); TimeTrex's timetrex.log (each
// request's buffered `DEBUG [Lnnnn] [nnnnnms]:` lines between two dashed rules stamped
// `d-M-Y G:i:s O`) and the same buffer sent to syslog (newlines as #012); ActivityWatch's Python
// aw-server log (`[INFO ]`, `[WARNING]`, the logger and line in parentheses at the end, a traceback
// under an ERROR) and aw-server-rust's fern lines (`[time][LEVEL][module::path]: msg`); Frappe HR's
// bench with monitoring on (logs/monitor.json.log, one sorted JSON object per request or job) and
// the bench CLI's bench.log while installing the hrms app; Timewarrior's monthly data file
// (`inc 20261129T073000Z - … # tags`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`orangehrm`, `orangehrm.ERROR`, `orangehrm.WARNING`, `ohrm`, `openhrms`, `hrms`, `frappe`,
// `erpnext`, `frappe.web`, `frappe.utils`, `frappe-bench`, `bench.log`, `/usr/local/bin/bench`,
// `bench get-app`, `executed with exit code`, `monitor.json`, `transaction_type`, `"uuid"`,
// `redis_queue`, `scheduler.log`, `rq.worker`, `kimai`, `kimai.ERROR`, `request.CRITICAL`,
// `security.INFO`, `app.ERROR`, `solidtime`, `production.ERROR`, `local.ERROR`, `laravel`,
// `monolog`, `horizon`, `octane`, `frankenphp`, `Running ['artisan'`, `ms DONE`, `schedule:work`,
// `queue:work`, `odoo`, `odoo.modules`, `Odoo Server`, `hr_payroll`, `hr.payslip`, `payslip`,
// `payroll`, `timesheet`, `attendance`, `werkzeug`, `gunicorn`, `timetrex`, `TimeTrex-`, `TTLog`,
// `tt_log`, `timeclock`, `Debug Buffer`, `DEBUG [L0`, `ms]: `, `d-M-Y`, `(PID: `, `#012---`,
// `---------------[ `, `local7`, `activitywatch`, `aw-server`, `aw_server`, `aw-server-rust`,
// `aw-watcher`, `aw-qt`, `aw_datastore`, `[INFO ]:`, `[INFO ]`, `[INFO][`, `][WARN][`, `rocket::`,
// `"asctime": "`, `"pathname"`, `"funcName"`, `log.json`, `timewarrior`, `timew`, `inc 2026`,
// `.data`, `wakapi`, `emvi`, `logbuch`, `traggo`, `"zerolog"`, `INF `, `timetagger`, `asgineer`,
// `horilla`, `icehrm`, `jorani`, `codeigniter`, `DEBUG - `, `ERROR - 20`, `--> `, `cattr`,
// `sentrifugo`, `Zend`, `laminas`, `ERR (3)`, `INFO (6)`, `WARN (4)`, `minthcm`, `suitecrm`,
// `dolibarr`, `anuko`, `leantime`, `eramba`, `opencats`, `zammad`, `openproject`, `hubstaff`,
// `toggl`, `clockify`, `wakatime`, `super productivity`, `superproductivity`, `electron-log`,
// `honcho`, `web.1 `, `bugsnag`, `hr.example`, `timesheetplus`, `beebole`, `gnu cash`,
// `gitlab time`, `[FATAL]`). None of OrangeHRM, TimeTrex, ActivityWatch, Frappe's monitor log, the
// bench CLI's own log or Timewarrior is in any table (`frappe` matches only ERPNext's frappe.log in
// fresh94 and grep lists; `bench.log` only Islandora Workbench's workbench.log; `monitor.json` only
// busctl and a Kubernetes node problem detector; `[INFO ]` and `][WARN][` other products). Left out
// as measured already: Kimai's Symfony prod.log (fresh125), ERPNext's frappe.log (fresh94), Odoo's
// file log, its --workers log and its --syslog handler (fresh5, fresh207, fresh60), Laravel's
// storage log, Octane and schedule:work output (SolidTime's and Cattr's shapes), CodeIgniter's log
// (Jorani), Zend_Log (Sentrifugo), SuiteCRM's log (MintHCM), Dolibarr, python-json-logger's JSON
// (ActivityWatch's .log.json), electron-log (Super Productivity), Toggl. Left out as not confirmed
// by any search: Wakapi's, Traggo's, TimeTagger's and IceHrm's logs, OrangeHRM 4's log4php file,
// OrangeHRM 5's installer.log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OrangeHRM's Monolog time carries the PHP zone's offset (+05:30 here) and is
// converted. TimeTrex's rule stamps `29-Nov-2026 1:41:16 -0600` carry an offset (07:41:16Z); a
// block's time is its opening rule's; in syslog the header's time and TimeTrex's own opening stamp
// are both accepted. ActivityWatch's Python and Rust stamps, Frappe's monitor timestamp
// (datetime.utcnow() with no zone) and bench.log's asctime have no zone and are taken as UTC.
// Timewarrior's times are UTC with Z; a line's time is its interval's start. Levels only where the
// line marks one: Monolog's level name after the channel, aw-server's bracketed words, fern's
// bracketed level, bench.log's level word; TimeTrex's `DEBUG` prefix is written before every
// buffered line whatever its verbosity (PHP errors included), so a block marks no level; Frappe's
// monitor log and Timewarrior carry none. The host is the record's host field: only the syslog
// header's (`payroll01`); OrangeHRM's SMTP host, ActivityWatch's bucket names (which embed the
// machine's name), aw-server-rust's listen address, Frappe's site and client ip are no hosts. A
// record that spans lines is one entry: aw-server's ERROR with its Python traceback, and TimeTrex's
// request block from its opening rule to its closing rule; the empty line TimeTrex writes before a
// block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string and read_file); where a search
// did not confirm a layout the source says "from memory" (Timewarrior's data file; the #012 escapes
// of TimeTrex's syslog family; bench.log's INFO command line). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 91.4 %, time 100.0 %, host 100.0 %, records 91.4 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is TimeTrex's timetrex.log block, which trawl cuts after its first
// DEBUG line (every later DEBUG line and the closing rule become entries of their own), taking that
// line's `DEBUG` prefix as the block's level.

var fresh743Cases = []worldCase{
	{
		name:   "orangehrm5-orangehrm-log",
		source: "OrangeHRM 5.x src/log/orangehrm.log (LoggerFactory pushes a Monolog StreamHandler onto a Logger named after the file, so the default LineFormatter writes `[Y-m-d\\TH:i:s.uP] orangehrm.LEVEL: message [] []`; WARNING and above unless the kernel is in debug; an exception's trace logged as a second ERROR line with the frames on one line): orangehrm/orangehrm src/lib/framework/Logger/LoggerFactory.php, issues #1305 (a pasted orangehrm.log) and #1814",
		why:    "Monolog's ISO time with microseconds and the PHP zone's offset (+05:30 here); the channel `orangehrm` before the level word; the SMTP host and the database named in a message are peers, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Error, "", `[2026-11-29T13:11:16.204512+05:30] orangehrm.ERROR: An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused [] []`),
			we("2026-11-29T07:41:16.204790Z", Error, "", `[2026-11-29T13:11:16.204790+05:30] orangehrm.ERROR: #0 /var/www/hr/src/vendor/doctrine/dbal/src/Connection.php(1811): Doctrine\DBAL\Driver\API\MySQL\ExceptionConverter->convert() #1 /var/www/hr/src/vendor/doctrine/dbal/src/Connection.php(1746): Doctrine\DBAL\Connection->handleDriverException() #2 {main} [] []`),
			we("2026-11-29T07:44:02.118034Z", Warn, "", `[2026-11-29T13:14:02.118034+05:30] orangehrm.WARNING: Leave period is not defined for 2026-12-01, falling back to the current period [] []`),
			we("2026-11-29T07:50:45.551203Z", Critical, "", `[2026-11-29T13:20:45.551203+05:30] orangehrm.CRITICAL: Uncaught Error: Call to a member function getEmpNumber() on null in /var/www/hr/src/plugins/orangehrmAttendancePlugin/Api/EmployeeAttendanceRecordAPI.php:214 [] []`),
			we("2026-11-29T07:52:10.004411Z", Error, "", `[2026-11-29T13:22:10.004411+05:30] orangehrm.ERROR: Connection could not be established with host "smtp.northwind-hr.example:587": stream_socket_client(): Unable to connect to tcp://smtp.northwind-hr.example:587 (Connection timed out) [] []`),
		},
	},
	{
		name:   "timetrex-debug-buffer-file",
		source: "TimeTrex Community Edition's timetrex.log (Debug::writeToLog appends each request's buffered debug lines in one write, between two `---------------[ d-M-Y G:i:s O [microtime] (PID: n) ]---------------` rules, the first preceded by an empty line; every buffered line is `DEBUG [Lnnnn] [nnnnnms]: Class::method(): text`; a PHP error adds `(E1) PHP ERROR - …` and a `#1.…` backtrace): aydancoskun/timetrex-community-edition classes/modules/core/Debug.class.php (Text, backTrace, writeToLog)",
		why:    "a day-first `29-Nov-2026 1:41:16 -0600` stamp with a one-digit hour and an offset (07:41:16Z) inside a rule of dashes; the buffered DEBUG lines have no time and belong to the request's block, the closing rule included; `DEBUG` is written before every buffered line whatever its verbosity, so the block marks no level; the empty line before a block is fed, not scored",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"---------------[ 29-Nov-2026 1:41:16 -0600 [1795938076.4821] (PID: 21877) ]---------------",
				"DEBUG [L0088] [00003ms]: APIPunch::setPunch(): Received data for: 1 Punches",
				"DEBUG [L1432] [00041ms]: PunchFactory::Validate(): Employee: 10214 Time Stamp: 29-Nov-26 1:41 AM Station: PC-FRONTDESK",
				"DEBUG [L0207] [00058ms]: APIPunch::setPunch(): Saved Punch ID: 11f0cbd2-4e7a-4a10-9c55-3b2f90e1a6d4",
				"---------------[ 29-Nov-2026 1:41:16 -0600 [1795938076.5433] (PID: 21877) ]---------------"),
			wskip(""),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"---------------[ 29-Nov-2026 1:52:40 -0600 [1795938760.1177] (PID: 21903) ]---------------",
				"DEBUG [L0311] [00012ms]: APIPayStub::getPayStub(): Pay Period ID: 11f0c7aa-0b1e-4d2f-8f3a-52c1d7e0b944 Employees: 48",
				"DEBUG [L0742] [00398ms]: Debug::ErrorHandler(): (E1) PHP ERROR - WARNING(2): Undefined array key \"ytd_amount\" File: /var/www/timetrex/classes/modules/pay_stub/PayStubFactory.class.php Line: 742",
				"DEBUG [L0742] [00399ms]: Debug::ErrorHandler(): #1.Debug::ErrorHandler(2) /opt/tt/classes/modules/pay_stub/PayStubFactory.class.php:742",
				"#2.PayStubFactory->getYTDAmount(Array(6)) /opt/tt/classes/modules/core/CalculatePayStub.class.php:1187",
				"",
				"---------------[ 29-Nov-2026 1:52:41 -0600 [1795938761.0062] (PID: 21903) ]---------------"),
			wskip(""),
			we("2026-11-29T08:05:03Z", Unknown, "",
				"---------------[ 29-Nov-2026 2:05:03 -0600 [1795939503.7710] (PID: 21940) ]---------------",
				"DEBUG [L0126] [00002ms]: APIAuthentication::Login(): Login attempt for: jmarsh from IP: 10.30.2.41",
				"DEBUG [L0203] [00077ms]: Authentication::checkPassword(): Password match failed for: jmarsh",
				"---------------[ 29-Nov-2026 2:05:03 -0600 [1795939503.8521] (PID: 21940) ]---------------"),
		},
		gap: "the request's block is cut after its first DEBUG line (each later `DEBUG [Lnnnn]` line and the closing rule start entries of their own), and that first line's `DEBUG` prefix is taken as the block's level",
	},
	{
		name:   "timetrex-syslog-escaped-buffer",
		source: "TimeTrex with enable_syslog = TRUE in timetrex.ini.php (Debug::writeToLog hands the whole buffer, rules and all, to one syslog() call; openlog with LOG_PID, facility local7 by default, ident `TimeTrex-<company short name>` with every character but letters, digits and dashes removed): aydancoskun/timetrex-community-edition classes/modules/core/Debug.class.php (getSyslogIdent, writeToLog); rsyslog writing the buffer's newlines as #012 in /var/log/syslog from memory",
		why:    "a BSD syslog header (the host is the header's) with the TimeTrex ident and pid; the message starts with #012 and carries TimeTrex's own day-first stamp of the same second; no level is written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "payroll01", "Nov 29 07:41:16 payroll01 TimeTrex-NWND[21877]: #012---------------[ 29-Nov-2026 7:41:16 +0000 [1795938076.4821] (PID: 21877) ]---------------#012DEBUG [L0088] [00003ms]: APIPunch::setPunch(): Received data for: 1 Punches#012DEBUG [L0207] [00058ms]: APIPunch::setPunch(): Saved Punch ID: 11f0cbd2-4e7a-4a10-9c55-3b2f90e1a6d4#012---------------[ 29-Nov-2026 7:41:16 +0000 [1795938076.5433] (PID: 21877) ]---------------"),
			we("2026-11-29T07:45:00Z", Unknown, "payroll01", "Nov 29 07:45:00 payroll01 TimeTrex-System[22010]: #012---------------[ 29-Nov-2026 7:45:00 +0000 [1795938300.0114] (PID: 22010) ]---------------#012DEBUG [L0054] [00001ms]: GLOBAL: Cron Job: AutoPunch Last Run: 29-Nov-26 7:30 AM#012---------------[ 29-Nov-2026 7:45:00 +0000 [1795938300.2290] (PID: 22010) ]---------------"),
			we("2026-11-29T07:52:41Z|2026-11-29T07:52:40Z", Unknown, "payroll01", `Nov 29 07:52:41 payroll01 TimeTrex-NWND[21903]: #012---------------[ 29-Nov-2026 7:52:40 +0000 [1795938760.1177] (PID: 21903) ]---------------#012DEBUG [L0742] [00398ms]: Debug::ErrorHandler(): (E1) PHP ERROR - WARNING(2): Undefined array key "ytd_amount" File: /var/www/timetrex/classes/modules/pay_stub/PayStubFactory.class.php Line: 742#012---------------[ 29-Nov-2026 7:52:41 +0000 [1795938761.0062] (PID: 21903) ]---------------`),
			we("2026-11-29T08:05:03Z", Unknown, "payroll01", "Nov 29 08:05:03 payroll01 TimeTrex-NWND[21940]: #012---------------[ 29-Nov-2026 8:05:03 +0000 [1795939503.7710] (PID: 21940) ]---------------#012DEBUG [L0203] [00077ms]: Authentication::checkPassword(): Password match failed for: jmarsh#012---------------[ 29-Nov-2026 8:05:03 +0000 [1795939503.8521] (PID: 21940) ]---------------"),
		},
	},
	{
		name:   "activitywatch-aw-server-python-log",
		source: "ActivityWatch's Python aw-server (and watchers) log file ~/.cache/activitywatch/log/aw-server/aw-server_<time>.log (aw_core's human formatter `%(asctime)s [%(levelname)-5s]: %(message)s  (%(name)s:%(lineno)s)` with `%Y-%m-%d %H:%M:%S`, local time without a zone; an unhandled exception logged with its traceback): ActivityWatch/aw-core aw_core/log.py; ActivityWatch/activitywatch issue #86 (the log folders)",
		why:    "a zone-less date and time (UTC by the rules); the level word in brackets padded to five (`[INFO ]`, `[WARNING]`); the logger name and line in parentheses at the end are no time; the traceback under an ERROR is one record; bucket names that embed the machine's name are no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO ]: Using storage method: peewee  (aw_server.main:41)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO ]: Starting up...  (aw_server.main:46)"),
			we("2026-11-29T07:42:03Z", Warn, "", "2026-11-29 07:42:03 [WARNING]: Heartbeat for bucket aw-watcher-window_lt-payroll-07 arrived 94.2s late, inserting as a new event  (aw_server.api:318)"),
			we("2026-11-29T07:42:30Z", Debug, "", "2026-11-29 07:42:30 [DEBUG]: Received heartbeat in bucket 'aw-watcher-afk_lt-payroll-07'  (aw_server.api:301)"),
			we("2026-11-29T07:43:12Z", Error, "",
				"2026-11-29 07:43:12 [ERROR]: Exception on /api/0/buckets/aw-watcher-window_lt-payroll-07/heartbeat [POST]  (flask.app:1455)",
				"Traceback (most recent call last):",
				`  File "/opt/activitywatch/aw-server/flask/app.py", line 1473, in wsgi_app`,
				"    response = self.full_dispatch_request()",
				"peewee.OperationalError: database is locked"),
		},
	},
	{
		name:   "activitywatch-aw-server-rust-log",
		source: "ActivityWatch's aw-server-rust (fern dispatch `[{local %Y-%m-%d %H:%M:%S}][{LEVEL}][{target}]: {message}` to stdout and to aw-server-rust_<time>.log; rocket's own targets held at WARN unless verbose): ActivityWatch/aw-server-rust aw-server/src/logging.rs; a pasted log of the same lines in a user's debugging notes found with find_string (`[aw_server::`)",
		why:    "a bracketed zone-less date and time (UTC by the rules), then the level in brackets, then the Rust module path in brackets; `127.0.0.1:5600` is the listen address, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16][INFO][aw_server::endpoints]: Starting aw-server-rust at 127.0.0.1:5600"),
			we("2026-11-29T07:41:17Z", Warn, "", "[2026-11-29 07:41:17][WARN][aw_transform::flood]: Gap was of negative duration and could NOT be safely merged (-PT1.204S)"),
			we("2026-11-29T07:42:05Z", Error, "", `[2026-11-29 07:42:05][ERROR][aw_server::endpoints::bucket]: Failed to create bucket aw-watcher-afk_lt-payroll-07: InternalError("Failed to create bucket: database is locked")`),
			we("2026-11-29T07:43:40Z", Debug, "", "[2026-11-29 07:43:40][DEBUG][aw_datastore::worker]: Committed 14 transactions"),
			we("2026-11-29T07:44:02Z", Info, "", "[2026-11-29 07:44:02][INFO][aw_server::endpoints::import]: Imported 3 buckets from aw-export-lt-payroll-07.json"),
		},
	},
	{
		name:   "frappe-hr-monitor-json-log",
		source: "Frappe HR on a bench with `monitor: 1` in common_site_config.json (frappe/monitor.py: one JSON object a line in logs/monitor.json.log, keys sorted, compact separators, `timestamp` from datetime.utcnow() written with str(): `yyyy-MM-dd HH:mm:ss.ffffff` and no zone; `request` with ip, method, path, response_length, status_code, or `job` with method, scheduled, wait): frappe/frappe frappe/monitor.py",
		why:    "a zone-less space-separated timestamp inside JSON (UTC); `duration` and `wait` are microseconds, no time; `site` is the Frappe site, the request's `ip` a client: neither is the record's host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", `{"duration":48213,"request":{"ip":"10.20.4.17","method":"POST","path":"/api/method/hrms.hr.doctype.leave_application.leave_application.get_leave_details","response_length":1842,"status_code":200},"site":"hr.northwind.example","timestamp":"2026-11-29 07:41:16.204512","transaction_type":"request","uuid":"5b0f3c9e-2d41-4f7a-9a0e-6c1d2b8e4f31"}`),
			we("2026-11-29T07:41:19.880431Z", Unknown, "", `{"duration":1204877,"request":{"ip":"10.20.4.22","method":"POST","path":"/api/method/hrms.payroll.doctype.payroll_entry.payroll_entry.create_salary_slips","response_length":0,"status_code":500},"site":"hr.northwind.example","timestamp":"2026-11-29 07:41:19.880431","transaction_type":"request","uuid":"a71e09d4-8c3b-4b52-b0f6-1e9d7c2a5b60"}`),
			we("2026-11-29T07:45:00.011203Z", Unknown, "", `{"duration":912004,"job":{"method":"hrms.hr.doctype.attendance.attendance.mark_absent_for_employees_with_leave","scheduled":true,"wait":5312},"site":"hr.northwind.example","timestamp":"2026-11-29 07:45:00.011203","transaction_type":"job","uuid":"c2d8e4a1-77b0-4e19-8f4d-0a3b5c6d7e82"}`),
			we("2026-11-29T07:46:31.557920Z", Unknown, "", `{"duration":7731,"request":{"counter":412000,"ip":"10.20.4.17","method":"GET","path":"/api/resource/Employee Checkin","response_length":9120,"status_code":200},"site":"hr.northwind.example","timestamp":"2026-11-29 07:46:31.557920","transaction_type":"request","uuid":"e90b1f27-3a6c-4d85-bc14-7f2e8d9a0c13"}`),
		},
	},
	{
		name:   "frappe-bench-log-hrms-install",
		source: "The bench CLI's logs/bench.log while installing Frappe HR (bench/utils setup_logging: `%(asctime)s %(levelname)s %(message)s`, Python's default asctime with a comma before the milliseconds; exec_cmd logs `cd <cwd> && <cmd>` at DEBUG and `… executed with exit code N` at WARNING): frappe/bench bench/utils/__init__.py (setup_logging, exec_cmd), found with find_string; the INFO line with the invoked command from memory",
		why:    "a zone-less date and time with comma milliseconds (UTC); the level word right after the time; the site name and the repository URL in a command are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO /home/frappe/.local/bin/bench get-app hrms --branch version-15"),
			we("2026-11-29T07:41:16.209Z", Debug, "", "2026-11-29 07:41:16,209 DEBUG cd ./apps && git clone https://github.com/frappe/hrms.git --branch version-15 --depth 1 --origin upstream"),
			we("2026-11-29T07:43:02.551Z", Debug, "", "2026-11-29 07:43:02,551 DEBUG cd /home/frappe/frappe-bench && bench --site hr.northwind.example install-app hrms"),
			we("2026-11-29T07:44:10.007Z", Warn, "", "2026-11-29 07:44:10,007 WARNING cd /home/frappe/frappe-bench && bench --site hr.northwind.example migrate executed with exit code 1"),
			we("2026-11-29T07:44:30.118Z", Info, "", "2026-11-29 07:44:30,118 INFO /home/frappe/.local/bin/bench restart"),
		},
	},
	{
		name:   "timewarrior-data-file",
		source: "Timewarrior's monthly data file (~/.local/share/timewarrior/data/2026-11.data: one interval a line, `inc <start> - <end> # tags`, times in ISO 8601 basic format in UTC with Z, an open interval without ` - <end>`, tags with blanks quoted); from memory",
		why:    "compact ISO times `20261129T073000Z` after the word `inc`; the record's time is the interval's start, the end is a second time on the line; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:30:00Z", Unknown, "", `inc 20261129T073000Z - 20261129T081500Z # "november run" payroll`),
			we("2026-11-29T08:15:00Z", Unknown, "", `inc 20261129T081500Z - 20261129T090000Z # hr "leave requests"`),
			we("2026-11-29T09:00:00Z", Unknown, "", "inc 20261129T090000Z - 20261129T093000Z # standup"),
			we("2026-11-29T09:45:00Z", Unknown, "", "inc 20261129T094500Z # payroll"),
		},
	},
}

func TestFresh743Formats(t *testing.T) { assertTable(t, fresh743Cases) }
func TestFresh743Score(t *testing.T) {
	checkScore(t, "fresh743 formats", fresh743Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 87.4})
}
