package parse

import "testing"

// The eight-hundred-and-sixteenth fresh table: telephony switches and contact centers. Each
// family is one product's own log file as its engineers read it: Cisco Unified CM's SDL/SDI
// trace (a sequence number, a date-less time and a trace-type column between pipes, a SIP
// message as the body of its record); the UCCX engine's MIVR log (a line number, a year-less
// date with a zone abbreviation, a %MIVR-SUB-N-MNEMONIC: tag); Cisco CUIC's CCBU log (a
// sequence number and the node's address before a dated time with an offset); Finesse's
// webservices log (the same %CCBU_ tag without the prefix, a thread name full of dashes and
// digits before the severity digit); the Genesys Framework log in its ISO form (an ISO time with
// no zone, a three-letter level, a five-digit message id, a T-Lib message printed as an indented
// block) and in its short form (a time of day only, after the file's header); the Issabel (Elastix
// fork) web audit log (a bracketed year-less time and no level); VICIdial's astguiclient process
// logs (a SQL-style date and pipe-separated fields, no level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `genesys`, `Genesys Engage`, `Genesys Cloud`, `Trc 0`, `Std 0`,
// `Interaction Server`, `SIP Server`, `avaya`, `Aura`, `Session Manager`, `Communication Manager`,
// `tracesm`, `lgmsg`, `IP Office`, `CMCallEvt`, `mS SIP`, `UCCX`, `MIVR`, `CUCM`, `SDL`, `AppInfo`,
// `SdlSig`, `CCBU`, `finesse`, `CVP_`, `Unified CVP`, `ra-rtr`, `3cx`, `3CXPhoneSystem`,
// `vicidial`, `astguiclient`, `VDAD`, `issabel`, `elastix`, `LOGIN admin`, `fusionpbx`, `wazo`,
// `xivo`, `yeastar`, `freepbx`, `Five9`, `MiVoice`, `Mitel`, `OpenScape`, `OmniPCX`, `Metaswitch`,
// `Broadworks`, `NetSapiens`, `PureConnect`, `Vodia`, `Wildix`, `Sangoma`, `Dialogic`,
// `Oracle SBC`, `Kazoo`, `Yate`, `OpenSIPS`, `Kamailio`, `FreeSWITCH`. Measured already: Wazo's
// calld log, 3CX through rsyslog, Mitel MiVoice and Sangoma by syslog, CUCM's alarms by remote
// syslog (not its SDL trace), Avaya's data switches and gateways, Kazoo, Yate, OpenSIPS,
// Kamailio, FreeSWITCH; VICIdial, Issabel, Elastix, FusionPBX, Yeastar, Genesys, AppInfo and
// SdlSig match only grep lists. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone are UTC (SDL, Genesys, Issabel, VICIdial); year-less
// dates are in 2026 (MIVR, Issabel); a time of day without a date is on the clock's day (SDL,
// Genesys short form); MIVR's EST is -05:00, CUIC's +0100 and Finesse's -0500 are converted. The
// Genesys check-point line carries its time twice (the time of day and the check point's own
// ISO time, the same second) and either is accepted. Levels only where the line marks one: the
// severity digit of %MIVR-SUB-N- and %CCBU_…-N- (7 debug, 6 info, 4 warning, 3 error), Genesys's
// Trc (Trace) and Std (Info, standard); the SDL trace-type column (AppInfo, SdlSig) is the kind of
// trace, not a severity, so those records have none; Issabel and VICIdial write none (a word like
// Failure or ERROR in their message is no level). The host is the record's host field: only CUIC's
// node address after the sequence number is one; the peers in SDL's SIP messages, the host named
// in a Genesys message, Issabel's client address are not. SDL's SIP messages and Genesys's T-Lib
// blocks are multi-line records.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 75.0 %, time 87.5 %, host 87.5 %, records 96.9 %.
// That is the macro figure (micro: level 75.0 %, time 87.5 %, host 87.5 %, records 96.9 %), in a
// worktree at 7f43fec with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (UCCX's MIVR log and Issabel's audit log); the gaps: CUCM's SDL time of
// day after the sequence number and pipe is not read and its SIP message body is split into
// entries of their own; CUIC's node address after the sequence number is not read as the host;
// Finesse's severity digit after a dashed thread name in %CCBU_ is not read; Genesys's Std level is
// not read in either form; a VICIdial field opening with ERROR is read as a level.

var fresh816Cases = []worldCase{
	{
		name:   "cisco-cucm-sdl-trace-sip-block",
		source: "Cisco Unified CM SDL/SDI trace files (`ccm*.txt`: `NNNNNNNN.NNN |HH:mm:ss.SSS |AppInfo  |text` and `|SdlSig   |signal |state |to |from |…`), seen in Cisco community and TAC documents on CUCM trace analysis and in CUCM trace parsers' samples (`SAMPLE_CUCM_SDL_RAW`, `SAMPLE_MULTILINE_APPINFO`) found with find_string `|AppInfo  |`",
		why:    "a sequence number first, a time of day with no date, the trace-type column between pipes is no level; an incoming SIP message is the body of its AppInfo record",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.389Z", Unknown, "",
				"00418233.002 |07:41:20.389 |AppInfo  |SIPTcp - wait_SdlReadRsp: Incoming SIP TCP message from 10.60.4.21 on port 51304 index 4412 with 402 bytes:",
				"[5521907,NET]",
				"INVITE sip:4402@cucm-sub2.corp.example.net;user=phone SIP/2.0",
				"Via: SIP/2.0/TCP 10.60.4.21:51304;branch=z9hG4bK1f2e3d4c",
				"From: <sip:+15550101234@10.60.4.21>;tag=88a1-4c2",
				"To: <sip:4402@cucm-sub2.corp.example.net>",
				"Call-ID: 7c1e9a02-bb41-11ef-9a31-00505689a1c2@10.60.4.21",
				"CSeq: 101 INVITE",
				"Content-Length: 0"),
			we("2026-11-29T07:41:20.391Z", Unknown, "", "00418234.000 |07:41:20.391 |SdlSig   |SIPInviteInd                           |wait                           |SIPHandler(1,100,72,1)           |SIPTcp(1,100,71,1)               |1,100,14,2.5521907^10.60.4.21^*  |[R:N-H:0,N:0,L:0,V:0,Z:0,D:0] CI=30912245 Branch=0"),
			we("2026-11-29T07:41:20.397Z", Unknown, "", "00418235.001 |07:41:20.397 |AppInfo  |Digit Analysis: star_DaReq: daReq.partitionSearchSpace(), filteredPartitionSearchSpaceString=PT_Internal:PT_Local"),
			we("2026-11-29T07:41:21.004Z", Unknown, "", "00418240.003 |07:41:21.004 |AppInfo  |DET-MediaManager-(30912245)::buildMtpXcoderAllocList, savedConnectionCount=0, QosType=0"),
		},
	},
	{
		name:   "cisco-uccx-mivr-engine-log",
		source: "Cisco UCCX engine (MIVR) log `N: Mon dd HH:mm:ss.SSS ZZZ %MIVR-SUBSYS-sev-MNEMONIC:text`: Cisco TAC documents on UCCX troubleshooting (`10231: Dec 05 19:01:36.215 EST %MIVR-SS_RM-7-UNK:…`, `%MIVR-SS_TEL-4-ModuleRunTimeFailure:…`) found with find_string `%MIVR-`",
		why:    "a line number with a colon first, a year-less date with a zone abbreviation (EST), the severity digit inside the %MIVR- tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.215Z", Debug, "", "48211: Nov 29 02:41:16.215 EST %MIVR-SS_TEL-7-UNK:Call.received() JTAPICallContact[id=412,type=Cisco JTAPI Call,implId=88213/1,active=true,state=CALL_RECEIVED,inbound=true]"),
			we("2026-11-29T07:41:16.230Z", Info, "", "48212: Nov 29 02:41:16.230 EST %MIVR-SS_RM-6-RESOURCE_SELECTED:Agent selected: Resource=ahenley,CSQ=CSQ_Billing"),
			we("2026-11-29T07:41:18.902Z", Warn, "", "48230: Nov 29 02:41:18.902 EST %MIVR-SS_TEL-4-ModuleRunTimeFailure:Real-time failure in JTAPI subsystem: Module=JTAPI Subsystem,Failure Cause=7,Failure Module=JTAPI_PROVIDER_INIT"),
			we("2026-11-29T07:41:20.011Z", Error, "", "48241: Nov 29 02:41:20.011 EST %MIVR-ENGINE-3-SCRIPT_EXCEPTION:Exception in script: Script=billing_main.aef,Step=Get Digit String,Exception=java.lang.NullPointerException"),
		},
	},
	{
		name:   "cisco-cuic-ccbu-seq-node-offset",
		source: "Cisco Unified Intelligence Center (CUIC) CCBU logs `NNNNNNNNNN: node-ip: Mon dd yyyy HH:mm:ss.SSS +zzzz: %CCBU_…-sev-MNEMONIC: %[k=v]…: text` (`0000001591: 10.48.47.142: Feb 13 2017 15:01:35.520 +0100: %CCBU__CUIC_SECURITY-7-OPERATION: …`): Cisco TAC documents on CUIC found with find_string `%CCBU_`",
		why:    "a ten-digit sequence number, then the node's address (the record's host), then a dated time with a +0100 offset; the severity digit in %CCBU_…-N-",
		gap:    "the node's address after the ten-digit sequence number (`0000004117: 10.72.8.15: Nov 29 2026 …`) is not read as the host: every record gets no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:35.520Z", Debug, "10.72.8.15", "0000004117: 10.72.8.15: Nov 29 2026 08:41:35.520 +0100: %CCBU__CUIC_SECURITY-7-OPERATION: %[MESSAGE=Total number of login attempts for the server=12][OPERATION_TYPE= UserLoginAttempt ][SESSION_ID= 5D2A0C77E1B94F03A8E6C1D2B3A49F10 ][USER_ID=]: User login or logout request to server."),
			we("2026-11-29T07:41:36.004Z", Info, "10.72.8.15", "0000004118: 10.72.8.15: Nov 29 2026 08:41:36.004 +0100: %CCBU___________CUIC-6-INFO: Report 'Agent State Trace' refreshed for user EMEA\\jkovacs in 412 ms"),
			we("2026-11-29T07:41:40.241Z", Warn, "10.72.8.15", "0000004125: 10.72.8.15: Nov 29 2026 08:41:40.241 +0100: %CCBU___________CUIC-4-WARN: Dashboard Migration : Weburl widget : Dashboard : ops_wallboard Widget : queue_frame Widget url : https://cuic-pub.example.net:8444/cuic/permalink/PermalinkViewer.htmx?viewId=41AF"),
			we("2026-11-29T07:41:52.866Z", Error, "10.72.8.15", "0000004140: 10.72.8.15: Nov 29 2026 08:41:52.866 +0100: %CCBU__________FEEDS-3-SECURE_IMAP_CLIENT_CONNECTION_EXCEPTION: %[FEED_ID=100044][FEED_NAME=Support Email Feed][exception= javax.mail.MessagingException: Connection timed out]: Failed to connect to the mail server"),
		},
	},
	{
		name:   "cisco-finesse-webservices-ccbu-thread",
		source: "Cisco Finesse webservices log `Mon dd yyyy HH:mm:ss.SSS -zzzz: %CCBU_thread-name-sev-MNEMONIC: %[k=v]: text` (`Sep 22 2014 14:34:59.878 -0700: %CCBU_pool-21-thread-1-6-QUEUE_STATISTICS_REQUEST: %[count=751]: Starting new round…`): Cisco TAC document on Finesse queue statistics found with find_string `%CCBU_`",
		why:    "a dated time with a -0500 offset first; the thread name (pool-21-thread-1, Timer-3) is full of dashes and digits and the severity is the digit after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:59.878Z", Info, "", "Nov 29 2026 02:41:59.878 -0500: %CCBU_pool-21-thread-1-6-QUEUE_STATISTICS_REQUEST: %[count=212]: Starting new round of querying active queue statistics"),
			we("2026-11-29T07:42:00.102Z", Debug, "", "Nov 29 2026 02:42:00.102 -0500: %CCBU_pool-21-thread-4-7-QUEUE_STATISTICS_RESPONSE: %[queueId=5004][callsInQueue=3]: Queue statistics received"),
			we("2026-11-29T07:42:09.877Z", Warn, "", "Nov 29 2026 02:42:09.877 -0500: %CCBU_pool-21-thread-1-4-QUEUE_STATISTICS_BUFFER_OVERRUN: %[pending=212]: Previous round not finished, skipping this round"),
			we("2026-11-29T07:42:15.330Z", Error, "", "Nov 29 2026 02:42:15.330 -0500: %CCBU_Timer-3-3-CTI_CONNECTION_LOST: %[server=ccx-pub.example.net][port=12028]: Lost connection to the CTI server"),
		},
	},
	{
		name:   "genesys-framework-iso-trc-block",
		source: "Genesys Framework (Configuration Server, T-Server, URS) log file in its full-time form `yyyy-MM-ddTHH:mm:ss.SSS Lvl NNNNN text` (`2016-11-25T12:25:19.644 Trc 04541 Message MSGCFG_GETOBJECTINFO received from 16 (SCE 'default')` with the message's `attr:` lines indented below): log parsers' comments and tests for Genesys logs found with find_string `Trc 04541`; the Std lines and their message ids from memory",
		why:    "an ISO time without a zone, a three-letter level (Trc, Std) and a five-digit message id; a received message is printed as an indented block under its line",
		gap:    "Genesys's `Std` level after the time (`… Std 04503 …`) is not read as Info: those records get Unknown (Trc is read as Trace)",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.644Z", Trace, "",
				"2026-11-29T07:41:19.644 Trc 04541 Message MSGCFG_GETOBJECTINFO received from 118 (InteractionWorkspace 'IWS_Floor2')",
				"  MSGCFG_GETOBJECTINFO",
				"  attr: IATRCFG_REQUESTID           value:   412",
				"  attr: IATRCFG_OBJECTTYPE          value:   9 [CfgApplication]",
				"  attr: BATRCFG_FILTER              value:"),
			we("2026-11-29T07:41:19.650Z", Trace, "", "2026-11-29T07:41:19.650 Trc 04542 Message MSGCFG_ENDOBJECTSLIST sent to 118 (InteractionWorkspace 'IWS_Floor2')"),
			we("2026-11-29T07:41:20.002Z", Info, "", "2026-11-29T07:41:20.002 Std 04503 Connection to server 'dbserver_cfg' at host 'gdb01.example.net', port 4040 lost"),
			we("2026-11-29T07:41:23.117Z", Info, "", "2026-11-29T07:41:23.117 Std 04501 Connected to server 'dbserver_cfg' at host 'gdb01.example.net', port 4040"),
		},
	},
	{
		name:   "genesys-framework-short-time-of-day",
		source: "Genesys Framework log file in its short-time form, the date only in the file's header (`Local time:       2014-09-16T13:14:58.465`, then `13:16:54.058 Trc 04120 Check point 2014-09-16T13:16:54`, `16:39:27.319 Trc 04541 Message EventRegistered received from 'SIPTS750@7593'`): log parsers' tests for Genesys logs found with find_string `Trc 04541`; the header's other lines and the Std line from memory",
		why:    "a time of day with milliseconds only, after a header that carries the date; the hourly check point repeats its own ISO time",
		gap:    "Genesys's `Std` level after the time of day (`07:42:03.770 Std 04503 …`) is not read as Info: the record gets Unknown (Trc is read as Trace)",
		entries: []worldEntry{
			wskip(
				"Application name: URS_p",
				"Host info:        urs01.example.net (Linux x86_64)",
				"Local time:       2026-11-29T07:40:58.465"),
			we("2026-11-29T07:41:00.058Z|2026-11-29T07:41:00Z", Trace, "", "07:41:00.058 Trc 04120 Check point 2026-11-29T07:41:00"),
			we("2026-11-29T07:41:27.319Z", Trace, "", "07:41:27.319 Trc 04541 Message EventRegistered received from 'SIPTS_p@7593'"),
			we("2026-11-29T07:41:55.299Z", Trace, "", "07:41:55.299 Trc 04541 Message EventRouteRequest received from 'SIPTS_p@3020'"),
			we("2026-11-29T07:42:03.770Z", Info, "", "07:42:03.770 Std 04503 Connection to server 'StatServer_p' at host 'stat01.example.net', port 7004 lost"),
		},
	},
	{
		name:   "issabel-elastix-web-audit-log",
		source: "Issabel (Elastix fork) /var/log/issabel/audit.log written by writeLOG(): `fwrite($fp, date(\"[M d H:i:s]\").\" $log\\n\")` with `LOGIN $user: Web Interface login successful. Accepted password for $user from $_SERVER[REMOTE_ADDR].` and `LOGIN $user: Authentication Failure to Web Interface login. …`: Elastix/Issabel framework index.php and misc.lib.php found with find_string `Web Interface login successful` and `function writeLOG($logFILE`",
		why:    "a bracketed year-less time with no level and no host; the client address in the message is no host, and Failure is a word of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Nov 29 07:41:16] LOGIN admin: Web Interface login successful. Accepted password for admin from 10.8.0.14."),
			we("2026-11-29T07:43:02Z", Unknown, "", "[Nov 29 07:43:02] LOGIN mruiz: Authentication Failure to Web Interface login. Invalid password for mruiz from 198.51.100.77."),
			we("2026-11-29T07:43:09Z", Unknown, "", "[Nov 29 07:43:09] LOGIN root%27--: Authentication Failure to Web Interface login. Invalid user root%27-- from 198.51.100.77."),
			we("2026-11-29T07:50:44Z", Unknown, "", "[Nov 29 07:50:44] LOGOUT admin: Web Interface logout successful. Accepted logout for admin from 10.8.0.14."),
		},
	},
	{
		name:   "vicidial-astguiclient-pipe-log",
		source: "VICIdial's astguiclient Perl daemons (AST_VDauto_dial.pl, AST_VDhopper.pl, AST_manager_listen.pl) event_logger: `print Lout \"$now_date|$event_string|\\n\"` with `$now_date = \"$year-$mon-$mday $hour:$min:$sec\"` into /var/log/astguiclient/: VICIdial sources found with find_string `sub event_logger`; the event strings' wording from memory",
		why:    "a SQL-style local date and time, then pipe-separated fields ending in a pipe; no level (ERROR and DEAD are words of the fields), no host",
		gap:    "the word ERROR opening the first pipe field of a VICIdial event (`2026-11-29 07:41:45|ERROR: no agents available…|`) is read as an Error level, though the line carries no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16|DIALABLE LEADS: 1842|CAMPAIGN: OUTB_RENEW|HOPPER: 400|"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17|Call placed: V1129074117000412233|SIP/carrier_east/15550104412|OUTB_RENEW|lead 882114|"),
			we("2026-11-29T07:41:31Z", Unknown, "", "2026-11-29 07:41:31|     DEAD call vac deleted: V1129074117000412233|15550104412|CHANUNAVAIL|"),
			we("2026-11-29T07:41:45Z", Unknown, "", "2026-11-29 07:41:45|ERROR: no agents available, pausing dialing for OUTB_RENEW|"),
		},
	},
}

func TestFresh816Formats(t *testing.T) { assertTable(t, fresh816Cases) }
func TestFresh816Score(t *testing.T) {
	checkScore(t, "fresh816 formats", fresh816Cases, [worldNumFields]float64{87.4, 99.9, 87.4, 99.9})
}
