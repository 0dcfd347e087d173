package parse

import "testing"

// The eight-hundred-and-eighteenth fresh table: storage arrays' and SAN switches' own event
// listings, as administrators save them from the arrays' command lines and hosts' kernel logs.
// Each family is one product's output: IBM Spectrum Virtualize / FlashSystem `lseventlog -delim :`
// (a compact yyMMddHHmmss time); Brocade Fabric OS `clihistory` (a ctime date and a user, address
// and command); NetApp E-Series SANtricity's major event log saved as text (one block of
// `Key: value` lines per event); IBM XIV / A9000 `xcli event_list` (a column table with a severity
// word); Dell Unity `uemcli /event/alert/hist show` (numbered blocks of `Key = value` lines); the
// Emulex lpfc Fibre Channel HBA driver's messages in a host's syslog; Pure Storage Purity//FA
// `puremessage list` (a column table with a zone abbreviation); HPE 3PAR / Primera `showalert`
// (blocks of `Key : value` lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `netapp`, `ontap`, `ems`, `powerstore`, `unity`, `isilon`, `onefs`,
// `pure storage`, `purity`, `brocade`, `fabos`, `FOS`, `3par`, `primera`, `alletra`, `storwize`,
// `flashsystem`, `svc`, `synology`, `qnap`, `dsm`, `qts`, `powermax`, `vmax`, `compellent`,
// `equallogic`, `nimble`, `hitachi`, `vsp`, `eternus`, `infinidat`, `tintri`, `datacore`,
// `hyperflex`, `vplex`, `recoverpoint`, `data domain`, `datadomain`, `avamar`, `ecs`, `vnx`,
// `celerra`, `powerscale`, `powervault`, `msa`, `storeonce`, `ds8`, `xiv`, `spectrum`, `gpfs`,
// `truenas`, `freenas`, `zfs`, `ceph`, `nutanix`, `cisco mds`, `san-os`, `qlogic`, `emulex`,
// `lpfc`, `qla2xxx`, `unisphere`, `cohesity`, `rubrik`, `commvault`, `veeam`, `vast`, `weka`,
// `scality`, `minio`, `netbackup`, `asustor`, `terramaster`, `wd my cloud`, `drobo`, `readynas`,
// `openmediavault`, `santricity`, `e-series`, `solidfire`, `element os`, `xtremio`, `scaleio`,
// `powerflex`, `vxflex`, `lseventlog`, `lsevent`, `last_timestamp`, `purealert`, `puremessage`,
// `flashblade`, `kern_secd`, `secd.log`, `mgwd`, `vifmgr`, `bycast`, `naviseccli`, `getlog`,
// `uemcli`, `/event/alert/hist`, `Message ID       =`, `errdump`, `fabriclog`, `clihistory`,
// `Date & Time`, `supportshow`, `sannav`, `MAPS-`, `Link Down Event`, `showeventlog`,
// `showalert`, `Message Code`, `dataheadsvc`, `storagegrid`, `celog`, `cvlog`, `oceanstor`,
// `dorado`, `hnas`, `xcli`, `event_list`, `VOLUME_CREATE`, `a9000`, `ts4500`, `Event specific
// codes`, `Logged by:`, `svc_snap`, `svcinfo`, `qumulo`, `nexenta`, `starwind`, `open-e`,
// `cloudian`, `portworx`, `longhorn`, `openebs`, `drbd`, `linstor`, `dscli`, `powerpath`,
// `accounting log`, `type=update`. Most arrays' syslog senders are measured already (ONTAP EMS
// and audit, the 7-Mode messages, OneFS, Unity's and PowerStore's syslog, Purity's syslog, 3PAR's
// syslog and showeventlog, FlashSystem's syslog, Brocade's RASLog, portlogdump and firmwareshow,
// the QLogic SANbox log, Synology's and QNAP's logs, Cisco MDS and NX-OS accounting), so they
// were left out; the eight here match only grep lists (`lseventlog`, `clihistory`, `santricity`,
// `purealert`, `uemcli` and `xiv` name no family) or nothing at all (`lpfc`, `showalert`,
// `puremessage`, `event_list`). `Date & Time` matches only firmwareshow's header, `Message Code`
// other products' fields.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time with no zone is taken as UTC (lseventlog's yyMMddHHmmss,
// clihistory's ctime, SANtricity's `MM/dd/yy h:mm:ss AM`, xcli's, uemcli's); lpfc's syslog
// header has no year, so 2026; Purity writes PST (-08:00) and 3PAR CET (+01:00), converted.
// Levels only where the record marks one: xcli's Severity column (Informational, Warning, Major,
// Critical), uemcli's `Severity =` line, SANtricity's `Priority:` line, Purity's Severity column,
// 3PAR's `Severity :` line; the alarm words Major and Minor map as X.733 has them (Major is Error,
// Minor is Warn). lseventlog's status column (alert, message, monitoring) is the event's state,
// no level; clihistory and the lpfc kernel lines (traditional file format, no PRI) carry none. The
// host is the record's host field: only the lpfc lines have one (the syslog header's host); the
// address in clihistory is the client, SANtricity's `Logged by` a controller slot, and the array
// and node names inside the listings are objects, not hosts. SANtricity's, uemcli's and 3PAR's
// blocks are one record each (with the blank line that ends them); the tables' header rows are
// fed but not scored.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (most of them: these listings are rarely pasted in public threads). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 62.5 %, time 75.0 %,
// host 100.0 %, records 87.5 %. That is the macro figure (micro: level 65.5 %, time 75.9 %, host
// 100.0 %, records 89.7 %), in a worktree at 7f43fec with no change to trawl's code (only this file
// and table_test.go's list), 4 of 8 families fully right; the gaps: lseventlog's compact
// yyMMddHHmmss time between colons is not read, the levels on SANtricity's `Priority:` and
// uemcli's `Severity =` lines inside their blocks are not read, and 3PAR's showalert blocks are cut
// after their second line, losing the time, the severity and the record.

var fresh818Cases = []worldCase{
	{
		name:   "ibm-spectrum-virtualize-lseventlog-delim",
		gap:    "the twelve-digit yyMMddHHmmss last_timestamp between colons after the sequence number (`4120:261129074116:`) is not read: every record comes out with no time",
		source: "IBM Spectrum Virtualize / FlashSystem CLI `lseventlog -delim :` (concise view; the command and its -delim, -nohdr, -order parameters: IBM Docs FlashSystem 7x00 9.1.3 'lseventlog'); the columns sequence_number:last_timestamp:object_type:object_id:object_name:copy_id:status:fixed:event_id:error_code:description and the yyMMddHHmmss timestamp from memory",
		why:    "a sequence number, then a compact twelve-digit yyMMddHHmmss time glued between colons; empty columns as `::`; the status word (alert, message, monitoring) is no level",
		entries: []worldEntry{
			wskip("sequence_number:last_timestamp:object_type:object_id:object_name:copy_id:status:fixed:event_id:error_code:description"),
			we("2026-11-29T07:41:16Z", Unknown, "", "4120:261129074116:cluster::fs7300-lab01::message:no:981004::FC discovery occurred, no configuration changes were detected"),
			we("2026-11-29T07:43:02Z", Unknown, "", "4121:261129074302:fc_port:5:node1_port5::alert:no:073006:1060:Fibre Channel ports are not operational"),
			we("2026-11-29T07:55:18Z", Unknown, "", "4122:261129075518:drive:17:::monitoring:no:010071::Drive firmware download completed"),
			we("2026-11-29T08:00:44Z", Unknown, "", "4123:261129080044:node:2:node2::alert:yes:074002:2030:Internal error"),
		},
	},
	{
		name:   "brocade-fos-clihistory",
		source: "Brocade Fabric OS `clihistory` (a header `Date & Time  Message`, then one row a command: a `Www Mmm dd HH:mm:ss yyyy` time padded to its column, then `user, address, command`): from memory (searches found only RASLog and audit formats)",
		why:    "a ctime date with the year last, then the user, the client's address and the command after commas; no level, and the address is a client",
		entries: []worldEntry{
			wskip("Date & Time                      Message"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026         admin, 10.44.0.12, switchshow"),
			we("2026-11-29T07:42:03Z", Unknown, "", "Sun Nov 29 07:42:03 2026         admin, 10.44.0.12, zoneshow --validate"),
			we("2026-11-29T07:44:51Z", Unknown, "", "Sun Nov 29 07:44:51 2026         sanops, 10.44.0.31, portdisable 12"),
			we("2026-11-29T07:45:30Z", Unknown, "", "Sun Nov 29 07:45:30 2026         sanops, 10.44.0.31, cfgsave"),
		},
	},
	{
		name:   "netapp-santricity-mel-text-blocks",
		gap:    "the level on the block's `Priority: Informational|Critical` line is not read: the records come out Unknown (time and block boundaries are right)",
		source: "NetApp E-Series SANtricity major event log saved as text (SMcli `save storageArray allEvents file=…`: one block a event, `Date/Time: MM/dd/yy h:mm:ss AM`, Sequence number, Event type, Description, Event specific codes, Event category, Component type, Component location, Logged by, Priority, a blank line after): from memory",
		why:    "a block of `Key: value` lines; the time is a two-digit-year US date with a 12-hour clock on the first line; the level is the Priority line near the end; `Logged by` is a controller slot, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"Date/Time: 11/29/26 7:41:16 AM",
				"Sequence number: 48213",
				"Event type: 100A",
				"Description: Drive added in drive tray",
				"Event specific codes: 0/0/0",
				"Event category: Notification",
				"Component type: Drive",
				"Component location: Tray 99, Slot 4",
				"Logged by: Controller in slot A",
				"Priority: Informational",
				""),
			we("2026-11-29T07:52:40Z", Critical, "",
				"Date/Time: 11/29/26 7:52:40 AM",
				"Sequence number: 48214",
				"Event type: 2801",
				"Description: Storage array running on UPS battery",
				"Event specific codes: 0/0/0",
				"Event category: Notification",
				"Component type: Enclosure",
				"Component location: Tray 0",
				"Logged by: Controller in slot B",
				"Priority: Critical",
				""),
			we("2026-11-29T10:05:09Z", Critical, "",
				"Date/Time: 11/29/26 10:05:09 AM",
				"Sequence number: 48215",
				"Event type: 6700",
				"Description: Unreadable sector(s) detected - data loss occurred",
				"Event specific codes: 0/0/0",
				"Event category: Error",
				"Component type: Volume",
				"Component location: ora_redo_02",
				"Logged by: Controller in slot A",
				"Priority: Critical"),
		},
	},
	{
		name:   "ibm-xiv-xcli-event-list",
		source: "IBM XIV / FlashSystem A9000 `xcli event_list` (columns Timestamp, Severity, Code, User, Description; the time `yyyy-MM-dd HH:mm:ss` with no zone; severities Informational, Warning, Minor, Major, Critical): from memory",
		why:    "a plain date-time column, then a severity word padded to its column (Major is Error), an upper-case event code and a user column that may be empty",
		entries: []worldEntry{
			wskip("Timestamp             Severity        Code                      User      Description"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16   Informational   VOLUME_CREATE             xadmin    Volume was created with name 'ora_data_07' and size 1013GB in Storage Pool with name 'pool_db'."),
			we("2026-11-29T07:43:40Z", Warn, "", "2026-11-29 07:43:40   Warning         DISK_SMART_STATUS_BAD               Disk 1:Disk:3:7 SMART status bad, the disk will be phased out."),
			we("2026-11-29T07:44:02Z", Error, "", "2026-11-29 07:44:02   Major           MODULE_FAILED                       Module 1:Module:3 failed."),
			we("2026-11-29T07:44:05Z", Critical, "", "2026-11-29 07:44:05   Critical        POOL_HARD_CAPACITY_FULL             Storage Pool 'pool_db' has no free hard capacity left."),
		},
	},
	{
		name:   "dell-unity-uemcli-alert-hist",
		gap:    "the level on the block's `Severity    = info|warning|error|critical` line is not read: the records come out Unknown (time and block boundaries are right)",
		source: "Dell EMC Unity `uemcli -d … /event/alert/hist show -detail` (the connection banner, then numbered blocks `N:    Time = yyyy-MM-dd HH:mm:ss.fff` with Message ID, Description and Severity lines of `Key = value`, a blank line after each): from memory",
		why:    "a numbered block whose first line carries the time after `Time =`; the level is the `Severity =` line of the block; the storage system's address in the banner is no record",
		entries: []worldEntry{
			wskip("Storage system address: 10.30.4.21", "Storage system port: 443", "HTTPS connection", ""),
			we("2026-11-29T07:41:16.418Z", Info, "",
				"1:    Time        = 2026-11-29 07:41:16.418",
				"      Message ID  = 14:60326",
				"      Description = Storage pool pool_01 is operating normally.",
				"      Severity    = info",
				""),
			we("2026-11-29T07:48:02.007Z", Warn, "",
				"2:    Time        = 2026-11-29 07:48:02.007",
				"      Message ID  = 14:38003",
				"      Description = Storage pool pool_01 has exceeded its user-specified threshold of 85%.",
				"      Severity    = warning",
				""),
			we("2026-11-29T08:02:55.350Z", Error, "",
				"3:    Time        = 2026-11-29 08:02:55.350",
				"      Message ID  = 14:6031d",
				"      Description = Link on Ethernet port SP A Ethernet Port 2 is down.",
				"      Severity    = error",
				""),
			we("2026-11-29T08:03:10.112Z", Critical, "",
				"4:    Time        = 2026-11-29 08:03:10.112",
				"      Message ID  = 14:1b4",
				"      Description = Drive Enclosure 0, Drive 6 has faulted.",
				"      Severity    = critical"),
		},
	},
	{
		name:   "emulex-lpfc-fc-hba-kernel-syslog",
		source: "the Emulex LightPulse Fibre Channel HBA driver (lpfc) messages through the kernel into rsyslog's traditional file format (`Mmm dd HH:mm:ss host kernel: lpfc PCI-address: board:[(vport):]msgno text Data: x…`): from memory",
		why:    "a year-less syslog header with the host, then `kernel: lpfc` and a PCI address with colons and a dot before the board and message numbers; no PRI, so no level (the words Link Down are no level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dbhost07", "Nov 29 07:41:16 dbhost07 kernel: lpfc 0000:3b:00.0: 0:1305 Link Down Event x2 received Data: x2 x20 x800110 x0 x0"),
			we("2026-11-29T07:41:46Z", Unknown, "dbhost07", "Nov 29 07:41:46 dbhost07 kernel: lpfc 0000:3b:00.0: 0:(0):0203 Devloss timeout on WWPN 50:06:01:6a:08:60:1e:b4 NPort x01f400 Data: x0 x7 x0"),
			we("2026-11-29T07:41:47Z", Unknown, "dbhost07", "Nov 29 07:41:47 dbhost07 kernel: lpfc 0000:3b:00.0: 0:1303 Link Up Event x3 received Data: x3 x0 x10 x0 x0 x0 0"),
			we("2026-11-29T07:41:48Z", Unknown, "dbhost07", "Nov 29 07:41:48 dbhost07 kernel: lpfc 0000:3b:00.1: 1:(0):2753 PLOGI failure DID:011600 Status:x3/x103"),
		},
	},
	{
		name:   "pure-purity-puremessage-list",
		source: "Pure Storage Purity//FA CLI `puremessage list` (columns ID, Time, Severity, Category, Code, Component, Name, Event, Details; the time `yyyy-MM-dd HH:mm:ss` with the array's zone abbreviation): from memory (the syslog selector purity.alert is measured already, the CLI listing is not)",
		why:    "an alert id first, then a date-time with a zone abbreviation (PST, -08:00) to convert, then a lower-case severity word padded to its column; the component name (CH0.BAY7, ct1) is no host",
		entries: []worldEntry{
			wskip("ID     Time                     Severity  Category  Code  Component  Name       Event              Details"),
			we("2026-11-29T09:41:16Z", Warn, "", "41204  2026-11-29 01:41:16 PST  warning   array     12    hardware   CH0.BAY7   failure            Drive is not functioning properly"),
			we("2026-11-29T09:44:30Z", Info, "", "41205  2026-11-29 01:44:30 PST  info      array     25    hardware   CH0.BAY7   healthy            -"),
			we("2026-11-29T09:52:03Z", Critical, "", "41206  2026-11-29 01:52:03 PST  critical  array     40    hardware   ct1        controller failed  Controller ct1 is not responding"),
		},
	},
	{
		name:   "hpe-3par-primera-showalert",
		gap:    "the block is cut after `Id : n` and `State : New`, so the `Time        : 2026-11-29 08:41:16 CET` and `Severity    : Major` lines fall into another entry: the records come out with no time, Unknown level and only their first two lines",
		source: "HPE 3PAR / Primera CLI `showalert` (one block an alert: `Id          : n`, State, Message Code, `Time        : yyyy-MM-dd HH:mm:ss ZZZ`, Severity, Type, Message, a blank line after; severities Fatal, Critical, Major, Minor, Degraded, Informational): from memory",
		why:    "a block of `Key : value` lines whose time sits on the fourth line with a zone abbreviation (CET, +01:00) and whose level is the Severity line (Major is Error, Minor is Warn); the block opens with the alert id, not a time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "",
				"Id          : 412",
				"State       : New",
				"Message Code: 0x0270001",
				"Time        : 2026-11-29 08:41:16 CET",
				"Severity    : Major",
				"Type        : Component state change",
				"Message     : Physical Disk 17 Failed (Vacated, Missing, Invalid Media)",
				""),
			we("2026-11-29T07:55:40Z", Warn, "",
				"Id          : 413",
				"State       : New",
				"Message Code: 0x03a0002",
				"Time        : 2026-11-29 08:55:40 CET",
				"Severity    : Minor",
				"Type        : CPG growth warning",
				"Message     : CPG FC_r6 SA growth warning exceeded: 1792 GiB",
				""),
			we("2026-11-29T08:10:05Z", Critical, "",
				"Id          : 414",
				"State       : New",
				"Message Code: 0x0060002",
				"Time        : 2026-11-29 09:10:05 CET",
				"Severity    : Critical",
				"Type        : Node state change",
				"Message     : Node 1 is offline"),
		},
	},
}

func TestFresh818Formats(t *testing.T) { assertTable(t, fresh818Cases) }
func TestFresh818Score(t *testing.T) {
	checkScore(t, "fresh818 formats", fresh818Cases, [worldNumFields]float64{62.4, 74.9, 99.9, 87.4})
}
