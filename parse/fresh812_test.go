package parse

import "testing"

// The eight-hundred-and-twelfth fresh table: ERP, CRM and accounting servers. Each family is one
// product's own log file: SAP's available.log written by sapstartsrv (availability intervals with
// dotted European dates); SAP tp's SLOG import overview and its ALOG return-code file (compact
// yyyyMMddHHmmss stamps, the tp user and host as the last columns); Apache OFBiz 13's log4j 1
// ofbiz.log (thread in parentheses, file:line:level in brackets, runtime exception reports on
// their own lines); vtiger CRM's log4php vtigercrm.log (a ctime date with comma milliseconds after
// the year); SuiteCRM 8's Symfony prod.log (Monolog with a +01:00 offset); Akaunting's Laravel log
// (a stack trace block under an error); Dolibarr's Syslog module writing through syslog().
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `odoo`, `erpnext`, `frappe`, `dolibarr`, `suitecrm`, `sugarcrm`,
// `idempiere`, `adempiere`, `tryton`, `trytond`, `ofbiz`, `akaunting`, `gnucash`, `gnc.`, `sap `,
// `dev_w`, `work process`, `dev_disp`, `dev_ms`, `dev_rd`, `dev_rfc`, `dev_icm`, `dev_webdisp`,
// `dev_jstart`, `dev_server0`, `std_server`, `sapwebdisp`, `sapstart`, `sapstartsrv`, `saphostexec`,
// `sapcpe`, `trc file`, `Thr `, `available.log`, `Available 2`, `tp_getprots`, `ETW000`, `R3trans`,
// `SLOG`, `ALOG`, `already in use (`, `openbravo`, `compiere`, `metasfresh`, `vtiger`, `vtigercrm`,
// `VT - `, `espocrm`, `invoiceninja`, `invoice ninja`, `kimai`, `sentrifugo`, `axelor`, `moqui`,
// `orocrm`, `civicrm`, `navision`, `business central`, `xtuple`, `postbooks`, `openerp`, `flectra`,
// `ledgersmb`, `sql-ledger`, `log4perl`, `log4php`, `killbill`, `crater`, `hledger`, `beancount`,
// `firefly`, `werkzeug:`, `ContainerLoader`, `:INFO ]`, `prod.log`, `sugarcrm.log`, `laravel`,
// `monolog`. Odoo (its server log, werkzeug lines, prefork workers, syslog handler), ERPNext and
// Frappe, Tryton, iDempiere, OFBiz 18's pipe layout, SuiteCRM 7, Dolibarr's file handler, GnuCash's
// trace, Kimai, EspoCRM, CiviCRM, Moqui and SAP's dev_w/dev_disp/dev_icm/sapstartsrv/HANA traces are
// measured already, so they were left out; available.log, tp's SLOG and ALOG, OFBiz 13's log4j 1
// layout, vtigercrm.log, SuiteCRM 8, Akaunting and Dolibarr's syslog handler match only grep lists
// or other products (`SLOG` and `ALOG` only as fragments of other words, `ContainerLoader` only in
// OFBiz 18's pipe layout, `akaunting` and `vtiger` only in grep lists or a pino logger name). The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zone-less times are taken as UTC (available.log's dd.MM.yyyy, tp's
// yyyyMMddHHmmss, OFBiz's and Laravel's comma or bare times, vtiger's ctime); SuiteCRM 8's Monolog
// writes +01:00, converted; Dolibarr's syslog date has no year and is in 2026. An available.log line
// is an interval and its record's time is the interval's start, not its end. Levels only where the
// line marks one: OFBiz's level in its bracket, vtiger's word after the pid, Monolog's and Laravel's
// channel.LEVEL (CRITICAL is Critical, FATAL is Critical), tp SLOG's ERROR and WARNING line types;
// available.log's Available/Unavailable is a state, tp's START and STOP lines and ALOG's return
// codes are no level, and Dolibarr's syslog() line as rsyslog stores it carries no PRI. The host is
// the record's host field: tp's SLOG and ALOG name the host tp ran on in their last column (the
// WARNING line names it only in its message, so none), Dolibarr's syslog header carries the host,
// the other files write none (SuiteCRM's request_uri and Akaunting's paths are no host). OFBiz's
// exception report and Laravel's [stacktrace] block belong to the record above them.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from memory"
// (most of the column spacing of tp's files, OFBiz 13's pattern, vtiger's, SuiteCRM 8's and
// Akaunting's lines, Dolibarr's ident). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 90.6 %, time 62.5 %,
// host 77.5 %, records 100.0 %. That is the macro figure (micro: level 90.3 %, time 58.1 %, host
// 74.2 %, records 100.0 %), in a worktree at 7eb372e with no change to trawl's code (only this file
// and table_test.go's list), 4 of 8 families fully right; the gaps: tp's SLOG and ALOG compact
// stamps in mid-line columns and their host in the last column are not read, OFBiz 13's level padded
// inside its file:line bracket is not read for INFO and WARN, and vtiger's comma milliseconds after
// the ctime year are dropped.

var fresh812Cases = []worldCase{
	{
		name:   "sap-available-log-intervals",
		source: "SAP's available.log in /usr/sap/<SID>/<instance>/work, written by sapstartsrv every 60 s (`Unavailable dd.MM.yyyy HH:mm:ss - dd.MM.yyyy HH:mm:ss`): Martin English, 'The SAP Availability Log' (blogs.sap.com 2009/07/16) and 'Available.log : whether or not to trust?' (blogs.sap.com 2018/12/21); the padding of `Available` from memory",
		why:    "a state word, then an interval of two dotted European dates with the year last; the record's time is the interval's start; no level, no host",
		entries: []worldEntry{
			we("2026-11-28T22:05:11Z", Unknown, "", "Unavailable 28.11.2026 22:05:11 - 29.11.2026 06:12:39"),
			we("2026-11-29T06:12:40Z", Unknown, "", "Available   29.11.2026 06:12:40 - 29.11.2026 07:41:40"),
			we("2026-11-29T07:41:41Z", Unknown, "", "Unavailable 29.11.2026 07:41:41 - 29.11.2026 07:44:02"),
			we("2026-11-29T07:44:03Z", Unknown, "", "Available   29.11.2026 07:44:03 - 29.11.2026 09:58:10"),
		},
	},
	{
		name:   "sap-tp-slog-import-overview",
		gap:    "tp's compact yyyyMMddHHmmss stamp in the middle of the line (after the line type, action and system columns, or in parentheses in a WARNING line) is not read: no time on any record; the host in the last column after the tp user is not read (empty)",
		source: "SAP tp's SLOG<yy><ww>.<SID> in the transport directory's log folder (nine blank-separated columns; line types START, STOP, ERROR, WARN, HALT; an ERROR line repeats the ALOG line): SAP Help 'Log File SLOG' (help.sap.com saphelp_46c and saphelp_sm71_sp13 e7/0db6a6f9…); the column spacing, the stamp, user and host columns and the `WARNING: … is already in use` text from memory",
		why:    "a line type first, a compact yyyyMMddHHmmss stamp in the middle, then the tp user and the host; ERROR and WARNING are the only level marks; the WARNING line carries its stamp in parentheses and no host column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "sapprd01", "START imp all              PRD        20261129074116              prdadm       sapprd01"),
			we("2026-11-29T07:41:16Z", Unknown, "sapprd01", "START DD IMPORT            PRD H      20261129074116              prdadm       sapprd01"),
			we("2026-11-29T07:41:25Z", Warn, "", "WARNING: /usr/sap/trans/tmp/PRDKK900412.PRD is already in use (10), I'm waiting 3 sec (20261129074125). My name: pid 4120 on sapprd01 (prdadm)"),
			we("2026-11-29T07:41:31Z", Error, "sapprd01", "ERROR PRDK900412           PRD A      0008 20261129074131              prdadm       sapprd01"),
			we("2026-11-29T07:41:40Z", Unknown, "sapprd01", "STOP  imp all              PRD        0008 20261129074140              prdadm       sapprd01"),
		},
	},
	{
		name:   "sap-tp-alog-return-codes",
		gap:    "the compact yyyyMMddHHmmss stamp after the change request, system, step and return-code columns is not read (no time), nor the host in the last column after the tp user (empty)",
		source: "SAP tp's ALOG<yy><ww> in the transport directory's log folder (eight blank-separated columns: the change request or ALL in 20, the system or <SID>.<client> in 7, the step, the return code, the time stamp, …): SAP Help 'Log File ALOG' (help.sap.com saphelp_sm71_sp13 e7/0db6a9f9…); the later columns (stamp, user, host) and their spacing from memory",
		why:    "the change request first, then the logical system, a step letter and a four-digit return code (no level), a compact stamp, the tp user and the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "sapprd01", "PRDK900412           PRD     H 0000 20261129074118 prdadm       sapprd01"),
			we("2026-11-29T07:41:26Z", Unknown, "sapprd01", "PRDK900412           PRD.100 A 0004 20261129074126 prdadm       sapprd01"),
			we("2026-11-29T07:41:31Z", Unknown, "sapprd01", "PRDK900412           PRD.100 I 0008 20261129074131 prdadm       sapprd01"),
			we("2026-11-29T07:41:39Z", Unknown, "sapprd01", "ALL                  PRD     G 0000 20261129074139 prdadm       sapprd01"),
		},
	},
	{
		name:   "ofbiz13-log4j1-file-line-level",
		gap:    "the level padded inside `[File.java:line:LEVEL]` after the parenthesised thread is not read (Unknown) for INFO and WARN; only ERROR, whose bracket has no padding before `]`, is read",
		source: "Apache OFBiz 13.07's framework/base/config/log4j.xml (log4j 1 pattern `%d (%t) [%24F:%-3L:%-5p]%x %m%n`) and Debug.logError's runtime exception report: from memory; the newer pipe layout that replaced it is apache/ofbiz-framework PR #1328",
		why:    "the thread in parentheses after a comma-millisecond time; the level padded to five after the right-aligned source file and line inside one bracket; an exception report's ruled lines belong to the error above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 (main) [    ContainerLoader.java:90 :INFO ] [Startup] Loading containers..."),
			we("2026-11-29T07:41:22.031Z", Warn, "", "2026-11-29 07:41:22,031 (main) [        ModelReader.java:312:WARN ] Entity [ShopOrderExt] has no primary key"),
			we("2026-11-29T07:41:47.877Z", Info, "", "2026-11-29 07:41:47,877 (http-nio-0.0.0.0-8443-exec-4) [     ControlServlet.java:141:INFO ] [[[main] Request Begun, encoding=[UTF-8]- total:0.0,since last(Begin):0.0]]"),
			we("2026-11-29T07:42:03.511Z", Error, "",
				"2026-11-29 07:42:03,511 (OFBiz-JobQueue-1) [  ServiceDispatcher.java:665:ERROR] ",
				"---- runtime exception report --------------------------------------------------",
				"Service [sendOrderConfirmation] threw an unexpected exception/error",
				"Exception: java.lang.NullPointerException",
				"Message: null",
				"---- stack trace ---------------------------------------------------------------",
				"java.lang.NullPointerException",
				"org.apache.ofbiz.order.order.OrderServices.sendOrderNotificationScreen(OrderServices.java:2611)",
				"--------------------------------------------------------------------------------"),
		},
	},
	{
		name:   "vtigercrm-log4php-ctime-comma-millis",
		gap:    "the comma milliseconds glued to the year of a ctime date (`2026,784`) are dropped: the time is read to the second",
		source: "vtiger CRM's logs/vtigercrm.log through its bundled log4php (`Www Mmm dd HH:mm:ss yyyy,SSS [pid] LEVEL VT - msg`): from memory of real lines (vtiger forum posts with PearDatabase errors)",
		why:    "a ctime date with the year and then comma milliseconds; the pid in brackets; the level word before the logger VT; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.784Z", Debug, "", "Sun Nov 29 07:41:16 2026,784 [4120] DEBUG VT - Prepared sql query being executed : SELECT * FROM vtiger_users WHERE user_name=?"),
			we("2026-11-29T07:41:16.79Z", Info, "", "Sun Nov 29 07:41:16 2026,790 [4120] INFO VT - module is Leads"),
			we("2026-11-29T07:41:17.012Z", Critical, "", "Sun Nov 29 07:41:17 2026,012 [4120] FATAL VT - PearDatabase ->ADODB error  Query Failed:SELECT crmid FROM vtiger_crmentity WHERE setype=? AND deleted=0::->[1054]Unknown column 'deleted' in 'where clause'"),
			we("2026-11-29T07:41:18.455Z", Error, "", "Sun Nov 29 07:41:18 2026,455 [4121] ERROR VT - Cannot send mail: SMTP connect() failed"),
		},
	},
	{
		name:   "suitecrm8-symfony-prod-log-offset",
		source: "SuiteCRM 8's logs/prod/prod.log (Symfony's Monolog LineFormatter `[%datetime%] %channel%.%level_name%: %message% %context% %extra%`, a microsecond ISO time with the server's offset): from memory",
		why:    "a bracketed ISO time with +01:00 first, then channel.LEVEL; the request URI in the context is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Info, "", `[2026-11-29T08:41:16.204512+01:00] request.INFO: Matched route "app_index". {"route":"app_index","route_parameters":{"_route":"app_index"},"request_uri":"https://crm.example.org/","method":"GET"} []`),
			we("2026-11-29T07:41:17.031907Z", Debug, "", `[2026-11-29T08:41:17.031907+01:00] security.DEBUG: Checking for authenticator support. {"firewall_name":"main","authenticators":1} []`),
			we("2026-11-29T07:41:18.55012Z", Warn, "", `[2026-11-29T08:41:18.550120+01:00] php.WARNING: Warning: Undefined array key "assigned_user_id" {"exception":"[object] (ErrorException(code: 0): Warning: Undefined array key \"assigned_user_id\" at /var/www/suitecrm/public/legacy/modules/Accounts/Account.php:412)"} []`),
			we("2026-11-29T07:41:19.002331Z", Critical, "", `[2026-11-29T08:41:19.002331+01:00] request.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/suitecrm/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/suitecrm/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)"} []`),
		},
	},
	{
		name:   "akaunting-laravel-stacktrace",
		source: "Akaunting's storage/logs/laravel.log (Laravel's Monolog `[yyyy-MM-dd HH:mm:ss] env.LEVEL: msg {context}`, an exception's `[stacktrace]` block of `#n` frames closed by `\"}`): from memory",
		why:    "a bracketed zone-less time and production.LEVEL; an error's stack trace lines belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `[2026-11-29 07:41:16] production.INFO: Module installed {"alias":"double-entry","company_id":1}`),
			we("2026-11-29T07:41:19Z", Error, "",
				`[2026-11-29 07:41:19] production.ERROR: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'documents.contact_tax_number' in 'field list' {"userId":1,"exception":"[object] (Illuminate\\Database\\QueryException(code: 42S22): SQLSTATE[42S22]: Column not found: 1054 Unknown column 'documents.contact_tax_number' in 'field list' at /var/www/akaunting/vendor/laravel/framework/src/Illuminate/Database/Connection.php:760)`,
				`[stacktrace]`,
				`#0 /var/www/akaunting/vendor/laravel/framework/src/Illuminate/Database/Connection.php(720): Illuminate\Database\Connection->runQueryCallback('select * from d...', Array, Object(Closure))`,
				`#1 /var/www/akaunting/app/Http/Controllers/Sales/Invoices.php(88): Illuminate\Database\Eloquent\Builder->get()`,
				`#2 {main}`,
				`"} `),
			we("2026-11-29T07:41:25Z", Warn, "", `[2026-11-29 07:41:25] production.WARNING: Currency rate missing for EUR {"company_id":1}`),
		},
	},
	{
		name:   "dolibarr-mod-syslog-syslog",
		source: "Dolibarr's Syslog module with the syslog handler (core/modules/syslog/mod_syslog_syslog.php, export() of level, ip, ospid, osuser and message: rycks/dolibarr-stubs-all dolibarr-21), stored by rsyslog's default file template; the ident `dolibarr` and the message layout from memory",
		why:    "RFC 3164 as rsyslog stores it: a year-less date, the host, the ident with the pid; no PRI, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "erp01", "Nov 29 07:41:16 erp01 dolibarr[4120]: --- Access to GET /compta/facture/card.php?facid=412"),
			we("2026-11-29T07:41:17Z", Unknown, "erp01", "Nov 29 07:41:17 erp01 dolibarr[4120]: Facture::fetch_lines product 88 has no accounting code"),
			we("2026-11-29T07:41:19Z", Unknown, "erp01", "Nov 29 07:41:19 erp01 dolibarr[4121]: functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for 'jmartin', cannot find user"),
		},
	},
}

func TestFresh812Formats(t *testing.T) { assertTable(t, fresh812Cases) }
func TestFresh812Score(t *testing.T) {
	checkScore(t, "fresh812 formats", fresh812Cases, [worldNumFields]float64{90.5, 62.4, 77.4, 99.9})
}
