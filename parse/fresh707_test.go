package parse

import "testing"

// The seven-hundred-and-seventh fresh table: printing and scanning, the outputs people paste into
// printer and scanner bug reports that no earlier table holds. Each family is one product's
// documented or observed output: SANE's backend debug output from before sane-backends 1.0.32 put
// a clock in front of it (`[pixma] msg`, no time at all, interleaved with scanimage's own lines); a
// CUPS filter from libcupsfilters run by hand or through cupsfilter (`DEBUG:`, `INFO:`, `WARNING:`,
// `ERROR:`, `PAGE:` message prefixes on stderr, no time); Happy Hare's mmu.log beside Klipper (a
// time of day only, continuation lines indented nine blanks); an HPLIP tool run with -g
// (`hp-info[pid]: debug: msg`, `warning: msg`, `error: msg` and plain info lines, no time); HPLIP in
// the syslog file (the hp backend's hpmud `io/hpmud/musb.c 2101: msg` and a Python tool's
// `hp-systray[pid]: warning: msg` under the syslog tag); libcups' CUPS_DEBUG_LOG (a thread column,
// a time of day with milliseconds, two blanks, the function); ipp-usb in debug mode on the console
// (its log lines without the file logger's date, a prefix byte first); and scanbd in the
// foreground (`scanbd: msg` with the scan script's output between).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cups`, `error_log`, `page_log`, `cupsd`, `cups-browsed`, `[Job `,
// `cupsfilter`, `DEBUG: ppdFilter`, `INFO: ppdFilter`, `DEBUG: argv[`, `libcupsfilters`,
// `cfFilter`, `pdftopdf`, `gstoraster`, `foomatic`, `foomatic-rip`, `libcups`, `CUPS_DEBUG`,
// `_httpWait`, `T006 `, `hplip`, `hpmud`, `io/hpmud`, `musb.c`, `usb_open`, `hp-setup`,
// `hp-check`, `hp-plugin`, `hp-toolbox`, `hp-systray`, `hp-info`, `hp-scan`, `hpaio`,
// `]: debug: `, `debug2:`, `gutenprint`, `stp_`, `sane`, `sanei`, `[sanei`, `SANE_DEBUG`, `[dll]`,
// `[genesys]`, `[pixma]`, `[hpaio]`, `[epson2]`, `pixma`, `haikuports`, `scangear`, `scanimage`,
// `saned`, `airscan`, `scanbd`, `scanbm`, `brscan`, `brscan-skey`, `epsonscan`, `epsonscan2`,
// `gscan2pdf`, `naps2`, `xsane`, `paperless`, `ipp-usb`, `ippusb`, `ipp-usb check`,
// `ipp-usb debug`, `papercut`, `print-provider`, `pc-print`, `app-server`, `pc-app`,
// `print-deploy`, `printdeploy`, `mobility`, `pc-client`, `octoprint`, `octoprint.server`,
// `octoprint[`, `Recv: ok`, `Send: N`, `klipper`, `klippy`, `moonraker`, `Stats `, `Mainsail`,
// `fluidd`, `katapult`, `octoeverywhere`, `spoolman`, `Donkie`, `bash[`, `INFO:     `,
// `repetier`, `happy hare`, `happy-hare`, `Happy`, `mmu.log`, `mmu_logger`,
// `MultiLineFormatter`, `pappl`, `lprint`, `prusaslicer`, `cura`, `lpd`, `lprng`, `spoolsv`,
// `PrintService`, `ghostscript`, `splix`, `cnijfilter`, `foo2zjs`, `captdriver`, `ptouch`). None
// of SANE's untimed debug lines, libcupsfilters' filter stderr, Happy Hare, HPLIP's tools or hpmud,
// libcups' debug log, ipp-usb's console or scanbd is in any table (`sane` and `[dll]` match only
// the timed SANE debug output of fresh628; `ipp-usb` only its dated main.log in fresh303;
// `]: debug: ` and `debug2:` other products; `Happy` other products' words). Left out as measured
// already: CUPS' error_log, access_log and page_log, cupsd in the journal, cups-browsed, cups-pdf,
// ipp-usb's main.log, sane-airscan's trace, SANE's timed debug output, simple-scan, LPrint/PAPPL,
// PaperCut's print logs, LPRng, HylaFAX, OctoPrint's logs, klippy.log, Moonraker, KlipperScreen,
// Crowsnest. Left out for their shape: Spoolman (its uvicorn lines under a syslog header are the
// shape of an earlier table's), moonraker-telegram-bot (the `asctime - name - LEVEL - msg` shape of
// octoprint.log), Gutenprint (its messages reach only CUPS' error_log), scangearmp2's debug lines
// (a `DEBUG:` on some lines only, after the function). Left out as not confirmed by any search:
// PaperCut's server.log and print-provider.log, Repetier-Server's log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SANE's backend lines, the filter's stderr, HPLIP's tool output, ipp-usb's
// console and scanbd carry no time of their own: their records have none (`T=2.184` in a pixma
// USB trace is time since the open, no time of day). Happy Hare's `HH:MM:SS` and libcups'
// `HH:MM:SS.mmm` are times of day without a date, on the clock's day; the syslog file's date has no
// year and is in 2026. Levels only where the line marks one: the filter's DEBUG INFO WARNING ERROR
// prefixes (PAGE: is a page count, no level); HPLIP's `debug:` after `tool[pid]:`, its `warning:`
// and `error:` at the start of a line or after the tag; ipp-usb's `!` prefix byte (an error);
// SANE's, Happy Hare's, libcups', hpmud's and scanbd's lines carry none. The host is the record's
// host field: only the syslog file's; SANE device names, USB bus addresses, printer URIs and the
// CUPS server libcups connects to are no hosts. A record that spans lines is one entry: Happy
// Hare's multi-line message with its indented lines. HPLIP's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); every family's layout was confirmed by a
// search. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 64d9e65 before any rule for it: level 95.0 %, time 85.0 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 95.7 %, time 87.2 %, host 97.9 %, records 95.7 %), in a
// worktree at 64d9e65 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are libcups' debug log, whose time of day after the `Tnnn`
// thread column trawl does not read, and ipp-usb's console, where trawl joins a line that starts
// with the info prefix's two blanks to the line before and does not read the `!` prefix as an
// error.

var fresh707Cases = []worldCase{
	{
		name:   "sane-backends-debug-untimed-pixma",
		source: "sane-backends before 1.0.32 with SANE_DEBUG_PIXMA set (sanei_debug's `[backend] msg` with no clock, scanimage's own `scanimage: msg` lines between): haikuports/haikuports issue #4143 (a pasted SANE_DEBUG_PIXMA=21 scanimage run)",
		why:    "no time on any line, so no record has one; the backend's name in brackets is no level and no host; `T=2.184` is time since the open; each DBG call is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "[sanei_debug] Setting debug level of pixma to 21."),
			we("", Unknown, "", "[pixma] pixma version 0.28.6"),
			we("", Unknown, "", "[pixma] pixma_collect_devices() found Canon PIXMA TS5150 at libusb:001:006"),
			we("", Unknown, "", "[pixma] pixma_open(): Canon PIXMA TS5150"),
			we("", Unknown, "", "[pixma] OUT  T=2.184 len=16"),
			we("", Unknown, "", "[pixma] Current status: paper=0 cal=0 lamp=0 busy=1"),
			we("", Unknown, "", "scanimage: scanning image of size 1275x1753 pixels at 24 bits/pixel"),
		},
	},
	{
		name:   "libcupsfilters-filter-stderr-by-hand",
		source: "a CUPS filter from libcupsfilters/libppd run by hand or through cupsfilter, its stderr on the terminal (CUPS filter(7) message prefixes `DEBUG:`, `INFO:`, `WARNING:`, `ERROR:`, `PAGE:` and no time): OpenPrinting/libcupsfilters issues #250 and #246 (pasted pdftopdf and cupsfilter runs), OpenPrinting/cups-filters issue #581 (rastertopclx's fprintf(stderr, \"DEBUG: …\"))",
		why:    "the message prefix is the level (DEBUG, INFO, WARNING, ERROR); `PAGE: 1 1` is a page count, no level; no time at all; the PPD path and the PID are no host",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG: ppdFilterLoadPPD: Color profile qualifier determined from job and PPD data 'Color.Plain.600dpi'"),
			we("", Debug, "", "DEBUG: ppdFilterLoadPPD: No ICC profiles specified in PPD"),
			we("", Info, "", "INFO: ppdFilterEmitJCL: Filter function (PID 48213) started."),
			we("", Debug, "", "DEBUG: cfFilterPDFToPDF: Print scaling mode: Do not scale, center, crop if needed"),
			we("", Unknown, "", "PAGE: 1 1"),
			we("", Warn, "", "WARNING: cfFilterPDFToPDF: Page size of page 2 differs from the job's media, scaling to fit"),
			we("", Error, "", "ERROR: cfFilterPDFToPDF: Unable to open input data stream /var/spool/cups/d00417-001"),
		},
	},
	{
		name:   "happy-hare-mmu-log-time-of-day",
		source: "Happy Hare (the Klipper MMU extension) ~/printer_data/logs/mmu.log: moggieuk/Happy-Hare extras/mmu/mmu_logger.py (TimedRotatingFileHandler with MultiLineFormatter('%(asctime)s %(message)s', datefmt='%H:%M:%S'), later lines of a message indented nine blanks); issue #985 asks for mmu.log",
		why:    "a time of day with no date (the clock's day) and no level; a multi-line message keeps its indented lines in one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 Happy Hare v3.4.2 initialized on mmu 'ERCF v2.5' with 8 gates"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18 Gate map: 0:PLA(Galaxy Black) 1:PETG(Orange) 2:PLA(Sand) 3:ASA(Grey)"),
			we("2026-11-29T07:52:40Z", Unknown, "", "07:52:40 > MMU_CHANGE_TOOL TOOL=2"),
			we("2026-11-29T07:52:41Z", Unknown, "", "07:52:41 Unloading filament from gate 1, 642.5mm of bowden to retract"),
			we("2026-11-29T07:53:07Z", Unknown, "",
				"07:53:07 MMU issue detected. Print paused",
				"         Reason: Failed to load filament from gate 2",
				"         No encoder movement after 3 attempts"),
			we("2026-11-29T07:58:12Z", Unknown, "", "07:58:12 > MMU_UNLOCK"),
		},
	},
	{
		name:   "hplip-tool-debug-console",
		source: "an HPLIP tool run with -g (base/logger.py: debug lines `%s[%d]: debug: %s` with the tool's name and pid, `warning: %s` and `error: %s` on stderr, info lines as plain text; the version banner first): unix.stackexchange.com question 99421 (hp-info debug lines), forum posts with `hp-setup -g` output found with find_string (`hp-setup[4460]: debug: …`), jianglei12138/hplip base/logger.py",
		why:    "no time; `debug:` after the tool's name and pid, `warning:` and `error:` at the start of a line are levels; plain info lines carry none; the tool's name is no host and the printer URI neither",
		entries: []worldEntry{
			wskip("",
				"HP Linux Imaging and Printing System (ver. 3.25.2)",
				"Device Information Utility ver. 5.2",
				"",
				"Copyright (c) 2001-18 HP Development Company, LP",
				"This software comes with ABSOLUTELY NO WARRANTY.",
				"This is free software, and you are welcome to distribute it",
				"under certain conditions. See COPYING file for more details.",
				""),
			we("", Debug, "", "hp-info[20731]: debug: param="),
			we("", Warn, "", "warning: No display found."),
			we("", Unknown, "", "Using device: hp:/usb/OfficeJet_Pro_9010_series?serial=TH9B2C41QZ"),
			we("", Debug, "", "hp-info[20731]: debug: device_uri=hp:/usb/OfficeJet_Pro_9010_series?serial=TH9B2C41QZ"),
			we("", Debug, "", "hp-info[20731]: debug: status_type=10 (LEDM)"),
			we("", Error, "", "error: Unable to communicate with device (code=12): hp:/usb/OfficeJet_Pro_9010_series?serial=TH9B2C41QZ"),
		},
	},
	{
		name:   "hplip-syslog-hpmud-and-tools",
		source: "HPLIP in the syslog file: the hp backend's hpmud messages (`hp[pid]: io/hpmud/musb.c LINE: msg`) and a Python tool's syslog.syslog(\"%s[%d]: warning: %s\") under Python's default ident: maxvt.net 'HP P1109w on Ubuntu 16.04' (`hp[14727]: io/hpmud/musb.c 2095: Invalid usb_open: Permission denied`), jianglei12138/hplip base/logger.py (the `hp-systray:` tag before the tool's own name is Python's default syslog ident, the script's name, as the Python documentation gives it; no pasted log showed it)",
		why:    "a BSD syslog header with the host; hpmud's source file and line number are no time and no level; the tool's `warning:`/`error:` after its own name and pid is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "officepc", "Nov 29 07:41:16 officepc hp[30418]: io/hpmud/musb.c 2101: Invalid usb_open: Permission denied"),
			we("2026-11-29T07:41:16Z", Unknown, "officepc", "Nov 29 07:41:16 officepc hp[30418]: io/hpmud/musb.c 1208: unable to open hp:/usb/LaserJet_Pro_M404-M405?serial=PHBQ417220"),
			we("2026-11-29T07:41:46Z", Unknown, "officepc", "Nov 29 07:41:46 officepc hp[30418]: io/hpmud/musb.c 2101: Invalid usb_open: Permission denied"),
			we("2026-11-29T07:42:03Z", Warn, "officepc", "Nov 29 07:42:03 officepc hp-systray: hp-systray[3311]: warning: No hp: or hpfax: devices found in any installed CUPS queue. Exiting."),
			we("2026-11-29T07:44:19Z", Error, "officepc", "Nov 29 07:44:19 officepc hp-setup: hp-setup[3520]: error: Unable to communicate with device (code=12): hp:/usb/LaserJet_Pro_M404-M405?serial=PHBQ417220"),
		},
	},
	{
		name:   "libcups-cups-debug-log",
		gap:    "the time of day after the thread column is not read: `T001 07:41:16.204  cupsGetDests2(…)` comes out with no time, the `Tnnn` thread id before the `HH:MM:SS.mmm` hides it",
		source: "libcups' debug log (CUPS_DEBUG_LOG and CUPS_DEBUG_LEVEL set on a client or a backend: `Tnnn HH:MM:SS.mmm  function(args)` with the thread, a time of day and two blanks): OpenPrinting/libcups issue #2 (a pasted log)",
		why:    "a thread column before a time of day with milliseconds (the clock's day); no level; pointers and the server libcups connects to are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "T001 07:41:16.204  cupsGetDests2(http=(nil), dests=0x7ffd5a3c1b28)"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", `T001 07:41:16.204  httpConnect2(host="localhost", port=631, addrlist=(nil), family=0, encryption=0, blocking=1, msec=30000, cancel=(nil))`),
			we("2026-11-29T07:41:16.209Z", Unknown, "", `T001 07:41:16.209  cupsSendRequest(http=0x55d4e8a1c2f0, request=0x55d4e8a1d470(CUPS-Get-Printers), resource="/", length=0)`),
			we("2026-11-29T07:41:16.211Z", Unknown, "", `T002 07:41:16.211  httpUpdate: Read "HTTP/1.1 200 OK"`),
			we("2026-11-29T07:41:16.215Z", Unknown, "", "T001 07:41:16.215  http_read: Reading 2048 bytes into buffer."),
		},
	},
	{
		name:   "ipp-usb-debug-console-untimed",
		gap:    "a line that starts with the info prefix's two blanks is joined to the line before it as a continuation (the `  ipp-usb started …` line after the `  ====` banner), and the `!` prefix byte at the start of a line is not read as an error level",
		source: "ipp-usb run as `ipp-usb debug` (its console logger: NewConsoleLogger skips fmtTime, so a line is the prefix byte, a blank and the message; ` ` for info, `!` for an error, `+`/`-` for a device added or removed): OpenPrinting/ipp-usb logger.go",
		why:    "no time on the console; only the `!` prefix marks a level (error); Bus and Device numbers and pid= are no times and no host",
		entries: []worldEntry{
			we("", Unknown, "", "  ==============================="),
			we("", Unknown, "", `  ipp-usb started in "debug" mode, pid=4120`),
			we("", Unknown, "", "+ PNP Bus 001 Device 007: added"),
			we("", Error, "", "! PNP Bus 001 Device 007: LIBUSB_ERROR_BUSY"),
			we("", Unknown, "", "- PNP Bus 001 Device 007: removed"),
		},
	},
	{
		name:   "scanbd-foreground-console",
		source: "scanbd started in the foreground (`scanbd -f`: `scanbd: msg` lines, the scan script's and scanadf's own lines between them): rocketraman/sane-scan-pdf issue #16 (a pasted `sudo scanbd -f` run)",
		why:    "no time on any line; `scanbd:` is a program name, no level and no host; the SANE device name is no host",
		entries: []worldEntry{
			we("", Unknown, "", "scanbd: dbus match type='signal',interface='org.freedesktop.login1.Manager'"),
			we("", Unknown, "", "scanbd: found device: epjitsu:libusb:002:004 FUJITSU ScanSnap S1300i"),
			we("", Unknown, "", "scanbd: trigger action for scan for device epjitsu:libusb:002:004 with script scan-to-pdf.sh"),
			we("", Unknown, "", "Scanning..."),
			we("", Unknown, "", "scanadf: rounded value of br-y from 297 to 296.994"),
			we("", Unknown, "", "scanbd: script scan-to-pdf.sh for device epjitsu:libusb:002:004 exited with status 0"),
		},
	},
}

func TestFresh707Formats(t *testing.T) { assertTable(t, fresh707Cases) }

func TestFresh707Score(t *testing.T) {
	checkScore(t, "fresh707 formats", fresh707Cases, [worldNumFields]float64{94.9, 84.9, 97.4, 94.9})
}
