package parse

import "testing"

// The seven-hundred-and-eighty-second fresh table: enterprise integration and middleware logs as
// their operators read them. Each family is one product's own file in a shape no earlier table
// holds: TIBCO ActiveMatrix BusinessWorks 5's engine log in the ActiveEnterprise trace format (a
// year-first date with a month name, colon milliseconds and `GMT +1`, the application id, the role
// word, the category in brackets and the message code); the TIBCO Hawk Event Service's Event.log
// (the level word first, then a US date); WebSphere Message Broker / IBM Integration Bus user
// trace flattened by mqsiformatlog (a `Timestamps are formatted in local time` banner, then
// microsecond times, the thread and `UserTrace` before a BIP message); the WSO2 Micro
// Integrator's correlation.log (pipe-separated, no level); the Software AG webMethods Command
// Central / Platform Manager default.log (slashed date, level, `#n` correlation id); the TIBCO
// iProcess Engine's sw_warn/sw_error (a parenthesised colon list glued to the microseconds, the
// severity a digit inside it); Microsoft BizTalk Server's ConfigLog (a 12-hour time of day with no
// date inside a bracket with the level and the component); TIBCO BusinessEvents' engine log
// (year-first month-name date with `GMT +1`, the engine name, the level word, the thread and the
// module in brackets).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `AMQERR`, `IBM MQ`, `websphere`, `App Connect`, `IIB`, `BIP`,
// `BIP1`, `BIP2`, `BIP2537`, `UserTrace`, `mqsiformatlog`, `Timestamps are formatted`, `TIBCO`,
// `tibemsd`, `BusinessWorks`, `bwengine`, `BWENGINE`, `BW-Core`, `TIBCO-BW`, `bwappnode`, `bwagent`,
// `TIBCO-THOR`, `GMT +`, `GMT +0`, `BW.`, `HawkAgent`, `Hawk`, `TIBCO Hawk`, `HMA microagent`,
// `T00000001`, `Event Service`, `tibhawk`, `BusinessEvents`, `be-engine`, `cep-engine`,
// `runtime.session`, `iProcess`, `sw_warn`, `sw_error`, `PROCMGR`, `swerwarn`, `staffw`, `rvd:`,
// `mule`, `MuleRuntime`, `org.mule`, `mule_ee`, `mule-agent`, `Started app`, `[event:`, `CPU_LITE`,
// `WrapperListener`, `jvm 1`, `wrapper.log`, `Tanuki`, `weblogic`, `####<`, `BEA-`, `BEA-000365`,
// `nodemanager`, `Coordinated Universal Time`, `SOA Suite`, `soa-infra`, `ecid`, `NOTIFICATION`,
// `host_id`, `OHS-`, `Oracle Service Bus`, `OSB`, `camel`, `CamelContext`, `Message History`,
// `RouteId`, `DefaultErrorHandler`, `Exhausted after`, `Failed delivery`, `wso2`, `Micro
// Integrator`, `TID: [`, `{org.`, `]  INFO {`, `API_LOG`, `API Manager`, `APIM`, `correlation.log`,
// `HTTP State Transition`, `ROUND-TRIP`, `REQUEST_HEAD`, `http-incoming`, `Synapse`,
// `SynapseServer`, `[-] [main]`, `ServerManager`, `webMethods`, `Integration Server`, `ISS.0`,
// `My webMethods`, `(Framework`, `Command Central`, `Platform Manager`, `INFO #`, `Universal
// Messaging`, `nirvana`, `SAP PI`, `defaultTrace`, `#2.0`, `ljs_trace`, `Cloud Connector`, `Fuse`,
// `.fuse-`, `Fuse 6`, `fuse.log`, `servicemix`, `karaf`, `FelixStartLevel`, `BizTalk`,
// `Configuration Framework`, `ConfigHelper`, `BtsCfg`, `ActiveMQ`, `Artemis`, `HornetQ`, `Qpid`,
// `Solace`, `Axway`, `Boomi`, `Sterling`, `GLOBAL_SCOPE`, `DataPower`, `Tuxedo`, `LIBTUX`, `ULOG`,
// `Talend`, `Informatica`, `Seeburger`, `Jitterbit`, `SnapLogic`, `Mirth`, `Cloverleaf`,
// `Rhapsody`, `Iguana`, `Connect:Direct`, `MFT`, `BFGAG`, `ibm_messageId`, `FDC`, `Probe Id`,
// `dspmqtrc`, `MQIPT`, `runmqtrm`, `ActiveMatrix`, `Coherence`. Left out as measured already:
// MQ's AMQERR01.LOG in text and JSON, its FDC, ffstsummary, container stdout and MFT agent log
// (fresh2, fresh141, fresh192, fresh93), App Connect's console and IIB's syslog (fresh192), TIBCO
// EMS (fresh7) and BW6's AppNode log (fresh93), the Mule 4 runtime log (fresh29), WebLogic's
// server, JMS and access logs and node manager (world, fresh89 and others), Oracle SOA's and OHS's
// ODL (fresh93, fresh130), Camel's error handler with its message history (fresh89, fresh5),
// ServiceMix and Karaf (fresh89), WSO2 Carbon's TID log (fresh20), webMethods Integration Server
// and Universal Messaging (fresh29, fresh93), AS Java's defaultTrace (fresh192). `iProcess` matches
// only `multiprocessing`, `Hawk` only other products (Nighthawk and the like), `Configuration
// Framework`, `UserTrace`, `correlation.log`, `Command Central` and `BusinessEvents` nothing. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (Hawk's US date, the mqsiformatlog records
// under a banner that says `0 minutes past GMT`, the correlation log, Command Central, iProcess);
// BusinessWorks 5's and BusinessEvents' `GMT +1` is converted (08:41 is 07:41Z); BizTalk's ConfigLog
// carries a 12-hour time of day with no date, so it is on the clock's day. Levels only where the
// line marks one: BW5's role word (Info, Warn, Error, Debug), Hawk's leading word (INFO, DEBUG,
// ERROR), the last letter of the BIP message id that leads each mqsiformatlog message (I Info, E
// Error; `UserTrace` is the trace's kind, not a level), Command Central's level word, iProcess's
// severity digit (1 Critical, 2 Severe = Error, 3 Warning, 4 Information), BizTalk's word inside
// the bracket (Info, Warning, Error), BusinessEvents' level word; the correlation log marks none,
// nor does the mqsiformatlog banner, which carries no time either. No family writes a host field:
// BW5's application id (`BW.App-Process_Archive`), the correlation log's connection names and
// URLs, iProcess's `$SYSTEM` procedure and user, and BusinessEvents' engine name are not hosts, and
// a host named in a message is not the record's host. BW5's job error and BusinessEvents' exception
// are two-line records; every other record is one line.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (BW5's and BusinessEvents' exact timestamp and `GMT +1` zone, BizTalk ConfigLog's
// bracket). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 9590483 before any rule for it: level 76.5 %, time 73.5 %,
// host 100.0 %, records 100.0 %. That is the micro figure (macro: level 77.5 %, time 75.0 %, host
// 100.0 %, records 100.0 %), in a worktree at 9590483 with no change to trawl's code (only this
// file and table_test.go's list), 4 of 8 families fully right (Hawk, the correlation log, Command
// Central, BizTalk's ConfigLog); the gaps: the `GMT +1` zone after BusinessWorks 5's and
// BusinessEvents' year-first month-name dates is not applied (their times come out an hour late),
// the BIP id's level letter after mqsiformatlog's thread and `UserTrace` columns is not read, and
// iProcess's severity digit inside its parenthesised colon list is not read.

var fresh782Cases = []worldCase{
	{
		name:   "tibco-bw5-engine-activeenterprise-trace",
		source: "TIBCO ActiveMatrix BusinessWorks 5 process engine log in the ActiveEnterprise trace format (`Timestamp ApplicationID Role Category MessageCode Message`): TIBCO Administrator Server Configuration Guide, appendix `Standard TIBCO Trace Message Format` (docs.tibco.com administrator 5.10/5.11 admin_server.4.074); the `BWENGINE-300002 Engine <hostname> started` message from a BW5 maven plugin's startup markers (code corpus, START_MARKERS); the timestamp `yyyy MMM dd HH:mm:ss:SSS GMT +h` and the two-line job error from memory",
		why:    "a year-first date with a month name and colon milliseconds, then `GMT +1` as the zone; the BW.<app> application id is no host; the role word is the level; the category in brackets and the message code follow",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026 Nov 29 08:41:16:204 GMT +1 BW.OrderRouting-Process_Archive Info [BW-Core] BWENGINE-300001 Process Engine version 5.16.1, build V7, 2026-2-10"),
			we("2026-11-29T07:41:17.031Z", Info, "", "2026 Nov 29 08:41:17:031 GMT +1 BW.OrderRouting-Process_Archive Info [BW-Core] BWENGINE-300002 Engine bwhost-ams03 started"),
			we("2026-11-29T07:41:18.512Z", Warn, "", "2026 Nov 29 08:41:18:512 GMT +1 BW.OrderRouting-Process_Archive Warn [BW-Core] BWENGINE-400015 Max jobs reached for process starter Processes/Orders/ReceiveOrder.process, flow control engaged"),
			we("2026-11-29T07:41:19.877Z", Error, "", "2026 Nov 29 08:41:19:877 GMT +1 BW.OrderRouting-Process_Archive Error [BW-Core] BWENGINE-100021 Job-41877 Error in [Processes/Orders/RoutePartner.process/Invoke Partner]",
				"Activity timed out after 30000 ms waiting for partner-gw.example.net:8443"),
			we("2026-11-29T07:41:20.006Z", Debug, "", "2026 Nov 29 08:41:20:006 GMT +1 BW.OrderRouting-Process_Archive Debug [BW-User] BW-EXT-LOG-200000 Job-41878 routing order 77120 to queue ORDERS.EU.OUT"),
		},
	},
	{
		name:   "tibco-hawk-event-service-log",
		source: "TIBCO Hawk Event Service log Event.log (`INFO 01/15/2013 11:14:53 TIBCO Hawk HMA microagent … initialization completed successfully.`, `DEBUG 01/15/2013 11:14:58 [T00000001] CALLBACK ENTERING CALLBACK<_ami_TimerCallback>. TRACE<LINE:1227 FILE:ami_callbacks.c>.`): TIBCO Hawk 6.2 documentation, appendix C `Interpreting the TIBCO Hawk Event Service Log`; the ERROR word from memory",
		why:    "the level word comes first, then a US month/day/year date and a time with no fraction and no zone; a bracketed thread id on the debug lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO 11/29/2026 07:41:16 TIBCO Hawk HMA microagent COM.TIBCO.hawk.hma.EventLog initialization completed successfully."),
			we("2026-11-29T07:41:21Z", Debug, "", "DEBUG 11/29/2026 07:41:21 [T00000001] CALLBACK ENTERING CALLBACK<_ami_TimerCallback>. TRACE<LINE:1227 FILE:ami_callbacks.c>."),
			we("2026-11-29T07:41:21Z", Debug, "", "DEBUG 11/29/2026 07:41:21 [T00000001] SUBSCRIPTION SCANNED TOTAL<3> EXPIRED<0> INVOKED<3> EXPIRATION FAILURES<0> INVOCATION FAILURES<0>. TRACE<LINE:1325 FILE:ami_callbacks.c>."),
			we("2026-11-29T07:41:26Z", Error, "", "ERROR 11/29/2026 07:41:26 [T00000002] DATABASE WRITE FAILED FILE<Event.dat> REASON<No space left on device>. TRACE<LINE:412 FILE:evt_store.c>."),
		},
	},
	{
		name:   "iib-mqsiformatlog-user-trace",
		source: "WebSphere Message Broker / IBM Integration Bus user trace read with mqsireadlog and flattened by mqsiformatlog (`Timestamps are formatted in local time, 330 minutes past GMT.`, then `2003-06-19 11:30:29.795999     2852   UserTrace   BIP2632I: Message received and propagated to 'out' terminal of MQ Input node …`): IBM Integration Bus 10 Knowledge Center au14310_ `Formatting trace`, WBI Message Broker 5.1 help `Formatting trace`",
		why:    "a banner line with no time of its own (its `GMT` is no time), then microsecond times with no zone, the thread id and the `UserTrace` kind as padded columns; the level is the last letter of the BIP id",
		entries: []worldEntry{
			we("", Unknown, "", "Timestamps are formatted in local time, 0 minutes past GMT."),
			wskip(""),
			we("2026-11-29T07:41:16.204117Z", Info, "", "2026-11-29 07:41:16.204117     4411   UserTrace   BIP2632I: Message received and propagated to 'out' terminal of MQ Input node 'OrderFlow.ORDERS.IN'."),
			we("2026-11-29T07:41:16.204390Z", Info, "", "2026-11-29 07:41:16.204390     4411   UserTrace   BIP6061I: Parser type 'MQMD' created on behalf of node 'OrderFlow.ORDERS.IN' to handle portion of incoming message of length '364' bytes beginning at offset '0'."),
			we("2026-11-29T07:41:16.205002Z", Info, "", "2026-11-29 07:41:16.205002     4411   UserTrace   BIP2537I: Node 'OrderFlow.Enrich': Executing statement 'SET OutputRoot.XMLNSC.Order.Status = 'ROUTED';' at ('.OrderFlow_Enrich.Main', '14.3')."),
			we("2026-11-29T07:41:16.211846Z", Error, "", "2026-11-29 07:41:16.211846     4411   UserTrace   BIP2230E: Error detected whilst processing a message in node 'OrderFlow.ToPartner'."),
		},
	},
	{
		name:   "wso2-mi-correlation-log",
		source: "WSO2 Micro Integrator correlation.log (`Time Stamp|Correlation ID|Thread name|Duration|Call type|Connection name|Method type|Connection URL|HTTP state`, `2021-10-26 17:34:40,464|de461a83-…|HTTP-Listener I/O dispatcher-3|535|HTTP|http-incoming-3|GET|/api/querydoctor/surgery|ROUND-TRIP LATENCY`): wso2/docs-apim en/docs/observe/micro-integrator/classic-observability-logs/monitoring-correlation-logs.md",
		why:    "pipe-separated with a comma-millisecond time first and no level; the connection name and URL are peers, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16,204|7f3c2a10-5b8e-4d21-9c6a-2e1f0b9d4a77|HTTP-Listener I/O dispatcher-2|0|HTTP State Transition|http-incoming-41|POST|/orders/v1/submit|REQUEST_HEAD"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "2026-11-29 07:41:16,207|7f3c2a10-5b8e-4d21-9c6a-2e1f0b9d4a77|HTTP-Sender I/O dispatcher-1|3|HTTP State Transition|http-outgoing-9|POST|http://inventory.internal.example:9090/stock/reserve|REQUEST_DONE"),
			we("2026-11-29T07:41:16.388Z", Unknown, "", "2026-11-29 07:41:16,388|7f3c2a10-5b8e-4d21-9c6a-2e1f0b9d4a77|HTTP-Sender I/O dispatcher-1|181|HTTP|http://inventory.internal.example:9090/stock/reserve|BACKEND LATENCY"),
			we("2026-11-29T07:41:16.391Z", Unknown, "", "2026-11-29 07:41:16,391|7f3c2a10-5b8e-4d21-9c6a-2e1f0b9d4a77|HTTP-Listener I/O dispatcher-2|187|HTTP|http-incoming-41|POST|/orders/v1/submit|ROUND-TRIP LATENCY"),
		},
	},
	{
		name:   "webmethods-command-central-default-log",
		source: "Software AG webMethods Command Central / Platform Manager default.log (`time_stamp log_level correlation_id message_text`: `2016/11/15 14:15:35 INFO #4 End of Template Operation APPLY`, `2016/11/15 14:15:37 INFO # Monitorin…` for requests with no id): documentation.softwareag.com Command Central 10.3 spm_logs.html and 10.5 re-correlation_id.html; IBM webMethods Integration Command Central 12.1 `Using the Correlation ID`",
		why:    "a slashed year-first date with no fraction and no zone; the level word before a `#n` correlation id (a bare `#` when the request has none)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO #12 There are \"3\" Prerequisites to be applied."),
			we("2026-11-29T07:41:18Z", Info, "", "2026/11/29 07:41:18 INFO # Monitoring state of integrationServer-default on node is-prod-02 collected"),
			we("2026-11-29T07:41:20Z", Warn, "", "2026/11/29 07:41:20 WARN #12 Fix OGW_10.15_Fix4 is already installed on node is-prod-02, skipping"),
			we("2026-11-29T07:41:23Z", Error, "", "2026/11/29 07:41:23 ERROR #13 Template Operation APPLY failed for layer 'is-cluster': connection to https://spm-03.example.org:8093 refused"),
		},
	},
	{
		name:   "tibco-iprocess-sw-warn",
		source: "TIBCO iProcess Engine SWDIR/logs/sw_warn and sw_error (`YYYY/MM/DD HH:MM:SS.ssssss (Process:Instance:PID:Severity:ProcName:CaseNum:StepName:User:Module:Revision:Line):MessageID-MessageText`, example `2008/04/16 09:53:10.012673(PROCMGR:2:6012:0:$SYSTEM:302:SYSINFO:pro:fillogin.c:…`; severity codes 1 Critical, 2 Severe, 3 Warning, 4 Information): TIBCO iProcess Engine 11.4.1 and 11.9.1 System Messages, `Format of System Messages` and `Message Categories`",
		why:    "microseconds glued to a parenthesised colon list with the process, instance, pid and the severity digit in fourth place; blank procedure and case fields; the user is no host",
		gap:    "the severity digit in fourth place of the parenthesised colon list glued to the microseconds (`(PROCMGR:1:4411:4:…)`: 4 Info, 3 Warn, 2 Error, 1 Critical) is not read: every level is Unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "2026/11/29 07:41:16.204117(PROCMGR:1:4411:4:$SYSTEM:::swpro:procmgr.c:11.9:233): 1105-Process Manager started process WISMBD instance 2"),
			we("2026-11-29T07:41:17.880412Z", Warn, "", "2026/11/29 07:41:17.880412(BG:3:4470:3:ORDERS:10442:APPROVE:swpro:bgdeadln.c:11.9:1180): 1631-Deadline on step APPROVE of case 10442 expired before the work item was released"),
			we("2026-11-29T07:41:19.050733Z", Error, "", "2026/11/29 07:41:19.050733(WIS:2:4488:2:$SYSTEM:::swpro:wisqueue.c:11.9:902): 2210-Unable to open work queue ORDERS_EU for user mkovacs: database error ORA-03113"),
			we("2026-11-29T07:41:19.300021Z", Critical, "", "2026/11/29 07:41:19.300021(WQSRV:1:4413:1:$SYSTEM:::swpro:wqsmain.c:11.9:77): 0315-Work Queue Server lost its database connection and is shutting down"),
		},
	},
	{
		name:   "biztalk-configuration-configlog",
		source: "Microsoft BizTalk Server Configuration's log %temp%\\ConfigLog(MM-DD-YYYY HHhMMmSSs).log and its messages (`Building feature XML for:`, `Validating feature:`, `Configuring feature:`): blogs.msdn.microsoft.com/kkuo 2006/06/13 `Configuration Log FYI`; the line's bracket `[h:mm:ss AM Level Configuration Framework]` before the message from memory",
		why:    "a 12-hour time of day with no date (the date is only in the file's name), the level word and the component inside one bracket glued to the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[7:41:16 AM Info Configuration Framework]Building feature XML for: BAMPortal"),
			we("2026-11-29T07:41:17Z", Info, "", "[7:41:17 AM Info Configuration Framework]Validating feature: BAMPortal"),
			we("2026-11-29T07:41:19Z", Warn, "", "[7:41:19 AM Warning Configuration Framework]Feature: [BAM Portal] The Web site 'Default Web Site' uses a shared application pool"),
			we("2026-11-29T07:41:22Z", Error, "", "[7:41:22 AM Error Configuration Framework]Feature: [BAM Portal] Failed to configure with error message [Login failed for user 'CONTOSO\\btsbam'.]"),
		},
	},
	{
		name:   "tibco-businessevents-engine-log",
		source: "TIBCO BusinessEvents engine log (be-engine, `<engine name>.log` or cep-engine.log; levels Fatal Error Warn Info Debug Trace): docs.tibco.com BusinessEvents Enterprise 6.2.2 `Log Configurations`, and 5.2.2/6.1.2 `Configuring the Date Format in the Log Files` (be.trace.date.format, `yyyy MMM dd HH:mm:ss:SSS z` giving `2015 Feb 23 10:47:23:456 IST`); the default line layout (`GMT +1`, engine name, level, `[thread] - [module]`) and the two-line exception from memory",
		why:    "a year-first month-name date with colon milliseconds and `GMT +1`; the engine name before the level word is no host; the thread and the module in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026 Nov 29 08:41:16:204 GMT +1 orders-inference Info [main] - [runtime.session] Registering all BE-Channel types"),
			we("2026-11-29T07:41:17.512Z", Debug, "", "2026 Nov 29 08:41:17:512 GMT +1 orders-inference Debug [main] - [runtime.session] Loading rule set /Rules/OrderRouting"),
			we("2026-11-29T07:41:18.903Z", Warn, "", "2026 Nov 29 08:41:18:903 GMT +1 orders-inference Warn [$default.be.mt$.Thread.2] - [runtime.service] Channel /Channels/JMS destination ORDERS.IN reconnecting"),
			we("2026-11-29T07:41:19.440Z", Error, "", "2026 Nov 29 08:41:19:440 GMT +1 orders-inference Error [$default.be.mt$.Thread.3] - [runtime.session] Exception in rule /Rules/OrderRouting/RouteOrder",
				"java.lang.NullPointerException: Concept Order has no property region"),
		},
	},
}

func TestFresh782Formats(t *testing.T) { assertTable(t, fresh782Cases) }
func TestFresh782Score(t *testing.T) {
	checkScore(t, "fresh782 formats", fresh782Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
