package parse

import "testing"

// The two-hundred-and-fourth fresh table, written on 2026-12-05: hardware, firmware and BMC logs
// as admins collect them in 2025-2026, shapes no earlier table holds. Each family is one product's
// documented or observed output: the kernel's APEI GHES CPER lines in a traditional kern.log and in
// plain dmesg; NVSwitch SXid lines in `dmesg -x --time-format iso`; rasdaemon's `ras-mc-ctl
// --summary`; smartctl's SCT temperature history table and its NVMe error information table;
// ipmitool's `sel get` record blocks and its CSV mode (`-c sel elist`); NUT's driver and upsdrvctl
// debug output (seconds since start, `[Dn]` and `[Dn:context]` tags, a multi-line explanation under
// one message) on a terminal and piped to syslog with its tab escaped; HPE iLO 6's IML through
// Redfish printed by `jq '.Members[]'` (one pretty-printed object per event); Oracle ILOM's `show
// /SP/logs/event/list` table with indented description lines; mcelog's event lines through
// syslog; `zpool events -H`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mcelog`, `Hardware event. This is not`, `mcelog:`, `Location: SOCKET`, `rasdaemon`,
// `ras-mc-ctl`, `ras-mc-ctl --summary`, `MCE records summary`, `No Memory errors`, `Corrected on
// DIMM`, `mc_event`, `aer_event`, `EDAC`, `edac-util`, `Uncorrected Errors`, `mce:`, `Machine
// Check`, `Hardware Error`, `[Hardware Error]: Hardware error from`, `APEI Generic`, `GHES`,
// `section_type`, `smartctl`, `smartd`, `attrlog`, `Temperature History`, `skipped).`,
// `ErrCount`, `Error Information`, `xerror`, `Extended Comprehensive`, `nvme`, `Error Log
// Entries`, `Entry[`, `error_count`, `Smart Log for NVME`, `critical_warning`, `storcli`,
// `perccli`, `storcli2`, `MegaCli`, `megaraid`, `EVT#`, `termlog`, `FwTermLog`, `mdadm`,
// `automatically generated mail message`, `event detected on md device`, `zpool`, `zpool events`,
// `ereport.fs.zfs`, `sysevent.fs.zfs`, `zed`, `zed[`, `ZEVENT`, `eid=`, `iDRAC`, `racadm`,
// `getsel`, `getraclog`, `lclog`, `LCLog`, `Lclog`, `iLO`, `IML`, `Integrated Management`,
// `IML/Entries`, `"Hpe"`, `"Oem": {`, `ilorest`, `serverlogs`, `XCC`, `Lenovo`, `OneCli`,
// `Supermicro`, `SMCIPMITool`, `ipmitool`, `sel elist`, `sel list`, `sel get`, `SEL Record ID`,
// `Record Type           :`, `Timestamp             :`, `ipmiutil`, `Redfish`, `LogEntry`,
// `LogServices`, `@odata`, `MessageID`, `ilom`, `logs/event/list`, `Xid`, `NVRM`, `SXid`,
// `nvswitch`, `nvidia-bug-report`, `fabricmanager`, `kern  :err   : 20`, `"pri":`, `apcupsd`,
// `apcupsd[`, `apcaccess`, `Power failure`, `upsmon`, `upssched`, `upsd`, `upsdrvctl`,
// `usbhid-ups`, `[D1]`, `[D2:`, `#011`, `NUT`). mcelog is in fresh16 only as /var/log/mcelog's
// block; its lines through syslog are in none. rasdaemon is in fresh32 (its own syslog lines) and
// fresh59 (`ras-mc-ctl --errors`); the --summary report is in none. EDAC and `mce:` kernel lines
// are in many tables; the GHES CPER lines are in none. smartctl is in fresh105 (the ATA error log
// and the self-test log) and fresh153; the SCT temperature history and the NVMe error table are
// in none. nvme-cli's error-log is fresh46's. ipmitool is in fresh2, fresh59 and fresh159 as `sel
// elist` with padded pipes and in formats_test as `sel list`; `sel get` blocks and the CSV mode
// are in none. NUT is in fresh8 (upslog), fresh57 (upsmon through syslog) and others as upsmon and
// upsd; its debug output is in none (fresh123's `[D1]` is a Qualcomm diag log). iLO is in fresh11
// (RIBCL), fresh57 (iLO 5 remote syslog) and fresh105 (hpasmcli); a Redfish IML collection
// pretty-printed is in none (fresh159's Redfish SEL is jq -c, one object a line). Oracle ILOM is in
// none (`ilom` matches only `ceilometer` in fresh80 and fresh102). zpool events is in fresh6
// (-v) and fresh46 (plain, with its header); -H is in none. NVIDIA Xid lines are in many tables;
// NVSwitch SXid lines, and dmesg's decoded ISO layout, are in none (fresh105 has dmesg -x with
// uptimes and fresh4/fresh73 with -T). Left out as measured already: racadm getsel (fresh5) and
// lclog view (fresh105), the iDRAC 9 and iLO 5 remote syslog (fresh57), iDRAC's Redfish SEL with
// jq -c (fresh159), storcli's show events (fresh30), MegaCli's event log (fresh105), the mdadm
// monitor's stdout and mail (fresh46, fresh73) and syslog lines (fresh18, fresh67, fresh179),
// zpool events -v, zed's syslog, journal and mail (fresh6, fresh22, fresh46, fresh153), smartd's
// syslog, journal, attribute log and mail, apcupsd's events file (fresh8), NUT's upslog and
// upsmon. Left out for want of a page that settled the lines: Lenovo XCC's CLI `eventlog`, the
// iDRAC 9 Lifecycle Log XML export, Supermicro's SMCIPMITool SEL listing, MegaCli's -FwTermLog and
// storcli's `show termlog`, ipmiutil's `sel` table, nvidia-bug-report.log's sections, nvme-cli's
// persistent-event-log. The table holds 15 families, short of the 20 asked for.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (the syslog clocks, ipmitool's BMC clock,
// smartctl's history rows, ILOM's UTC clock, zpool's events); dmesg's `+00:00` is read as given;
// smartctl's history rows are to the minute; an uptime in brackets (dmesg) and NUT's seconds since
// start are no time (no time); a table with no time (ras-mc-ctl --summary, the NVMe error table)
// gives none, and smartctl's folded `..( n skipped).` row has none. Levels only where the source
// puts them: dmesg's decoded `kern  :err   :` column, NUT's `[Dn]` debug tags (Debug; a message
// without one has none), Redfish's Severity (OK as Info), ILOM's severity column (critical
// Critical, major Error, minor Warn); none on the traditional syslog lines (kern.log, mcelog,
// NUT's piped lines without a tag), none from `Fatal`, `Non-fatal`, `event severity: corrected`,
// `Error 0`, `Corrected error`, `Error enabled`, `Upper Critical going high` or `Unrecovered Read
// Error`, all words of the message. The host is the record's host field (the syslog host); a PCI
// address, a DIMM label, a sensor, a BMC path or a UPS's address is no host. A record that spans
// lines is one entry: a ras-mc-ctl section with its indented counts, an ipmitool `sel get` block
// with its blank line, upsdrvctl's explanation under `[D2:init]` with its blank lines, a
// pretty-printed Redfish LogEntry from `{` to `}`, an ILOM row with its indented description.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cb5872b before any rule for it: level 69.3 %, time 80.0 %, host 86.7 %, records 85.6 %.
// That is the macro figure (micro: level 70.5 %, time 83.3 %, host 87.2 %, records 85.9 %), in a
// worktree at cb5872b with no change to trawl's code (only this file and table_test.go's list), 9 of
// 15 families fully right. Right from the start: the GHES CPER lines in kern.log and in dmesg (no
// level from `Error 0` or `event severity`), the NVSwitch SXid lines with dmesg's decoded level and
// ISO time (no Critical from `Fatal`), ras-mc-ctl's summary sections, ipmitool's CSV rows, the NUT
// driver's elapsed seconds (no time) with its bare `[D1]` tags, iLO 6's pretty-printed IML objects
// (Created and Severity), mcelog's syslog lines, `zpool events -H`. What fails: both smartctl
// tables' rows are joined to the skipped column header as continuation lines; ipmitool's `sel get`
// blocks get no time from their Timestamp line; NUT's `[Dn:context]` tags and a `[D1]` after an
// escaped `#011` give no level, and upsdrvctl's explanation block is split off its `[D2:init]`
// line; ILOM's severity column gives no level. No expectation was changed after the first run.

var fresh204Cases = []worldCase{
	{
		name:   "apei-ghes-cper-kernlog-traditional",
		source: "the kernel's APEI GHES decoder (drivers/firmware/efi/cper.c: one printk line per field, each prefixed `{n}[Hardware Error]: ` with the record's sequence number, `event severity:`, `Error 0, type:`, `section_type:`, `physical_address:`) in Debian's /var/log/kern.log written by rsyslog's traditional file format: prometheus/node_exporter issue #3511 and kubernetes/node-problem-detector PR #846 (GHES records pasted from the journal and syslog)",
		why:    "each kernel line is a syslog record of its own with the host after the clock; `event severity: corrected`, `type: recoverable` and `Error 0` are the CPER record's words, no level (the traditional format drops the priority)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: 4"),
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]: It has been corrected by h/w and requires no further action"),
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]: event severity: corrected"),
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]:  Error 0, type: corrected"),
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]:   section_type: memory error"),
			we("2026-11-29T07:41:16Z", Unknown, "pve04", "Nov 29 07:41:16 pve04 kernel: {35}[Hardware Error]:   physical_address: 0x0000004a91c7e2c0"),
		},
	},
	{
		name:   "apei-ghes-cper-dmesg-uptime",
		source: "the same APEI GHES CPER lines as plain `dmesg` prints them on a terminal (`[seconds.micros] {n}[Hardware Error]: …`, the uptime only), with the memory-failure handler's line after a recoverable error: kubernetes/node-problem-detector PR #846 (a recoverable memory-error record), util-linux dmesg(1)",
		why:    "an uptime in brackets is no time of day (no time); the `{3}` sequence number and `[Hardware Error]` are no level, nor are `recoverable` and `Error 0` in the text",
		entries: []worldEntry{
			we("", Unknown, "", "[ 8123.456789] {3}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: 0"),
			we("", Unknown, "", "[ 8123.456802] {3}[Hardware Error]: event severity: recoverable"),
			we("", Unknown, "", "[ 8123.456810] {3}[Hardware Error]:  Error 0, type: recoverable"),
			we("", Unknown, "", "[ 8123.456815] {3}[Hardware Error]:  fru_text: CPU0_DIMM_B1"),
			we("", Unknown, "", "[ 8123.456822] {3}[Hardware Error]:   section_type: memory error"),
			we("", Unknown, "", "[ 8123.457310] Memory failure: 0x4a91c7: recovery action for dirty LRU page: Recovered"),
		},
	},
	{
		name:   "nvswitch-sxid-dmesg-decode-iso",
		source: "NVIDIA NVSwitch SXid lines (`nvidia-nvswitchN: SXid (PCI:…): code, Non-fatal|Fatal, Link n …`, followed by its `Severity … Engine instance` and `Data {…}` lines) as `dmesg -x --time-format iso` prints them (`facility:level : yyyy-MM-ddTHH:mm:ss,micros+zz:zz msg`): leptonai/gpud PR #338 (a kern:err SXid line in this layout), NVIDIA/nvtrust issue #124 (the three SXid lines of one error)",
		why:    "dmesg's decoded facility and level column (`kern  :err   :`, `kern  :info  :`) is the level; the ISO time has a comma before its microseconds and an offset; `Fatal` and `Non-fatal` inside the SXid text are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.004118Z", Info, "", "kern  :info  : 2026-11-29T07:41:12,004118+00:00 nvidia-nvswitch1: open (major=508)"),
			we("2026-11-29T07:41:16.859532Z", Error, "", "kern  :err   : 2026-11-29T07:41:16,859532+00:00 nvidia-nvswitch1: SXid (PCI:0000:84:00.0): 12028, Non-fatal, Link 36 egress non-posted PRIV error (First)"),
			we("2026-11-29T07:41:16.859601Z", Error, "", "kern  :err   : 2026-11-29T07:41:16,859601+00:00 nvidia-nvswitch1: SXid (PCI:0000:84:00.0): 12028, Severity 0 Engine instance 36 Sub-engine instance 00"),
			we("2026-11-29T07:41:16.859644Z", Error, "", "kern  :err   : 2026-11-29T07:41:16,859644+00:00 nvidia-nvswitch1: SXid (PCI:0000:84:00.0): 12028, Data {0x000001c0, 0x00bd5c8a, 0x00000500, 0x00000064, 0x00000000, 0x40008000, 0x5a001100, 0x00000000, 0x00000000}"),
			we("2026-11-29T07:42:03.310277Z", Error, "", "kern  :err   : 2026-11-29T07:42:03,310277+00:00 nvidia-nvswitch3: SXid (PCI:0000:07:00.0): 20034, Fatal, Link 30 LTSSM Fault Up"),
			we("2026-11-29T07:42:03.311902Z", Warn, "", "kern  :warn  : 2026-11-29T07:42:03,311902+00:00 nvidia-nvswitch3: nvswitch_reset_and_drain_links: link 30 reset and drain started"),
		},
	},
	{
		name:   "rasdaemon-ras-mc-ctl-summary",
		source: "rasdaemon 0.8's `ras-mc-ctl --summary` (one section per event type: a `… summary:` header with tab-indented counts, or a `No … errors.` line; blank lines between most sections, none between devlink and disk): mchehab/rasdaemon issue #121 (a --summary pasted)",
		why:    "a report with no time at all; each section (a header with its indented lines, or one `No … errors.` line) is a record; `errors:` and `Corrected error` are the counts' words, no level",
		entries: []worldEntry{
			we("", Unknown, "",
				"Memory controller events summary:",
				"\tCorrected on DIMM Label(s): 'CPU_SrcID#0_MC#1_Chan#0_DIMM#0' location: 0:1:0:-1 errors: 4",
				""),
			we("", Unknown, "", "No PCIe AER errors.", ""),
			we("", Unknown, "", "No ARM processor errors.", ""),
			we("", Unknown, "", "No Extlog errors.", ""),
			we("", Unknown, "", "No devlink errors."),
			we("", Unknown, "", "No disk errors."),
			we("", Unknown, "",
				"MCE records summary:",
				"\t4 MEMORY CONTROLLER RD_CHANNEL0_ERR Transaction: Memory read error errors",
				"\t1 Corrected error, no action required. errors"),
		},
	},
	{
		name:   "smartctl-sct-temperature-history",
		source: "smartmontools 7.4 `smartctl -l scttemphist /dev/sdX` (after the banner and the SCT history header, a table `Index    Estimated Time   Temperature Celsius`: one row per logging interval with `yyyy-MM-dd HH:mm`, runs of equal readings folded into ` ...    ..( n skipped).    ..` rows, `?  -` for no reading): smartmontools/smartmontools issues #194, #314, #616 and PR #107 (the table pasted)",
		why:    "a date and a clock to the minute with no seconds in the second column after an index; a folded `..( n skipped).` row and a row with no reading are rows of their own (the folded row has no time); the bar of asterisks is no level",
		entries: []worldEntry{
			wskip(
				"smartctl 7.4 2023-08-01 r5530 [x86_64-linux-6.8.0-49-generic] (local build)",
				"Copyright (C) 2002-23, Bruce Allen, Christian Franke, www.smartmontools.org",
				"",
				"=== START OF READ SMART DATA SECTION ===",
				"SCT Temperature History Version:     2",
				"Temperature Sampling Period:         1 minute",
				"Temperature Logging Interval:        1 minute",
				"Min/Max recommended Temperature:      0/60 Celsius",
				"Min/Max Temperature Limit:           -40/70 Celsius",
				"Temperature History Size (Index):    128 (102)",
				"",
				"Index    Estimated Time   Temperature Celsius"),
			we("2026-11-29T09:33:00Z", Unknown, "", " 103    2026-11-29 09:33    36  *****************"),
			we("", Unknown, "", " ...    ..( 12 skipped).    ..  *****************"),
			we("2026-11-29T09:46:00Z", Unknown, "", " 116    2026-11-29 09:46    36  *****************"),
			we("2026-11-29T09:47:00Z", Unknown, "", " 117    2026-11-29 09:47    37  ******************"),
			we("2026-11-29T09:48:00Z", Unknown, "", " 118    2026-11-29 09:48     ?  -"),
			we("2026-11-29T09:49:00Z", Unknown, "", " 119    2026-11-29 09:49    39  ********************"),
		},
	},
	{
		name:   "smartctl-nvme-error-information-table",
		gap:    "every table row (`  0       2814     0  0x7009  0x4004  0x028 …  Invalid Field in Command` and the rest), each opening with blanks, is joined to the skipped `Num   ErrCount  SQId …` header above it as a continuation line: no row is a record of its own",
		source: "smartmontools 7.4 `smartctl -l error /dev/nvme0` on an NVMe drive (the banner, then `Error Information (NVMe Log 0x01, 16 of 64 entries)` and a table `Num ErrCount SQId CmdId Status PELoc LBA NSID VS Message`, one row per entry, no time): smartmontools/smartmontools issues #193 and #208 (NVMe error log entries), linux-hardware.org smartctl probes (the section header)",
		why:    "table rows with no time, no host and no level; the decoded status `Invalid Field in Command` and `Unrecovered Read Error` are no level",
		entries: []worldEntry{
			wskip(
				"smartctl 7.4 2023-08-01 r5530 [x86_64-linux-6.8.0-49-generic] (local build)",
				"Copyright (C) 2002-23, Bruce Allen, Christian Franke, www.smartmontools.org",
				"",
				"=== START OF SMART DATA SECTION ===",
				"Error Information (NVMe Log 0x01, 16 of 64 entries)",
				"Num   ErrCount  SQId   CmdId  Status  PELoc          LBA  NSID    VS  Message"),
			we("", Unknown, "", "  0       2814     0  0x7009  0x4004  0x028            0     0     -  Invalid Field in Command"),
			we("", Unknown, "", "  1       2813     0  0x1016  0x4004  0x028            0     0     -  Invalid Field in Command"),
			we("", Unknown, "", "  2       2812     6  0x0071  0xc502  0x000    104857600     1     -  Unrecovered Read Error"),
			we("", Unknown, "", "  3       2811     0  0x500c  0x4004  0x028            0     0     -  Invalid Field in Command"),
		},
	},
	{
		name:   "ipmitool-sel-get-record-blocks",
		source: "ipmitool `sel get <id> …` (each SEL record as a block of ` Label : value` lines: SEL Record ID, Record Type, Timestamp MM/dd/yyyy HH:mm:ss, Generator ID, EvM Revision, Sensor Type, Sensor Number, Event Type, Event Direction, the event data or trigger reading and threshold, Description; a blank line after each): ackdo.com 'ipmi FW progress sensor' (a `sel get` record), sosreport/sos issue #2015 (`sel list -vv` collected)",
		why:    "a block of labelled lines whose time is on its third line, month first; the block with its blank line is one record; `Assertion Event` and `Upper Critical going high` are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"SEL Record ID          : 003a",
				" Record Type           : 02",
				" Timestamp             : 11/29/2026 07:41:16",
				" Generator ID          : 0020",
				" EvM Revision          : 04",
				" Sensor Type           : Power Supply",
				" Sensor Number         : c9",
				" Event Type            : Sensor-specific Discrete",
				" Event Direction       : Assertion Event",
				" Event Data            : 03ffff",
				" Description           : Power Supply AC lost",
				""),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"SEL Record ID          : 003b",
				" Record Type           : 02",
				" Timestamp             : 11/29/2026 07:43:02",
				" Generator ID          : 0020",
				" EvM Revision          : 04",
				" Sensor Type           : Power Supply",
				" Sensor Number         : c9",
				" Event Type            : Sensor-specific Discrete",
				" Event Direction       : Deassertion Event",
				" Event Data            : 03ffff",
				" Description           : Power Supply AC lost",
				""),
			we("2026-11-29T08:12:40Z", Unknown, "",
				"SEL Record ID          : 003c",
				" Record Type           : 02",
				" Timestamp             : 11/29/2026 08:12:40",
				" Generator ID          : 0020",
				" EvM Revision          : 04",
				" Sensor Type           : Temperature",
				" Sensor Number         : 02",
				" Event Type            : Threshold",
				" Event Direction       : Assertion Event",
				" Event Data            : 595f5a",
				" Trigger Reading       : 95.000degrees C",
				" Trigger Threshold     : 90.000degrees C",
				" Description           : Upper Critical going high",
				""),
		},
	},
	{
		name:   "ipmitool-csv-sel-elist",
		source: "ipmitool's CSV output mode, `ipmitool -c sel elist` (the elist columns joined by commas with no padding: hex id, MM/dd/yyyy, HH:mm:ss, sensor, event, Asserted|Deasserted, and for a threshold event the reading as one more field): ipmitool(1) (-c, 'Make output suitable for parsing where possible by separating fields with commas'); sosreport/sos issue #2015 and facebook/openbmc issue #273 (the elist columns)",
		why:    "a comma-separated row whose date and clock are its second and third fields; the hex record id is no time; Asserted and Upper Critical are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "3a,11/29/2026,07:41:16,Power Supply PS2 Status,Power Supply AC lost,Asserted"),
			we("2026-11-29T07:41:20Z", Unknown, "", "3b,11/29/2026,07:41:20,Power Unit PS Redundancy,Redundancy Lost,Asserted"),
			we("2026-11-29T07:43:02Z", Unknown, "", "3c,11/29/2026,07:43:02,Power Supply PS2 Status,Power Supply AC lost,Deasserted"),
			we("2026-11-29T08:12:40Z", Unknown, "", "3d,11/29/2026,08:12:40,Temperature CPU2 Temp,Upper Critical going high,Asserted,Reading 95 > Threshold 90 degrees C"),
		},
	},
	{
		name:   "nut-usbhid-ups-debug-elapsed",
		source: "a NUT 2.8.0 driver run by hand with debugging (`usbhid-ups -a ups1 -DD`: its banner lines, then each message as `%4.0f.%06ld\\t` seconds since the driver started, `[Dn] ` on debug messages, none on upslogx messages): networkupstools/nut issues #2301 and #483 (driver debug output pasted)",
		why:    "the leading number is seconds since start, no time of day (no time); the `[D1]`/`[D2]` tag is the debug level (Debug); a message with no tag (`Using subdriver: …`) has no level",
		entries: []worldEntry{
			wskip(
				"Network UPS Tools - Generic HID driver 0.47 (2.8.0)",
				"USB communication driver (libusb 1.0) 0.43"),
			we("", Debug, "", "   0.000000\t[D1] debug level is '2'"),
			we("", Debug, "", "   0.001804\t[D2] Initializing an USB-connected UPS with library libusb-1.0.26 (API: 0x1000109) (NUT subdriver name='USB communication driver (libusb 1.0)' ver='0.43')"),
			we("", Debug, "", "   0.002233\t[D1] upsdrv_initups (non-SHUT)..."),
			we("", Debug, "", "   0.041187\t[D2] Checking device 3 of 5 (0463/FFFF)"),
			we("", Unknown, "", "   0.055120\tUsing subdriver: MGE HID 1.46"),
			we("", Debug, "", "   2.118004\t[D1] upsdrv_updateinfo..."),
		},
	},
	{
		name:   "nut-upsdrvctl-debug-tagged-help-block",
		gap:    "the untimed explanation lines under `   0.000031\t[D2:init]` are made records of their own (three, each blank line joined to the line before it) instead of joining it (the tags with a context after the colon, `[D1:init]`, `[D2:start-ups1]`, are read as Debug since the thirty-eighth session)",
		source: "NUT 2.8.5's upsdrvctl with debugging (`upsdrvctl -D start ups1`: the banner, then `seconds\\t[Dn:context] msg`, the context naming the phase or driver, and at level 2 a multi-line explanation under an empty `[D2:init]` message, blank lines inside it): networkupstools/nut PR #3277 and issue #1706 (upsdrvctl debug output pasted)",
		why:    "seconds since start (no time); `[D1:init]` and `[D2:start-ups1]` carry the debug level (Debug) with a context after the colon; the untimed explanation lines under `[D2:init]`, blank lines included, belong to it",
		entries: []worldEntry{
			wskip("Network UPS Tools upsdrvctl - UPS driver controller 2.8.5"),
			we("", Debug, "", "   0.000000\t[D1:init] debug level for upsdrvctl is '2'"),
			we("", Debug, "",
				"   0.000031\t[D2:init]",
				"This is the 'upsdrvctl' wrapper, not a driver: debug flags given to it are",
				"not passed to the drivers it starts unless you also give it '-d'.",
				"",
				"Look for the 'exec:' lines below for each driver's full command line.",
				""),
			we("", Debug, "", "   0.000069\t[D1:init] upsdrvctl commanding one driver (ups1): start"),
			we("", Debug, "", "   0.000080\t[D1:start-ups1] Starting UPS: ups1"),
			we("", Debug, "", "   0.000142\t[D2:start-ups1] exec:  /lib/nut/usbhid-ups -a ups1"),
			we("", Debug, "", "   0.000398\t[D1:start-ups1-child] forkexec: calling execv(/lib/nut/usbhid-ups)"),
		},
	},
	{
		name:   "nut-upsdrvctl-debug-syslog-tab-escaped",
		gap:    "the `[D1]` tag after the escaped tab (`root:    0.000025#011[D1] debug level is '1'`) is not read as the Debug level (Unknown); the syslog clock and host are right",
		source: "NUT's upsdrvctl debug output piped to logger on Unraid (`upsdrvctl -D start 2>&1 | logger`: the message is the debug line with its tab escaped `#011` by rsyslog, the tag `root:`, in /var/log/syslog's traditional format): networkupstools/nut PR #2135 (such lines pasted)",
		why:    "the syslog clock and host are the record's; the elapsed seconds after `root:` are no time; `#011` is an escaped tab; `[D1]` is the debug level, a line without it has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "tower02", "Nov 29 07:41:16 tower02 root:    0.000025#011[D1] debug level is '1'"),
			we("2026-11-29T07:41:16Z", Debug, "tower02", "Nov 29 07:41:16 tower02 root:    0.001536#011[D1] Saving PID 8812 into /var/run/nut/snmp-ups-ups.pid"),
			we("2026-11-29T07:41:16Z", Debug, "tower02", "Nov 29 07:41:16 tower02 root:    0.015542#011[D1] SNMP UPS driver: entering load_mib2nut(auto) to detect proper MIB for device [ups] (host 10.40.0.8)"),
			we("2026-11-29T07:42:01Z", Unknown, "tower02", "Nov 29 07:42:01 tower02 root:   45.000532#011Startup timer elapsed, continuing..."),
			we("2026-11-29T07:42:01Z", Unknown, "tower02", "Nov 29 07:42:01 tower02 root:   45.000574#011Driver [ups] PID 8812 initially exceeded maxstartdelay and is still starting"),
		},
	},
	{
		name:   "hpe-ilo6-iml-redfish-jq-members",
		source: "HPE iLO 6's Integrated Management Log through Redfish (`/redfish/v1/Systems/1/LogServices/IML/Entries?$expand=.`) printed by `jq '.Members[]'`: one pretty-printed LogEntry object per event, two-space indent, Created, EntryType Oem, Message, the Oem.Hpe block (Class, Code, EventNumber, Repaired, Updated), OemRecordFormat Hpe-IML, Severity OK|Warning|Critical: servermanagementportal.ext.hpe.com 'Log services' (IML, LogEntry), HewlettPackard/python-ilorest-library-old issue #8 (IML Class/Code and Severity)",
		why:    "each object from its `{` to its `}` is one record, nested braces inside; `Created` is its time (Updated is the same instant); Severity is the level on Redfish's scale (OK as Info); the @odata.id path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "",
				"{",
				`  "@odata.id": "/redfish/v1/Systems/1/LogServices/IML/Entries/412",`,
				`  "@odata.type": "#LogEntry.v1_11_0.LogEntry",`,
				`  "Created": "2026-11-29T07:41:16Z",`,
				`  "EntryType": "Oem",`,
				`  "Id": "412",`,
				`  "Message": "Uncorrectable Machine Check Exception (Processor 2, APIC ID 0x00000040, Bank 0x00000011, Status 0xBE000000'01010135)",`,
				`  "Name": "Integrated Management Log",`,
				`  "Oem": {`,
				`    "Hpe": {`,
				`      "@odata.type": "#HpeLogEntry.v2_6_0.HpeLogEntry",`,
				`      "Class": 5,`,
				`      "Code": 3,`,
				`      "EventNumber": 1412,`,
				`      "Repaired": false,`,
				`      "Updated": "2026-11-29T07:41:16Z"`,
				"    }",
				"  },",
				`  "OemRecordFormat": "Hpe-IML",`,
				`  "Severity": "Critical"`,
				"}"),
			we("2026-11-29T07:44:52Z", Warn, "",
				"{",
				`  "@odata.id": "/redfish/v1/Systems/1/LogServices/IML/Entries/413",`,
				`  "@odata.type": "#LogEntry.v1_11_0.LogEntry",`,
				`  "Created": "2026-11-29T07:44:52Z",`,
				`  "EntryType": "Oem",`,
				`  "Id": "413",`,
				`  "Message": "Power Supply Redundancy Lost (Power Supply 2)",`,
				`  "Name": "Integrated Management Log",`,
				`  "Oem": {`,
				`    "Hpe": {`,
				`      "@odata.type": "#HpeLogEntry.v2_6_0.HpeLogEntry",`,
				`      "Class": 32,`,
				`      "Code": 1,`,
				`      "EventNumber": 1413,`,
				`      "Repaired": false,`,
				`      "Updated": "2026-11-29T07:44:52Z"`,
				"    }",
				"  },",
				`  "OemRecordFormat": "Hpe-IML",`,
				`  "Severity": "Warning"`,
				"}"),
			we("2026-11-29T08:02:09Z", Info, "",
				"{",
				`  "@odata.id": "/redfish/v1/Systems/1/LogServices/IML/Entries/414",`,
				`  "@odata.type": "#LogEntry.v1_11_0.LogEntry",`,
				`  "Created": "2026-11-29T08:02:09Z",`,
				`  "EntryType": "Oem",`,
				`  "Id": "414",`,
				`  "Message": "Firmware flashed (iLO 6 1.62)",`,
				`  "Name": "Integrated Management Log",`,
				`  "Oem": {`,
				`    "Hpe": {`,
				`      "@odata.type": "#HpeLogEntry.v2_6_0.HpeLogEntry",`,
				`      "Class": 33,`,
				`      "Code": 2,`,
				`      "EventNumber": 1414,`,
				`      "Repaired": false,`,
				`      "Updated": "2026-11-29T08:02:09Z"`,
				"    }",
				"  },",
				`  "OemRecordFormat": "Hpe-IML",`,
				`  "Severity": "OK"`,
				"}"),
		},
	},
	{
		name:   "oracle-ilom-show-event-list",
		gap:    "the severity in the row's last column (`4127   Sun Nov 29 07:41:16 2026  Fault     Fault     critical`, `… IPMI      Log       major`, `… Audit     Log       minor`) is not read as the level (Unknown); the rows' times and their indented description lines are right",
		source: "Oracle ILOM's CLI event log, `show /SP/logs/event/list` (a two-line column header `Event` / `ID Date/Time Class Type Severity` and a dashed rule, then one row per event, newest first, `Www Mmm d HH:mm:ss yyyy` in UTC, severity lower-case critical|major|minor|down|debug, the event's text on tab-indented lines under its row): Oracle InfiniBand Switch IS2-46 Service Manual 'Display Oracle ILOM Log Entries'; Oracle ILOM 3.2 user's guide 'Log properties'",
		why:    "a table row with a ctime-like date in its second column and the severity in its last; the indented description lines under a row belong to it (a time inside them is the same instant); critical is Critical, major Error, minor Warn",
		entries: []worldEntry{
			wskip(
				"-> show /SP/logs/event/list",
				"",
				"Event",
				"ID     Date/Time                 Class     Type      Severity",
				"-----  ------------------------  --------  --------  --------"),
			we("2026-11-29T07:41:16Z", Critical, "",
				"4127   Sun Nov 29 07:41:16 2026  Fault     Fault     critical",
				"\t\tFault detected at time = Sun Nov 29 07:41:16 2026. The suspect component:",
				"\t\t/SYS/PS1 has fault.chassis.power.ext-fail with probability=100. Refer to",
				"\t\thttp://support.oracle.com/msg/SPX86-8003-73 for details."),
			we("2026-11-29T07:40:58Z", Error, "",
				"4126   Sun Nov 29 07:40:58 2026  IPMI      Log       major",
				"\t\tID =  1f1 : 11/29/2026 : 07:40:58 : Power Supply : /SYS/PS1/V_IN_ERR : Assert"),
			we("2026-11-29T07:12:03Z", Warn, "",
				"4125   Sun Nov 29 07:12:03 2026  Audit     Log       minor",
				"\t\troot : Open Session : object = \"/session/type\" : value = \"shell\" : success"),
			we("2026-11-28T22:05:47Z", Warn, "",
				"4124   Sat Nov 28 22:05:47 2026  Audit     Log       minor",
				"\t\troot : Close Session : object = \"/session/type\" : value = \"www\" : success"),
		},
	},
	{
		name:   "mcelog-daemon-syslog-traditional",
		source: "mcelog --daemon --syslog (each line of a decoded machine-check event sent to syslog as its own message under the ident `mcelog`: `Hardware event. This is not a software error.`, MCE, CPU/BANK, MISC/ADDR, TIME epoch and date, MCG/MCi status and the decoded words) in RHEL's /var/log/messages: mcelog(8) --syslog; andikleen/mcelog issue #63 (the event's lines)",
		why:    "each syslog line is a record with the host after the clock; the TIME line's epoch and date are the same instant as its header; `Corrected error` and `Error enabled` are mcelog's decoding, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: Hardware event. This is not a software error."),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: MCE 0"),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: CPU 12 BANK 13 TSC 1f3a9c2b04d1e"),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: MISC 90840400000408c ADDR 4a91c7e2c0"),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: TIME 1795938076 Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: Corrected error"),
			we("2026-11-29T07:41:16Z", Unknown, "hpc-n031", "Nov 29 07:41:16 hpc-n031 mcelog: Error enabled"),
		},
	},
	{
		name:   "zpool-events-scripted-tab",
		source: "OpenZFS `zpool events -H` (scripted mode: no `TIME CLASS` header and a single tab between the time `Mmm dd yyyy HH:mm:ss.nnnnnnnnn` and the event class): zpool-events(8) (-H); openzfs/zfs cmd/zpool/zpool_main.c (zpool_do_events)",
		why:    "a month-name date with the year after the day and nanoseconds, then a tab and the class; no header line; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117352Z", Unknown, "", "Nov 29 2026 07:41:16.204117352\tsysevent.fs.zfs.history_event"),
			we("2026-11-29T07:41:18.009331877Z", Unknown, "", "Nov 29 2026 07:41:18.009331877\tereport.fs.zfs.checksum"),
			we("2026-11-29T07:41:18.009412006Z", Unknown, "", "Nov 29 2026 07:41:18.009412006\tereport.fs.zfs.io"),
			we("2026-11-29T07:41:19.117650341Z", Unknown, "", "Nov 29 2026 07:41:19.117650341\tresource.fs.zfs.statechange"),
			we("2026-11-29T07:41:19.118002915Z", Unknown, "", "Nov 29 2026 07:41:19.118002915\tsysevent.fs.zfs.vdev_remove"),
		},
	},
}

func TestFresh204Formats(t *testing.T) { assertTable(t, fresh204Cases) }
func TestFresh204Score(t *testing.T) {
	checkScore(t, "fresh204 formats", fresh204Cases, [worldNumFields]float64{82.6, 93.2, 93.2, 92.1})
}
