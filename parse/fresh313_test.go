package parse

import "testing"

// The three-hundred-and-thirteenth fresh table, written on 2026-12-06: supercomputers and HPC
// clusters, a further pass after fresh6, fresh16, fresh59, fresh68, fresh80, fresh102, fresh110,
// fresh118, fresh131, fresh151, fresh159, fresh204, fresh221, fresh241 and fresh305: the batch
// systems', parallel file system's, InfiniBand subnet manager's and BMCs' output in shapes no
// earlier table holds, as operators collect it. Each family is one product's documented or
// observed output: ipmiutil's `sel` listing run on a node (a yy two-digit year, the INF MIN MAJ CRT
// severity column); Slurm's `sacctmgr list transactions` (right-aligned fixed-width columns, values
// cut with a `+`, an epoch inside the truncated Info); OpenPBS with PBS_SYSLOG set, its daemons'
// records in /var/log/messages (the syslog tag `Server@pbs01`, class;object;text with no event
// mask); LSF's `bhist -t` (events in time order, a ctime with the year, a long event wrapped onto a
// second line); Lustre's `lctl get_param ost.OSS.ost_io.req_history` (colon-separated fields, the
// arrival time a bare epoch in the seventh, negative epoch-sized service times on requests still
// in flight); OpenSM's opensm.log at debug level with its SMInfo and NodeInfo dumps (a header line
// and tab-indented attribute lines, one record); FreeIPMI's ipmi-sel run against a range of BMCs
// (`c041-bmc: ` before every line, the hosts' lines interleaved); OpenBMC's Redfish event stream
// read with `curl -N` from /redfish/v1/EventService/SSE (an `id:` line, then the event's
// pretty-printed JSON with `data: ` before every line, a blank line after it).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`ipmiutil`, `RecId Date/Time`, `Evt_detail`, `Hi Noncrit thresh`, `Boot: ClockSync`,
// `Watchdog_2`, `sacctmgr`, `sacctmgr list`, `sacctmgr show`, `transactions`, `Add Associations`,
// `Modify Associations`, `id_assoc=`, `mod_time=`, `Actor`, `sreport`, `strigger`, `sdiag`,
// `SLURM_TIME_FORMAT`, `scrun`, `sbcast`, `slurmscriptd`, `PBS_SYSLOG`, `PBS_Server[`, `Server@`,
// `pbs_sched:`, `pbs_mom:`, `Job Run at request of`, `pbs_rstat`, `bhist`, `bhist -t`,
// `dispatched to <`, `done successfully;`, `running with execution home`, `Submitted from host`,
// `Started on <`, `bjobs -l`, `bjobs -UF`, `bacct`, `vemkd`, `egosh`, `mbschd`, `lsb.stream`,
// `req_history`, `@o2ib`, `12345-`, `<not swabbed>`, `opc 4`, `time-format`, `short-monotonic`,
// `opensm`, `subnet manager`, `NodeInfo dump`, `SMInfo dump`, `base_version......`, `0x08 -> `,
// `MLNX-OS`, `onyx`, `mgmtd`, `.NOTICE]`, `ufm`, `sharp_am`, `SHARP`, `ibdiag`, `opafm`,
// `omni-path`, `nvlsm`, `ipmi-sel`, `ipmi-sel -h`, `hostranged`, `Nov-29-2026`, `-bmc: `,
// `--output-event-state`, `pdsh`, `clush`, `dshbak`, `ipmitool sel list -v`, `sel elist -v`,
// `SEL Record ID`, `getraclog`, `racadm`, `omreport`, `esmlog`, `hpasmcli`, `ras-mc-ctl`,
// `rasdaemon`, `mcelog`, `Hardware event. This is not`, `Corrected error`, `CPU_SrcID`, `errpt`,
// `peltool`, `pjsub`, `PJM`, `EventService/SSE`, `text/event-stream`, `Event.v1_4_0`,
// `OpenBMC.0.1`, `data:       `, `MessageArgs`, `Redfish`). ipmiutil is in none (fresh204 left its
// sel table out for want of a page; ievents.c and isel.c settle it here). sacctmgr is in fresh221
// as `show event`; its transaction list is in none. OpenPBS's server, mom and scheduler logs are in
// many tables in their own files (`mm/dd/yyyy hh:mm:ss;0008;Server@head;Job;…`); their records sent
// to syslog are in none (the `pbs_mom:` hits are the Liberty and Spirit lines of fresh22 and fresh80).
// bhist is in fresh110 and others as `bhist -l`; `-t` is in none. Lustre's debug log, console and
// jobstats are in many tables; the request history is in none (fresh16's `12345-` is a debug-log
// NID). OpenSM's log is fresh6's in single lines, its syslog fresh131's; the dumps at debug level
// are in none. FreeIPMI's ipmi-sel is fresh59's against one host; the hostranged prefix is in none.
// OpenBMC's Redfish event log file is fresh105's, a Redfish SEL through jq -c fresh159's; the SSE
// stream is in none (formats_test's SSE line is a rule's). Left out as measured already: slurmctld,
// slurmd and slurmdbd in every LogTimeFormat, sinfo, squeue, sacct, seff, sprio and sshare; PBS's
// accounting, tracejob and comm logs; LSF's daemon logs, lsb.events, lsb.acct, bjobs -l, bhist -l
// and the job report file; Lustre's LustreError and LNet lines, lctl dk, changelogs and the HSM
// copytool; opensm.log's single lines, OpenSM's syslog, ibdiagnet2.log, UFM's event.log and
// ufm.log, the Omni-Path FM, NVLSM and Onyx's log; ipmitool's sel elist, sel get and CSV mode,
// ipmi-sel --output-event-state, ipmiseld, racadm getsel and lclog, OMSA's ESM log, hpasmcli's IML,
// ras-mc-ctl --errors and --summary, mcelog's block and syslog lines. Left out as not confirmed by a
// search: SHARP's aggregation manager log, LSF's bjobs -UF, Lenovo XCC's and Supermicro's SEL
// listings. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ipmiutil prints the SEL time in local time as `%x %H:%M:%S` (MM/DD/YY) with
// no zone, taken as UTC; sacctmgr's Time column, ipmi-sel's Mon-dd-yyyy and bhist's ctime carry no
// zone either; syslog's and OpenSM's dates have no year (2026), OpenSM's microseconds are the field
// after the clock; the request history's only time is the arrival epoch (the `-1795938079s` of a
// request not yet replied to is rq_sent 0 less the arrival, no time); the Redfish event's time is
// EventTimestamp (+00:00), and its EventId is the epoch of the same second. Levels only where the
// source marks one: ipmiutil's SEV column (INF info, MIN warning, MAJ error, CRT critical, as its
// own WriteSyslog maps them), OpenSM's hex flag (0x01 error, 0x02 info, 0x08 debug), ipmi-sel's
// State (Nominal, Warning, Critical), the Redfish Severity (OK, Warning, Critical); sacctmgr's,
// PBS's syslog lines (the facility and severity are not in the file), bhist's and the request
// history's have none, and `exited` or `Failure detected` in a message are no levels. The host is
// the record's host field: the syslog header's host (not the `Server@pbs01` tag, not the execution
// hosts in exec_vnode), the BMC name FreeIPMI puts before each line; bhist's submission and
// execution hosts in brackets, the request history's NIDs (the server's own interface and the
// client), sacctmgr's Actor and the BMC behind the SSE stream are not hosts. A record that spans
// lines is one entry: bhist's event wrapped onto a second line, an OpenSM dump with its indented
// lines, an SSE event from its `id:` line to the blank line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 732041d before any rule for it: level 58.9 %, time 50.0 %, host 79.2 %, records 87.5 %.
// That is the macro figure (micro: level 64.3 %, time 59.5 %, host 83.3 %, records 92.9 %), in a
// worktree at 732041d with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (sacctmgr's transaction list, PBS's records in syslog and bhist -t); the
// gaps are ipmiutil's MIN and MAJ severities, the request history's arrival epoch, OpenSM's
// microseconds and hex level flag, FreeIPMI's hostranged prefix and the Redfish SSE stream's events.

var fresh313Cases = []worldCase{
	{
		name:   "ipmiutil-sel-local-listing",
		source: "ipmiutil's `ipmiutil sel` run on a node (a `progname version` line, ReadSELinfo's `SEL Ver %x Support %02x, Size = … records (Used=…, Free=…)`, the evt_hdr header, then format_event's `%04x %s %s %s %s #%02x %s %s %s`: record id, fmt_time's `%x %H:%M:%S` in local time, the SEV string INF MIN MAJ CRT, the generator BMC/BIOS/Bios, the sensor type, the sensor number, an empty sensor tag without -e, the description and `trigger [data1 data2 data3]` or `act=xx thr=xx`): arcress0/ipmiutil util/ievents.c (sev_str, gen_desc, sens_desc, format_event, fmt_time, the sample lines in its comment) and util/isel.c (ReadSEL, ReadSELinfo); subs.c's WriteSyslog maps MIN to LOG_WARN, MAJ to LOG_ERR, CRT to LOG_CRIT",
		why:    "MM/DD/YY with a two-digit year and no zone; the severity is a three-letter column after the time; #30 is a sensor number, act=5a a hex reading; two header lines and a column header carry nothing",
		entries: []worldEntry{
			wskip(
				"ipmiutil sel version 3.1.9",
				"SEL Ver 51 Support 0f, Size = 3639 records (Used=7, Free=3632)",
				"RecId Date/Time_______ SEV Src_ Evt_Type___ Sens# Evt_detail - Trig [Evt_data]"),
			we("2026-11-28T21:04:12Z", Info, "", "0001 11/28/26 21:04:12 INF BMC  Event Log #09  Log Cleared 6f [02 ff ff]"),
			we("2026-11-29T06:58:40Z", Info, "", "0002 11/29/26 06:58:40 INF BIOS System Event #83  Boot: ClockSync_1 6f [05 00 ff]"),
			we("2026-11-29T07:41:16Z", Warn, "", "0003 11/29/26 07:41:16 MIN BMC  Temperature #30  Hi Noncrit thresh act=5a thr=55"),
			we("2026-11-29T07:44:51Z", Info, "", "0004 11/29/26 07:44:51 INF BMC  Temperature #30  HiN thresh OK now act=50 thr=55"),
			we("2026-11-29T07:52:37Z", Error, "", "0005 11/29/26 07:52:37 MAJ BMC  Power Supply #51  Failure detected 6f [41 ff ff]"),
			we("2026-11-29T07:55:10Z", Critical, "", "0006 11/29/26 07:55:10 CRT BMC  Processor #90  IERR 6f [00 ff ff]"),
			we("2026-11-29T08:02:44Z", Critical, "", "0007 11/29/26 08:02:44 CRT BMC  Watchdog_2 #81  Hard Reset action 6f [41 ff ff]"),
		},
	},
	{
		name:   "slurm-sacctmgr-list-transactions",
		source: "Slurm's `sacctmgr list transactions Start=2026-11-29` with the default format Time,Action,Actor,Where,Info (print_fields' `%*.*s ` right-aligned columns of 19, 20, 10, 20 and 20, each followed by a space, a value longer than its column cut to width-1 with a `+`, the header and a line of dashes; Time in the default `%FT%T`): SchedMD/slurm src/sacctmgr/txn_functions.c (sacctmgr_list_txn, the default format) and src/sacctmgr/common.c (the Action, Actor, TimeStamp, Where and Info fields and widths); the txn rows' name and info (`id_assoc=N`, `mod_time=…`) from as_mysql's inserts into txn_table; the Where and Info values of the user and QOS rows from memory",
		why:    "an ISO time without a zone first; the Info column holds a truncated `mod_time=1795938076+` epoch and the Actor is a user, no host; an empty Info is blanks; header and dashes carry nothing",
		entries: []worldEntry{
			wskip(
				"               Time               Action      Actor                Where                 Info ",
				"------------------- -------------------- ---------- -------------------- -------------------- "),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16            Add Users       root               pkumar        admin_level=1 "),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16     Add Associations       root        id_assoc=5121 mod_time=1795938076+ "),
			we("2026-11-29T08:03:55Z", Unknown, "", "2026-11-29T08:03:55  Modify Associations       lwei      (id_assoc=5121)          max_jobs=64 "),
			we("2026-11-29T09:17:40Z", Unknown, "", "2026-11-29T09:17:40           Modify QOS       root    (name='gpu-long') max_wall_duration_p+ "),
			we("2026-11-29T10:22:08Z", Unknown, "", "2026-11-29T10:22:08  Remove Associations       root      (id_assoc=4870)                      "),
		},
	},
	{
		name:   "openpbs-daemons-to-syslog",
		source: "OpenPBS / PBS Professional with PBS_SYSLOG=1 (LOG_DAEMON) and PBS_SYSLOGSEVR in pbs.conf, the daemons' records in /var/log/messages on a central rsyslog: log_record's `syslog(sev, \"%s;%s;%s\\n\", class_names[objclass], objname, text)` after `openlog(msg_daemonname, LOG_NOWAIT, facility)`, so the tag is the daemon name (`Server@host`, `pbs_sched`, `pbs_mom`) with no pid and no event mask in the message: openpbs/openpbs src/lib/Liblog/pbs_log.c (log_open_main's openlog, log_record); the PTL self-test TestSyslog (PBS_SYSLOG, PBS_SYSLOGSEVR and PBS_LOCALLOG set in pbs.conf, `Job;<id>;Job Run at request of Scheduler` matched in the syslog); the message texts from memory of the daemons' own logs",
		why:    "a BSD header whose tag `Server@pbs01` has an @ and no pid; the host is the header's (pbs01, cn112), not the tag's name or the exec_vnode hosts; no level in the line (the syslog severity is not written to the file)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pbs01", "Nov 29 07:41:16 pbs01 Server@pbs01: Job;5120.pbs01;enqueuing into workq, state Q hop 1"),
			we("2026-11-29T07:41:16Z", Unknown, "pbs01", "Nov 29 07:41:16 pbs01 Server@pbs01: Job;5120.pbs01;Job Queued at request of akimura@login02, owner = akimura@login02, job name = wrf_d02, queue = workq"),
			we("2026-11-29T07:41:17Z", Unknown, "pbs01", "Nov 29 07:41:17 pbs01 pbs_sched: Job;5120.pbs01;Considering job to run"),
			we("2026-11-29T07:41:17Z", Unknown, "pbs01", "Nov 29 07:41:17 pbs01 Server@pbs01: Job;5120.pbs01;Job Run at request of Scheduler@pbs01 on exec_vnode (cn112:ncpus=64:mem=251658240kb)+(cn113:ncpus=64:mem=251658240kb)"),
			we("2026-11-29T07:41:18Z", Unknown, "cn112", "Nov 29 07:41:18 cn112 pbs_mom: Job;5120.pbs01;Started, pid = 48213"),
			we("2026-11-29T07:58:02Z", Unknown, "cn113", "Nov 29 07:58:02 cn113 pbs_mom: Svr;pbs_mom;im_eof, Premature end of message from addr 10.20.4.12:15001 on stream 14"),
			we("2026-11-29T08:12:40Z", Unknown, "pbs01", "Nov 29 08:12:40 pbs01 Server@pbs01: Svr;Server@pbs01;Connection refused (111) in contact_sched, Could not contact Scheduler"),
		},
	},
	{
		name:   "lsf-bhist-t-chronological",
		source: "IBM Spectrum LSF's `bhist -t -T 07:30,08:30` (the job events of lsb.events in time order: `Www Mmm dd HH:MM:SS yyyy: Job <id> submitted from host <h> to Queue <q>, CWD <…>, User <u>, Project <p>, Command <…>, ` wrapped before `Requested Resources <…>;` on the next line, `dispatched to <…>;`, `starting (Pid n);`, `running with execution home <…>, Execution CWD <…>, Execution Pid <n>;`, `exited;`, `done successfully;`): IBM Spectrum LSF 10.1 documentation 'View chronological history of jobs' (the bhist -t -T 14:00,14:30 example) and bhist(1) (-t, -T, LSB_BHIST_HOURS)",
		why:    "a ctime with the year and a colon after it; the submit event is wrapped onto a line of its own with no indent, one record; the hosts in brackets are submission and execution hosts, no record host; `exited` is an event, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026: Job <88120> submitted from host <login03> to Queue <normal>, CWD <$HOME/cfd/run7>, User <mtanaka>, Project <cfd-2026>, Command <mpirun ./solver -i case7.inp>, ",
				"Requested Resources <span[ptile=32] rusage[mem=4000]>;"),
			we("2026-11-29T07:41:22Z", Unknown, "", "Sun Nov 29 07:41:22 2026: Job <88120> dispatched to <32*cn0412> <32*cn0413>;"),
			we("2026-11-29T07:41:23Z", Unknown, "", "Sun Nov 29 07:41:23 2026: Job <88120> starting (Pid 30144);"),
			we("2026-11-29T07:41:23Z", Unknown, "", "Sun Nov 29 07:41:23 2026: Job <88120> running with execution home </home/mtanaka>, Execution CWD </home/mtanaka/cfd/run7>, Execution Pid <30144>;"),
			we("2026-11-29T07:52:09Z", Unknown, "", "Sun Nov 29 07:52:09 2026: Job <88117> exited;"),
			we("2026-11-29T08:03:47Z", Unknown, "", "Sun Nov 29 08:03:47 2026: Job <88120> done successfully;"),
		},
	},
	{
		name:   "lustre-ptlrpc-req-history",
		gap:    "trawl reads no time from a request-history line: the arrival epoch in the seventh colon-separated field (`…:488:Complete:1795938076:0s(-43s) opc 4`) is not read, so every record has none",
		source: "Lustre's `lctl get_param ost.OSS.ost_io.req_history` on an OSS (the `param=` line, then one request a line: `%lld:%s:%s:x%llu:%d:%s:%lld:%lds(%+lds) ` history sequence, the server's own NID, the client's pid-NID, the xid, the request length, the phase, the arrival time in epoch seconds, rq_sent less the arrival, rq_sent less the deadline, then target_print_req's `opc %d` or `<not swabbed>`): lustre/lustre-release lustre/ptlrpc/lproc_ptlrpc.c (ptlrpc_lprocfs_svc_req_history_show, target_print_req)",
		why:    "colon-separated fields with a 16-digit sequence first; the record's time is the bare epoch in the seventh field; a request still in flight has rq_sent 0, so `-1795938079s` is no time; the NIDs are interfaces and clients, no host; no level",
		entries: []worldEntry{
			wskip("ost.OSS.ost_io.req_history="),
			we("2026-11-29T07:41:16Z", Unknown, "", "6345262380939264:10.20.0.31@o2ib:12345-10.20.4.112@o2ib:x1818236612345664:488:Complete:1795938076:0s(-43s) opc 4"),
			we("2026-11-29T07:41:16Z", Unknown, "", "6345262380943360:10.20.0.31@o2ib:12345-10.20.4.113@o2ib:x1818236612346112:488:Complete:1795938076:1s(-42s) opc 3"),
			we("2026-11-29T07:41:19Z", Unknown, "", "6345262380947456:10.20.0.31@o2ib:12345-10.20.4.112@o2ib:x1818236612345792:488:Interpret:1795938079:-1795938079s(-1795938122s) opc 4"),
			we("2026-11-29T07:41:22Z", Unknown, "", "6345262380951552:10.20.0.31@o2ib:12345-10.20.5.7@o2ib:x1818236699012288:440:New:1795938082:-1795938082s(-1795938125s) <not swabbed>"),
		},
	},
	{
		name:   "opensm-log-debug-mad-dumps",
		gap:    "trawl joins the dumps' tab-indented lines right and reads the yearless date, but neither the microseconds written as a field after the clock (`07:41:16 204113`) nor the hex level flag before `->` (0x01, 0x02, 0x08): every record has whole seconds and no level",
		source: "OpenSM's /var/log/opensm.log with the debug flag in its log mask (`opensm -D 0x0b`): osm_log's `%s %02d %02d:%02d:%02d %06d [%04X] 0x%02x -> %s` with the buffer written as given, so osm_dump_sm_info's `SMInfo dump:` and osm_dump_node_info's `NodeInfo dump:` come out as a header line and one line an attribute behind four tabs, dotted to a column, logged at OSM_LOG_DEBUG: OpenSM's osm_log.c (osm_log) and osm_helper.c (osm_dump_sm_info_to_buf, osm_dump_node_info_to_buf, osm_dump_sm_info logging at OSM_LOG_DEBUG); the single-line messages from memory",
		why:    "a yearless date, the microseconds as a field after the clock, the level as a hex flag before `->`; a dump is one record: its tab-indented, dot-padded lines belong to the header line above them; the GUIDs and LIDs are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Info, "", "Nov 29 07:41:16 204113 [7F3A1C2B6700] 0x02 -> osm_ucast_mgr_process: minhop tables configured on all switches"),
			we("2026-11-29T07:41:16.204377Z", Debug, "",
				"Nov 29 07:41:16 204377 [7F3A1C2B6700] 0x08 -> SMInfo dump:",
				"\t\t\t\tguid....................0x248a070300f3a2c1",
				"\t\t\t\tsm_key..................0x0000000000000000",
				"\t\t\t\tact_count...............2214",
				"\t\t\t\tpriority................14",
				"\t\t\t\tsm_state................3"),
			we("2026-11-29T07:41:17.003118Z", Debug, "",
				"Nov 29 07:41:17 003118 [7F3A1BAB5700] 0x08 -> NodeInfo dump:",
				"\t\t\t\tbase_version............0x1",
				"\t\t\t\tclass_version...........0x1",
				"\t\t\t\tnode_type...............Switch",
				"\t\t\t\tnum_ports...............41",
				"\t\t\t\tsys_guid................0xb83fd20300e4a1f0",
				"\t\t\t\tnode_guid...............0xb83fd20300e4a1f0",
				"\t\t\t\tport_guid...............0xb83fd20300e4a1f0",
				"\t\t\t\tpartition_cap...........0x8",
				"\t\t\t\tdevice_id...............0xD2F2",
				"\t\t\t\trevision................0xA0",
				"\t\t\t\tport_num................0",
				"\t\t\t\tvendor_id...............0x2C9"),
			we("2026-11-29T07:41:19.512008Z", Error, "", "Nov 29 07:41:19 512008 [7F3A1A2B3700] 0x01 -> log_trap_info: Received Generic Notice type:1 num:129 (Link Integrity Threshold Reached) Producer:2 (Switch) from LID:412 Port 17 TID:0x0000000200000bd2"),
			we("2026-11-29T07:41:19.73342Z", Info, "", "Nov 29 07:41:19 733420 [7F3A1C2B6700] 0x02 -> osm_ucast_mgr_process: minhop tables configured on all switches"),
		},
	},
	{
		name:   "freeipmi-ipmi-sel-hostranged",
		source: "FreeIPMI's `ipmi-sel -h c041-bmc,c042-bmc -u admin --output-event-state` against two BMCs: with more than one host the tools set PSTDOUT_OUTPUT_STDOUT_PREPEND_HOSTNAME, `host1: foo output` before every line of each host's table (ID | Date Mon-dd-yyyy | Time | Name | Type | State | Event), the hosts' lines interleaved as they arrive: FreeIPMI's pstdout.h (the output flags) and the tools' hostrange set-up (`if (count > 1) … PSTDOUT_OUTPUT_STDOUT_PREPEND_HOSTNAME`), ipmi-sel(8) (-h with HOSTRANGED SUPPORT, --output-event-state); the table's columns as in ipmi-sel's own output, from memory",
		why:    "a `host: ` prefix names the BMC the record comes from; the date is Mon-dd-yyyy between pipes; the State column is the level (Nominal, Warning, Critical); the readings and thresholds are no times; each host's column header carries nothing",
		entries: []worldEntry{
			wskip(
				"c041-bmc: ID  | Date        | Time     | Name             | Type                     | State    | Event",
				"c042-bmc: ID  | Date        | Time     | Name             | Type                     | State    | Event"),
			we("2026-11-28T21:04:12Z", Info, "c041-bmc", "c041-bmc: 1   | Nov-28-2026 | 21:04:12 | SEL              | Event Logging Disabled   | Nominal  | Log Area Reset/Cleared"),
			we("2026-11-29T06:12:40Z", Critical, "c042-bmc", "c042-bmc: 1   | Nov-29-2026 | 06:12:40 | PSU2 Status      | Power Supply             | Critical | Power Supply input lost (AC/DC)"),
			we("2026-11-29T07:41:16Z", Warn, "c041-bmc", "c041-bmc: 2   | Nov-29-2026 | 07:41:16 | CPU2 Temp        | Temperature              | Warning  | Upper Non-critical - going high ; Sensor Reading = 89.00 C ; Threshold = 88.00 C"),
			we("2026-11-29T07:44:05Z", Info, "c042-bmc", "c042-bmc: 2   | Nov-29-2026 | 07:44:05 | PSU2 Status      | Power Supply             | Nominal  | Presence detected"),
			we("2026-11-29T07:50:31Z", Warn, "c041-bmc", "c041-bmc: 3   | Nov-29-2026 | 07:50:31 | DIMMG1 ECC       | Memory                   | Warning  | Correctable memory error ; OEM Event Data2 code = 02h"),
		},
	},
	{
		name:   "openbmc-redfish-sse-curl",
		gap:    "trawl splits the stream at the wrong places: `id: 41` and the first five `data: ` lines (`data: {` to `\"Context\": \"\",`) come out as records of their own with no time, and a record starts at the `\"EventId\": \"1795938076\",` line (its epoch read as the time) and runs on through the next event's `id:` and opening `data: ` lines; the Severity value (Warning, OK, Critical) inside the data lines is not read as the level",
		source: "OpenBMC's bmcweb event stream read with `curl -k -N -H 'Accept: text/event-stream' https://bmc/redfish/v1/EventService/SSE`: the SSE connection's sendEvent writes `id: N`, then `data: ` before every line of the message, then a blank line; the Event Log message is nlohmann's dump(2) (keys in order, two-space indent) of {@odata.type, Events [ {Context, EventId, EventTimestamp, EventType, Message, MessageArgs, MessageId, Severity} ], Id, Name}: openbmc/bmcweb's SSE connection (sendEvent, dataFormat) and event_service_manager.hpp (event_log::formatEventLogEntry, filterAndSendEventLogs, msg.dump(2, …)); openbmc/bmcweb issues #278 and #282 (the SSE endpoint); the message texts from memory of OpenBMC's registry",
		why:    "one event is an `id:` line, about twenty `data: ` lines of indented JSON and a blank line, one record; its time is EventTimestamp with +00:00 (EventId is the epoch of the same second); the level is the Severity value (OK, Warning, Critical); the readings are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				"id: 41",
				"data: {",
				`data:   "@odata.type": "#Event.v1_4_0.Event",`,
				`data:   "Events": [`,
				"data:     {",
				`data:       "Context": "",`,
				`data:       "EventId": "1795938076",`,
				`data:       "EventTimestamp": "2026-11-29T07:41:16+00:00",`,
				`data:       "EventType": "Event",`,
				`data:       "Message": "CPU1_Temp sensor crossed a warning high threshold going high. Reading=91.500000 Threshold=90.000000.",`,
				`data:       "MessageArgs": [`,
				`data:         "CPU1_Temp",`,
				`data:         "91.500000",`,
				`data:         "90.000000"`,
				"data:       ],",
				`data:       "MessageId": "OpenBMC.0.1.SensorThresholdWarningHighGoingHigh",`,
				`data:       "Severity": "Warning"`,
				"data:     }",
				"data:   ],",
				`data:   "Id": "41",`,
				`data:   "Name": "Event Log"`,
				"data: }",
				""),
			we("2026-11-29T07:44:05Z", Info, "",
				"id: 42",
				"data: {",
				`data:   "@odata.type": "#Event.v1_4_0.Event",`,
				`data:   "Events": [`,
				"data:     {",
				`data:       "Context": "",`,
				`data:       "EventId": "1795938245",`,
				`data:       "EventTimestamp": "2026-11-29T07:44:05+00:00",`,
				`data:       "EventType": "Event",`,
				`data:       "Message": "CPU1_Temp sensor crossed a warning high threshold going low. Reading=86.250000 Threshold=90.000000.",`,
				`data:       "MessageArgs": [`,
				`data:         "CPU1_Temp",`,
				`data:         "86.250000",`,
				`data:         "90.000000"`,
				"data:       ],",
				`data:       "MessageId": "OpenBMC.0.1.SensorThresholdWarningHighGoingLow",`,
				`data:       "Severity": "OK"`,
				"data:     }",
				"data:   ],",
				`data:   "Id": "42",`,
				`data:   "Name": "Event Log"`,
				"data: }",
				""),
			we("2026-11-29T07:52:37Z", Critical, "",
				"id: 43",
				"data: {",
				`data:   "@odata.type": "#Event.v1_4_0.Event",`,
				`data:   "Events": [`,
				"data:     {",
				`data:       "Context": "",`,
				`data:       "EventId": "1795938757",`,
				`data:       "EventTimestamp": "2026-11-29T07:52:37+00:00",`,
				`data:       "EventType": "Event",`,
				`data:       "Message": "Power supply PSU1 failed.",`,
				`data:       "MessageArgs": [`,
				`data:         "PSU1"`,
				"data:       ],",
				`data:       "MessageId": "OpenBMC.0.1.PowerSupplyFailed",`,
				`data:       "Severity": "Critical"`,
				"data:     }",
				"data:   ],",
				`data:   "Id": "43",`,
				`data:   "Name": "Event Log"`,
				"data: }",
				""),
		},
	},
}

func TestFresh313Formats(t *testing.T) { assertTable(t, fresh313Cases) }
func TestFresh313Score(t *testing.T) {
	checkScore(t, "fresh313 formats", fresh313Cases, [worldNumFields]float64{74.9, 62.4, 91.6, 87.4})
}
