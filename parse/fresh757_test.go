package parse

import "testing"

// The seven-hundred-and-fifty-seventh fresh table: hardware and firmware error reporting as the
// tools of servers really write it. Each family is one tool's output: Intel's ledmon (its own log
// file, a year-less time and a padded level word); IBM OpenBMC's peltool -l (a JSON listing of
// Platform Event Logs, one object a record, a Commit Time and a Sev field); Intel ipmctl's verbose
// debug logger (no time, NVDIMM-WARN / NVDIMM-DBG); FreeIPMI's ipmi-sel --output-event-state
// (a State column, and PostInit where the BMC had no clock yet); Motherboard Monitor's syslog
// sender (a lowercase month after the PRI, the sensor in the tag's brackets); LSI/Broadcom MegaRAID
// Storage Manager's MR_MONITOR in /var/log/messages (an event code in angle brackets after the
// tag); HPE iLO's SMASH CLP `show /system1/log1/recordN` (a block of properties with the date and
// the time of day on lines of their own); storcli's controller terminal log (show termlog: a
// mm/dd/yy date with a space-padded hour, the controller and an EVT# with its own copy of the time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `dmesg`, `time-format iso`, `short-monotonic`, `mcelog`,
// `rasdaemon`, `ras-mc-ctl`, `EDAC`, `smartd`, `zed`, `zpool events`, `zpool history`, `mdadm`,
// `ipmitool`, `sel elist`, `sel list`, `iDRAC`, `racadm`, `getsel`, `getraclog`, `chassislog`,
// `lclog`, `XClarity`, `xcc`, `iLO`, `IML`, `show iml`, `ilorest`, `system1/log1`,
// `severity=Caution`, `nvme error-log`, `nvme persistent`, `lm-sensors`, `sensord`, `ALARM (CRIT)`,
// `vmcore-dmesg`, `kdump`, `crash>`, `fwupd`, `fwupdmgr get-history`, `microcode`, `iucode_tool`,
// `mce:`, `Machine check`, `Hardware Error`, `APEI`, `GHES`, `CPER`, `AER`, `pcieport`, `Xid`,
// `dcgmi`, `ledmon`, `ledctl`, `multipathd`, `megacli`, `AdpEventLog`, `storcli`, `perccli`,
// `termlog`, `EVT#`, `MR_MONITOR`, `MRMON`, `arcconf`, `tw_cli`, `areca`, `ipmievd`, `ipmiutil`,
// `freeipmi`, `ipmi-sel`, `PostInit`, `output-event-state`, `bmc-watchdog`, `SMCIPMITool`,
// `IPMICFG`, `OpenBMC`, `phosphor`, `peltool`, `Commit Time`, `lssvcevents`, `servicelog`,
// `rtas_errd`, `opal-elog`, `skiboot`, `coreboot`, `cbmem`, `(XEN)`, `iRMC`, `iBMC`, `CIMC`,
// `show sel`, `displaylog`, `SERVPROC`, `ipmctl`, `NVM_DBG_LOGGER`, `NVDIMM-`, `Optane`,
// `hl-smi`, `amsd`, `hpasmlited`, `hp-health`, `thermald`, `x86_pkg_temp`, `MBM[`,
// `Motherboard Monitor`, `omreport`, `esmlog`, `errpt`, `fmdump`, `fmadm faulty`, `WHEA`,
// `pstore`, `ramoops`, `kerneloops`, `smartctl`, `edac-util`. The kernel's own lines (dmesg in
// every time format, journalctl -k, kmsg, pstore), mcelog, rasdaemon, EDAC, smartd, zed and
// zpool, mdadm, ipmitool's and racadm's SEL listings, fwupd, kdump and the microcode loader are
// measured many times over, so they were left out; the IBM BladeCenter AMM displaylog and ipmctl's
// show -event were left out for want of a confirmed layout. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ledmon's, MBM's and MR_MONITOR's year-less times are in 2026; ledmon,
// peltool, ipmi-sel, iLO and storcli write local time with no zone, taken as UTC; iLO's time of
// day has no seconds; storcli's termlog line carries its time twice (the same second), and either
// is accepted; ipmctl's debug lines and ipmi-sel's PostInit rows carry no time. Levels only where
// the line marks one: ledmon's level word (DEBUG, INFO, WARNING, ERROR), peltool's Sev field
// (Informational Event is Info, Unrecoverable Error is Error), ipmctl's NVDIMM-DBG / NVDIMM-WARN,
// ipmi-sel's State column (Nominal is Info, Warning, Critical), MBM's PRI severity (<29> notice,
// <25> alert), iLO's severity property (Informational, Caution is Warn, Critical); MR_MONITOR's
// <MRMONnnn> is an event code and no PRI, so its lines and storcli's termlog carry none. The host
// is the syslog host of MBM's and MR_MONITOR's lines; no other tool writes one. peltool's objects
// and iLO's property blocks are one record each, their header lines are fed but not scored.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (MR_MONITOR's line, iLO's SMASH CLP block, storcli's termlog line). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 50.0 %, time 68.8 %, host 75.0 %, records 75.0 %.
// That is the macro figure (micro: level 51.7 %, time 72.4 %, host 79.3 %, records 79.3 %), in a
// worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (ledmon, MBM, MR_MONITOR, storcli's termlog); the gaps: peltool's JSON
// objects and iLO's SMASH CLP blocks are joined into the line before them, so none of their records
// starts an entry; ipmctl's NVDIMM-DBG / NVDIMM-WARN level is not read; ipmi-sel's State column is
// not read as a level and its Mon-dd-yyyy date and time in separate pipe columns give no time.

var fresh757Cases = []worldCase{
	{
		name:   "intel-ledmon-own-logfile",
		source: "intel/ledmon src/lib/utils.c: `TIMESTAMP_PATTERN \"%b %d %T \"` written by _log_timestamp, then the level prefix (`PREFIX_DEBUG \"  DEBUG: \"`, `PREFIX_WARNING \"WARNING: \"`, `PREFIX_INFO \"   INFO: \"`, `PREFIX_ERROR \"  ERROR: \"`) and the message, in /var/log/ledmon.log",
		why:    "a year-less syslog-like time with no host and no tag; the level word is right-aligned to the width of WARNING, so INFO, DEBUG and ERROR come with leading spaces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16    INFO: monitor service has been started..."),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16   DEBUG: /sys/devices/pci0000:64/0000:64:02.0/0000:66:00.0/nvme/nvme2 (slot 5): IBPI_PATTERN_NORMAL"),
			we("2026-11-29T07:43:02Z", Warn, "", "Nov 29 07:43:02 WARNING: /dev/md127: array degraded, member nvme2n1 missing"),
			we("2026-11-29T07:43:02Z", Error, "", "Nov 29 07:43:02   ERROR: Unable to set the pattern IBPI_PATTERN_FAILED_DRIVE on /sys/bus/pci/slots/5 (-22)"),
		},
	},
	{
		name:   "ibm-openbmc-peltool-list-json",
		gap:    "the PEL objects of peltool -l are all joined into the opening `{` line: no entry starts at a `\"0x5000nnnn\": {` key line, so no record has its own Commit Time (`11/29/2026  07:41:16`), its Sev level (Unrecoverable Error, Informational Event) or its boundaries",
		source: "IBM OpenBMC phosphor-logging peltool -l (a JSON object of PELs keyed by id, each with SRC, PLID, CreatorID, Subsystem, `\"Commit Time\": \"01/21/2020  17:49:19\"`, `\"Sev\": \"Unrecoverable Error\"`, CompID, and Message added later): ibm-openbmc/dev issue #1628",
		why:    "one multi-line JSON object per record; the time is an mm/dd/yyyy string with two spaces before the clock inside a \"Commit Time\" key with a space; the level is the Sev field's words",
		entries: []worldEntry{
			wskip("{"),
			we("2026-11-29T07:41:16Z", Error, "",
				`    "0x50000412": {`,
				`        "SRC":                  "BD8D1002",`,
				`        "Message":              "An application had an internal failure",`,
				`        "PLID":                 "0x50000412",`,
				`        "CreatorID":            "BMC",`,
				`        "Subsystem":            "BMC Firmware",`,
				`        "Commit Time":          "11/29/2026  07:41:16",`,
				`        "Sev":                  "Unrecoverable Error",`,
				`        "CompID":               "0x2000"`,
				`    },`),
			we("2026-11-29T07:44:51Z", Info, "",
				`    "0x50000413": {`,
				`        "SRC":                  "BD8D3404",`,
				`        "Message":              "Host firmware boot progress reached standby",`,
				`        "PLID":                 "0x50000413",`,
				`        "CreatorID":            "BMC",`,
				`        "Subsystem":            "System Hypervisor Firmware",`,
				`        "Commit Time":          "11/29/2026  07:44:51",`,
				`        "Sev":                  "Informational Event",`,
				`        "CompID":               "0x4500"`,
				`    },`),
			we("2026-11-29T07:52:08Z", Error, "",
				`    "0x50000414": {`,
				`        "SRC":                  "BD561007",`,
				`        "Message":              "A DIMM has a fault",`,
				`        "PLID":                 "0x50000414",`,
				`        "CreatorID":            "Hostboot",`,
				`        "Subsystem":            "Memory DIMM",`,
				`        "Commit Time":          "11/29/2026  07:52:08",`,
				`        "Sev":                  "Unrecoverable Error",`,
				`        "CompID":               "0x5600"`,
				`    }`),
			wskip("}"),
		},
	},
	{
		name:   "intel-ipmctl-verbose-nvm-dbg-logger",
		gap:    "the level glued to `NVDIMM-` before a colon (NVDIMM-DBG, NVDIMM-WARN) after the NVM_DBG_LOGGER tag is not read: every line gets Unknown",
		source: "Intel ipmctl -v (Optane persistent memory CLI) debug logger `NVM_DBG_LOGGER NVDIMM-WARN:NvmDimmConfig.c::FillSmbiosInfo:592: …` and `NVM_DBG_LOGGER NVDIMM-DBG:PbrOs.c::SerializePbrMode:266: …`: intel/ipmctl issues #181 and #144",
		why:    "no time at all; a fixed logger tag, then the level glued to NVDIMM- and a colon, then file::function:line",
		entries: []worldEntry{
			we("", Debug, "", "NVM_DBG_LOGGER NVDIMM-DBG:NvmDimmDriver.c::NvmDimmDriverDriverEntryPoint:1842: Entering DriverEntryPoint"),
			we("", Warn, "", "NVM_DBG_LOGGER NVDIMM-WARN:NvmDimmConfig.c::FillSmbiosInfo:592: Failed to retrieve the device locator from SMBIOS table (0x0)"),
			we("", Warn, "", "NVM_DBG_LOGGER NVDIMM-WARN:NvmDimmConfig.c::FillSmbiosInfo:606: Failed to retrieve the manufacturer string from SMBIOS table (0x0)"),
			we("", Debug, "", "NVM_DBG_LOGGER NVDIMM-DBG:PbrOs.c::SerializePbrMode:266: Writing to shared memory: 0"),
		},
	},
	{
		name:   "freeipmi-ipmi-sel-event-state-postinit",
		source: "FreeIPMI ipmi-sel --output-event-state (columns `ID | Date | Time | Name | Type | State | Event`, `PostInit` in the Date and Time columns for events logged before the BMC's clock was set, dates like `Jul-20-2017`): thomas-krenn/check_ipmi_sensor_v3 issue #26",
		why:    "a pipe table whose date is Mon-dd-yyyy in its own column; PostInit rows have no time; the State column (Nominal, Warning, Critical) is the level",
		entries: []worldEntry{
			wskip("ID   | Date        | Time     | Name                        | Type              | State    | Event"),
			we("", Info, "", "1    | PostInit    | PostInit | Sensor #0                   | OS Boot           | Nominal  | C: boot completed"),
			we("", Critical, "", "2    | PostInit    | PostInit | Power Supply PS1 Status     | Power Supply      | Critical | Power Supply Failure detected"),
			we("2026-11-29T07:41:16Z", Critical, "", "3    | Nov-29-2026 | 07:41:16 | Power Supply PS1 Status     | Power Supply      | Critical | Power Supply input lost (AC/DC)"),
			we("2026-11-29T07:48:40Z", Warn, "", "4    | Nov-29-2026 | 07:48:40 | Sensor #0                   | OS Critical Stop  | Warning  | OS Graceful Shutdown"),
		},
	},
	{
		name:   "motherboard-monitor-mbm-syslog-lowercase-month",
		source: "Motherboard Monitor (MBM 5) Interval Log & SysLog settings page: `<Facility * 8 + Severity>mmm dd hh:mm:ss pcname MBM[sensor name]: C=xxxx LA=xxxx HA=xxxx L=xxxx H=xxxx A=xxxxx`, normal readings <29>, breached alarms <25>, the month in lowercase (`<29>dec 29 00:00:00 LocalHost MBM[CPU]: …`)",
		why:    "RFC 3164 with a lowercase month; the sensor name in the tag's brackets where a pid goes; the level is the PRI's (5 notice, 1 alert)",
		entries: []worldEntry{
			we("2026-11-29T07:40:00Z", Notice, "WKS-LAB12", "<29>nov 29 07:40:00 WKS-LAB12 MBM[CPU]: C=41 LA=5 HA=70 L=35 H=47 A=40"),
			we("2026-11-29T07:40:00Z", Notice, "WKS-LAB12", "<29>nov 29 07:40:00 WKS-LAB12 MBM[Chipset]: C=33 LA=5 HA=45 L=29 H=35 A=32"),
			we("2026-11-29T07:42:37Z", Alert, "WKS-LAB12", "<25>nov 29 07:42:37 WKS-LAB12 MBM[CPU]: C=74 LA=5 HA=70 L=35 H=74 A=58"),
			we("2026-11-29T07:45:00Z", Notice, "WKS-LAB12", "<29>nov 29 07:45:00 WKS-LAB12 MBM[CPU]: C=52 LA=5 HA=70 L=35 H=74 A=61"),
		},
	},
	{
		name:   "megaraid-msm-mr-monitor-messages",
		source: "LSI/Broadcom MegaRAID Storage Manager's MR_MONITOR daemon in /var/log/messages (`Mon dd HH:MM:SS host MR_MONITOR[pid]: <MRMONnnn> Controller ID:  0   …` with the event text in padded columns): from memory",
		why:    "RFC 3164 with no PRI; an event code in angle brackets right after the tag's colon is no PRI and no level; padded `Controller ID:  0` fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "srv-db03", "Nov 29 07:41:16 srv-db03 MR_MONITOR[2714]: <MRMON044> Controller ID:  0   Device inserted   Device Type:  Disk   Device Id:  5"),
			we("2026-11-29T07:41:19Z", Unknown, "srv-db03", "Nov 29 07:41:19 srv-db03 MR_MONITOR[2714]: <MRMON114> Controller ID:  0   State change on PD:   5    Previous =  Unconfigured Good   Current =  Rebuild"),
			we("2026-11-29T09:12:44Z", Unknown, "srv-db03", "Nov 29 09:12:44 srv-db03 MR_MONITOR[2714]: <MRMON099> Controller ID:  0   Rebuild complete on PD:   5"),
		},
	},
	{
		name:   "hpe-ilo-smash-clp-log1-records",
		gap:    "the SMASH CLP property blocks are all joined into the command header before them (`status=0` … `Sat Nov 29 07:58:10 2026`): no entry starts at a `/system1/log1/recordN` line, so the date= and time= properties and the severity= property (Caution, Critical, Informational) are never read per record",
		source: "HPE iLO's SMASH CLP (`show /system1/log1/recordN`: the target path, Targets, Properties `number=`, `severity=` Informational/Caution/Critical, `date=mm/dd/yyyy`, `time=HH:MM`, `description=`, then Verbs): from memory",
		why:    "a block per record with the date and the time of day (no seconds) on property lines of their own; the level is the severity property",
		entries: []worldEntry{
			wskip("status=0", "status_tag=COMMAND COMPLETED", "Sat Nov 29 07:58:10 2026", ""),
			we("2026-11-29T07:41:00Z", Warn, "",
				"/system1/log1/record14",
				"  Targets",
				"  Properties",
				"    number=14",
				"    severity=Caution",
				"    date=11/29/2026",
				"    time=07:41",
				"    description=Power Supply Failure (Power Supply 2)",
				"  Verbs",
				"    cd version exit show"),
			we("2026-11-29T07:43:00Z", Critical, "",
				"/system1/log1/record15",
				"  Targets",
				"  Properties",
				"    number=15",
				"    severity=Critical",
				"    date=11/29/2026",
				"    time=07:43",
				"    description=Uncorrectable Memory Error (Processor 1, DIMM 6)",
				"  Verbs",
				"    cd version exit show"),
			we("2026-11-29T07:50:00Z", Info, "",
				"/system1/log1/record16",
				"  Targets",
				"  Properties",
				"    number=16",
				"    severity=Informational",
				"    date=11/29/2026",
				"    time=07:50",
				"    description=Server Power Restored",
				"  Verbs",
				"    cd version exit show"),
		},
	},
	{
		name:   "storcli-show-termlog",
		source: "Broadcom storcli /c0 show termlog (the controller firmware's terminal log: `mm/dd/yy HH:MM:SS:` with a space-padded hour, `C0:` for the controller, and event lines `EVT#nnnnn-mm/dd/yy HH:MM:SS: code=text`): from memory",
		why:    "a two-digit year first with a colon after the seconds; the hour padded with a space; an EVT# line repeats the same time after the event number; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26  7:41:16: C0:EVT#04123-11/29/26  7:41:16: 114=Rebuild started on PD 05(e0x20/s5)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26  7:41:16: C0:Rebuild: PD 05 ld 0 rowSize 128 start 0"),
			we("2026-11-29T07:52:03Z", Unknown, "", "11/29/26  7:52:03: C0:EVT#04124-11/29/26  7:52:03: 113=Unexpected sense: PD 03(e0x20/s3) Path 5000c5003a8b9c11, CDB: 28 00 1a 2b 3c 4d 00 00 80 00, Sense: 3/11/00"),
			we("2026-11-29T09:12:44Z", Unknown, "", "11/29/26  9:12:44: C0:EVT#04125-11/29/26  9:12:44: 99=Rebuild complete on PD 05(e0x20/s5)"),
		},
	},
}

func TestFresh757Formats(t *testing.T) { assertTable(t, fresh757Cases) }
func TestFresh757Score(t *testing.T) {
	checkScore(t, "fresh757 formats", fresh757Cases, [worldNumFields]float64{62.4, 74.9, 74.9, 74.9})
}
