package parse

import "testing"

// The four-hundred-and-fifty-ninth fresh table, written on 2026-12-07: levels as programs spell and
// place them, a third further pass, in product shapes no earlier table holds: a level word at the
// end of a line inside a source location, a level word after a program's name (with FAIL for an
// error), a level word inside a bracket before a construct path, one severity letter inside a
// message code, a reporter's words (success, failed) in the level's place, a console method's name
// as a block's header, symbols after a file position, a level word indented under a resource
// header, and words that only look like levels (a test runner's PASS and FAIL, a summary's ✖).
// Each family is one product's documented or observed output: ImageMagick's CLI (`convert: reason
// `file' @ warning/png.c/Function/line.`, the exception's severity written as the first part of its
// location); SoX's stderr (`sox WARN effect: msg`, `sox FAIL formats: msg`); the AWS CDK CLI's
// construct annotations on synth (`[Warning at /Stack/Construct] msg [ack: id]`, `Found errors`);
// an OpenVMS batch job's log (`%FACILITY-L-IDENT, text` with its `-FACILITY-L-IDENT` secondary
// messages, DCL's verify echo and the job-terminated line); the Gatsby CLI's reporter (`success
// … - 0.006s`, `warn`, `info`, `failed`, and the ` ERROR #95313  HTML.COMPILATION` block); Jest
// 26+'s buffered console (`  console.warn` and the message, code frame and stack indented under
// it) between ` PASS ` and ` FAIL ` lines; Stylelint's string formatter (`  14:3  ✖  msg  rule`
// under a file's path, the `✖ n problems` summary); `pulumi up`'s Diagnostics section (a
// `type (name):` header and an indented `warning:` or `error:`); pandoc's `[WARNING]` and `[INFO]`
// messages with a TeX-math parse error indented under the first.
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`imagemagick`, `magick`, `convert: `, `@ error/`, `@ warning/`,
// `MagickPNG`, `OpenBlob`, `png.c`, `ConvertImageCommand`, `IsCoderAuthorized`, `sox `,
// `sox WARN`, `sox FAIL`, `rate clipped`, `dither clipped`, `FAIL formats`, `SoX v`, `cdk`,
// `aws-cdk`, `cdk deploy`, `Warning at /`, `Error at /`, `[Info at`, `ack: @aws`, `Found errors`,
// `%DCL`, `openvms`, `-W-`, `-F-`, a `%FAC-L-IDENT` pattern, `IVVERB`, `RMS-E`, `ACTIMAGE`,
// `SEARCHFAIL`, `IMAGEFNF`, `check validity and spelling`, `job terminated`, `job terminated at`,
// `$ SET`, `Accounting information`, `gatsby`, `gatsby-`, `success onPreInit`, `onPreInit`,
// `open and validate gatsby`, `bootstrap finished`, `HTML.COMPILATION`, `ERROR #`, `jest`,
// `console.warn`, `console.error`, `console.info`, `console.log`, `at Object.<anonymous>`,
// `Tests:`, ` PASS  `, ` FAIL  `, `stylelint`, `string formatter`, `property-no-unknown`,
// `Unexpected unknown`, `no-duplicate-selectors`, `color-hex-case`, `✖`, `⚠`, `problems (`,
// `pulumi`, `pulumi:pulumi:Stack`, `Diagnostics:`, `verification warning`, `pandoc`,
// `[WARNING] Could not`, `Could not fetch resource`, `[INFO] Running filter`, `Running filter`,
// `Duplicate identifier`; and, dropped as already measured, `Monitorable`, `SharePoint`,
// `dtexec`, `End Error`, `Reporter::`, `zeek`, `mpv`, `cplayer`, `NOTE: The data set`,
// `Total process time`, `/dev/kmsg`, `,-;`, `y2log`, `--style compact`, `libvlc`, `vlc`,
// `gstreamer`, `falco`, `anaconda`, `INF program`, `cmtrace`, `##[warning]`, `::warning`, `bazel`,
// `INFO: Analyzed`, `meson`, `minikube`, `❗`, `next.js`, `⨯`, `✓ Ready`, `DATA RACE`,
// `AddressSanitizer`, `==ERROR:`, `docusaurus`, `hugo`, `jekyll`, `libEGL`, `Gtk-WARNING`,
// `(node:`, `vagrant`, `borg`, `Hit:1`, `Asserted`, `ipmitool`, `sel elist`, `pytest`, `::test_`).
// ImageMagick, SoX, the CDK's annotations, an OpenVMS batch log's condition codes, Gatsby's
// reporter, Jest's console blocks, Stylelint's formatter, Pulumi's text diagnostics and pandoc are
// in none: `Error at /` in fresh27, fresh32 and fresh107 is other text, `-W-` and `-F-` in fresh116
// and fresh138 are switch messages (`%LINK-W-Down`), `%SYSTEM-S-NORMAL` and `%LOGIN-F-INVPWD` in
// fresh253 are the Final status text of an OpenVMS accounting record and OPCOM in fresh45 the
// operator log, never a batch log's own messages; `pulumi` in fresh42, fresh53, fresh190 and
// fresh288 is its glog (-v=9), its JSON event log or a word in other text; `jest` in fresh185 is `> jest --ci` under
// CodeBuild and `console.info` in fresh67 another product's text; ` PASS  ` in fresh35 and
// fresh159 is other products' columns; `✖` in fresh125 and fresh345 is ESLint's summary and a
// Ruby checker. Borg's `--list` letters (fresh73), Zeek's reporter.log (fresh66), SharePoint's ULS
// levels (fresh6, fresh45, fresh126), mpv's log file (fresh178) and SAS's log (fresh193) were the
// first candidates and were dropped after the grep. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Only the OpenVMS batch log writes a time: `job terminated at
// 29-NOV-2026 07:41:18.52` has no zone and is taken as UTC; the other families write none, and the
// source line numbers, durations (`- 0.006s`, `in 212 ms`), sample counts, error numbers
// (`#95313`), positions (`14:3`) and versions are no times. Levels only where the line marks one,
// mapped onto Level: ImageMagick's `@ warning/` Warn and `@ error/` Error; SoX's WARN Warn, INFO
// Info and FAIL (its lsx_fail, the level above warn) Error, and its `sox:      SoX v14.4.2`
// banner none; the CDK's `[Warning at` Warn, `[Info at` Info and `[Error at` Error, its `Found
// errors` line none; OpenVMS's severity letter of the primary message (`%COPY-E-` Error,
// `%DCL-W-` Warn, `%DCL-I-` Info, `%SYSTEM-F-` fatal, Critical), the secondary `-RMS-E-` lines
// adding nothing, DCL's `$` echo and the job-terminated line none; Gatsby's `success` and `info`
// Info (success is its reporter's level below warn, as earlier tables read SUCCESS), `warn` Warn,
// `failed` (an activity that ended in failure, written in the level's place) and ` ERROR #…`
// Error; Jest's `console.warn`, `console.error` and `console.info` Warn, Error and Info,
// `console.log` none (log is no severity), ` PASS ` and ` FAIL ` (test outcomes) none;
// Stylelint's `✖` after a position Error and `⚠` Warn, its path line and its `✖ n problems`
// summary none; Pulumi's indented `warning:` and `error:` Warn and Error, `Diagnostics:`, the
// `Resources:` summary and `Duration:` none; pandoc's `[WARNING]` Warn and `[INFO]` Info. No
// record names its host: the file names, construct paths, resource names and URNs are no hosts. A
// record that spans lines is one entry: an OpenVMS primary message with its secondary `-` lines
// (and DCL's `\TOKEN\` echo); Gatsby's ERROR block from ` ERROR #95313` to its docs line, blank
// lines inside it; a Jest console block from its `console.` header through its message, code frame,
// stack and the blank line after it; a Pulumi resource header with its indented diagnostic and the
// blank line after it; pandoc's TeX-math warning with its indented source, caret, unexpected and
// expecting lines; the Resources summary with its indented counts. A blank line after a record
// belongs to it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit be85645 before any rule for it: level 48.5 %, time 78.8 %, host 78.8 %, records 65.7 %.
// That is the macro figure (micro: level 48.2 %, time 78.6 %, host 78.6 %, records 64.3 %), in a
// worktree at be85645 with no change to trawl's code (only this file and table_test.go's list), 1 of
// 9 families fully right (pandoc); the gaps are ImageMagick's `@ warning/` and `@ error/` location
// severities, SoX's FAIL, the CDK's `[Warning at` and `[Info at` brackets, OpenVMS's severity
// letters and secondary messages, Gatsby's success and failed words and its error block, Jest's
// console blocks under PASS and FAIL lines, Stylelint's symbol lines under a path line and its
// summary's ✖, and Pulumi's indented resource diagnostics under `Diagnostics:`.

var fresh459Cases = []worldCase{
	{
		name:   "imagemagick-cli-at-severity-location",
		gap:    "trawl reads no level from `… @ warning/png.c/Function/line.` or `… @ error/blob.c/Function/line.`: the severity word that opens the source location at the end of the line is not read, so every record is Unknown",
		source: "ImageMagick 6 and 7's CLI on stderr (`convert: reason `file' @ severity/file.c/Function/line.`, where the location's first part is the exception's class: warning, error): ImageMagick/ImageMagick issues #7765 and #4282, minetest-tools/mcresconvert issue #18, lgarron/folderify issue #16; the severity word's origin (MagickCore/exception.c) from memory",
		why:    "the level is the first part of a source location at the end of the line, after `@ `; the program's name (convert-im6.q16, magick) comes first; no time, no host",
		entries: []worldEntry{
			we("", Warn, "", "convert: profile 'icc': 'RGB ': RGB color space not permitted on grayscale PNG `scans/intake-0412/page-014.png' @ warning/png.c/MagickPNGWarningHandler/1754."),
			we("", Error, "", "convert: unable to open image 'scans/intake-0412/page-015.png': No such file or directory @ error/blob.c/OpenBlob/3571."),
			we("", Error, "", "convert: no images defined `out/intake-0412.pdf' @ error/convert.c/ConvertImageCommand/3342."),
			we("", Error, "", "convert-im6.q16: attempt to perform an operation not allowed by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/421."),
			we("", Warn, "", "magick: iCCP: known incorrect sRGB profile `thumbs/cover-7731.png' @ warning/png.c/MagickPNGWarningHandler/1526."),
		},
	},
	{
		name:   "sox-cli-name-level-word",
		gap:    "trawl reads WARN and INFO after `sox ` but not FAIL: `sox FAIL formats: …` and `sox FAIL sox: …` come out Unknown instead of Error",
		source: "SoX 14.4's messages on stderr (`sox LEVEL name: msg`, LEVEL one of FAIL WARN INFO DBUG, name the effect, format handler or `sox`; the `sox:      SoX v14.4.2` banner under -V3): i3thuan5/tai5-uan5_gian5-gi2_hok8-bu7 PR #106, yonilevy/noiseclean issue #3, filipsPL/autowx2 issue #52, wieslawsoltes/BatchEncoder issue #106; the INFO line from memory",
		why:    "the level word after the program's name, FAIL for an error; the effect's name and a colon after it; `decrease volume?` and sample counts are message text",
		entries: []worldEntry{
			we("", Unknown, "", "sox:      SoX v14.4.2"),
			we("", Info, "", "sox INFO formats: detected file format type `wav'"),
			we("", Warn, "", "sox WARN rate: rate clipped 217 samples; decrease volume?"),
			we("", Warn, "", "sox WARN dither: dither clipped 188 samples; decrease volume?"),
			we("", Error, "", "sox FAIL formats: can't open input file `intake/call-0412.wav': No such file or directory"),
			we("", Error, "", "sox FAIL sox: Rate value `-x' is not a positive number"),
		},
	},
	{
		name:   "aws-cdk-synth-annotation-brackets",
		gap:    "trawl does not read the level word inside `[Warning at /Stack/Construct]` and `[Info at /Stack/Construct]` on the first two lines (Unknown); it reads `[Error at …]` and the later `[Warning at …]` line",
		source: "the AWS CDK CLI's construct annotations on `cdk synth` / `cdk deploy` (`[Warning at /Stack/Construct] msg [ack: id]`, `[Info at …]`, `[Error at …]`, then `Found errors` when an error was added): guardian/cdk PR #535 (an `[Info at /Stack/Topic]` line), go-to-k/cdkd PR #1229 and issue #1230 (the CLI's `[Error at /path]` and `Found errors`), aws/aws-cdk issue #18317; the `[ack: …]` suffix of addWarningV2 from memory",
		why:    "the level word inside a bracket, followed by `at` and a construct path; `Found errors` has no level; the path is no host",
		entries: []worldEntry{
			we("", Warn, "", "[Warning at /OrdersStack/OrdersTable] minCapacity is not set, the table will scale from 1 read capacity unit [ack: @aws-cdk/aws-dynamodb:minCapacityNotSet]"),
			we("", Info, "", "[Info at /OrdersStack/OrdersApi] Access logging is enabled to log group /aws/apigateway/orders-api-dev"),
			we("", Warn, "", "[Warning at /OrdersStack/ThumbnailFn] The nodejs18.x runtime is deprecated; use nodejs22.x [ack: @aws-cdk/aws-lambda:runtimeDeprecated]"),
			we("", Error, "", "[Error at /OrdersStack/IngestQueue] Queue visibility timeout (30 seconds) is lower than the function's timeout (120 seconds)"),
			we("", Unknown, "", "Found errors"),
		},
	},
	{
		name:   "openvms-batch-log-condition-codes",
		gap:    "trawl reads no level from the letter inside `%COPY-E-OPENIN,`, `%DCL-I-SUPERSEDE,`, `%DCL-W-IVVERB,` or `%SYSTEM-F-ABORT,`; the secondary `-RMS-E-FNF, …` and `-PAYCALC-E-NOPERIOD, …` lines are cut into records of their own instead of joining their primary message, and the indented `  PAYROLL      job terminated at 29-NOV-2026 07:41:18.52` line is joined to the `-PAYCALC-E-…` line, so its time is lost",
		source: "an OpenVMS batch job's log file (SUBMIT/LOG with SET VERIFY: DCL's `$ command` echo, condition messages `%FACILITY-L-IDENT, text` with secondary `-FACILITY-L-IDENT, text` lines, DCL's ` \\TOKEN\\` echo under IVVERB, the `  USER  job terminated at dd-MMM-yyyy HH:mm:ss.cc` line): OpenVMS System Messages: Companion Guide for Help Message Users 1.1 (the message format and the S I W E F severity letters), OpenVMS User's Manual 16.5 (batch jobs); the log's layout from memory",
		why:    "the level is one letter between two dashes inside a message code; a secondary message starting with `-` belongs to the primary above it; the job-terminated line's time has no zone",
		entries: []worldEntry{
			we("", Unknown, "", "$ SET DEFAULT DKA100:[PAYROLL]"),
			we("", Unknown, "", "$ COPY PAYIN.DAT DKA200:[ARCHIVE]"),
			we("", Error, "",
				"%COPY-E-OPENIN, error opening DKA100:[PAYROLL]PAYIN.DAT; as input",
				"-RMS-E-FNF, file not found"),
			we("", Unknown, "", "$ DEFINE/NOLOG SYS$SCRATCH DKA300:[SCRATCH.PAYROLL]"),
			we("", Info, "", "%DCL-I-SUPERSEDE, previous value of SYS$SCRATCH has been superseded"),
			we("", Unknown, "", "$ PAYCALX /PERIOD=2026-11"),
			we("", Warn, "",
				"%DCL-W-IVVERB, unrecognized command verb - check validity and spelling",
				" \\PAYCALX\\"),
			we("", Unknown, "", "$ RUN PAYCALC"),
			we("", Critical, "",
				"%SYSTEM-F-ABORT, abort",
				"-PAYCALC-E-NOPERIOD, no open payroll period for 29-NOV-2026"),
			we("2026-11-29T07:41:18.52Z", Unknown, "", "  PAYROLL      job terminated at 29-NOV-2026 07:41:18.52"),
		},
	},
	{
		name:   "gatsby-cli-reporter-words",
		gap:    "trawl reads `info` and `warn` but not `success` (Info) or `failed` (Error) in the level's place; the `failed …` line swallows the blank line and the ` ERROR #95313  HTML.COMPILATION` line, and the rest of the error block (its message and docs line) is cut into records after it",
		source: "the Gatsby CLI's reporter on `gatsby build` (`success <activity> - 0.006s`, `info`, `warn`, `failed <activity> - 3.902s`, and a structured error ` ERROR #95313  HTML.COMPILATION` with its message and docs link under blank lines): gatsbyjs/gatsby PR #6387 and issues #10052, #31474 and #5590, blocks/blocks issue #354",
		why:    "the reporter's word in the level's place: success and info, warn, failed; the error block has its number and category after ERROR and blank lines inside it; durations are no times",
		entries: []worldEntry{
			we("", Info, "", "success open and validate gatsby-configs, load plugins - 0.412s"),
			we("", Info, "", "success onPreInit - 0.006s"),
			we("", Warn, "", "warn Plugin gatsby-plugin-sitemap is not compatible with your gatsby version 5.14.1 - It requires gatsby@^4.0.0"),
			we("", Info, "", "info Total nodes: 214, SitePage nodes: 38 (use --verbose for breakdown)"),
			we("", Info, "", "success Building production JavaScript and CSS bundles - 21.337s"),
			we("", Error, "",
				"failed Building static HTML for pages - 3.902s",
				""),
			we("", Error, "",
				" ERROR #95313  HTML.COMPILATION",
				"",
				"Building static HTML failed for path \"/notes/rollout-1129/\"",
				"",
				"See our docs page for more info on this error: https://gatsby.dev/debug-html"),
		},
	},
	{
		name:   "jest-console-method-blocks",
		gap:    "the ` PASS  file` and ` FAIL  file` lines swallow every `  console.log|info|warn|error` block under them, so no console block is a record and the method names are not read as Info, Warn and Error",
		source: "Jest 26+'s buffered console in a test run (a `  console.log`, `  console.info`, `  console.warn` or `  console.error` header, the message indented under it, a code frame for warn and error, the `at` stack and a blank line), between ` PASS ` and ` FAIL ` file lines: jestjs/jest PR #9741 and issue #8819 (the stack and code frame for warn and error, the older `console.error path:line` header); the block's indentation from memory",
		why:    "the console method's name is the block's level; `console.log` names no severity; ` PASS ` and ` FAIL ` are test outcomes, no levels; the message, code frame and stack belong to the header",
		entries: []worldEntry{
			we("", Unknown, "", " PASS  src/orders/__tests__/seed.test.ts"),
			we("", Unknown, "",
				"  console.log",
				"    seeding 12 orders for tenant t-0412",
				"",
				"      at Object.<anonymous> (src/orders/__tests__/seed.test.ts:18:13)",
				""),
			we("", Info, "",
				"  console.info",
				"    cache warmed in 41ms",
				"",
				"      at Object.<anonymous> (src/orders/__tests__/seed.test.ts:31:13)",
				""),
			we("", Warn, "",
				"  console.warn",
				"    fetchOrders is deprecated and will be removed in v4, use listOrders",
				"",
				"      40 |",
				"      41 | export function fetchOrders(id: string) {",
				"    > 42 |   console.warn('fetchOrders is deprecated and will be removed in v4, use listOrders');",
				"         |           ^",
				"      43 |   return listOrders({ id });",
				"      44 | }",
				"",
				"      at fetchOrders (src/orders/api.ts:42:11)",
				"      at Object.<anonymous> (src/orders/__tests__/api.test.ts:27:5)",
				""),
			we("", Unknown, "", " FAIL  src/orders/__tests__/api.test.ts"),
			we("", Error, "",
				"  console.error",
				"    refund rejected: order o-88213 is already settled",
				"",
				"      at RefundService.apply (src/orders/refund.ts:77:15)",
				"      at Object.<anonymous> (src/orders/__tests__/api.test.ts:54:22)",
				""),
		},
	},
	{
		name:   "stylelint-string-formatter-symbols",
		gap:    "a file's path line swallows the `  14:3   ✖  …` and `  27:12  ⚠  …` problem lines under it, so the ✖ (Error) and ⚠ (Warn) after the position are never read as levels; the summary `✖ 3 problems (2 errors, 1 warning)` is read as Error",
		source: "Stylelint 16/17's default string formatter (a file's path, then `  line:col  ✖|⚠  message  rule` under it, a blank line, the `✖ n problems (n errors, n warnings)` summary): stylelint/stylelint issues #9115 and #3200, PR #6480 (the formatters' severities)",
		why:    "the level is a symbol after a line:column position; the path line and the summary's ✖ carry no level; the rule's name is no level",
		entries: []worldEntry{
			we("", Unknown, "", "src/styles/checkout.css"),
			we("", Error, "", "  14:3   ✖  Unexpected unknown property \"colr\"                          property-no-unknown"),
			we("", Warn, "",
				"  27:12  ⚠  Expected \"#FFF\" to be \"#fff\"                                color-hex-case",
				""),
			we("", Unknown, "", "src/styles/cart.scss"),
			we("", Error, "",
				"  8:1  ✖  Unexpected duplicate selector \".cart-row\", first used at line 3  no-duplicate-selectors",
				""),
			we("", Unknown, "", "✖ 3 problems (2 errors, 1 warning)"),
		},
	},
	{
		name:   "pulumi-up-diagnostics-indented-levels",
		gap:    "the `Diagnostics:` line swallows every indented `  type (name):` resource header and its `    warning:` / `    error:` line, so no resource block is a record and their levels are not read",
		source: "`pulumi up`'s text output at the end of an update (a `Diagnostics:` line, each resource as `  type (name):` with its `    warning:`, `    error:` or `    info:` lines indented under it and a blank line, then `Resources:` with its counts and `Duration:`): pulumi/pulumi-kubernetes issue #155 (a Diagnostics block with an indented warning), pulumi/pulumi PR #1327 (an indented info: under the stack); the `type (name):` header of Pulumi 3 from memory",
		why:    "the level word indented under a resource header, the header its record's first line; `Diagnostics:`, `Resources:` and `Duration:` carry no level; the URN and resource names are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "Diagnostics:"),
			we("", Warn, "",
				"  aws:lambda:Function (thumbnailer):",
				"    warning: urn:pulumi:dev::media::aws:lambda/function:Function::thumbnailer verification warning: The nodejs18.x runtime is deprecated",
				""),
			we("", Error, "",
				"  aws:s3:BucketV2 (uploads):",
				"    error:   sdk-v2/provider2.go:572: sdk.helper_schema: creating S3 Bucket (media-uploads-0412): BucketAlreadyExists",
				""),
			we("", Error, "",
				"  pulumi:pulumi:Stack (media-dev):",
				"    error: update failed",
				""),
			we("", Unknown, "",
				"Resources:",
				"    + 2 created",
				"    ~ 1 updated",
				"    3 changes. 9 unchanged",
				""),
			we("", Unknown, "", "Duration: 41s"),
		},
	},
	{
		name:   "pandoc-bracket-levels-tex-math-block",
		source: "pandoc 2.x/3.x's messages on stderr (`[WARNING] msg`, `[INFO] msg` under --verbose; a TeX-math conversion warning followed by the formula, a caret, and texmath's indented `unexpected` and `expecting` lines): jgm/pandoc issues #5117, #4447, #10706 and #10842, jgm/texmath issue #277; the `[INFO] Running filter` and `Completed filter` lines from memory",
		why:    "a bracketed level word first and no time; the warning's indented formula, caret and parse-error lines belong to it; `expecting \"%\"…` is message text",
		entries: []worldEntry{
			we("", Info, "", "[INFO] Running filter pandoc-crossref"),
			we("", Info, "", "[INFO] Completed filter pandoc-crossref in 212 ms"),
			we("", Warn, "",
				"[WARNING] Could not convert TeX math '\\mathds{1}_{x>0}', rendering as TeX:",
				"  \\mathds{1}_{x>0}",
				"         ^",
				"  unexpected \"{\"",
				"  expecting \"%\", \"\\\\label\", \"\\\\tag\", \"\\\\nonumber\" or whitespace"),
			we("", Warn, "", "[WARNING] Could not fetch resource 'figures/latency-p99.svg': replacing image with description"),
			we("", Warn, "", "[WARNING] Duplicate identifier 'results' at chapters/03-eval.md line 41 column 1"),
		},
	},
}

func TestFresh459Formats(t *testing.T) { assertTable(t, fresh459Cases) }
func TestFresh459Score(t *testing.T) {
	checkScore(t, "fresh459 formats", fresh459Cases, [worldNumFields]float64{48.4, 78.7, 78.7, 65.6})
}
