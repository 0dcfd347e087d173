package parse

import "testing"

// The six-hundred-and-seventeenth fresh table: telephony and VoIP servers' logs (PBXs, SIP
// proxies, media servers, SBCs and softphones: their log files, debug output and syslog lines),
// shapes no earlier table holds. Each family is one product's documented or observed output:
// Cisco Jabber for Windows' csf-unified.log (a comma before the milliseconds, a padded level, a
// hex thread, `[file.cpp(line)] [logger] [function] - msg`); SIP.js's console logger (the
// JavaScript Date string with `GMT+0100 (Central European Standard Time)`, `| category |`, and a
// whole SIP message with its blank lines under `Received WebSocket text message:`); the GNU
// Gatekeeper's PTLib trace file (a slashed date, tabs, a trace verbosity digit, `file.cxx(line)`,
// and an indented H.225 dump under a level-4 line); UniMRCP's server log (microseconds after a
// colon, `[NOTICE] `, `[INFO]   `) and the same server in Docker Compose with its file, line and
// thread header; Doubango's console (`*[DOUBANGO INFO]:` with no time; a WARN or ERROR over four
// lines); OpenBTS on a terminal (the syslog level name first, `pid:tid`, an ISO time with tenths)
// and OpenBTS in syslog (the same line after the host and `openbts:`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by
// a fragment of its line first: `asterisk`, `freeswitch`, `kamailio`, `opensips`, `yate`, `sems`,
// `rtpengine`, `rtpproxy`, `drachtio`, `jambonz`, `flexisip`, `linphone`, `baresip`, `pjsip`,
// `pjsua`, `sipxecs`, `freepbx`, `3cx`, `elastix`, `wazo`, `xivo`, `fusionpbx`, `repro`,
// `resiprocate`, `sippy`, `b2bua`, `homer`, `heplify`, `sipcapture`, `sngrep`, `janus`,
// `mediasoup`, `jitsi`, `jicofo`, `jigasi`, `coturn`, `turnserver`, `openser`, `ser `, `sip:`,
// `mizu`, `bandwidth`, `twilio`, `vonage`, `ooh323`, `gnugk`, `gatekeeper`, `oracle sbc`,
// `acme packet`, `audiocodes`, `ribbon`, `sonus`, `avaya`, `mitel`, `cisco cucm`, `callmanager`,
// `polycom`, `yealink`, `grandstream`, `snom`, `zoiper`, `microsip`, `bria`, `jami`, `dring`,
// `ekiga`, `twinkle`, `sipgate`, `kazoo`, `2600hz`, `ecallmgr`, `whistle`, `bigcouch`, `sipp`,
// `osmo`, `openbts`, `yatebts`, `osmocom`, `mod_sofia`, `sofia`, `rtpbridge`, `sip3`,
// `voipmonitor`, `opal`, `h323plus`, `siproxd`, `mjsip`, `routr`, `sipwise`, `ngcp`, `sbc`,
// `gnu gatekeeper`, `ptlib`, `ptrace`, `h323`, `AppInfo`, `SdlSig`, `cucm`, `ccsip`, `queue_log`,
// `ENTERQUEUE`, `Master.csv`, `cel `, `vicidial`, `issabel`, `livekit`, `jssip`, `sip.js`,
// `sipml5`, `jabber`, `csf.jcf`, `uccapi`, `lync`, `skype for business`, `mediaproxy`,
// `sylkserver`, `openxcap`, `msrprelay`, `blink`, `smdr`, `ip office`, `obihai`, `spa112`,
// `fanvil`, `gigaset`, `mediatrix`, `patton`, `smartnode`, `dahdi`, `libpri`, `wanpipe`,
// `sangoma`, `verto`, `telnyx`, `signalwire`, `plivo`, `fonoster`, `sipcmd`, `sipexer`,
// `sipvicious`, `siege`, `pbx`, `sofia-sip`, `nua_`, `tport`, `unimrcp`, `lumenvox`, `tvcs`,
// `expressway`, `Module="network`, `yeti`, `libresbc`, `restcomm`, `mobicents`, `doubango`,
// `webrtc2sip`, `eturnal`, `stunner`, `restund`, `sylk`, `sip.Transport`, `sip.UserAgent`,
// `JsSIP`, `cisco jabber`, `jabber.log`, `mediatrix`, `RasSrv`, `portasip`, `ozeki`, `doorbird`,
// `2n `, `sipgo`, `pjsua_core`, `callweaver`, `bayonne`, `sipXproxy`, `iaxmodem`, `hylafax`,
// `t38modem`, `faxgate`, `spandsp`, `mgcp`, `megaco`, `diameter`, `freediameter`, `open5gs`,
// `osmo-msc`, `ims`, `csf-unified`, `csf.ecc`, `| sip.`, `GMT-0700 (`,
// `(Coordinated Universal Time)`, `sip.ua`, `Browser-Phone`, `browserphone`, `vodia`, `brekeke`,
// `pbxnsip`, `[DOUBANGO`, `DOUBANGO`, `tsk_debug`, `transceiver:`, `TRXManager`, `csf`,
// `Jabber for Windows`, `StackManager`, `mrcp`, `GK<TAB>Read`, `OpenH323`, `H323Plus`,
// `| sip.UserAgent`, `GMT+0100 (`, `GMT+0900`, and the regular expression
// `HH:mm:ss:uuuuuu [` for a colon before six digits and a bracket. None of Cisco Jabber's
// csf-unified log, SIP.js's console, GnuGk, UniMRCP, Doubango or OpenBTS is in any table (`jabber`
// matches only XMPP servers and clients, `csf` other words, `sip.Transport` only as a regular
// expression matching reSIProcate's `RESIP:TRANSPORT`, `GMT+0100 (` other products' date strings,
// and the colon-microsecond pattern only AWS DMS's task log). Left out as measured already:
// Asterisk (its full log, queue_log, Master.csv and CEL), FreeSWITCH, Kamailio, OpenSIPS, Yate,
// SEMS, rtpengine, rtpproxy, drachtio, Flexisip, Linphone, baresip, PJSIP, sipXecs, FreePBX, 3CX,
// Wazo, reSIProcate's repro, Homer and heplify, Janus, mediasoup, Jitsi, coturn and eturnal,
// Kazoo, SIPp, Osmocom, Cisco Expressway's tvcs, Cisco's ccsip debugs, AudioCodes, Ribbon, Avaya,
// Mitel, Polycom, Yealink, Grandstream, Skype for Business, LiveKit, VICIdial and Issabel, HylaFAX
// and IAXmodem, Open5GS. Left out as not confirmed by any search: Twinkle's twinkle.log, Vodia
// PBX's log file, SylkServer and MediaProxy, Zoiper and MicroSIP. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Jabber's, GnuGk's, UniMRCP's and OpenBTS's stamps have no zone and are
// taken as UTC; UniMRCP puts its microseconds after a colon, OpenBTS gives tenths of a second.
// SIP.js's date string carries its offset (`GMT+0100`, so 08:41 is 07:41Z) and a zone name in
// parentheses. In OpenBTS's syslog lines the syslog time and OpenBTS's own time of the same second
// are both accepted. Doubango's console lines carry no time at all. Levels only where the line
// marks one: Jabber's padded level word, UniMRCP's bracketed priority (NOTICE is Notice), the word
// in Doubango's `[DOUBANGO LEVEL]`, OpenBTS's syslog level names (ALERT is Alert, EMERG is
// Emergency, ERR is Error, WARNING is Warn); SIP.js prints none in the line (the console method
// is not in the text), and GnuGk's digit after the time is a trace verbosity (1-6), not a
// severity, so it gives none. The host is the record's host field: only OpenBTS's syslog host;
// Jabber's CUCM, SIP.js's wss server, GnuGk's endpoints, UniMRCP's speech service and compose
// service name, and OpenBTS's SIP proxy address are no hosts. A record that spans lines is one
// entry: SIP.js's traced SIP message with its blank lines, GnuGk's indented H.225 dump, and
// Doubango's WARN and ERROR blocks. OpenBTS's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0064dd7 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 95.0 %.
// That is the macro figure (micro: level 87.8 %, time 100.0 %, host 100.0 %, records 95.1 %), in a
// worktree at 0064dd7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Doubango's console, whose level word inside `[DOUBANGO LEVEL]`
// trawl does not read and whose `file:`, `line:` and `MSG:` lines under a WARN or ERROR it takes as
// records of their own.

var fresh617Cases = []worldCase{
	{
		name:   "cisco-jabber-csf-unified-log",
		source: "Cisco Jabber for Windows' csf-unified.log / jabber.log (`yyyy-MM-dd HH:mm:ss,SSS LEVEL  [0xthread] [file.cpp(line)] [logger] [function] - msg`): Cisco TAC document 116309 (call flow in Jabber for Windows, CALL_EVENT lines) and the voiceinitiate.com post on Jabber's boot process (found with the pages search)",
		why:    "a zone-less date with a comma before the milliseconds (UTC by the rules); the level word padded to five; a hex thread id, a Windows path with a line number in parentheses and the dotted csf logger are no times, levels or hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.448Z", Info, "", `2026-11-29 07:41:16,448 INFO  [0x000017c4] [services\impl\StackManager.cpp(118)] [csf-unified.imp.stackManager] [IMPStackCap::StackManager::initialise] - BuddyList started...`),
			we("2026-11-29T07:41:16.502Z", Debug, "", `2026-11-29 07:41:16,502 DEBUG [0x000017c4] [ices\config\ConfigStoreManager.cpp(381)] [csf.config] [csf::config::ConfigStoreManager::getValue] - key: [EnableCallPickup] skipped as it is not in the store`),
			we("2026-11-29T07:41:19.087Z", Info, "", `2026-11-29 07:41:19,087 INFO  [0x00002b10] [control\CallControlManagerImpl.cpp(2021)] [csf.ecc.evt] [ecc::CallControlManagerImpl::notifyCallEventObservers] - CALL_EVENT: evCreated, 0x04A1C2F8, Initial, CC_ATTR_NOT_DEFINED, CC_CALL_TYPE_NONE, CalledPartyNumber: , CallingPartyNumber: , CallInstance: -1, Status: , GCID: , IsConference: 0, IsCallSelected: 0`),
			we("2026-11-29T07:41:23.910Z", Warn, "", `2026-11-29 07:41:23,910 WARN  [0x00002b10] [ecc\src\sipcc\core\ccapp\cc_device.c(633)] [csf.ecc.sipcc] [CCAPI_DeviceListener_onDeviceEvent] - Registration state changed to CC_REG_STATE_FAILED for line 1 (ccm: cucm-pub.corp.example)`),
			we("2026-11-29T07:41:24.006Z", Error, "", `2026-11-29 07:41:24,006 ERROR [0x00001a2c] [ices\impl\TelephonyAdapterServerInfo.cpp(214)] [csf-unified.telephony.TelephonyAdapter] [TelephonyAdapter::onServerStateChanged] - Failover to the next CUCM failed: all servers unreachable`),
		},
	},
	{
		name:   "sipjs-console-date-string",
		source: "SIP.js's built-in logger in a browser console (LoggerFactory prints `${new Date()} | category | content`: the JavaScript Date string with its offset and zone name, then the logger category; traceSip puts the whole SIP message under `Received WebSocket text message:`): onsip/SIP.js issue #545 (0.9 console), a 0.2x console pasted in a project file found with find_string (`| sip.UserAgent |`, `| sip.Transport |`)",
		why:    "a weekday-first JavaScript date string with `GMT+0100 (Central European Standard Time)` (so 07:41Z); `sip.Transport` is a category, the wss server a peer; the SIP message and its blank lines belong to the line above; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 2026 08:41:16 GMT+0100 (Central European Standard Time) | sip.UserAgent | Starting sip:2041@pbx.example.net"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 2026 08:41:16 GMT+0100 (Central European Standard Time) | sip.Transport | Connecting wss://pbx.example.net:8089/ws"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 2026 08:41:16 GMT+0100 (Central European Standard Time) | sip.Transport | Transitioned from Connecting to Connected"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"Sun Nov 29 2026 08:41:17 GMT+0100 (Central European Standard Time) | sip.Transport | Received WebSocket text message:",
				"",
				"SIP/2.0 200 OK",
				"Via: SIP/2.0/WSS k3v9q2m1x8.invalid;rport=51822;received=198.51.100.23;branch=z9hG4bK2209183",
				"Call-ID: 7q1c5d0o2ht8aqkr4v1b",
				"From: <sip:2041@pbx.example.net>;tag=mf0k2l7pvo",
				"To: <sip:2041@pbx.example.net>;tag=z9hG4bK2209183",
				"CSeq: 2 REGISTER",
				"Expires: 600",
				"Content-Length: 0",
				"",
				""),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 2026 08:41:17 GMT+0100 (Central European Standard Time) | sip.Registerer | Registration transitioned to state Registered"),
		},
	},
	{
		name:   "gnugk-ptlib-trace-file",
		source: "The GNU Gatekeeper's trace file (gnugk -o gk.log -ttt: PTLib's PTrace `yyyy/MM/dd HH:mm:ss.fff<TAB>level<TAB>file.cxx(line)<TAB>context<TAB>msg`, the trace level a verbosity number 1-6): a GnuGk trace parser's comment found with find_string (`2004/03/20 00:00:40.920\\t2\\t      RasSrv.cxx(2224)\\tGK\\tRead from …`), gnugk.org's trace-level guidelines; the indented H.225 message dump under a level-4 line from memory",
		why:    "a slashed date with milliseconds, then tabs; the digit after it is a trace verbosity, not a severity (no level); the file(line) column right-aligned; an indented RAS dump belongs to the line above it; the endpoint addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.920Z", Unknown, "", "2026/11/29 07:41:16.920\t2\t      RasSrv.cxx(2224)\tGK\tRead from 10.20.0.31:1719"),
			we("2026-11-29T07:41:16.921Z", Unknown, "", "2026/11/29 07:41:16.921\t2\t      RasSrv.cxx(1017)\tRAS\tRegistrationRequest from 10.20.0.31:1719 alias 3041:dialedDigits,lobby-codec:h323_ID"),
			we("2026-11-29T07:41:16.923Z", Unknown, "",
				"2026/11/29 07:41:16.923\t4\t      RasSrv.cxx(705)\tRAS\tSend to 10.20.0.31:1719",
				"registrationConfirm {",
				"  requestSeqNum = 4471",
				"  protocolIdentifier = 0.0.8.2250.0.6",
				"  callSignalAddress = 1 entries {",
				"    [0]=ipAddress {",
				"      ip =  4 octets {",
				"        0a 14 00 02                                        ....",
				"      }",
				"      port = 1721",
				"    }",
				"  }",
				"  timeToLive = 600",
				"}"),
			we("2026-11-29T07:41:21.377Z", Unknown, "", "2026/11/29 07:41:21.377\t1\t     gkacct.cxx(412)\tGKACCT\tFileAcct: CDR written for call 4711 (3041 -> 3088, 00:02:14)"),
			we("2026-11-29T07:41:25.002Z", Unknown, "", "2026/11/29 07:41:25.002\t3\t   ProxyChannel.cxx(3310)\tQ931\tCall 4712: connection to 10.20.0.44:1720 failed: No route to host"),
		},
	},
	{
		name:   "unimrcp-server-log-colon-micros",
		source: "UniMRCP server's log (unimrcpserver.log and the console: apt_log's `yyyy-MM-dd HH:mm:ss:uuuuuu [PRIORITY] msg`, the priority in brackets padded to nine: `[NOTICE] `, `[INFO]   `, `[WARN]   `, `[ERROR]  `): a UniMRCP deployment notes file and a plugin README found with find_string (`07:54:51:976845 [NOTICE] UniMRCP Server [1.7.0]`, `[INFO]   Load Plugin […]`)",
		why:    "the microseconds after a colon, not a dot; a zone-less date (UTC); the bracketed priority padded with blanks; the session ids and `<…>` handles are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.976845Z", Notice, "", "2026-11-29 07:41:16:976845 [NOTICE] UniMRCP Server [1.8.0]"),
			we("2026-11-29T07:41:16.977127Z", Info, "", "2026-11-29 07:41:16:977127 [INFO]   APR [1.7.4]"),
			we("2026-11-29T07:41:16.981402Z", Info, "", "2026-11-29 07:41:16:981402 [INFO]   Load Plugin [Azure-SR-1] [/opt/unimrcp/plugin/umsazuresr.so]"),
			we("2026-11-29T07:41:31.204117Z", Notice, "", "2026-11-29 07:41:31:204117 [NOTICE] <3b8e1c0a4d5f11ef> Receive SIP Event [SIP_EVENT_INVITE] Status 200 [SIP-Agent-1]"),
			we("2026-11-29T07:41:31.609553Z", Warn, "", "2026-11-29 07:41:31:609553 [WARN]   Failed to Read Grammar File [/opt/unimrcp/data/grammar-menu.xml]"),
			we("2026-11-29T07:41:33.118040Z", Error, "", "2026-11-29 07:41:33:118040 [ERROR]  Failed to Connect to Service [wss://speech.example.net/stt] <3b8e1c0a4d5f11ef@speechrecog>"),
		},
	},
	{
		name:   "doubango-console-no-time",
		source: "Doubango's tinySAK debug output on the console of webrtc2sip and of the Telepresence MCU (tsk_debug.h: `*[DOUBANGO INFO]: msg`; WARN and ERROR print `**[DOUBANGO WARN]: function: \"f()\" ` then `file: \"…\" `, `line: \"n\" ` and `MSG: msg` on lines of their own): tsk_debug.h found with find_string, DoubangoTelecom/doubango issue #467 (a pasted console), a pasted softphone log with a WARN block",
		why:    "no time at all; the level is the word in `[DOUBANGO LEVEL]` after one to three stars; a WARN or ERROR is four lines: the function, file, line and MSG lines belong to the starred line above them",
		entries: []worldEntry{
			we("", Info, "", "*[DOUBANGO INFO]: SIP STACK -- START"),
			we("", Info, "", "*[DOUBANGO INFO]: Starting [SIP transport] server with IP {10.30.4.12} on port {10060} using master fd {11} with type {64} with max_fds {1024}..."),
			we("", Warn, "",
				`**[DOUBANGO WARN]: function: "tdav_speex_jitterbuffer_get()" `,
				`file: "/usr/src/doubango/tinyDAV/src/audio/tdav_speex_jitterbuffer.c" `,
				`line: "212" `,
				"MSG: Too much missing audio pkts"),
			we("", Info, "", "*[DOUBANGO INFO]: State machine: tsip_dialog_register_InProgress_2_Connected_X_2xx"),
			we("", Error, "",
				`***[DOUBANGO ERROR]: function: "tnet_sockfd_init()" `,
				`file: "/usr/src/doubango/tinyNET/src/tnet_utils.c" `,
				`line: "1514" `,
				"MSG: bind have failed."),
		},
		gap: "the `file:`, `line:` and `MSG:` lines under a WARN or ERROR are taken as records of their own instead of joining the starred line above",
	},
	{
		name:   "openbts-console-stderr",
		source: "OpenBTS run from a terminal (CommonLibs Logger on stderr: `LEVEL pid:tid yyyy-MM-ddTHH:mm:ss.t file.cpp:line:function: msg`, syslog level names EMERG ALERT CRIT ERR WARNING NOTICE INFO DEBUG): RangeNetworks/dev issue #43 (a pasted console), RangeNetworks/OpenBTS-UMTS issues #1, #2 and #9",
		why:    "the level word comes first; `pid:tid` is no time; an ISO time without zone (UTC) with tenths of a second; `OpenBTS.cpp:174:startTransceiver:` is a file, line and function; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("OpenBTS",
				"Copyright 2008, 2009, 2010 Free Software Foundation, Inc.",
				"Copyright 2011, 2012, 2013, 2014 Range Networks, Inc.",
				""),
			we("2026-11-29T07:41:16.6Z", Alert, "", "ALERT 5521:5528 2026-11-29T07:41:16.6 OpenBTS.cpp:174:startTransceiver: starting transceiver ./transceiver with 1 ARFCNs"),
			we("2026-11-29T07:41:17.1Z", Notice, "", "NOTICE 5521:5528 2026-11-29T07:41:17.1 TRXManager.cpp:413:tune: TXTUNE 975 ok"),
			we("2026-11-29T07:41:19.4Z", Warn, "", "WARNING 5521:5534 2026-11-29T07:41:19.4 TRXManager.cpp:258:clockHandler: TRX clock interface timed out, assuming TRX is dead."),
			we("2026-11-29T07:41:19.5Z", Error, "", "ERR 5521:5528 2026-11-29T07:41:19.5 TransactionTable.cpp:641:TransactionTable: Cannot open Transaction Table database at /var/run/OpenBTS-TransactionTable.db: unable to open database file"),
			we("2026-11-29T07:41:19.7Z", Emergency, "", "EMERG 5521:5528 2026-11-29T07:41:19.7 OpenBTS.cpp:185:startTransceiver: Transceiver quit with status 256. Exiting."),
		},
	},
	{
		name:   "openbts-syslog-inner-iso",
		source: "OpenBTS and its transceiver logging to syslog (a BSD syslog line with the host and `openbts:` or `transceiver:`, then the same CommonLibs `LEVEL pid:tid ISO-time file:line:function: msg`; newlines and tabs escaped as #012 and #011 by rsyslog): RangeNetworks/openbts issue #34 (a pasted /var/log/OpenBTS.log)",
		why:    "two stamps of the same second: the syslog one and OpenBTS's own zone-less one with tenths, either accepted; the host before the tag; the level word after `openbts:`; #012 is no line break",
		entries: []worldEntry{
			we("2026-11-29T07:41:36Z|2026-11-29T07:41:36.7Z", Debug, "bts-harbour", "Nov 29 07:41:36 bts-harbour openbts: DEBUG 6120:6694 2026-11-29T07:41:36.7 TBF.cpp:1003:mtFinishSuccess: GPRS1,51207:@@@ok TBF#12  mtMS= MS#3,TLLI=c41f07a2 mtDir=RLCDir::Up#012#011 channels: down=( 0:2) up=( 0:2,usf=1)"),
			we("2026-11-29T07:41:36Z|2026-11-29T07:41:36.8Z", Info, "bts-harbour", "Nov 29 07:41:36 bts-harbour openbts: INFO 6120:6131 2026-11-29T07:41:36.8 MobilityManagement.cpp:412:LocationUpdatingController: IMSI=001010000004471 LUR accepted, TMSI=0x4a01"),
			we("2026-11-29T07:41:38Z|2026-11-29T07:41:38.4Z", Notice, "bts-harbour", "Nov 29 07:41:38 bts-harbour transceiver: NOTICE 5530:5547 2026-11-29T07:41:38.4 Transceiver.cpp:192:pushRadioVector: dumping STALE burst in TRX->USRP interface"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.2Z", Warn, "bts-harbour", "Nov 29 07:41:40 bts-harbour openbts: WARNING 6120:6702 2026-11-29T07:41:40.2 SIPInterface.cpp:233:send: SIP message to 127.0.0.1:5062 not acknowledged, retransmitting"),
			we("2026-11-29T07:41:44Z|2026-11-29T07:41:44.9Z", Error, "bts-harbour", "Nov 29 07:41:44 bts-harbour openbts: ERR 6120:6702 2026-11-29T07:41:44.9 SIPEngine.cpp:880:MOCSendINVITE: no response from SIP proxy for IMSI=001010000004471"),
		},
	},
	{
		name:   "unimrcp-compose-file-line-thread",
		source: "UniMRCP server in a Docker Compose service, its log header with the source file, line and thread id turned on (`yyyy-MM-dd HH:mm:ss:uuuuuu src/file.c:NNN thread [PRIORITY] msg`, behind compose's `service  | ` prefix): the same deployment notes file found with find_string (`unimrcp  | 2025-05-14 19:55:16:793475 src/unimrcp_server.c:092 139896783997056 [NOTICE] UniMRCP Server [1.7.0]`)",
		why:    "compose's service name is no host; the microseconds after a colon; a zero-padded line number and a long thread id between the time and the bracketed priority are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.793475Z", Notice, "", "unimrcp  | 2026-11-29 07:41:16:793475 src/unimrcp_server.c:092 140211804157824 [NOTICE] UniMRCP Server [1.8.0]"),
			we("2026-11-29T07:41:16.795310Z", Notice, "", "unimrcp  | 2026-11-29 07:41:16:795310 src/unimrcp_server.c:176 140211804157824 [NOTICE] Open Config File [/usr/local/unimrcp/conf/unimrcpserver.xml]"),
			we("2026-11-29T07:41:16.802991Z", Info, "", "unimrcp  | 2026-11-29 07:41:16:802991 src/unimrcp_server.c:1016 140211804157824 [INFO]   Register Resource [speechrecog]"),
			we("2026-11-29T07:41:52.440218Z", Warn, "", "unimrcp  | 2026-11-29 07:41:52:440218 src/mrcp_server.c:1124 140211655517952 [WARN]   Failed to Find Channel <7d20b6e44d5f11ef@speechsynth>"),
			we("2026-11-29T07:41:52.441006Z", Error, "", "unimrcp  | 2026-11-29 07:41:52:441006 src/mrcp_sofiasip_server_agent.c:512 140211655517952 [ERROR]  Failed to Create Session [SIP-Agent-1] 488 Not Acceptable Here"),
		},
	},
}

func TestFresh617Formats(t *testing.T) { assertTable(t, fresh617Cases) }
func TestFresh617Score(t *testing.T) {
	checkScore(t, "fresh617 formats", fresh617Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 94.9})
}
