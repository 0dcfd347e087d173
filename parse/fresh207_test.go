package parse

import "testing"

// The two-hundred-and-seventh fresh table, written on 2026-12-05: e-commerce and CMS platforms' own
// log files in their 2025-2026 versions, shapes no earlier table holds. Each family is one
// product's documented or observed output: Magento 2.4's var/log/cron.log (Monolog lines with the
// cron job's Statistics JSON) and its exception.log with a `[previous exception]` chain inside the
// context JSON; Craft CMS 5's storage/logs/web-*.log (its own Monolog line `yyyy-MM-dd HH:mm:ss
// [web.LEVEL] [category] msg {"memory":…}`, an exception's stack trace under its line); WordPress's
// debug.log holding an `error_log(print_r($x, true))` array block; a WooCommerce payment gateway's
// wc-logs file (the Stripe gateway's `====Start Log====` / `====End Log====` block under a DEBUG
// line with nothing after its level); Odoo 18 with --workers (the prefork master's and workers'
// lines with `?` for no database, a werkzeug request line with its own bracketed clock, a traceback
// under an ERROR); TYPO3 13's FileWriter (an RFC 2822 date from PHP's date('r')); Directus 11's raw
// pino JSON (LOG_STYLE=raw).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`magento`, `main.INFO`, `report.CRITICAL`, `Cron Job`, `Statistics: {"sum"`, `cron.log`,
// `[object] (`, `previous exception`, `wordpress`, `PHP Notice`, `PHP Deprecated`, `Array$`,
// `=> Array`, `woocommerce`, `wc-logs`, `CONTEXT: {`, `====Start Log====`, `drupal`, `watchdog`,
// `watchdog:show`, `drush`, `shopware`, `messenger]`, `prestashop`, `joomla`, `typo3`, `date('r')`,
// `, 29 Nov 2026`, `craft`, `[web.`, `strapi`, `directus`, `pino`, `"level":30`, `sylius`,
// `saleor`, `medusa`, `odoo`, `WorkerHTTP`, `Europe/Berlin]`, `thrown in`, `Stack trace:`, and the
// Symfony console handler's `HH:MM:SS LEVEL     [channel]`). Magento is in fresh27 (exception.log
// with a multi-line `Stack trace:` message), fresh44 and fresh94 as other shapes; its cron.log and
// the previous-exception context are in none. WordPress's debug.log is in fresh36 (PHP notices, a
// fatal error with its trace, a database error line); a print_r block is in none. WooCommerce's
// file handler is in fresh44 (one line a record); a gateway's multi-line block is in none. Odoo is
// in fresh5 (plain server lines) and fresh60 (syslog); the prefork workers and werkzeug lines are
// in none. TYPO3 is in fresh95 with a `Sun, Nov 29 2026` date; FileWriter's date('r') form
// (`Sun, 29 Nov 2026`) is in none. Directus is in fresh125 as pino-pretty; its raw JSON is in none
// (pino JSON is in earlier tables under other products). Craft is in no table (the `craft` hits
// are other words). Left out as measured already: Drupal's syslog module (fresh5) and drush's
// watchdog table (fresh166), Shopware's prod log (fresh44) and its messenger:consume console (the
// Symfony console handler, fresh72), PrestaShop's FileLogger (fresh44), Joomla's log.php
// (fresh34), Strapi's console (fresh20), Sylius, Saleor and Medusa (fresh94). Left out for want of
// a page that settled the lines: Saleor's JSON formatter, Medusa 2's production JSON, Strapi 5's
// `http:` level. The table holds 8 families, short of the 12 asked for: the time allowed ran out.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (Craft's stamp, Odoo's asctime); Monolog's
// +00:00, WooCommerce's date('c') and TYPO3's +0100 are converted; Directus' epoch milliseconds are
// the record's time; a werkzeug line's bracketed clock is the same time as Odoo's own and is not
// the record's second time. Levels only where the line marks one: Monolog's channel.LEVEL,
// Craft's [web.LEVEL], PHP's `PHP Deprecated:` (Notice, as rules_test.go holds it), WooCommerce's
// level word, Odoo's level word, TYPO3's bracketed level, pino's number (30 Info, 40 Warn, 50
// Error); a print_r block and a plain error_log line have none. The host is the record's host
// field: pino's hostname; Odoo's database, a client address in a werkzeug line, TYPO3's request id
// and Craft's category are no host. A record that spans lines is one entry: Craft's stack trace,
// the print_r block (its blank line inside), the gateway's block with the blank lines it ends with,
// Odoo's traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 917d52d before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 95.8 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 96.9 %), in a
// worktree at 917d52d with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right. What fails: a gateway block's `Error: …` message line is read as a new
// record. No expectation was changed after the first run.

var fresh207Cases = []worldCase{
	{
		name:   "magento24-cron-log",
		source: "Magento 2.4's var/log/cron.log (Monolog LineFormatter `[%datetime%] %channel%.%level_name%: %message% %context% %extra%`, ISO time with microseconds and +00:00; ProcessCronQueueObserver's `Cron Job <code> is run`, `… is successfully finished. Statistics: {json}` and `… has an error: …. Statistics: {json}`): magento/magento2 issues #13128 and #32751 (the Monolog line with `[] []`), Magento DevDocs 'Logging'",
		why:    "the bracketed ISO time with microseconds and offset, then main.LEVEL; a Statistics JSON inside the message before the empty context and extra",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.118532Z", Info, "", "[2026-11-29T07:41:02.118532+00:00] main.INFO: Cron Job indexer_reindex_all_invalid is run [] []"),
			we("2026-11-29T07:41:02.305611Z", Info, "", `[2026-11-29T07:41:02.305611+00:00] main.INFO: Cron Job indexer_reindex_all_invalid is successfully finished. Statistics: {"sum":0.19,"count":1,"realmem":0,"emalloc":1269760,"realmem_start":109051904,"emalloc_start":104512288} [] []`),
			we("2026-11-29T07:41:02.402215Z", Info, "", "[2026-11-29T07:41:02.402215+00:00] main.INFO: Could not acquire lock for cron job: sales_grid_order_async_insert [] []"),
			we("2026-11-29T07:42:03.877104Z", Error, "", `[2026-11-29T07:42:03.877104+00:00] main.ERROR: Cron Job newsletter_send_all has an error: SQLSTATE[HY000] [2002] Connection refused. Statistics: {"sum":0.02,"count":1,"realmem":0,"emalloc":524288,"realmem_start":109051904,"emalloc_start":103990112} [] []`),
		},
	},
	{
		name:   "magento24-exception-previous-context",
		source: "Magento 2.4's var/log/exception.log (Monolog 2/3 LineFormatter: the exception normalised into the context as `{\"exception\":\"[object] (Class(code: n): msg at file:line)\\n[previous exception] [object] (…)\"}`, the line break escaped inside the JSON string, then ` []`): magento/magento2 issues #13128, #32751 and #41069",
		why:    "report.CRITICAL and main.CRITICAL; a `[previous exception]` chain inside the JSON string on the same line; the store's URL in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Critical, "", `[2026-11-29T07:41:16.412345+00:00] report.CRITICAL: The stock item was unable to be saved. Please try again. {"exception":"[object] (Magento\\Framework\\Exception\\CouldNotSaveException(code: 0): The stock item was unable to be saved. Please try again. at /var/www/html/vendor/magento/module-catalog-inventory/Model/Stock/StockItemRepository.php:232)\n[previous exception] [object] (PDOException(code: HY000): SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction at /var/www/html/vendor/magento/framework/DB/Statement/Pdo/Mysql.php:90)"} []`),
			we("2026-11-29T07:41:18.004117Z", Critical, "", `[2026-11-29T07:41:18.004117+00:00] main.CRITICAL: Invalid security or form key. Please refresh the page. {"exception":"[object] (Magento\\Framework\\Exception\\LocalizedException(code: 0): Invalid security or form key. Please refresh the page. at /var/www/html/vendor/magento/module-checkout/Controller/Cart/Add.php:112)"} []`),
			we("2026-11-29T07:41:21.55Z", Error, "", `[2026-11-29T07:41:21.550000+00:00] report.ERROR: Unable to send the cookie. Size of 'mage-messages' is 4211 bytes. {"method":"GET","url":"https://shop.example.test/checkout/cart/","invalidateInfo":""} []`),
		},
	},
	{
		name:   "craft5-web-log",
		source: "Craft CMS 4 and 5's storage/logs/web-yyyy-MM-dd.log (its Monolog line `yyyy-MM-dd HH:mm:ss [web.LEVEL] [category] msg {\"memory\":n}`, the channel web, console or queue; an exception's `Stack trace:` frames on the following lines): craftcms/cms issues #11757 and #14863, PR #10659 (logging via Monolog)",
		why:    "a zoneless date and clock, then the channel and level in brackets and a bracketed category (a class, `application`, or `exception:code`); a memory JSON last; an error's stack trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16 [web.INFO] [craft\web\Application::handleRequest] Request handled {"memory":3011584} `),
			we("2026-11-29T07:41:17Z", Warn, "", `2026-11-29 07:41:17 [web.WARNING] [craft\commerce\services\Payments::processPayment] Payment for order 4f1c2d9a was declined by gateway stripe {"memory":5242880} `),
			we("2026-11-29T07:41:19Z", Error, "",
				`2026-11-29 07:41:19 [web.ERROR] [yii\base\ErrorException:2] yii\base\ErrorException: Undefined array key "handle" in /var/www/html/modules/shop/Module.php:88`,
				"Stack trace:",
				`#0 /var/www/html/vendor/craftcms/cms/src/web/ErrorHandler.php(81): yii\base\ErrorHandler->handleError(2, 'Undefined array...', '/var/www/html/m...', 88)`,
				`#1 /var/www/html/modules/shop/Module.php(88): craft\web\ErrorHandler->handleError(2, 'Undefined array...', '/var/www/html/m...', 88)`,
				`#2 {main} {"memory":4412016,"exception":"[object] (yii\\base\\ErrorException(code: 2): Undefined array key \"handle\" at /var/www/html/modules/shop/Module.php:88)"} `),
			we("2026-11-29T07:41:22Z", Info, "", `2026-11-29 07:41:22 [web.INFO] [application] Shop sync finished for site 2 {"memory":2627584} `),
		},
	},
	{
		name:   "wordpress-debug-log-print-r",
		source: "WordPress's wp-content/debug.log with WP_DEBUG_LOG (PHP's error_log `[dd-Mon-yyyy HH:mm:ss UTC] msg`); a plugin's `error_log(print_r($data, true))` writes PHP's print_r array block (`Array`, `(`, `    [key] => value`, nested arrays indented, a blank line before a nested array's close, `)`) after the stamp: developer.wordpress.org 'Debugging in WordPress'; php.net print_r",
		why:    "a print_r block of several lines under a stamped `Array` line is one record with no level; a `PHP Deprecated:` line is a record of its own; a plain error_log line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[29-Nov-2026 07:41:16 UTC] PHP Deprecated:  Creation of dynamic property Shop_Sync_Queue::$batch is deprecated in /var/www/html/wp-content/plugins/shop-sync/includes/class-queue.php on line 41"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"[29-Nov-2026 07:41:17 UTC] Array",
				"(",
				"    [order_id] => 5120",
				"    [status] => processing",
				"    [items] => Array",
				"        (",
				"            [0] => 88",
				"            [1] => 93",
				"        )",
				"",
				")"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[29-Nov-2026 07:41:18 UTC] shop-sync: pushed 3 orders to the ERP in 0.84 s"),
			we("2026-11-29T07:41:20Z", Warn, "", `[29-Nov-2026 07:41:20 UTC] PHP Warning:  Undefined array key "sku" in /var/www/html/wp-content/plugins/shop-sync/includes/class-mapper.php on line 117`),
		},
	},
	{
		name:   "woocommerce-gateway-block-log",
		gap:    "the line `Error: The card was declined. (card_declined) for order 5121` inside the second `====Start Log====` block is taken for a new record (and `====End Log====` with the blank lines after it goes with it), so the block under `2026-11-29T07:41:31+00:00 DEBUG ` is cut in two; the first block, the times and levels are right",
		source: "a WooCommerce payment gateway's wc-logs/woocommerce-gateway-stripe-yyyy-mm-dd-<hash>.log (WC_Stripe_Logger::log passes `\\n====Stripe Version: v====\\n====Stripe Plugin API Version: d====\\n====Start Log====\\n<msg>\\n====End Log====\\n\\n` to wc_get_logger()->debug; the file handler writes `date('c') LEVEL <message>`): woocommerce/woocommerce-gateway-stripe includes/class-wc-stripe-logger.php and its tests (get_expected_log_message); LogHandlerFileV2::format_entry",
		why:    "the stamped line carries only the time and DEBUG (the message opens with a line break); the block under it, with the two blank lines it ends with, belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "",
				"2026-11-29T07:41:16+00:00 DEBUG ",
				"====Stripe Version: 9.1.0====",
				"====Stripe Plugin API Version: 2024-06-20====",
				"====Start Log====",
				"Processing response for order 5120: pi_3QxT1bLkdIwHu7ix1aB2cD3e status succeeded",
				"====End Log====",
				"",
				""),
			we("2026-11-29T07:41:31Z", Debug, "",
				"2026-11-29T07:41:31+00:00 DEBUG ",
				"====Stripe Version: 9.1.0====",
				"====Stripe Plugin API Version: 2024-06-20====",
				"====Start Log====",
				"Error: The card was declined. (card_declined) for order 5121",
				"====End Log====",
				"",
				""),
			we("2026-11-29T07:41:33Z", Info, "", "2026-11-29T07:41:33+00:00 INFO Webhook received: charge.refunded for order 5098"),
		},
	},
	{
		name:   "odoo18-prefork-workers",
		source: "Odoo 17/18 started with --workers (odoo/netsvc.py DBFormatter `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s %(perf_info)s`, `?` for no database; the prefork master's `Worker WorkerHTTP (pid) alive` and `WorkerCron (pid) timeout after Ns`; werkzeug's request line with its own bracketed clock and the query count and times after the status; a traceback under an ERROR): OdooOps/dockery-odoo-scaffold issue #30, Yenthe666/InstallScript issue #235, odoo/odoo issue #4107",
		why:    "a comma-millisecond time, a pid, the level word, then the database name or `?`; a client address and a second bracketed clock inside a werkzeug line; a Python traceback under its ERROR line is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16,512 4121 INFO ? odoo.service.server: Worker WorkerHTTP (4121) alive"),
			we("2026-11-29T07:41:16.530Z", Info, "", "2026-11-29 07:41:16,530 4130 INFO ? odoo.service.server: Worker WorkerCron (4130) alive"),
			we("2026-11-29T07:41:18.044Z", Info, "", `2026-11-29 07:41:18,044 4121 INFO shop werkzeug: 10.0.4.7 - - [29/Nov/2026 07:41:18] "POST /shop/cart/update_json HTTP/1.1" 200 - 31 0.019 0.047`),
			we("2026-11-29T07:41:20.318Z", Info, "", "2026-11-29 07:41:20,318 4130 INFO shop odoo.addons.base.models.ir_cron: Job 'eCommerce: send email to customers about their abandoned cart' (27) starting"),
			we("2026-11-29T07:41:22.907Z", Error, "",
				"2026-11-29 07:41:22,907 4121 ERROR shop odoo.http: Exception during request handling.",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/odoo/http.py", line 2374, in __call__`,
				"    response = request._serve_db()",
				`  File "/usr/lib/python3/dist-packages/odoo/addons/website_sale/controllers/main.py", line 1018, in cart_update_json`,
				"    raise UserError(_('The given combination does not exist therefore it cannot be added to cart.'))",
				"odoo.exceptions.UserError: The given combination does not exist therefore it cannot be added to cart."),
			we("2026-11-29T07:42:21.902Z", Error, "", "2026-11-29 07:42:21,902 4101 ERROR ? odoo.service.server: WorkerCron (4130) timeout after 60s"),
		},
	},
	{
		name:   "typo3-13-filewriter-rfc2822",
		source: "TYPO3 12/13's FileWriter (var/log/typo3_<hash>.log: sprintf('%s [%s] request=\"%s\" component=\"%s\": %s %s', date('r', created), LEVEL, requestId, component, message, '- ' . json data or ''), so an RFC 2822 date with a numeric offset and a trailing blank when there is no data): typo3/typo3 Classes/Log/Writer/FileWriter.php and LogRecord::__toString (found by the code search); TYPO3 docs 'Log Writers'",
		why:    "a weekday, then day, month name and year (RFC 2822) with +0100; the level in brackets; request= and component= before the message; the JSON data after ` - `",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `Sun, 29 Nov 2026 08:41:16 +0100 [INFO] request="8f3a1c2b4d5e6" component="TYPO3.CMS.Core.Authentication.BackendUserAuthentication": User editor logged in from 10.20.3.4 `),
			we("2026-11-29T07:41:19Z", Warn, "", `Sun, 29 Nov 2026 08:41:19 +0100 [WARNING] request="9a0b1c2d3e4f5" component="TYPO3.CMS.Frontend.ContentObject.ContentObjectRenderer": The image "fileadmin/shop/teaser-winter.jpg" could not be found and will be omitted from the output. - {"file":"fileadmin/shop/teaser-winter.jpg"}`),
			we("2026-11-29T07:41:24Z", Error, "", `Sun, 29 Nov 2026 08:41:24 +0100 [ERROR] request="1b2c3d4e5f6a7" component="TYPO3.CMS.Scheduler.Scheduler": Task failed to execute successfully. Class: TYPO3\CMS\Scheduler\Task\TableGarbageCollectionTask, UID: 7 - {"exception":"Doctrine\\DBAL\\Exception\\DeadlockException: An exception occurred while executing a query: Deadlock found when trying to get lock"}`),
			we("2026-11-28T22:05:02Z", Critical, "", `Sat, 28 Nov 2026 23:05:02 +0100 [CRITICAL] request="7c8d9e0f1a2b3" component="TYPO3.CMS.Core.Error.ProductionExceptionHandler": Core: Exception handler (WEB: FE): TYPO3\CMS\Core\Error\Http\ServiceUnavailableException, code #1294587218, file /var/www/html/vendor/typo3/cms-frontend/Classes/Controller/ErrorController.php, line 48: The page is not configured! `),
		},
	},
	{
		name:   "directus11-pino-raw",
		source: "Directus 10/11 with LOG_STYLE=raw (pino's JSON: level as a number, time in epoch milliseconds, pid, hostname, msg; pino-http's req, res and responseTime on request lines; an err object on errors): docs.directus.io 'Configuration: Logging' (LOG_LEVEL, LOG_STYLE pretty|raw); pino's documentation (default fields). Directus's pino-pretty console is fresh125's; its raw JSON is in none",
		why:    "the time is epoch milliseconds, the level pino's number (30 Info, 40 Warn, 50 Error) and the host the hostname field; the client's remoteAddress is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "directus-7d9f6c5b8-kq2xw", `{"level":30,"time":1795938076118,"pid":1,"hostname":"directus-7d9f6c5b8-kq2xw","msg":"Server started at http://0.0.0.0:8055"}`),
			we("2026-11-29T07:41:16.204Z", Warn, "directus-7d9f6c5b8-kq2xw", `{"level":40,"time":1795938076204,"pid":1,"hostname":"directus-7d9f6c5b8-kq2xw","msg":"\"PUBLIC_URL\" should be a full URL"}`),
			we("2026-11-29T07:41:18.044Z", Info, "directus-7d9f6c5b8-kq2xw", `{"level":30,"time":1795938078044,"pid":1,"hostname":"directus-7d9f6c5b8-kq2xw","req":{"method":"GET","url":"/items/products?limit=25","remoteAddress":"10.0.3.4","remotePort":51422},"res":{"statusCode":200},"responseTime":14,"msg":"request completed"}`),
			we("2026-11-29T07:41:22.902Z", Error, "directus-7d9f6c5b8-kq2xw", `{"level":50,"time":1795938082902,"pid":1,"hostname":"directus-7d9f6c5b8-kq2xw","err":{"type":"TypeError","message":"Cannot read properties of undefined (reading 'collection')","stack":"TypeError: Cannot read properties of undefined (reading 'collection')\n    at /directus/extensions/shop-hooks/dist/index.js:41:27"},"msg":"Cannot read properties of undefined (reading 'collection')"}`),
		},
	},
}

func TestFresh207Formats(t *testing.T) { assertTable(t, fresh207Cases) }
func TestFresh207Score(t *testing.T) {
	checkScore(t, "fresh207 formats", fresh207Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 95.7})
}
