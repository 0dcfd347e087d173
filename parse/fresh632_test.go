package parse

import "testing"

// The six-hundred-and-thirty-second fresh table: content management and e-commerce platforms' logs
// as people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: Ghost's pretty console (what `docker logs` and `ghost log` show:
// `[yyyy-MM-dd HH:mm:ss] LEVEL msg`, an ERROR with blank-separated detail lines under it) and its
// JSON file log in content/logs (bunyan records with a hostname); Salesforce B2C Commerce's
// custom error log (`[… GMT] ERROR PipelineCallServlet|…|Sites-…-Site|…` with a script stack or a
// System Information block under it); Grav's logs/grav.log (Monolog `grav.LEVEL:`); Zen Cart's
// notifier trace (`yyyy-MM-dd HH:mm:ss [main_page=…] NOTIFIER`) and its myDEBUG files (a PHP
// error-log stamp with a named zone, a backtrace and the `--> PHP Warning:` line); Adobe Commerce
// Cloud's ece-tools log, as the deploy hook prints it (indented under the hook's banner lines) and
// as var/log/cloud.log keeps it.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `wordpress`, `debug.log`, `PHP Fatal`, `UTC] PHP`, `drupal`,
// `watchdog`, `|php|`, `drush`, `watchdog:show`, `magento`, `main.CRITICAL`, `report.ERROR`,
// `ERR (3)`, `prestashop`, `*ERROR*`, `shopware`, `core.ERROR`, `core_production`,
// `request.CRITICAL`, `[messenger]`, `ghost`, `tryghost`, `ghost/api`, `x-ghost`, `Ghost boot`,
// `pretty-stream`, `] INFO "GET`, `ERROR status code`, `strapi`, `joomla`, `joomla.error`,
// `priority clientip`, `{CLIENTIP}`, `jerror`, `woocommerce`, `wc-logs`, `opencart`, `typo3`,
// `TYPO3.CMS`, `craftcms`, `concrete5`, `umbraco`, `sitecore`, `kentico`, `dotnetnuke`, `sylius`,
// `orocommerce`, `spree`, `solidus`, `saleor`, `medusa`, `vendure`, `bagisto`, `sulu`, `contao`,
// `directus`, `wagtail`, `django cms`, `plone`, `mediawiki`, `dokuwiki`, `kirby`, `processwire`,
// `silverstripe`, `modx`, `expressionengine`, `nopcommerce`, `shopify`, `bigcommerce`,
// `oscommerce`, `cs-cart`, `pimcore`, `akeneo`, `ibexa`, `ezplatform`, `backdrop`, `xwiki`,
// `liferay`, `hybris`, `commercetools`, `orchard`, `OrchardCore`, `dotcms`, `crafter`, `magnolia`,
// `jahia`, `bloomreach`, `squidex`, `episerver`, `statamic`, `evershop`, `eccube`, `front.INFO`,
// `demandware`, `sfcc`, `commerce cloud`, `PipelineCallServlet`, `PipelineCall`, `dw log`,
// `dw-cli`, `customerror`, `grav.CRITICAL`, `grav.log`, `zen cart`, `zencart`, `zen_`,
// `myDEBUG`, `main_page`, `notifier_trace`, `America/Chicago]`, `ece-tools`, `Starting scenario`,
// `post-deploy`, `Executing post deploy hook`, `Re-deploying environment`, `mymagento`. None of
// Ghost's outputs, Salesforce B2C Commerce, Grav, Zen Cart or ece-tools is in any table (`ghost`
// matches only Ghostscript, ghostunnel and Comware's `loghost`; `grav.` only other words;
// `post-deploy` another product's message; `customerror` a Go type). Left out as measured already:
// WordPress's debug.log (and its print_r blocks, WP-CLI's cron runs, WP fail2ban), Drupal's
// watchdog through drush and its syslog module, Magento's exception, cron and system logs,
// PrestaShop's FileLogger, Shopware's prod log and its messenger consumer, Strapi's server log,
// Joomla's log.php, WooCommerce, TYPO3, Craft, Directus, Sylius, Saleor, Medusa, Vendure, Bagisto,
// Umbraco, Sitecore, OpenCart, Odoo, Mautic. Left out as not confirmed by any search: Pimcore's
// application logger, Sulu, Akeneo's batch logs, EC-CUBE, the dw-cli `dw log` stream (it converts
// times to the reader's locale by default). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Ghost's pretty stamps, Grav's Monolog stamps, Zen Cart's notifier trace and
// ece-tools' stamps have no zone and are taken as UTC; Ghost's JSON `time` ends in Z; Salesforce's
// stamps say GMT; Zen Cart's myDEBUG stamp names its zone (America/Chicago, CST -06:00 in
// November). Levels only where the line marks one: Ghost's INFO WARN ERROR, bunyan's numbers (30
// Info, 40 Warn, 50 Error; the `level` inside an `err` object is Ghost's error class, not the
// record's), Salesforce's level word after the GMT bracket, Grav's `grav.LEVEL`, ece-tools' LEVEL
// before the colon, Zen Cart's `--> PHP Warning:` (Deprecated is Notice, Fatal error Critical, as
// the rules hold them); the notifier trace carries none. The host is the record's host field: only
// bunyan's `hostname`; a Host header, a Salesforce site id, an IP address in a Request URI line or
// an ece-tools project id is no host. A record that spans lines is one entry: Ghost's ERROR with
// its detail under it, Salesforce's error with its stack or System Information block, Zen Cart's
// Request URI line with its backtrace and PHP line. The deploy hook's banner lines are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string); where a search did not
// confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 000dc44 before any rule for it: level 75.0 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 76.5 %, time 85.3 %, host 85.3 %, records 85.3 %), in a
// worktree at 000dc44 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Zen Cart's myDEBUG level, written on the `--> PHP …:` line
// at the end of the record, which trawl does not read, and ece-tools' deploy-hook lines indented
// under the hook's banner, which trawl joins to the banner instead of starting a record at each.

var fresh632Cases = []worldCase{
	{
		name:   "ghost-pretty-console",
		source: "Ghost 5/6 run in Docker or read with `ghost log` (@tryghost/logging's pretty stream: `[yyyy-MM-dd HH:mm:ss] LEVEL msg`, a request as `\"METHOD /path\" status Nms`, an ERROR followed by blank-separated detail lines): a blog post on Ghost bulk-email failures with a pasted `docker logs` excerpt (`[2025-03-23 10:01:15] ERROR status code 420`, `[BULK_EMAIL_DB_RETRY] …`) and a log-generator fixture writing `[…] INFO \"GET /ghost/api/content…\" 200 12ms`, both found with find_string",
		why:    "a zone-less bracketed stamp then a bare level word; the quoted request path and its `14ms` are no time; the detail lines after a blank under an ERROR belong to it, the bracketed `[BULK_EMAIL_DB_RETRY]` line among them too",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] INFO Ghost booted in 2.318s"),
			we("2026-11-29T07:41:20Z", Info, "", `[2026-11-29 07:41:20] INFO "GET /ghost/api/admin/site/" 200 14ms`),
			we("2026-11-29T07:41:21Z", Warn, "", "[2026-11-29 07:41:21] WARN Theme's file locales/en.json not found."),
			we("2026-11-29T07:44:02Z", Error, "",
				"[2026-11-29 07:44:02] ERROR [BULK_EMAIL_DB_RETRY] Sending email batch 674a1f0c2b9e5d0013c8a7f1  - Failed (2th try)",
				"",
				"[BULK_EMAIL_DB_RETRY] Sending email batch 674a1f0c2b9e5d0013c8a7f1  - Failed (2th try)",
				"",
				`"Mailgun Error 421: Too many requests, slow down"`),
			we("2026-11-29T07:44:05Z", Info, "", `[2026-11-29 07:44:05] INFO "POST /members/api/send-magic-link/" 201 388ms`),
		},
	},
	{
		name:   "ghost-json-content-log",
		source: "Ghost's file log in content/logs/<url>_production.log (bunyan JSON: name, hostname, pid, numeric level, req/res objects, msg, time in Z, v): TryGhost/Ghost issue #12025 (a pasted production log)",
		why:    "the host is bunyan's `hostname`, not the Host header nor x-forwarded-for inside req; the level is the number (30, 40, 50); the `level` inside the err object is no record level",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.118Z", Info, "ghost-harbour-fra1", `{"name":"Log","hostname":"ghost-harbour-fra1","pid":2214,"level":30,"req":{"meta":{"requestId":"9c1e7b02-5d4a-4f61-8e2b-3a7d0c9f1e44","userId":null},"url":"/site/","method":"GET","originalUrl":"/ghost/api/admin/site/","params":{},"headers":{"x-forwarded-for":"198.51.100.37","x-forwarded-proto":"https","host":"blog.harbour-goods.example","accept":"application/json"},"query":{}},"res":{"_headers":{"content-type":"application/json; charset=utf-8","content-length":"181"},"statusCode":200,"responseTime":"6ms"},"msg":"","time":"2026-11-29T07:41:20.118Z","v":0}`),
			we("2026-11-29T07:41:21.004Z", Warn, "ghost-harbour-fra1", `{"name":"Log","hostname":"ghost-harbour-fra1","pid":2214,"level":40,"msg":"Theme's file locales/en.json not found.","time":"2026-11-29T07:41:21.004Z","v":0}`),
			we("2026-11-29T07:44:02.671Z", Error, "ghost-harbour-fra1", `{"name":"Log","hostname":"ghost-harbour-fra1","pid":2214,"level":50,"err":{"id":"a3f09c10-adc4-11f0-9b1e-5b2c7d8e4f01","domain":"https://blog.harbour-goods.example","code":null,"name":"EmailError","statusCode":500,"level":"normal","message":"[BULK_EMAIL_DB_RETRY] Sending email batch 674a1f0c2b9e5d0013c8a7f1  - Failed (2th try)","context":"Mailgun Error 421: Too many requests, slow down","stack":"EmailError: [BULK_EMAIL_DB_RETRY] Sending email batch 674a1f0c2b9e5d0013c8a7f1\n    at BatchSendingService.sendBatch (/var/lib/ghost/versions/6.4.0/node_modules/@tryghost/email-service/lib/BatchSendingService.js:512:23)"},"msg":"[BULK_EMAIL_DB_RETRY] Sending email batch 674a1f0c2b9e5d0013c8a7f1  - Failed (2th try)","time":"2026-11-29T07:44:02.671Z","v":0}`),
			we("2026-11-29T07:44:05.930Z", Info, "ghost-harbour-fra1", `{"name":"Log","hostname":"ghost-harbour-fra1","pid":2214,"level":30,"req":{"meta":{"requestId":"0b7d3e21-4c8f-4a19-9e6d-71f2a5c0b388","userId":null},"url":"/api/send-magic-link/","method":"POST","originalUrl":"/members/api/send-magic-link/","headers":{"x-forwarded-for":"203.0.113.84","host":"blog.harbour-goods.example"}},"res":{"statusCode":201,"responseTime":"388ms"},"msg":"","time":"2026-11-29T07:44:05.930Z","v":0}`),
		},
	},
	{
		name:   "sfcc-custom-error-log",
		source: "Salesforce B2C Commerce (Demandware) customerror-<blade>-appserver-yyyyMMdd.log (`[yyyy-MM-dd HH:mm:ss.SSS GMT] LEVEL Thread|id|Site|Pipeline|Type|SessionId category []  - msg`, a script stack of tab-indented `at file:line (function)` lines or a `System Information` block under an error): Salesforce B2C Commerce 'Log Files' documentation; SFCC log-parser test fixtures and the sfcc-ci/dw-cli README found with find_string (`[2016-12-30 18:49:49.212 GMT] ERROR PipelineCallServlet|12129246|Sites-Site|Product-HitTile|PipelineCall|…`)",
		why:    "a bracketed stamp in GMT with milliseconds; the pipe-separated thread, site and pipeline are no host; the tab-indented stack and the System Information block belong to the ERROR above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.212Z", Error, "", `[2026-11-29 07:41:16.212 GMT] ERROR PipelineCallServlet|1203948811|Sites-HarbourGoods-Site|Product-Show|PipelineCall|Xq81vLmTzA custom.product []  - Image doesn't exist: "default/images/large/HG-2201.jpg". Product ID: "HG-2201"`),
			we("2026-11-29T07:42:03.877Z", Error, "",
				`[2026-11-29 07:42:03.877 GMT] ERROR PipelineCallServlet|1203948811|Sites-HarbourGoods-Site|CheckoutServices-SubmitPayment|PipelineCall|Kp20qWdYhR custom.checkout []  - TypeError: Cannot read property "paymentInstrument" from null`,
				"\tat app_harbour/cartridge/controllers/CheckoutServices.js:418 (anonymous)",
				"\tat modules/server/route.js:83 (next)",
				"\tat app_storefront_base/cartridge/scripts/middleware/csrf.js:26 (validateAjaxRequest)"),
			we("2026-11-29T07:45:30.004Z", Error, "",
				"[2026-11-29 07:45:30.004 GMT] ERROR SystemJobThread|88129331|Sites-HarbourGoods-Site|ImportCatalog|Job|a81c0f2e9d custom.jobs.catalog []  - Import of catalog 'harbour-master' failed",
				"com.demandware.beehive.core.capi.common.ImportException: XML validation failed at line 1184",
				"System Information",
				"------------------",
				"RequestID: a81c0f2e9d-0-00",
				"SessionType: JOB"),
			we("2026-11-29T07:46:11.530Z", Error, "", "[2026-11-29 07:46:11.530 GMT] ERROR PipelineCallServlet|1203948902|Sites-HarbourGoods-Site|Account-Login|PipelineCall|Vn33cKeRjw custom.login []  - Login failed for customer 00018842: account locked"),
		},
	},
	{
		name:   "grav-log",
		source: "Grav CMS logs/grav.log (Monolog LineFormatter `[yyyy-MM-dd HH:mm:ss] grav.LEVEL: msg [] []`, a Whoops trace folded onto the line): a project README with a pasted grav.log line (`[2016-09-11 18:12:32] grav.CRITICAL: Class 'Grav\\Plugin\\Email\\Email' not found - Trace: #0 …`) and a deployment guide that alerts on `grav.ERROR` and `grav.CRITICAL`, found with find_string",
		why:    "a zone-less bracketed stamp; the level after the `grav.` channel; the folded `#0 … #1 …` trace with `(363)` line numbers is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "", `[2026-11-29 07:41:16] grav.CRITICAL: Class "Grav\Plugin\Email\Email" not found - Trace: #0 /var/www/grav/vendor/filp/whoops/src/Whoops/Run.php(459): Whoops\Run->handleError(1, 'Class "Grav\\Plu...', '/var/www/grav/u...', 35) #1 [internal function]: Whoops\Run->handleShutdown() #2 {main} [] []`),
			we("2026-11-29T07:42:40Z", Warn, "", "[2026-11-29 07:42:40] grav.WARNING: Plugin 'shortcode-core' is not installed, 'harbour-gallery' may not work [] []"),
			we("2026-11-29T07:43:05Z", Error, "", `[2026-11-29 07:43:05] grav.ERROR: Failed to send email: Connection could not be established with host "smtp.harbour-goods.example:587": stream_socket_client(): Unable to connect (Connection timed out) [] []`),
			we("2026-11-29T07:45:00Z", Info, "", "[2026-11-29 07:45:00] grav.INFO: Scheduler: ran job 'cache-purge' in 0.42s [] []"),
		},
	},
	{
		name:   "zencart-notifier-trace",
		source: "Zen Cart's Notifier Trace plugin, logs/notifier_trace.log (`yyyy-mm-dd hh:mm:ss [main_page=page name] Notification text`): the plugin's readme (lat9, v2.1.0), found with the pages search",
		why:    "a zone-less date and time; `[main_page=…]` is a page, not a level nor a host; notifier names carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [main_page=product_info] NOTIFY_HEADER_START_PRODUCT_INFO"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [main_page=product_info] NOTIFY_MAIN_TEMPLATE_VARS_START_PRODUCT_INFO"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 [main_page=shopping_cart] NOTIFIER_CART_ADD_CART_START, products_id=44:9f2c1d, qty=2"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 [main_page=shopping_cart] NOTIFIER_CART_ADD_CART_END"),
		},
	},
	{
		name:   "zencart-mydebug-log",
		source: "Zen Cart 1.5.7+/2.x logs/myDEBUG-yyyyMMdd-HHmmss-micro.log (a PHP error-log stamp `[dd-Mon-yyyy HH:mm:ss Zone/Name] Request URI: …, IP address: …`, a `#n` backtrace, then `--> PHP Warning: …`): from memory",
		why:    "a day-month-name stamp with an IANA zone name (America/Chicago, -06:00 in November); the level is the `--> PHP …:` line at the end of the record; the backtrace and the PHP line belong to the Request URI line; the client IP is no host",
		gap:    "the `--> PHP Warning:` (`PHP Deprecated:`, `PHP Fatal error:`) line at the end of the record is not read as the record's level: every record comes out with none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				"[29-Nov-2026 01:41:16 America/Chicago] Request URI: /index.php?main_page=checkout_payment, IP address: 203.0.113.45",
				"#0 /home/hgoods/public_html/includes/modules/payment/paypalwpp.php(412): zen_debug_error_handler(2, 'Undefined varia...', '/home/hgoods/pu...', 412)",
				"#1 /home/hgoods/public_html/includes/classes/payment.php(98): paypalwpp->update_status()",
				"#2 /home/hgoods/public_html/index.php(35): require('/home/hgoods/pu...')",
				"--> PHP Warning: Undefined variable $order in /home/hgoods/public_html/includes/modules/payment/paypalwpp.php on line 412."),
			we("2026-11-29T07:41:16Z", Notice, "",
				"[29-Nov-2026 01:41:16 America/Chicago] Request URI: /index.php?main_page=checkout_payment, IP address: 203.0.113.45",
				"#0 /home/hgoods/public_html/includes/templates/harbour/common/tpl_main_page.php(71): zen_debug_error_handler(8192, 'strftime(): Fun...', '/home/hgoods/pu...', 71)",
				"--> PHP Deprecated: Function strftime() is deprecated in /home/hgoods/public_html/includes/templates/harbour/common/tpl_main_page.php on line 71."),
			we("2026-11-29T07:52:40Z", Critical, "",
				"[29-Nov-2026 01:52:40 America/Chicago] Request URI: /admin_hg/index.php?cmd=orders&oID=18842&action=edit, IP address: 198.51.100.12",
				"#0 [internal function]: zen_fatal_error_handler()",
				"#1 {main}",
				"--> PHP Fatal error: Uncaught Error: Call to a member function format() on null in /home/hgoods/public_html/admin_hg/orders.php:1204"),
		},
	},
	{
		name:   "magento-cloud-deploy-hook-output",
		source: "Adobe Commerce on cloud infrastructure, the deploy and post-deploy hooks' output as the push prints it (banner lines, then ece-tools' `[yyyy-MM-dd HH:mm:ss] LEVEL: msg` indented four blanks): Adobe Commerce Cloud 'View and manage logs' documentation (its condensed example `Executing post deploy hook for service \\`mymagento\\`` / `    [2019-01-03 19:44:11] NOTICE: Starting post-deploy.`), found with find_string",
		why:    "indented lines that each start a record of their own (a stamp after four blanks is no continuation); the level word before a colon; the banner lines carry nothing",
		gap:    "the ece-tools lines indented four blanks under the hook's banner are joined to the banner as continuation lines: none starts a record of its own, so no time, level or boundary of them is read",
		entries: []worldEntry{
			wskip("Re-deploying environment hg2x7kqpa4-integration-5ay2kqc",
				"  Executing post deploy hook for service `mymagento`"),
			we("2026-11-29T07:41:16Z", Notice, "", "    [2026-11-29 07:41:16] NOTICE: Starting post-deploy."),
			we("2026-11-29T07:41:16Z", Info, "", "    [2026-11-29 07:41:16] INFO: Validating configuration"),
			we("2026-11-29T07:41:17Z", Warn, "", "    [2026-11-29 07:41:17] WARNING: [2006] The SCD_THREADS variable is not set; static content will be deployed in one thread"),
			we("2026-11-29T07:41:17Z", Info, "", "    [2026-11-29 07:41:17] INFO: Enable cron"),
			we("2026-11-29T07:41:29Z", Notice, "", "    [2026-11-29 07:41:29] NOTICE: Post-deploy is complete."),
		},
	},
	{
		name:   "magento-cloud-cloud-log",
		source: "Adobe Commerce on cloud infrastructure, ece-tools' var/log/cloud.log (the build, deploy and post-deploy phases' `[yyyy-MM-dd HH:mm:ss] LEVEL: msg` lines, unindented): magento/ece-tools PR #191 (var/log/cloud.log holds the deploy phase) and the Adobe Commerce Cloud logs documentation's example; the `Starting scenario(s)` line and the numbered warning from memory",
		why:    "a zone-less bracketed stamp then `LEVEL:`; the ece-tools and magento versions in parentheses are no time; a CRITICAL with the failed command",
		entries: []worldEntry{
			we("2026-11-29T07:38:02Z", Notice, "", "[2026-11-29 07:38:02] NOTICE: Starting scenario(s): scenario/build/generate.xml scenario/build/transfer.xml (magento/ece-tools version: 2002.2.1, magento/magento2-base version: 2.4.8-p2)"),
			we("2026-11-29T07:38:40Z", Info, "", "[2026-11-29 07:38:40] INFO: Running: setup:di:compile --ansi --no-interaction"),
			we("2026-11-29T07:39:55Z", Warn, "", "[2026-11-29 07:39:55] WARNING: [1007] Configuration is not applied for SCD_MATRIX: theme Harbour/default is not installed"),
			we("2026-11-29T07:40:11Z", Critical, "", "[2026-11-29 07:40:11] CRITICAL: Command php ./bin/magento setup:upgrade --keep-generated --ansi --no-interaction returned code 1"),
			we("2026-11-29T07:40:11Z", Error, "", "[2026-11-29 07:40:11] ERROR: [116] Deployment failed, see var/log/cloud.log for details"),
		},
	},
}

func TestFresh632Formats(t *testing.T) { assertTable(t, fresh632Cases) }
func TestFresh632Score(t *testing.T) {
	checkScore(t, "fresh632 formats", fresh632Cases, [worldNumFields]float64{74.9, 87.4, 87.4, 87.4})
}
