package parse

import "testing"

// The eight-hundred-and-second fresh table: accelerator and lab control systems, the files and
// consoles their operators attach to tickets. Each family is one product's output: the EPICS
// Archiver Appliance's log4j2 console (`%d %-5p [%t] %C{2} (%F:%L) - %m%n`, a Java stack trace under
// an ERROR); the EPICS Channel Access gateway's own log (`%b %d %H:%M:%S` then `PV Gateway …`, one
// signal line with no time) and its put log (the same stamp, then `user@host PV new old=`); a Tango
// device server's log4tango console (epoch seconds, a bracketed thread id, the level, the device
// name); MDSplus mdsip's access log (a ctime, `(n) (pid n)`, the client) and its errors log (no
// time at all); ChannelFinder's recceiver under twistd (an ISO time with a -0800 offset, the
// `[namespace#level]` tag or `[-]`, Python logging's `INFO:name` inside it); EPICS PVXS's logger
// (ISO time with nanoseconds, a level word, the logger name; a CRIT record after the IOC shell
// prompt with its message continued and a stack trace dumped under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `epics`, `ioc`, `errlog`, `iocLog`, `archiver appliance`, `archappl`,
// `ca gateway`, `cagateway`, `ca-gateway`, `PV Gateway`, `gateway`, `tango`, `log4tango`,
// `DeviceServer`, `Tango::`, `mdsplus`, `mdsip`, `Connection received from`, `labview`, `lvlog`,
// `bluesky`, `ophyd`, `RunEngine`, `queueserver`, `karabo`, `caproto`, `pvaccess`, `pva`, `pvxs`,
// `pvxs.`, `p4p`, `phoebus`, `cs-studio`, `alarm server`, `sardana`, `procserv`, `channelfinder`,
// `recsync`, `recceiver`, `CastFactory`, `twistd`, `autosave`, `save_restore`, `areadetector`,
// `pydm`, `taurus`, `pcaspy`, `streamdevice`, `asyn`, `olog`, `caputlog`, `caRepeater`,
// `softIoc`, `iocInit`, `dbLoadRecords`, `epicsThread`, `CAS-`, `CA.Client`, `mxcube`, `pytango`,
// `hdb++`, `doocs`, `nicos`, `tiled`, `databroker`, `sinq`, `motor record`, `EtherCAT`, `ecmc`,
// `cosylab`, and the regular expression `"[0-9]{10} \[[0-9]+\] (DEBUG|INFO|WARN|ERROR)` for
// log4tango's console. Left out as measured already: EPICS's iocLogServer file and caPutLog
// through it, the Bluesky queue server, Sardana through Taurus, the Phoebus alarm server
// (fresh44), Bluesky's RunEngine logger, Karabo's bound device server, NICOS, StreamDevice and
// asyn's trace (fresh661), procServ (fresh641); caproto's logger prints Bluesky's very
// `[L HH:MM:SS.mmm module:line]` shape (caproto issue #844) and was left to it; LabVIEW for want of
// a page that settled a log line. `gateway`, `olog`, `asyn`, `pva` and `Connection received from`
// match only other products' lines (a TCP proxy, "prolog", "async", "pvalue", an FTP daemon), and
// `epics`, `tango`, `mdsplus`, `karabo` only earlier tables' grep lists. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The gateway's `Nov 29 07:41:16` has no year and is in 2026, local time
// without a zone taken as UTC; mdsip's ctime (`Sun Nov 29 07:41:12 2026`), the archiver's log4j2
// date and PVXS's nanosecond ISO time have no zone and are UTC; log4tango's epoch seconds are UTC;
// recceiver's `-0800` is converted (03:41:16-0800 is 11:41:16Z). The gateway's SIGILL line and
// every line of mdsip's errors file carry no time. Levels only where the line marks one: the
// archiver's log4j2 level column, log4tango's level word (FATAL is Critical), twisted's `#info`
// tag and Python logging's `INFO:`/`WARNING:` prefix inside recceiver's `[-]`, PVXS's DEBUG, INFO,
// WARN, ERR, CRIT (Critical); the gateway's log and put log, mdsip's access and errors files carry
// none (Unknown), and twisted's `[-]` without a prefix carries none. No family has a host field:
// the put log's `user@host` is the client that wrote, mdsip's `user@host [ip]` the client that
// connected, PVXS's `Client [::ffff:10.…]` a peer, the Tango device name and the twisted namespace
// are no hosts; the `PV` after the gateway's stamp is the start of its message, not a host. A
// record that spans lines is one entry: the archiver's stack trace under its ERROR line, PVXS's
// continued CRIT message and the stack trace dumped under it.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages", find_string and read_file). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 100.0 %, time 100.0 %,
// host 90.6 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 90.6 %, records 100.0 %), in a
// worktree at cab9b82 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a host: the CA gateway's `PV` after its year-less stamp is
// read as a syslog host.

var fresh802Cases = []worldCase{
	{
		name:   "epics-archiver-appliance-log4j2-console",
		source: "EPICS Archiver Appliance's docker/archappl/conf/log4j2.xml (archiver-appliance/epicsarchiverap: PatternLayout `%d %-5p [%t] %C{2} (%F:%L) - %m%n`, log4j2's default %d `yyyy-MM-dd HH:mm:ss,SSS`); the class names and messages from memory",
		why:    "log4j2 comma milliseconds, the level padded to five, a bracketed thread, a two-component class and `(File.java:line) -` before the message; a stack trace under an ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Info, "", "2026-11-29 07:41:16,208 INFO  [main] config.DefaultConfigService (DefaultConfigService.java:604) - Starting appliance archiver-04 with identity appliance2"),
			we("2026-11-29T07:41:17.531Z", Debug, "", "2026-11-29 07:41:17,531 DEBUG [ETL_PT1H_3] etl.ETLExecutor (ETLExecutor.java:219) - Moving data for SR:C12-BI{BPM:3}Pos:X-I from STS to MTS"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 WARN  [CAJ send thread] engine.ArchiveChannel (ArchiveChannel.java:388) - PV XF:10IDB-OP{Mono:DCM-Ax:Bragg}Mtr.RBV disconnected for 312 seconds"),
			we("2026-11-29T07:42:03.777Z", Error, "",
				"2026-11-29 07:42:03,777 ERROR [http-nio-17665-exec-8] retrieval.DataRetrievalServlet (DataRetrievalServlet.java:1127) - Exception retrieving data for LN-BI{ICT:2}Q-I",
				"java.io.IOException: No space left on device",
				"\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
				"\tat org.epics.archiverappliance.retrieval.DataRetrievalServlet.doGet(DataRetrievalServlet.java:1119)",
				"\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:529)"),
		},
	},
	{
		name:   "epics-ca-gateway-log-timestamp",
		source: "EPICS CA gateway (epics-extensions/ca-gateway) src/gateResources.cc timeStamp(): strftime `%b %d %H:%M:%S` in local time; src/gateway.cc sig_end: `fprintf(stderr,\"%s PV Gateway Ending (SIGTERM)\\n\", timeStamp())` and the SIGILL line with no stamp",
		why:    "a year-less stamp with no host after it: `PV` stands where a syslog reader looks for a host; a line with no time at all",
		gap:    "the first word of the message after the gateway's year-less `%b %d %H:%M:%S` stamp (`PV` of `PV Gateway Ending`) is read as an RFC 3164 host, though the gateway writes no host there",
		entries: []worldEntry{
			we("2026-11-29T06:02:40Z", Unknown, "", "Nov 29 06:02:40 PV Gateway Ending (SIGHUP)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 PV Gateway Ending (SIGTERM)"),
			we("2026-11-29T09:15:02Z", Unknown, "", "Nov 29 09:15:02 PV Gateway Aborting (SIGSEGV)"),
			we("", Unknown, "", "PV Gateway Aborting (SIGILL)"),
		},
	},
	{
		name:   "epics-ca-gateway-putlog",
		source: "EPICS CA gateway (epics-extensions/ca-gateway) src/gateResources.cc gateResources::putLog: `fprintf(fp,\"%s %s@%s %s %s old=%s\\n\", timeStamp(), user, host, pvname, new, old)` with timeStamp() `%b %d %H:%M:%S`",
		why:    "a year-less stamp, then the client's user@host (no record host), the PV name with braces, the new value and `old=`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 mtorres@opi-ctl04 SR:C03-MG{PS:QH1A}I:Sp1-SP 112.5 old=112.25"),
			we("2026-11-29T07:41:44Z", Unknown, "", "Nov 29 07:41:44 mtorres@opi-ctl04 SR:C03-MG{PS:QH1A}I:Sp1-SP 112.75 old=112.5"),
			we("2026-11-29T08:03:09Z", Unknown, "", "Nov 29 08:03:09 bl23op@xf23id-ws2 XF:23ID1-VA{GV:3}Cmd:Opn-Cmd 1 old=0"),
		},
	},
	{
		name:   "tango-log4tango-console-epoch",
		source: "Tango device server's log4tango console target as pytango prints it (`1600871748 [140114969720640] DEBUG id00/bliss_nxwriter/nexus_writer_session -> NexusWriter.scan_exists()`): tango-controls/pytango issue #381, pointing at cppTango log4tango/src/PatternLayout.cpp",
		why:    "epoch seconds first, a bracketed thread id, the level word, the device name (domain/family/member) before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "1795938076 [139872204863296] DEBUG bl04/mono/dcm -> MonoDCM.read_Energy()"),
			we("2026-11-29T07:41:17Z", Info, "", "1795938077 [139872204863296] INFO bl04/mono/dcm Energy set to 12.398 keV"),
			we("2026-11-29T07:41:19Z", Warn, "", "1795938079 [139872196470592] WARN bl04/mono/dcm Bragg axis in-position window exceeded (0.0042 deg)"),
			we("2026-11-29T07:42:03Z", Error, "", "1795938123 [139872196470592] ERROR bl04/mono/dcm Controller icepap-bl04 not responding, state set to FAULT"),
			we("2026-11-29T07:42:05Z", Critical, "", "1795938125 [139872204863296] FATAL bl04/mono/dcm Lost connection to database, exiting"),
		},
	},
	{
		name:   "mdsplus-mdsip-access-ctime",
		source: "MDSplus mdsip's access file /var/log/mdsplus/mdsipd/access (`Wed Jun 12 09:07:12 2024 (0) (pid 1602200) Connection received from user@host [ip]`): MDSplus/mdsplus issues #2789 and #2683",
		why:    "a ctime first, a parenthesised number and pid, then the connecting client's user@host and address, which are no host of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Unknown, "", "Sun Nov 29 07:41:12 2026 (0) (pid 2204118) Connection received from kpatel@ws-tok17.plasma.example.org [10.40.3.17]"),
			we("2026-11-29T07:41:58Z", Unknown, "", "Sun Nov 29 07:41:58 2026 (0) (pid 2204131) Connection received from daq@acq-node2.plasma.example.org [10.40.8.2]"),
			we("2026-11-29T09:03:27Z", Unknown, "", "Sun Nov 29 09:03:27 2026 (1) (pid 2205790) Connection received from lwu@laptop-lwu.example.org [172.16.9.44]"),
		},
	},
	{
		name:   "mdsplus-mdsip-errors-untimed",
		source: "MDSplus mdsip's errors file /var/log/mdsplus/mdsipd/errors (`Connected: <user>`, no time, no pid): MDSplus/mdsplus issues #2789 and #2683 (the request to add timestamps to it)",
		why:    "a log file with no time on any line: each record must have no time, never a neighbour's or the reading time",
		entries: []worldEntry{
			we("", Unknown, "", "Connected: kpatel"),
			we("", Unknown, "", "Connected: daq"),
			we("", Unknown, "", "Connected: lwu"),
		},
	},
	{
		name:   "recsync-recceiver-twistd",
		source: "ChannelFinder recsync's recceiver run by twistd: `2018-12-22T11:48:37-0600 [recceiver.recast.CastFactory#info] Starting factory …`, `[-] CastFactory starting on 42727` (ChannelFinder/recsync issue #35) and Python logging through twisted `[-] INFO:recceiver.application Starting RecService` (ChannelFinder/recsync PR #97)",
		why:    "an ISO time with a -0800 offset without a colon; the level is twisted's `#info` tag in the namespace bracket, or Python logging's `LEVEL:` inside `[-]`; a bare `[-]` line has none",
		entries: []worldEntry{
			we("2026-11-29T11:41:16Z", Info, "", "2026-11-29T03:41:16-0800 [twisted.scripts._twistd_unix.UnixAppLogger#info] twistd 23.10.0 (/usr/bin/python3 3.12.7) starting up."),
			we("2026-11-29T11:41:16Z", Info, "", "2026-11-29T03:41:16-0800 [-] INFO:recceiver.application Starting RecService"),
			we("2026-11-29T11:41:16Z", Unknown, "", "2026-11-29T03:41:16-0800 [-] CastFactory starting on 41877"),
			we("2026-11-29T11:41:16Z", Info, "", "2026-11-29T03:41:16-0800 [recceiver.recast.CastFactory#info] Starting factory <recceiver.recast.CastFactory object at 0x7f2a91c3e5d0>"),
			we("2026-11-29T11:41:22Z", Warn, "", "2026-11-29T03:41:22-0800 [-] WARNING:recceiver.cfstore ChannelFinder at https://cf.ctl.example.org:8443 not reachable, retrying in 30 s"),
		},
	},
	{
		name:   "epics-pvxs-logger",
		source: "EPICS PVXS logger (`2023-02-01T09:47:26.146624663 INFO pvxs.loop Enter loop worker …`, `DEBUG pvxs.udp.setup …`): epics-base/pvxs PR #33 and issue #44; the CRIT record after the `epics> ` prompt, its indented continuation and `Dumping a stack trace of thread` lines: epics-base/pvxs issue #193; level names from src/log.cpp name2lvl (DEBUG INFO WARN ERR CRIT)",
		why:    "an ISO time with nanoseconds and no zone, a level word (ERR, CRIT), the logger name; one record behind the IOC shell prompt continued on indented lines and a stack trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.146624663Z", Info, "", "2026-11-29T07:41:16.146624663 INFO pvxs.loop Enter loop worker for 0x7f3c58000b70 using epoll"),
			we("2026-11-29T07:41:16.146806424Z", Debug, "", "2026-11-29T07:41:16.146806424 DEBUG pvxs.udp.setup Listening for SEARCH on 0.0.0.0:5076"),
			we("2026-11-29T07:41:17.502113870Z", Warn, "", "2026-11-29T07:41:17.502113870 WARN pvxs.server.io Client 10.21.4.90:51022 sent unknown command 0x1f"),
			we("2026-11-29T07:41:19.020450112Z", Error, "", "2026-11-29T07:41:19.020450112 ERR pvxs.tcp.io Client 10.21.4.90:51022 Connection reset by peer"),
			we("2026-11-29T07:42:03.301877045Z", Critical, "",
				"epics> 2026-11-29T07:42:03.301877045 CRIT pvxs.server.search",
				"     Client [::ffff:10.21.6.14]:49312 Unhandled error in onCreate qsrvSingle,0 PSt9exception : NTScalar only permits (array of) primitive",
				"Dumping a stack trace of thread 'PVXTCP':",
				"[    0x5612a04c1e13]: softIocPVX(epicsStackTrace+0x73)",
				"[    0x5612a0312162]: softIocPVX(_ZN4pvxs6detail11_log_printfEjPKcz+0x102)",
				"[    0x7fa1c2a16579]: /usr/lib/libc.so.6(start_thread+0x2a9)"),
		},
	},
}

func TestFresh802Formats(t *testing.T) { assertTable(t, fresh802Cases) }

func TestFresh802Score(t *testing.T) {
	checkScore(t, "fresh802 formats", fresh802Cases, [worldNumFields]float64{99.9, 99.9, 90.5, 99.9})
}
