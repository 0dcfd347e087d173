package parse

import "testing"

// The seven-hundred-and-seventy-first fresh table: SMS gateways and telecom messaging, the logs the
// gateways, simulators and client libraries around an SMSC really write. Each family is one
// product's own output: Kannel bearerbox's access log (the per-message `Sent SMS [SMSC:…]` lines,
// not its event log); the Selenium SMPPSim simulator's smppsim.log (a dotted date, milliseconds
// after a space, a JUL level and a thread number, every line of a PDU dump stamped); python-smpplib
// under logging.basicConfig (`LEVEL:logger:msg`, no time at all); Asterisk's app_sms message log
// (/var/log/asterisk/sms: an ISO time without a zone, a status/direction/role code, queue and
// numbers); Gammu's debug log with logformat textalldate (a weekday and slashed date followed by a
// colon, every line of an AT frame dump stamped); node-smpp's debug output (ISO-Z time, then
// ` - `-separated session type, id, event and command, then JSON); an application's log4j layout
// around cloudhopper-smpp with a stack trace; RestComm jDiameter's log4j lines (comma
// milliseconds, level, class, dash).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `kannel`, `bearerbox`, `smsbox`, `wapbox`, `Sent SMS`, `Receive SMS`,
// `SMSC:`, `[SVC:`, `udh:0`, `access-log`, `jasmin`, `playsms`, `gammu`, `gammu-smsd`, `smsd`,
// `smstools`, `smstools3`, `smsd.log`, `textalldate`, `frametype`, `frame type`, `AT reply state`,
// `smpp`, `opensmpp`, `smppsim`, `SMPPSim`, `StandardProtocolHandler`, `Hex dump (`, `smpplib`,
// `smpp.Client`, `python-smpp`, `bind_transceiver`, `gosmpp`, `cloudhopper`, `ElinkTask`,
// `SmppTimeoutException`, `node-smpp`, `pdu.command.out`, `socket.data.out`, `rapidsms`, `vumi`,
// `twilio`, `vonage`, `nexmo`, `app_sms`, `asterisk/sms`, `asterisk sms`, `SMS-P2`, `morx`, `mtrx`,
// `osmo`, `osmocom`, `osmo-msc`, `osmo-bsc`, `osmo-hlr`, `osmo-trx`, `osmo-pcu`, `osmo-sgsn`,
// `osmo-stp`, `osmo-mgw`, `osmo-ggsn`, `libosmo`, `logging timestamp`, `sigtran`, `openss7`, `ss7`,
// `jss7`, `diameter`, `freediameter`, `jdiameter`, `DictionaryImpl`, `StackImpl`,
// `TCPTransportClient`, `go-diameter`, `fiorix`, `restcomm`, `mobicents`, `open5gs`, `nextepc`,
// `srsran`, `kamailio`, `opensips`, `yate`, `openbts`, `ozeki`, `nowsms`, `smseagle`, `mmsbox`,
// `mbuni`. Kannel's bearerbox event log, Jasmin's messages.log, gammu-smsd's log, smstools3's
// smsd.log, the Osmocom stamps, osmo-hlr's journal, freeDiameterd, Open5GS, OpenBTS and Yate are
// measured already and were left out; `restcomm` and `mobicents` match only a grep list, `Hex dump
// (` another product, `bind_transceiver` a Kannel event-log line.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every time here is written without a zone (Kannel, SMPPSim, app_sms,
// Gammu, the log4j layouts: local time, taken as UTC) or with Z (node-smpp); none is year-less.
// SMPPSim's third column is the milliseconds of its time. python-smpplib's basicConfig lines carry
// no time, so their records have none. Levels only where the line marks one: SMPPSim's JUL column
// (INFO, WARNING), smpplib's `DEBUG:`/`INFO:`/`WARNING:` prefix, the log4j level columns (INFO,
// WARN, ERROR); Kannel's access log (its `Sent SMS`/`FAILED Send SMS` result is no level), app_sms
// (its Y/N status letter is no level), Gammu's debug log and node-smpp's debug lines carry none.
// No family writes a host: the SMSC ids, phone numbers, peer sockets and Diameter identities named
// in the messages are not the record's host. Every record is one line, but for the cloudhopper
// exception whose stack trace belongs to its ERROR line; every line of SMPPSim's and Gammu's dumps
// is stamped and is a record of its own.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Kannel's FAILED and Receive results, SMPPSim's WARNING line, smpplib's INFO
// and WARNING lines, node-smpp's pdu.command.in event, the log4j INFO/WARN lines around
// cloudhopper, jDiameter's WARN line). Hosts, ids, addresses, numbers and messages are invented,
// and every time is on 2026-11-29 before 12:00. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 83.9 %, host 100.0 %, records 100.0 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a time: SMPPSim's milliseconds, written as a column of
// their own after a space (`07:41:16 204 INFO`), are dropped, so its records come out at the whole
// second.

var fresh771Cases = []worldCase{
	{
		name:   "kannel-bearerbox-access-log",
		source: "Kannel bearerbox access-log (`yyyy-MM-dd HH:mm:ss Result [SMSC:id] [SVC:name] [from:n] [to:n] [flags:MClass:Coding:MWI:Compress:DLRMask] [msg:len:text] [udh:len:hex]`): Kannel User's Guide 1.3.1, Appendix E 'Log files', Bearerbox Access Log (manualslib / manualshive copies); the FAILED Send and Receive results from memory",
		why:    "a zone-less time, then the result words and bracketed key:value fields; no level (FAILED is a result), no host (the SMSC id is a link name)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Sent SMS [SMSC:smsc-north] [SVC:alerts] [from:+15550100] [to:+15550142] [flags:0:1:0:0:0] [msg:16:Door 4 left open] [udh:0]"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 Receive SMS [SMSC:smsc-north] [SVC:] [from:+15550142] [to:+15550100] [flags:0:0:0:0:0] [msg:2:OK] [udh:0]"),
			we("2026-11-29T07:42:05Z", Unknown, "", "2026-11-29 07:42:05 FAILED Send SMS [SMSC:smsc-south] [SVC:alerts] [from:+15550100] [to:+15550177] [flags:0:1:0:0:0] [msg:13:Gate 2 closed] [udh:0]"),
		},
	},
	{
		name:   "smppsim-selenium-log",
		source: "Selenium SMPPSim's smppsim.log (`yyyy.MM.dd HH:mm:ss SSS LEVEL  thread msg`, every line of a PDU hex dump stamped): bilalahmed54/SMPPSIM-Selenium-Tool issue #1 pasting smppsim.log; the WARNING line from memory",
		why:    "a dotted year-first date, the milliseconds as a separate column after a space, the JUL level padded, then a thread number before the message",
		gap:    "the milliseconds SMPPSim writes as a separate three-digit column after the time (`07:41:16 204 INFO`) are not read: the time comes out at the whole second (07:41:16 for 07:41:16.204)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026.11.29 07:41:16 204 INFO    14 StandardConnectionHandler accepted a connection"),
			we("2026-11-29T07:41:16.391Z", Info, "", "2026.11.29 07:41:16 391 INFO    14 : BIND_TRANSCEIVER:"),
			we("2026-11-29T07:41:16.391Z", Info, "", "2026.11.29 07:41:16 391 INFO    14 Hex dump (39) bytes:"),
			we("2026-11-29T07:41:16.392Z", Info, "", "2026.11.29 07:41:16 392 INFO    14 00000027:00000009:00000000:00000004:"),
			we("2026-11-29T07:41:47.018Z", Warn, "", "2026.11.29 07:41:47 018 WARNING 14 Session unbound unexpectedly: connection reset by ESME gw-test-07"),
		},
	},
	{
		name:   "python-smpplib-basicconfig",
		source: "python-smpplib under logging.basicConfig(level=DEBUG) (`%(levelname)s:%(name)s:%(message)s`, the logger named smpp.Client.<id>): python-smpplib/python-smpplib issue #223; the INFO and WARNING lines from memory",
		why:    "no time at all; the level word is the first colon-separated field, the logger name with a numeric id the second",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG:smpp.Client.140318822417488:Sending bind_transceiver PDU"),
			we("", Debug, "", "DEBUG:smpp.Client.140318822417488:>>b'0000002700000009000000000000000473656e6474657374003137323100000034000000' (39 bytes)"),
			we("", Debug, "", "DEBUG:smpp.Client.140318822417488:Read bind_transceiver_resp PDU"),
			we("", Info, "", "INFO:root:submitted reminder to +15550188, sequence 5"),
			we("", Warn, "", "WARNING:smpp.Client.140318822417488:Socket closed by peer while waiting for PDU"),
		},
	},
	{
		name:   "asterisk-app-sms-message-log",
		source: "Asterisk app_sms's message log /var/log/asterisk/sms (sms_log: `%s %c%c%c%s %s %s %s ` then the text: isodate() `%Y-%m-%dT%H:%M:%S` in local time, status Y/N, I/O, S/M, the message reference in hex, queue, originator, destination): asterisk/asterisk apps/app_sms.c",
		why:    "an ISO time with a T and no zone, then a packed code word (YIS07) whose letters are a status and a direction, not a level; the phone numbers are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16 YIS07 smsc01 01632960555 +447700900321 Running late, 10 min"),
			we("2026-11-29T07:41:52Z", Unknown, "", "2026-11-29T07:41:52 YOM smsc01 +447700900321 01632960555 OK see you at the depot"),
			we("2026-11-29T07:43:40Z", Unknown, "", "2026-11-29T07:43:40 NOS1C smsc01 - 01632960777 udl=42"),
		},
	},
	{
		name:   "gammu-debug-textalldate",
		source: "Gammu's debug log with logformat textalldate (`Www yyyy/MM/dd HH:mm:ss: msg`, each line of an AT frame dump stamped): gammu/python-gammu issue #5, gammu/wammu issue #27",
		why:    "a weekday before a slashed date, a colon glued to the time; no program, no level; hex dump lines are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026/11/29 07:41:16: SENDING frametype 0x00/length 0x07/7"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026/11/29 07:41:16: 41A|54T|2B+|43C|53S|51Q|0D                                      AT+CSQ.         "),
			we("2026-11-29T07:41:16Z", Unknown, "", `Sun 2026/11/29 07:41:16: 2 "+CSQ: 17,99"`),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026/11/29 07:41:16: AT reply state: 1"),
			we("2026-11-29T07:41:27Z", Unknown, "", "Sun 2026/11/29 07:41:27: Entering GSM_GetSMSStatus"),
		},
	},
	{
		name:   "node-smpp-debug-log",
		source: "node-smpp (farhadi/node-smpp) session debug output (`ISO-Z - cli|srv - id - event - command - {json}`): farhadi/node-smpp issue #204; the pdu.command.in event from memory",
		why:    "an ISO-Z time, then dash-separated session type, numeric id, event name and command, then JSON; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.837Z", Unknown, "", `2026-11-29T07:41:16.837Z - cli - 518204 - pdu.command.out - enquire_link - {"command":"enquire_link","command_length":0,"command_id":21,"command_status":0,"sequence_number":12}`),
			we("2026-11-29T07:41:16.839Z", Unknown, "", `2026-11-29T07:41:16.839Z - cli - 518204 - socket.data.out -  - {"bytes":16}`),
			we("2026-11-29T07:41:16.902Z", Unknown, "", `2026-11-29T07:41:16.902Z - cli - 518204 - pdu.command.in - enquire_link_resp - {"command":"enquire_link_resp","command_length":16,"command_id":2147483669,"command_status":0,"sequence_number":12}`),
		},
	},
	{
		name:   "cloudhopper-smpp-log4j-stacktrace",
		source: "an application on cloudhopper-smpp logging through log4j (`yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] (File.java:line) - msg`, the exception's stack trace on the lines after): twitter-archive/cloudhopper-smpp issue #134; the INFO and WARN lines from memory",
		why:    "a level column, then the thread in brackets and the source file in parentheses; an SmppTimeoutException with its at-lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.118Z", Info, "", "2026-11-29 07:41:10.118 INFO  [main] (SmppGateway.java:88) - bound to 10.60.4.12:2775 as transceiver, system_id=relay07"),
			we("2026-11-29T07:41:26.475Z", Error, "",
				"2026-11-29 07:41:26.475 ERROR [pool-4-thread-1] (LinkKeeper.java:52) - enquire_link failed",
				"com.cloudhopper.smpp.type.SmppTimeoutException: Unable to get response within [10000 ms]",
				"        at com.cloudhopper.smpp.impl.DefaultSmppSession.sendRequestAndGetResponse(DefaultSmppSession.java:471)",
				"        at com.cloudhopper.smpp.impl.DefaultSmppSession.enquireLink(DefaultSmppSession.java:439)",
				"        at org.example.relay.LinkKeeper.run(LinkKeeper.java:45)"),
			we("2026-11-29T07:41:26.480Z", Warn, "", "2026-11-29 07:41:26.480 WARN  [pool-4-thread-1] (LinkKeeper.java:60) - rebinding session relay07 in 5 s"),
		},
	},
	{
		name:   "restcomm-jdiameter-log4j",
		source: "RestComm (Mobicents) jDiameter stack under log4j (`yyyy-MM-dd HH:mm:ss,SSS LEVEL Class - msg`): RestComm/jdiameter issue #172; the WARN line from memory",
		why:    "comma milliseconds, a level column, the short class name and a dash; the peer sockets and Diameter identities in the messages are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:43.946Z", Info, "", "2026-11-29 07:41:43,946 INFO DictionaryImpl - Mobicents Diameter Dictionary loaded in 204ms -- Vendors[10] Commands[52] Types[20] AVPs[510]"),
			we("2026-11-29T07:41:44.044Z", Info, "", "2026-11-29 07:41:44,044 INFO StackImpl - (-)(-)(-)(-)(-) Started Mobicents DIAMETER Stack v1.7.1-build512 (-)(-)(-)(-)(-)"),
			we("2026-11-29T07:41:45.152Z", Info, "", "2026-11-29 07:41:45,152 INFO NetworkGuard - Open server socket ServerSocket[addr=/10.70.2.5,localport=3868]"),
			we("2026-11-29T07:42:00.267Z", Warn, "", "2026-11-29 07:42:00,267 WARN PeerFSMImpl - Peer aaa://ocs1.charging.example.net:3868 did not answer DWR, disconnecting"),
		},
	},
}

func TestFresh771Formats(t *testing.T) { assertTable(t, fresh771Cases) }

func TestFresh771Score(t *testing.T) {
	checkScore(t, "fresh771 formats", fresh771Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
