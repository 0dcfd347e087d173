package parse

import "testing"

// The eight-hundred-and-twenty-third fresh table: e-commerce platforms' debug, payment and query
// logs as merchants and their agencies attach them to tickets, shapes no earlier table holds. Each
// family is one product's documented or observed output: OpenMage's (Magento 1) exception.log
// (Zend_Log `%timestamp% %priorityName% (%priority%): %message%` with the message starting on the
// next line: the exception's class, message and stack trace) and its payment_*.log (the same
// header before a print_r dump, `<` and `?` escaped with a backslash); Magento 2's payment.log
// (Monolog with inline line breaks, a var_export dump as the message, then the context and extra)
// and its SQL query log var/debug/db.log (`## date` then `## pid ## QUERY` blocks with SQL, BIND,
// AFF and TIME lines); osCommerce's page parse time log (`%d/%m/%Y %H:%M:%S - URI (0.087s)`,
// day-first); WooCommerce's first WC_Logger (`m-d-Y @ H:i:s - msg` in logs/*.txt, before
// WC_Log_Handler_File); Saleor's JSON formatter (python-json-logger with `asctime` and
// `levelname` keys); Shopware 5's core log (Monolog 1 `[Y-m-d H:i:s] core.LEVEL:`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `magento`, `prestashop`, `woocommerce`, `wc-logs`, `shopware`,
// `saleor`, `sylius`, `spree`, `solidus`, `opencart`, `bagisto`, `main.CRITICAL`,
// `report.CRITICAL`, `main.INFO`, `monolog`, `shopify`, `akeneo`, `oxid`, `shopware.ERROR`,
// `request.CRITICAL`, `app.ERROR`, `commercetools`, `medusa`, `vendure`, `evershop`,
// `nopcommerce`, `magento2`, `cs-cart`, `zencart`, `zen cart`, `oscommerce`, `virtuemart`,
// `hybris`, `sap commerce`, `broadleaf`, `reaction commerce`, `odoo`, `easy digital`,
// `drupal commerce`, `ubercart`, `craft commerce`, `thelia`, `bigcommerce`, `lemonstand`, `sulu`,
// `pimcore`, `ecwid`, `elasticpath`, `ERR (3)`, `openmage`, `mage::log`, `Mage_`, `Mage.php`,
// `DEBUG (7)`, `[url] =>`, `demandware`, `sfcc`, `commerce cloud`, `GMT] ERROR`,
// `PipelineCallServlet`, `jvm 1`, `x-cart`, `xcart`, `xlite`, `[messenger]`, `ConsoleHandler`,
// `vtex`, `spryker`, `orocommerce`, `oro:message`, `payment.log`, `var_export`, `array (`,
// `main.DEBUG: array`, `' => `, `Braintree`, `## QUERY`, `db.log`, `pdo_mysql`, `AFF:`,
// `page_parse_time`, `parse_time`, `STORE_`, `-2026 @`, `@ 07:`, `@ H:i`, `m-d-Y`, `wc_logger`,
// `WC_Logger`, `core_production`, `core.ERROR`, `shopware 5`, `shopware5`, `eccube`, `ec-cube`,
// `front.INFO`, `litecart`, `exception.log`, `_exception.log`, `PrestaShopException`, `kibo`,
// `abantecart`, `avactis`, `jigoshop`, `wp-e-commerce`, `hikashop`, `j2store`, `cubecart`,
// `shopizer`, `konakart`, `ofbiz`, `gambio`, `xt:commerce`, `plentymarkets`, `jtl`. None of
// OpenMage's Zend_Log files, Magento 2's payment.log or db.log, osCommerce's parse time log,
// WooCommerce's first WC_Logger, Saleor's JSON formatter or Shopware 5's core log is in any table
// (`Mage_` matches only `image_`; `ERR (3)` is laminas-log's own family with single-line
// records; `AFF:` and `' => ` match other products' words; `m-d-Y` and `WC_Logger` only grep
// lists). Left out as measured already: Magento 2's exception, system, cron and cloud logs,
// WooCommerce's WC_Log_Handler_File, PrestaShop's FileLogger, Shopware 6's prod log and messenger
// consumer, OpenCart, Saleor's verbose format, Sylius, Spree/Solidus (Rails), Bagisto (Laravel),
// Medusa, Vendure, OXID, Zen Cart, Salesforce B2C Commerce, SAP Commerce, VTEX, Odoo, EDD. Left
// out as not confirmed by any search: EC-CUBE's log layout, X-Cart's, Magento 2's var/report
// files. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenMage's Zend_Log stamps and Magento 2's Monolog stamps carry +00:00;
// db.log's, osCommerce's, the legacy WC_Logger's and Shopware 5's stamps have no zone and are taken
// as UTC; Saleor's ends in a literal Z. osCommerce's date is day-first (29/11/2026) and the
// WC_Logger's month-first (11-29-2026). Levels only where the line marks one: Zend_Log's priority
// name and number (ERR (3) Error, DEBUG (7) Debug), Monolog's channel.LEVEL (main.DEBUG,
// core.ERROR, core.CRITICAL, core.WARNING, plugin.INFO), Saleor's `levelname`; db.log, osCommerce
// and the WC_Logger write none (Unknown), and the words EXCEPTION, ERROR or failed inside their
// messages are no level. No family writes a host: a shop's domain in a URL or a database host in a
// message is no host. A record that spans lines is one entry: OpenMage's header with its exception
// and stack trace, a print_r or var_export dump with the blank lines print_r writes, a db.log block
// up to the blank line that ends it, WooCommerce's print_r dump under its stamp.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 86.2 %, host 100.0 %, records 96.6 %), in a
// worktree at 7f43fec with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is WooCommerce's first WC_Logger: its month-first
// `m-d-Y @ H:i:s -` stamp is not read as a time, so no record has one and the print_r dump under a
// stamp is not joined to it.

var fresh823Cases = []worldCase{
	{
		name:   "openmage-exception-log-zend-stack",
		source: "OpenMage/magento-lts app/Mage.php: Mage::log builds Zend_Log_Formatter_Simple with `%timestamp% %priorityName% (%priority%): %message%` . PHP_EOL, and Mage::logException calls `self::log(\"\\n\" . $e->__toString(), Zend_Log::ERR, $file)` (found with find_string on that call); stack traces as in OpenMage/magento-lts issue #3152; the +00:00 offset (Magento 1 runs PHP in UTC) from memory",
		why:    "the header line ends after `ERR (3): ` because the message starts with a newline; the exception's class and message, `Stack trace:` and the `#n` frames follow on lines of their own and belong to the header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "",
				"2026-11-29T07:41:16+00:00 ERR (3): ",
				"Mage_Core_Exception: Invalid block type: Harbour_Promo_Block_Banner in /var/www/shop/app/Mage.php:602",
				"Stack trace:",
				"#0 /var/www/shop/app/code/core/Mage/Core/Model/Layout.php(495): Mage::throwException('Invalid block t...')",
				"#1 /var/www/shop/app/code/core/Mage/Core/Model/Layout.php(437): Mage_Core_Model_Layout->_getBlockInstance('harbour_promo/b...', Array)",
				"#2 {main}"),
			we("2026-11-29T07:43:52Z", Error, "",
				"2026-11-29T07:43:52+00:00 ERR (3): ",
				"PDOException: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction in /var/www/shop/lib/Zend/Db/Statement/Pdo.php:228",
				"Stack trace:",
				"#0 /var/www/shop/lib/Zend/Db/Statement/Pdo.php(228): PDOStatement->execute(Array)",
				"#1 /var/www/shop/lib/Varien/Db/Statement/Pdo/Mysql.php(110): Zend_Db_Statement_Pdo->_execute(Array)",
				"#2 {main}"),
			we("2026-11-29T07:44:07Z", Error, "",
				"2026-11-29T07:44:07+00:00 ERR (3): ",
				"Exception: Warning: Undefined array key \"sku\"  in /var/www/shop/app/code/local/Harbour/Feed/Model/Export.php on line 88 in /var/www/shop/app/code/core/Mage/Core/functions.php:246",
				"Stack trace:",
				"#0 /var/www/shop/app/code/local/Harbour/Feed/Model/Export.php(88): mageCoreErrorHandler(2, 'Undefined array...', '/var/www/shop/a...', 88)",
				"#1 {main}"),
		},
	},
	{
		name:   "openmage-payment-log-print-r",
		source: "OpenMage/magento-lts app/Mage.php: Mage::log turns an array into `print_r($message, true)` and escapes it with `addcslashes($message, '<?')` before Zend_Log writes `%timestamp% %priorityName% (%priority%): %message%`; payment methods log their request and response arrays into var/log/payment_<code>.log at Zend_Log::DEBUG (the file name from memory)",
		why:    "DEBUG (7) before a print_r dump that runs over many lines, nested arrays indented, a blank line after each inner array and after the dump; every `?` in a URL is written `\\?`",
		entries: []worldEntry{
			we("2026-11-29T07:42:03Z", Debug, "",
				"2026-11-29T07:42:03+00:00 DEBUG (7): Array",
				"(",
				"    [url] => https://api-3t.paypal.com/nvp",
				"    [SetExpressCheckout] => Array",
				"        (",
				"            [PAYMENTACTION] => Authorization",
				"            [AMT] => 84.90",
				"            [CURRENCYCODE] => EUR",
				"            [RETURNURL] => https://shop.harbourgoods.example/paypal/express/return/\\?order=100004412",
				"        )",
				"",
				")",
				""),
			we("2026-11-29T07:42:04Z", Debug, "",
				"2026-11-29T07:42:04+00:00 DEBUG (7): Array",
				"(",
				"    [response] => Array",
				"        (",
				"            [TOKEN] => EC-4HX21907KD118330T",
				"            [ACK] => Success",
				"        )",
				"",
				")",
				""),
			we("2026-11-29T07:42:40Z", Debug, "",
				"2026-11-29T07:42:40+00:00 DEBUG (7): Array",
				"(",
				"    [response] => Array",
				"        (",
				"            [ACK] => Failure",
				"            [L_ERRORCODE0] => 10486",
				"        )",
				"",
				")",
				""),
		},
	},
	{
		name:   "magento2-payment-log-var-export",
		source: "Magento 2 var/log/payment.log: Magento\\Payment\\Model\\Method\\Logger::debug logs `var_export($data, true)` (the dump `'request' => \\n  array (` … as pasted in magento/magento2 issue #4408); the Monolog 2 header `[%datetime%] main.DEBUG:` with microseconds and +00:00, the allowed inline line breaks and the trailing `{\"is_exception\":false} []` from memory",
		why:    "the bracketed ISO time and main.DEBUG, then a var_export dump over many lines (a trailing space after each `=>` before a nested array); the context and extra close the last line",
		entries: []worldEntry{
			we("2026-11-29T07:44:18.531204Z", Debug, "",
				"[2026-11-29T07:44:18.531204+00:00] main.DEBUG: array (",
				"  'request' => ",
				"  array (",
				"    'TRXTYPE' => 'A',",
				"    'TENDER' => 'C',",
				"    'AMT' => '129.00',",
				"    'FIRSTNAME' => 'Maren',",
				"  ),",
				"  'result' => ",
				"  array (",
				"    'RESULT' => '0',",
				"    'RESPMSG' => 'Approved',",
				"  ),",
				") {\"is_exception\":false} []"),
			we("2026-11-29T07:44:51.004417Z", Debug, "",
				"[2026-11-29T07:44:51.004417+00:00] main.DEBUG: array (",
				"  'request' => ",
				"  array (",
				"    'TRXTYPE' => 'D',",
				"    'ORIGID' => 'A10P0C3B8E21',",
				"  ),",
				"  'result' => ",
				"  array (",
				"    'RESULT' => '12',",
				"    'RESPMSG' => 'Declined',",
				"  ),",
				") {\"is_exception\":false} []"),
			we("2026-11-29T07:45:30.870090Z", Debug, "",
				"[2026-11-29T07:45:30.870090+00:00] main.DEBUG: array (",
				"  'payment_method' => 'braintree',",
				"  'error' => 'Gateway Rejected: cvv',",
				") {\"is_exception\":false} []"),
		},
	},
	{
		name:   "magento2-db-query-log",
		source: "Magento 2's SQL query log (bin/magento dev:query-log:enable, var/debug/db.log): lib/internal/Magento/Framework/DB/Logger/File.php writes `'## ' . date('Y-m-d H:i:s') . \"\\r\\n\"` before each block, LoggerAbstract::getStats `## <pid> ## QUERY` with `SQL:`, `BIND: ` var_export, `AFF:` and `TIME:` lines, `CONNECT` and `TRANSACTION <sql>` blocks, each ended by a blank line (magento/magento2)",
		why:    "a `## ` date line with no zone (PHP's date() in UTC) opens each block; the pid line names the block's type; a BIND var_export runs over lines; no level (the word EXCEPTION or TRANSACTION is a block type, no level); the date line ends in CRLF, the others in LF",
		entries: []worldEntry{
			we("2026-11-29T07:45:02Z", Unknown, "",
				"## 2026-11-29 07:45:02",
				"## 2231 ## CONNECT",
				"TIME: 0.0012",
				""),
			we("2026-11-29T07:45:02Z", Unknown, "",
				"## 2026-11-29 07:45:02",
				"## 2231 ## QUERY",
				"SQL: SELECT `main_table`.* FROM `sales_order` AS `main_table` WHERE (`entity_id` = ?)",
				"BIND: array (",
				"  0 => '4412',",
				")",
				"AFF: 1",
				"TIME: 0.0008",
				""),
			we("2026-11-29T07:45:03Z", Unknown, "",
				"## 2026-11-29 07:45:03",
				"## 2231 ## TRANSACTION BEGIN",
				"TIME: 0.0001",
				""),
			we("2026-11-29T07:45:03Z", Unknown, "",
				"## 2026-11-29 07:45:03",
				"## 2231 ## QUERY",
				"SQL: UPDATE `cataloginventory_stock_item` SET `qty` = `qty` - 1 WHERE (product_id = 812)",
				"AFF: 1",
				"TIME: 0.0631",
				""),
		},
	},
	{
		name:   "oscommerce-page-parse-time-log",
		source: "osCommerce 2.x includes/application_bottom.php: `error_log(strftime(STORE_PARSE_DATE_TIME_FORMAT) . ' - ' . getenv('REQUEST_URI') . ' (' . $parse_time . 's)' . \"\\n\", 3, STORE_PAGE_PARSE_TIME_LOG)` (TechniWinkl01/oscommerce_cvs, also ClicShopping and Zen Cart's footer.php), the configured default `STORE_PARSE_DATE_TIME_FORMAT` `%d/%m/%Y %H:%M:%S` (the install SQL, found with find_string)",
		why:    "a day-first date (29/11/2026) with no zone, ` - `, the request URI and the parse time in parentheses; no level",
		entries: []worldEntry{
			we("2026-11-29T07:46:11Z", Unknown, "", "29/11/2026 07:46:11 - /catalog/index.php?cPath=21_38 (0.087s)"),
			we("2026-11-29T07:46:12Z", Unknown, "", "29/11/2026 07:46:12 - /catalog/product_info.php?products_id=2804 (0.112s)"),
			we("2026-11-29T07:46:30Z", Unknown, "", "29/11/2026 07:46:30 - /catalog/checkout_process.php (1.904s)"),
			we("2026-11-29T07:47:02Z", Unknown, "", "29/11/2026 07:47:02 - /catalog/advanced_search_result.php?keywords=linen+apron&search_in_description=1 (0.356s)"),
		},
	},
	{
		name:   "woocommerce-legacy-wc-logger-txt",
		source: "WooCommerce 1.6 to 2.x WC_Logger::add: `$time = date_i18n( 'm-d-Y @ H:i:s -' ); fwrite( $handle, $time . \" \" . $message . \"\\n\" )` into logs/<handle>-<hash>.txt (woocommerce/woocommerce classes/class-wc-logger.php; WordPress/WordPress's bundled copy); the PayPal gateway's print_r response dump from memory",
		why:    "a month-first date, a literal ` @ ` before the time and ` - ` before the message; no level; a print_r dump under a stamp belongs to it (date_i18n gives the site's time, here a site set to UTC)",
		entries: []worldEntry{
			we("2026-11-29T07:47:20Z", Unknown, "", "11-29-2026 @ 07:47:20 - Generating payment form for order #4471. Notify URL: https://shop.lindenmarket.example/?wc-api=WC_Gateway_Paypal"),
			we("2026-11-29T07:47:31Z", Unknown, "", "11-29-2026 @ 07:47:31 - Checking IPN response is valid via https://www.paypal.com/cgi-bin/webscr..."),
			we("2026-11-29T07:47:32Z", Unknown, "",
				"11-29-2026 @ 07:47:32 - IPN Response: Array",
				"(",
				"    [body] => VERIFIED",
				"    [response] => Array",
				"        (",
				"            [code] => 200",
				"            [message] => OK",
				"        )",
				"",
				")",
				""),
			we("2026-11-29T07:47:33Z", Unknown, "", "11-29-2026 @ 07:47:33 - Payment pending: multi_currency"),
		},
	},
	{
		name:   "saleor-json-formatter",
		source: "Saleor saleor/settings.py LOGGING formatter \"json\": `saleor.core.logging.JsonFormatter` (python-json-logger) with datefmt `%Y-%m-%dT%H:%M:%SZ` and format `%(asctime)s %(levelname)s %(lineno)s %(message)s %(name)s %(pathname)s %(process)d %(threadName)s` (found with find_string on the class); the key order and python-json-logger's `, ` and `: ` separators from memory",
		why:    "a JSON object per line whose time is `asctime` (a literal Z) and whose level is `levelname` (INFO, WARNING, ERROR); `lineno` and `process` are numbers, not times",
		entries: []worldEntry{
			we("2026-11-29T07:48:02Z", Info, "", `{"asctime": "2026-11-29T07:48:02Z", "levelname": "INFO", "lineno": 213, "message": "Webhook ORDER_CREATED sent to https://hooks.fjordwear.example/saleor", "name": "saleor.webhook.transport.asynchronous.transport", "pathname": "/app/saleor/webhook/transport/asynchronous/transport.py", "process": 14, "threadName": "MainThread"}`),
			we("2026-11-29T07:48:09Z", Warn, "", `{"asctime": "2026-11-29T07:48:09Z", "levelname": "WARNING", "lineno": 88, "message": "Checkout 6f0c2a91-4b7e-4d1a-9c55-0e3f8a2d1b47 has no shipping method", "name": "saleor.checkout.complete_checkout", "pathname": "/app/saleor/checkout/complete_checkout.py", "process": 14, "threadName": "ThreadPoolExecutor-0_1"}`),
			we("2026-11-29T07:48:15Z", Error, "", `{"asctime": "2026-11-29T07:48:15Z", "levelname": "ERROR", "lineno": 341, "message": "Payment gateway mirumee.payments.adyen returned an error", "name": "saleor.payment.gateway", "pathname": "/app/saleor/payment/gateway.py", "process": 15, "threadName": "MainThread"}`),
			we("2026-11-29T07:48:40Z", Info, "", `{"asctime": "2026-11-29T07:48:40Z", "levelname": "INFO", "lineno": 57, "message": "Invalidated 42 expired checkouts", "name": "saleor.checkout.tasks", "pathname": "/app/saleor/checkout/tasks.py", "process": 9, "threadName": "MainThread"}`),
		},
	},
	{
		name:   "shopware5-core-log-monolog1",
		source: "Shopware 5 var/log/core_production-<date>.log and plugin_production-<date>.log (Monolog 1 LineFormatter `[%datetime%] %channel%.%level_name%: %message% %context% %extra%`, the date `Y-m-d H:i:s`): shopware5/shopware PR #596 (the backend log module's Log/Parser/LineFormatParser) and shopware/shopware PR #513 (daily files in production); the lines from memory",
		why:    "a bracketed zone-less date with a space, then core. or plugin. and the level word; an exception's class and message inline, its context as `[object]` JSON",
		entries: []worldEntry{
			we("2026-11-29T07:49:10Z", Error, "", `[2026-11-29 07:49:10] core.ERROR: Shopware\Components\Api\Exception\NotFoundException: Article by id 812 not found {"exception":"[object] (Shopware\\Components\\Api\\Exception\\NotFoundException(code: 0): Article by id 812 not found at /var/www/sw5/engine/Shopware/Components/Api/Resource/Article.php:120)"} []`),
			we("2026-11-29T07:49:44Z", Critical, "", `[2026-11-29 07:49:44] core.CRITICAL: Doctrine\DBAL\Exception\ConnectionException: SQLSTATE[HY000] [2002] Connection refused {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 0): SQLSTATE[HY000] [2002] Connection refused at /var/www/sw5/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/AbstractMySQLDriver.php:112)"} []`),
			we("2026-11-29T07:50:01Z", Warn, "", `[2026-11-29 07:50:01] core.WARNING: Template file "frontend/detail/custom_tab.tpl" not found in theme Responsive [] []`),
			we("2026-11-29T07:50:20Z", Info, "", `[2026-11-29 07:50:20] plugin.INFO: HarbourErpSync: exported 18 orders to ERP batch 20261129-0750 [] []`),
		},
	},
}

func TestFresh823Formats(t *testing.T) { assertTable(t, fresh823Cases) }
func TestFresh823Score(t *testing.T) {
	checkScore(t, "fresh823 formats", fresh823Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
