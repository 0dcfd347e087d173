package parse

import "testing"

// The six-hundred-and-twenty-eighth fresh table: printing and document processing (OCR engines,
// PDF renderers and converters, scanners' drivers and front ends), in shapes no earlier table
// holds. Each family is one product's documented or observed output: PaddleOCR's `ppocr` console
// logger (`[yyyy/MM/dd HH:mm:ss] ppocr LEVEL: msg`); an OCR-D processor's log (`HH:mm:ss.SSS LEVEL
// logger - msg`, a Python traceback under an ERROR); GNOME Document Scanner's `--debug` output
// (`[+5,91s] DEBUG: scanner.vala:735:`, a time since start with the locale's decimal comma);
// Poppler's pdftotext/pdftoppm stderr (`Syntax Error (offset): …`, `Syntax Warning: …`, `Internal
// Error: …`); tesseract's stderr with Leptonica's `Error in fn:` lines; sane-backends' debug output
// with its time of day (`[HH:MM:SS.ffffff] [backend] msg`); Apache FOP's command line through
// java.util.logging (two-line records, SEVERE with an exception under it); Apache PDFBox under a
// logback default pattern (`HH:mm:ss.SSS [thread] LEVEL logger - msg`, a stack under a WARN).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cups`, `error_log`, `cups-browsed`, `cups-pdf`, `cupsd`, `[Job `,
// `foomatic`, `ghostscript`, `GPL Ghostscript`, `gs_`, `libreoffice`, `soffice`, `unoserver`,
// `unoconv`, `gotenberg`, `coolwsd`, `collabora`, `onlyoffice`, `docservice`, `nodeJS -`, `poppler`,
// `pdftoppm`, `Syntax Error`, `Syntax Warning`, `Internal Error`, `Illegal character <`, `May not be
// a PDF`, `tesseract`, `Estimating resolution`, `Leptonica`, `pixRead`, `Error in pix`, `Empty
// page`, `ocrmypdf`, `paddle`, `ppocr`, `] ppocr`, `ppocr INFO`, `dt_boxes`, `ocrd`, `ocrd_`,
// `OCR-D`, `ocrd.processor`, `saned`, `sane-airscan`, `airscan`, `sanei`, `sanei_usb`, `sane_init`,
// `sanei_debug`, `[dll]`, `add_backend`, `Setting debug level`, `SANE_DEBUG`, `ipp-usb`, `ippusb`,
// `ippusbxd`, `hplip`, `hp-systray`, `hpcups`, `hpijs`, `gutenprint`, `paperless`, `stirling`,
// `scanservjs`, `docspell`, `mayan`, `papercut`, `pdf.js`, `pdfjs`, `mupdf`, `mutool`, `qpdf`,
// `calibre`, `pandoc`, `weasyprint`, `wkhtmltopdf`, `apache fop`, `org.apache.fop`, `FOUserAgent`,
// `FopConfParser`, `LoggingEventListener`, `processEvent`, `pdfbox`, `org.apache.pdfbox`,
// `FileSystemFontProvider`, `fallback font`, `tika`, `imagemagick`, `lpd`, `lprng`,
// `ippeveprinter`, `ipptool`, `pappl`, `lprint`, `printer-app`, `brlaser`, `splix`, `ptouch`,
// `scanbd`, `simple-scan`, `simple_scan`, `simple-scan.vala`, `scanner.vala`, `[+0.`, `skanlite`,
// `naps2`, `gscan2pdf`, `kofax`, `abbyy`, `nuance`, `pdfium`, `itext`, `xpdf`, `evince`, `okular`,
// `zathura`, `doctr`, `easyocr`, `ocrad`, `kraken`, `calamari`, `surya`, `docling`,
// `INFO:docling`, `unstructured`, `pdf2htmlex`, `cups-filters`, `system-config-printer`,
// `PrintService`, `hylafax`, `xferfaxlog`, `airprint`, `lpadmin`, `pdfcpu`, `ghostpdl`, `typst`,
// `xelatex`). None of PaddleOCR, OCR-D, simple-scan, Poppler's messages, tesseract's own stderr,
// sane-backends' debug lines, FOP's CLI or PDFBox is in any table (`ocrd` matches only TL1's OCRDAT
// field name, `[+0.` another product, `processEvent` and `Empty page` other products,
// `tesseract` only paperless-ngx's logger name and an earlier table's grep list). Left out as
// measured already: CUPS' error_log, cupsd in the journal, cups-browsed, CUPS-PDF, lpstat, ipp-usb,
// sane-airscan's trace, saned, LPrint/PAPPL, HylaFAX, mgetty, Tika server, scanservjs, PaperCut,
// Gotenberg, soffice's --convert-to output, Ghostscript's error rows, paperless-ngx, OCRmyPDF's
// place in paperless, Calibre. Left out as not confirmed by any search: NAPS2's log file, gscan2pdf's
// log, Kraken's rich console, docling's CLI logging. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). PaddleOCR's bracketed `yyyy/MM/dd HH:mm:ss` has no zone and is taken as
// UTC. OCR-D's, sane-backends' and PDFBox's logback lines carry a time of day only: they are on the
// clock's day. FOP's JUL header has a date and a 12-hour clock with AM and no zone (UTC). simple-
// scan's `[+5,91s]` is the time since the program started, no clock: its records have no time, as
// Poppler's and tesseract's messages have none. Levels only where the line marks one: ppocr's
// level word, OCR-D's and PDFBox's level column, simple-scan's `DEBUG:`, Poppler's category
// (`Syntax Error`, `Internal Error` Error, `Syntax Warning` Warn), tesseract's `Warning:` and
// Leptonica's `Error in fn:` (Error), JUL's second-line level (SEVERE Error, WARNING Warn); the
// tesseract banner, its resolution estimate and the SANE lines carry none. No family has a host
// field: `ppocr` and the Java loggers are logger names, `[dll]` and `[airscan]` backends, the
// scanner's name in simple-scan a device, so every host is empty. A record that spans lines is one
// entry: OCR-D's ERROR with its Python traceback, FOP's two-line JUL records and its SEVERE with
// the exception and stack, PDFBox's WARN with an EOFException stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a detail the source says "from memory" (OCR-D's Python level name and traceback, FOP's
// SEVERE record). Hosts, ids, file names, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 000dc44 before any rule for it: level 95.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 94.7 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 000dc44 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Leptonica's `Error in fn:` prefix on tesseract's stderr, which
// trawl does not read as a level (2 of the family's 5 records come out unknown).

var fresh628Cases = []worldCase{
	{
		name:   "paddleocr-ppocr-console",
		source: "PaddleOCR's `ppocr` logger on the console (`[yyyy/MM/dd HH:mm:ss] ppocr LEVEL: msg`, DEBUG lines `dt_boxes num : N, elapse : s`): PaddlePaddle/PaddleOCR issues #11473, #9309 and #12115 (pasted logs)",
		why:    "a slashed date with a year inside brackets; `ppocr` is the logger name, no host; the level word with a colon after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16] ppocr INFO: processing 3/14 page:"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026/11/29 07:41:16] ppocr DEBUG: dt_boxes num : 38, elapse : 0.2874412536621094"),
			we("2026-11-29T07:41:19Z", Debug, "", "[2026/11/29 07:41:19] ppocr DEBUG: rec_res num  : 38, elapse : 2.904217004776001"),
			we("2026-11-29T07:41:20Z", Warn, "", "[2026/11/29 07:41:20] ppocr WARNING: Since the angle classifier is not initialized, it will not be used during the forward process"),
			we("2026-11-29T07:41:23Z", Error, "", "[2026/11/29 07:41:23] ppocr ERROR: error in layout recovery image:invoice_0412, err msg: list index out of range"),
		},
	},
	{
		name:   "ocrd-processor-time-of-day",
		source: "OCR-D processors' log (`HH:mm:ss.SSS LEVEL logger - msg`): OCR-D/ocrd-website site/en/spec/logging.md (the format and its example `08:03:40.017 WARN … - …`), OCR-D core's ocrd_logging.conf template (found with the code search); the Python level name WARNING and the traceback under an ERROR from memory",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word after it; a Python traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.017Z", Info, "", "07:41:16.017 INFO ocrd.workspace - Resolving file PHYS_0007 from mets.xml"),
			we("2026-11-29T07:41:16.240Z", Debug, "", "07:41:16.240 DEBUG ocrd.processor.base - input file group OCR-D-IMG, output file group OCR-D-BIN"),
			we("2026-11-29T07:41:18.502Z", Warn, "", "07:41:18.502 WARNING ocrd_tesserocr.recognize - Page 'PHYS_0007' has no text regions; skipping"),
			we("2026-11-29T07:41:21.933Z", Error, "",
				"07:41:21.933 ERROR ocrd.processor.helpers - Failure on page PHYS_0008: cannot identify image file",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.10/site-packages/ocrd/processor/helpers.py", line 128, in run_processor`,
				"    processor.process_workspace(workspace)",
				"PIL.UnidentifiedImageError: cannot identify image file 'OCR-D-IMG/FILE_0008.tif'"),
			we("2026-11-29T07:41:22.010Z", Info, "", "07:41:22.010 INFO ocrd.process.profile - Executing processor 'ocrd-tesserocr-recognize' took 5.993s"),
		},
	},
	{
		name:   "simple-scan-debug-relative",
		source: "GNOME Document Scanner (simple-scan --debug) on a terminal (`[+N,NNs] DEBUG: file.vala:line: msg`, the seconds since start with the locale's decimal comma): simple-scan's data/logs/README.md (scanner logs pasted from `simple-scan --debug`)",
		why:    "`[+5,91s]` is a time since start, no clock: the records have no time; DEBUG is the level; `scanner.vala:735` is a file and line",
		entries: []worldEntry{
			we("", Debug, "", "[+0,01s] DEBUG: simple-scan.vala:1720: Starting simple-scan 46.0, PID=48213"),
			we("", Debug, "", "[+0,14s] DEBUG: scanner.vala:1512: sane_init () -> SANE_STATUS_GOOD"),
			we("", Debug, "", "[+2,87s] DEBUG: scanner.vala:371: Device: name=\"airscan:e0:Brother MFC-L2750DW\" vendor=\"Brother\" model=\"MFC-L2750DW\" type=\"eSCL network scanner\""),
			we("", Debug, "", "[+5,91s] DEBUG: scanner.vala:735: Option 24: name='brightness' title='Brightness' type=int size=4 min=-100, max=100, quant=1 cap=soft-select,soft-detect"),
		},
	},
	{
		name:   "poppler-utils-stderr",
		source: "Poppler's pdftotext/pdftoppm stderr (`Category Error (offset): msg` or `Category Warning: msg`): pdf2htmlEX issue #295, ocropus/hocr-tools issue #186, jsvine/pdfplumber issue #243, freelawproject/doctor issue #225 (pasted output)",
		why:    "no time; the category word pair marks the level (`Syntax Error` Error, `Syntax Warning` Warn); `(2441217)` is a byte offset, not a time",
		entries: []worldEntry{
			we("", Warn, "", "Syntax Warning: May not be a PDF file (continuing anyway)"),
			we("", Error, "", "Syntax Error (1882304): Illegal character <3a> in hex string"),
			we("", Error, "", "Syntax Error: Couldn't find trailer dictionary"),
			we("", Error, "", "Syntax Error: Couldn't read xref table"),
			we("", Error, "", "Internal Error: xref num 412 not found but needed, try to reconstruct"),
		},
	},
	{
		name:   "tesseract-cli-leptonica-stderr",
		source: "tesseract 4/5 run on a terminal, with Leptonica's `Error in fn: msg` lines: tesseract-ocr/tesseract issues #639 and #1702, PR #3342, googleapis/google-cloud-python issue #7556; Leptonica's `Error in pixReadStream: Unknown format: no pix returned` found with find_string",
		why:    "no time at all; `Warning:` and Leptonica's `Error in` mark levels; the banner and the resolution estimate carry none",
		entries: []worldEntry{
			we("", Unknown, "", "Tesseract Open Source OCR Engine v5.4.1 with Leptonica"),
			we("", Warn, "", "Warning: Invalid resolution 0 dpi. Using 70 instead."),
			we("", Unknown, "", "Estimating resolution as 318"),
			we("", Error, "", "Error in pixReadStream: Unknown format: no pix returned"),
			we("", Error, "", "Error in pixRead: pix not read"),
		},
	},
	{
		name:   "sane-backends-debug-timed",
		source: "sane-backends 1.0.32+ debug output with SANE_DEBUG_DLL and a backend's SANE_DEBUG_* set (`[HH:MM:SS.ffffff] [backend] msg`): alexpevzner/sane-airscan issue #170 (a pasted scanimage -L log); haikuports issue #4143 for the older untimed `[backend] msg`",
		why:    "a time of day with microseconds in the first brackets, the backend's name in the second; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Unknown, "", "[07:41:16.204113] [sanei_debug] Setting debug level of dll to 4."),
			we("2026-11-29T07:41:16.204190Z", Unknown, "", "[07:41:16.204190] [dll] sane_init: SANE dll backend version 1.0.13 from sane-backends 1.3.1"),
			we("2026-11-29T07:41:16.204302Z", Unknown, "", "[07:41:16.204302] [dll] sane_init/read_dlld: using config directory `/etc/sane.d/dll.d'"),
			we("2026-11-29T07:41:16.204377Z", Unknown, "", "[07:41:16.204377] [dll] add_backend: adding backend `airscan'"),
			we("2026-11-29T07:41:18.731560Z", Unknown, "", "[07:41:18.731560] [dll] sane_get_devices: found 2 devices"),
		},
	},
	{
		name:   "apache-fop-cli-jul",
		source: "Apache FOP's fop command line logging through java.util.logging's SimpleFormatter (`MMM d, yyyy h:mm:ss a class method` then `LEVEL: msg`): SUSE/release-notes issue #94 (a German-locale paste), asciidoctor/asciidoctor-fopub issue #37; the SEVERE with an exception under it from memory",
		why:    "a two-line JUL record: the 12-hour clock with AM on the first line, the level on the second; SEVERE is Error; a stack trace stays with its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.fop.apps.FopConfParser configure",
				"INFO: Default page-height set to: 11.69in"),
			we("2026-11-29T07:41:17Z", Warn, "",
				"Nov 29, 2026 7:41:17 AM org.apache.fop.apps.FOUserAgent processEvent",
				`WARNING: Font "Symbol,normal,700" not found. Substituting with "Symbol,normal,400".`),
			we("2026-11-29T07:41:17Z", Warn, "",
				"Nov 29, 2026 7:41:17 AM org.apache.fop.fo.properties.PropertyMaker make",
				`WARNING: background-color="inherit" on fo:inline, but no explicit value found on the parent FO.`),
			we("2026-11-29T07:41:19Z", Error, "",
				"Nov 29, 2026 7:41:19 AM org.apache.fop.cli.Main startFOP",
				"SEVERE: Exception",
				"org.apache.fop.apps.FOPException: org.apache.fop.fo.ValidationException: \"fo:table-body\" is missing child elements. (See position 212:38)",
				"\tat org.apache.fop.cli.InputHandler.transformTo(InputHandler.java:289)",
				"\tat org.apache.fop.cli.Main.startFOP(Main.java:186)"),
		},
	},
	{
		name:   "pdfbox-logback-time-of-day",
		source: "Apache PDFBox under an application's logback default pattern (`HH:mm:ss.SSS [thread] LEVEL logger - msg`): oss-review-toolkit/ort issue #2755 (PDFBox's FileSystemFontProvider and PDType1Font lines), navikt/pdfgen PR #176 (the EOFException stack under a font warning)",
		why:    "a time of day only (the clock's day); the thread in brackets, the level padded to five; a stack trace under a WARN is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.815Z", Warn, "", "07:41:16.815 [main] WARN  org.apache.pdfbox.pdmodel.font.FileSystemFontProvider - New fonts found, font cache will be re-built"),
			we("2026-11-29T07:41:16.902Z", Debug, "", "07:41:16.902 [main] DEBUG org.apache.pdfbox.pdfparser.COSParser - Parsing trailer of statement-2026-11.pdf"),
			we("2026-11-29T07:41:17.104Z", Warn, "",
				"07:41:17.104 [main] WARN  org.apache.pdfbox.pdmodel.font.FileSystemFontProvider - Could not load font file: /usr/share/fonts/truetype/noto/NotoSansOldHungarian.ttf",
				"java.io.EOFException: null",
				"\tat org.apache.fontbox.ttf.TTFDataStream.readUnsignedShort(TTFDataStream.java:154)",
				"\tat org.apache.fontbox.ttf.TTFParser.parseTables(TTFParser.java:165)"),
			we("2026-11-29T07:41:17.260Z", Warn, "", "07:41:17.260 [main] WARN  org.apache.pdfbox.pdmodel.font.PDType1Font - Using fallback font LiberationSans for base font Helvetica-Oblique"),
			we("2026-11-29T07:41:18.033Z", Error, "", "07:41:18.033 [pool-3-thread-2] ERROR org.apache.pdfbox.rendering.PDFRenderer - Cannot render page 4: Invalid dictionary, found: 'e' but expected: '/' at offset 90211"),
		},
	},
}

func TestFresh628Formats(t *testing.T) { assertTable(t, fresh628Cases) }

func TestFresh628Score(t *testing.T) {
	checkScore(t, "fresh628 formats", fresh628Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
