package parse

import "testing"

// The eight-hundred-and-thirty-fifth fresh table: message brokers at debug and trace, and the
// uncommon corners of the brokers already measured. Each family is one product's output with its
// protocol or packet tracing turned on, or one of its less common tools: ActiveMQ Artemis's
// OpenWire command trace (TRACE on OpenWireConnection); HornetQ 2.2's standalone broker (a thread
// in brackets and a time of day with no date); RabbitMQ 4's AMQP 1.0 frame trace at debug (a frame
// dumped over many lines, each with the full prefix); Qpid Proton-C's frame trace (PN_TRACE_FRM /
// PN_LOG=frame: a connection pointer and channel, no time); Qpid Proton-J's frame trace on stdout
// (an identity hash and channel, no time); IBM MQ's amqsevt sample formatting instrumentation events
// (a block per event message, its creation time on its fourth line); the Qpid C++ broker at trace
// (protocol frames after a bracketed category); nsq_to_file's two loggers in one stream (its own
// `[nsq_to_file]` lines and go-nsq's three-letter levels).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `artemis`, `hornetq`, `AMQERR`, `ibm.mq`, `IBM MQ`, `tibco`,
// `tibemsd`, `solace`, `solClient`, `nsqd`, `nsqlookupd`, `nsq_to_file`, `nsq_tail`, `beanstalk`,
// `gearman`, `GearmanManager`, `rocketmq`, `rocketmq_client`, `RocketmqClient`, `rocketmq-proxy`,
// `qpid`, `qpidd`, `qpid-jms`, `JmsConnection`, `proton`, `PN_TRACE`, `@open(16)`, `@begin`,
// `amqsevt`, `Event created`, `Message #1`, `amqsmon`, `MonitoringType`, `dspmqtrc`, `mqweb`,
// `MQIPT`, `amlen`, `messagesight`, `imaserver`, `apollo`, `OpenWireConnection`,
// `RemotingConnectionImpl`, `HornetQServerImpl`, `HornetQBootstrap`, `rabbit_amqp_reader`,
// `rabbit`, `kafka`, `pulsar`, `activemq`, `mosquitto`, `emqx`, `vernemq`, `hivemq`, `nanomq`,
// `openmq`, `joram`, `sonicmq`, `skupper-router`, `qdrouterd`, `tibrealm`, `tibco ftl`, `rvd`,
// `rendezvous`, `MQXR`. Nearly every product of the theme is measured already in its usual log
// (Artemis's log4j2 file and audit log, HornetQ inside AS7, AMQERR01.LOG and its JSON, FFST,
// tibemsd.log, Solace's event.log, nsqd, nsqlookupd, beanstalkd -V, gearmand, RocketMQ's broker and
// name server, Qpid Broker-J, qpidd, the dispatch router), so those were left out; the families
// here match nothing (`amqsevt`, `OpenWireConnection`, `rabbit_amqp_reader`, `@open(16)`,
// `nsq_to_file` have no hit) or only grep lists and other products (`HornetQServerImpl` once, in
// the AS7 family's lines, not standalone HornetQ). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone are taken as UTC; RabbitMQ writes +00:00 and amqsevt
// writes GMT; HornetQ's standalone layout writes only a time of day, so its records are on the
// clock's day (2026-11-29); Proton-C's and Proton-J's frame traces carry no time at all. Levels only
// where the line marks one: Artemis's TRACE column, HornetQ's INFO/WARN column, RabbitMQ's [debug]
// tag, qpidd's level word after the category (trace, debug, notice), nsq_to_file's INFO: and
// go-nsq's INF/WRN; Proton's frame lines and amqsevt's blocks carry none. No family writes a host
// field of its own: client addresses, broker URLs, AMQP hostname= fields and amqsevt's queue
// manager name are not the record's host. amqsevt's event is one multi-line record (from its
// `**** Message` banner to the blank line), and HornetQ writes a stack trace under a WARN line;
// RabbitMQ prefixes every line of a dumped frame, so each of those lines is a record of its own.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is on
// 2026-11-29 before 12:00 UTC. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0abef2f before any rule for it: level 84.4 %, time 71.9 %, host 96.9 %, records 81.2 %.
// That is the macro figure (micro: level 85.3 %, time 76.5 %, host 97.1 %, records 85.3 %), in a
// worktree at 0abef2f with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Artemis's OpenWire trace, RabbitMQ's frame trace, Proton-C's frame trace,
// nsq_to_file); the gaps: HornetQ's WARN line with a nested bracketed thread name is joined to the
// record before it, Proton-J's bracketed identity hash is read as an epoch time, amqsevt's blocks
// are neither joined nor timed from their `Event created` line, and qpidd's level word after the
// bracketed category is not read.

var fresh835Cases = []worldCase{
	{
		name:   "artemis-openwire-command-trace",
		source: "Apache ActiveMQ Artemis with TRACE on org.apache.activemq.artemis.core.protocol.openwire.OpenWireConnection (`2017-12-05 08:12:30,021 TRACE [...OpenWireConnection] connectionID: 286f9ade SENDING: BrokerInfo {commandId = 0, …}`): apache/artemis PR #1686 (ARTEMIS-1534)",
		why:    "TRACE in the level column; long command dumps with brokerURL tcp:// addresses and brokerName values that are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.021Z", Trace, "", "2026-11-29 07:41:16,021 TRACE [org.apache.activemq.artemis.core.protocol.openwire.OpenWireConnection] connectionID: 5c1e07ab SENDING: BrokerInfo {commandId = 0, responseRequired = false, brokerId = 7f3a9c20-cd41-11f1-8a2e-0242ac120004, brokerURL = tcp:///10.42.7.19:61616, slaveBroker = false, masterBroker = false, faultTolerantConfiguration = false, networkConnection = false, duplexConnection = false, peerBrokerInfos = null, brokerName = mq-east-2, connectionId = 0, brokerUploadUrl = null, networkProperties = null}"),
			we("2026-11-29T07:41:16.064Z", Trace, "", "2026-11-29 07:41:16,064 TRACE [org.apache.activemq.artemis.core.protocol.openwire.OpenWireConnection] connectionID: 5c1e07ab RECEIVED: ConnectionInfo {commandId = 1, responseRequired = true, connectionId = ID:ledger-worker-4-40117-1796204476000-1:1, clientId = ID:ledger-worker-4-40117-1796204476000-0:1, clientIp = null, userName = ledger, password = *****, brokerPath = null, brokerMasterConnector = false, manageable = true, clientMaster = true, faultTolerant = false, failoverReconnect = false}"),
			we("2026-11-29T07:41:16.071Z", Debug, "", "2026-11-29 07:41:16,071 DEBUG [org.apache.activemq.artemis.core.protocol.openwire.OpenWireConnection] connectionID: 5c1e07ab adding session ID:ledger-worker-4-40117-1796204476000-1:1:1"),
			we("2026-11-29T07:41:19.530Z", Warn, "", "2026-11-29 07:41:19,530 WARN  [org.apache.activemq.artemis.core.server] AMQ222061: Client connection failed, clearing up resources for session 8e21f0c4-cd41-11f1-8a2e-0242ac120004"),
		},
	},
	{
		name:   "hornetq22-standalone-time-of-day",
		source: "HornetQ 2.2 standalone broker (run.sh, JUL with HornetQ's formatter: `[thread] HH:mm:ss,SSS LEVEL [logger]  message`, no date) from memory; HornetQ's logging-configuration changes in hornetq/hornetq PRs #126 and #411",
		why:    "a thread in brackets first, then a time of day with no date (on the clock's day); two spaces before the message; a stack trace under a WARN line",
		gap:    "the WARN line whose thread name is itself bracketed and nested (`[Old I/O server worker (parentId: …, [id: 0x…, /0.0.0.0:5445])] 07:42:03,115 WARN …`) is not seen as a record start and is joined to the INFO line before it with its stack trace, so its time 07:42:03.115 and level Warn are lost",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.718Z", Info, "", "[main] 07:41:16,718 INFO [org.hornetq.integration.bootstrap.HornetQBootstrapServer]  Starting HornetQ Server"),
			we("2026-11-29T07:41:17.902Z", Info, "", "[main] 07:41:17,902 INFO [org.hornetq.core.server.impl.HornetQServerImpl]  live server is starting with configuration HornetQ Configuration (clustered=false,backup=false,sharedStore=true,journalDirectory=/var/lib/hornetq/journal,bindingsDirectory=/var/lib/hornetq/bindings,largeMessagesDirectory=/var/lib/hornetq/large-messages,pagingDirectory=/var/lib/hornetq/paging)"),
			we("2026-11-29T07:41:18.240Z", Info, "", "[main] 07:41:18,240 INFO [org.hornetq.core.server.impl.HornetQServerImpl]  HornetQ Server version 2.2.14.Final (HQ_2_2_14_FINAL_AS7, 122) [5d0f8e3a-cd41-11f1-a1b2-0a1b2c3d4e5f] started"),
			we("2026-11-29T07:42:03.115Z", Warn, "",
				"[Old I/O server worker (parentId: 1834201, [id: 0x001bfc39, /0.0.0.0:5445])] 07:42:03,115 WARN [org.hornetq.core.protocol.core.impl.RemotingConnectionImpl]  Connection failure has been detected: Did not receive data from /10.42.7.31:50412. It is likely the client has exited or crashed without closing its connection, or the network between the server and client has failed. [code=3]",
				"java.io.IOException: Connection reset by peer",
				"\tat sun.nio.ch.FileDispatcher.read0(Native Method)",
				"\tat org.jboss.netty.channel.socket.oio.OioWorker.run(OioWorker.java:76)"),
		},
	},
	{
		name:   "rabbitmq4-amqp10-frame-trace-debug",
		source: "RabbitMQ 4 AMQP 1.0 frame tracing at debug (`[debug] <0.823.0> rabbit_amqp_reader:parse_frame_body/2 372`, then `channel 1 ->` and the frame dumped as an Erlang term, each line with the prefix): rabbitmq/rabbitmq-server PR #11378; the file's time prefix `yyyy-MM-dd HH:mm:ss.ffffff+00:00` as in RabbitMQ 3.9+ logs",
		why:    "every line of the dumped frame carries the time, [debug] and the Erlang pid, so each is a record of its own; indented term lines are not continuations",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412087Z", Debug, "", "2026-11-29 07:41:16.412087+00:00 [debug] <0.1204.0> rabbit_amqp_reader:parse_frame_body/2 372"),
			we("2026-11-29T07:41:16.412143Z", Debug, "", "2026-11-29 07:41:16.412143+00:00 [debug] <0.1204.0> channel 0 ->"),
			we("2026-11-29T07:41:16.412198Z", Debug, "", "2026-11-29 07:41:16.412198+00:00 [debug] <0.1204.0>  {'v1_0.attach',[{name,{utf8,<<\"ledger-sender-3\">>}},"),
			we("2026-11-29T07:41:16.412241Z", Debug, "", "2026-11-29 07:41:16.412241+00:00 [debug] <0.1204.0>                  {handle,{uint,0}},"),
			we("2026-11-29T07:41:16.418902Z", Info, "", "2026-11-29 07:41:16.418902+00:00 [info] <0.1204.0> Connection from AMQP 1.0 container 'ledger-worker-4': user 'ledger' authenticated using SASL mechanism PLAIN"),
		},
	},
	{
		name:   "qpid-proton-c-frame-trace",
		source: "Qpid Proton-C frame trace on stderr (PN_TRACE_FRM=1, PN_LOG=frame: `[0x…]:ch -> @performative(code) [fields]`, `[0x…]:  -> SASL`, `<-` for received) from memory; PN_LOG=frame described in apache/qpid-proton PR #347",
		why:    "a bracketed connection pointer and channel, an arrow and an AMQP performative: no time and no level; hostname= is the peer the client asked for, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[0x55d3a7e2c4b0]:  -> SASL"),
			we("", Unknown, "", "[0x55d3a7e2c4b0]:  <- SASL"),
			we("", Unknown, "", "[0x55d3a7e2c4b0]:0 -> @open(16) [container-id=\"ledger-worker-4\", hostname=\"mq-east-2.example.net\", channel-max=32767]"),
			we("", Unknown, "", "[0x55d3a7e2c4b0]:0 <- @open(16) [container-id=\"mq-east-2\", max-frame-size=131072, channel-max=65535, idle-time-out=30000]"),
			we("", Unknown, "", "[0x55d3a7e2c4b0]:0 -> @begin(17) [next-outgoing-id=0, incoming-window=2147483647, outgoing-window=2147483647]"),
		},
	},
	{
		name:   "qpid-proton-j-frame-trace-stdout",
		source: "Qpid Proton-J frame trace on stdout with PN_TRACE_FRM (`[identityHash:channel] -> Open{ containerId='…', hostname='…', … }`, `<-` for received) from memory; proton-j's protocol trace in apache/qpid-proton-j PRs #30 and #31",
		why:    "an identity hash and channel in brackets, an arrow and a Java toString of the frame: no time and no level",
		entries: []worldEntry{
			we("", Unknown, "", "[1163157884:0] -> Open{ containerId='ID:7f2c41aa-0e3b-4c55-9a1d-33b2e0c8d912:1', hostname='mq-east-2.example.net', maxFrameSize=1048576, channelMax=32767, idleTimeOut=30000, outgoingLocales=null, incomingLocales=null, offeredCapabilities=null, desiredCapabilities=[sole-connection-for-container, DELAYED_DELIVERY, ANONYMOUS-RELAY, SHARED-SUBS], properties={product=QpidJMS, version=2.5.0, platform=JVM: 21.0.5}}"),
			we("", Unknown, "", "[1163157884:0] <- Open{ containerId='mq-east-2', hostname='null', maxFrameSize=131072, channelMax=65535, idleTimeOut=15000, outgoingLocales=null, incomingLocales=null, offeredCapabilities=[sole-connection-for-container, DELAYED_DELIVERY, SHARED-SUBS, ANONYMOUS-RELAY], desiredCapabilities=null, properties=null}"),
			we("", Unknown, "", "[1163157884:0] -> Begin{remoteChannel=null, nextOutgoingId=1, incomingWindow=2047, outgoingWindow=2147483647, handleMax=65535, offeredCapabilities=null, desiredCapabilities=null, properties=null}"),
			we("", Unknown, "", "[1163157884:0] <- Close{error=Error{condition=amqp:unauthorized-access, description='User name [ledger] or password is invalid.', info=null}}"),
		},
	},
	{
		name:   "ibm-mq-amqsevt-formatted-events",
		source: "IBM MQ sample amqsevt (formats instrumentation event messages read from SYSTEM.ADMIN.*.EVENT): ibm.com/docs IBM MQ 9.1 'Sample program to monitor instrumentation events on Multiplatforms'; the block's layout (`**** Message #n (len Bytes) on Queue … ****`, `Event Type`, `Reason`, `Event created : yyyy/MM/dd HH:mm:ss.cc GMT`, indented event data, a blank line) from memory",
		why:    "one event is a block whose time is on its fourth line, in GMT, with two-digit hundredths; no level (the Reason is an MQ reason, no severity); the queue manager name is no host",
		gap:    "each amqsevt block is split line by line: the `**** Message #n … ****` banner gets no time (the `Event created : 2026/11/29 07:41:16.12 GMT` on its fourth line is not read as the record's time) and the Event Type, Reason and event data lines are not joined to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "",
				"**** Message #1 (384 Bytes) on Queue SYSTEM.ADMIN.QMGR.EVENT ****",
				"Event Type                       : Queue Mgr Event [44]",
				"Reason                           : Not Authorized [2035]",
				"Event created                    : 2026/11/29 07:41:16.12 GMT",
				"  Queue Mgr Name                 : QMLEDGER1",
				"  Reason Qualifier               : Conn Not Authorized [1]",
				"  User Identifier                : ledgerapp",
				"  Appl Type                      : Unix",
				"  Appl Name                      : ledger-worker",
				""),
			we("2026-11-29T07:42:03.57Z", Unknown, "",
				"**** Message #2 (296 Bytes) on Queue SYSTEM.ADMIN.PERFM.EVENT ****",
				"Event Type                       : Perfm Event [45]",
				"Reason                           : Queue Depth High [2224]",
				"Event created                    : 2026/11/29 07:42:03.57 GMT",
				"  Queue Mgr Name                 : QMLEDGER1",
				"  Base Object Name               : LEDGER.IN",
				"  Time Since Reset               : 412",
				"  High Queue Depth               : 4000",
				""),
			we("2026-11-29T07:43:10.04Z", Unknown, "",
				"**** Message #3 (248 Bytes) on Queue SYSTEM.ADMIN.CHANNEL.EVENT ****",
				"Event Type                       : Channel Event [46]",
				"Reason                           : Channel Stopped [2283]",
				"Event created                    : 2026/11/29 07:43:10.04 GMT",
				"  Queue Mgr Name                 : QMLEDGER1",
				"  Reason Qualifier               : Channel Stopped Error [11]",
				"  Channel Name                   : LEDGER.SVRCONN",
				"  Connection Name                : 10.42.7.31",
				""),
		},
	},
	{
		name:   "qpidd-trace-protocol-frames",
		source: "Qpid C++ broker (qpidd --log-enable trace+ / debug+) to its log file (`yyyy-MM-dd HH:mm:ss [Category] level message`, protocol frames as `RECV [conn]: Frame[BEbe; channel=0; {Body: …}]`) from memory; qpidd's logging options in its --help",
		why:    "a bracketed category between the time and the lower-case level word; connection names made of addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Trace, "", "2026-11-29 07:41:16 [Protocol] trace RECV [qpid.10.42.7.19:5672-10.42.7.31:43112]: Frame[BEbe; channel=0; {ConnectionStartOkBody: client-properties={qpid.client_pid:F4:int32(2231),qpid.client_process:sr8:str16(ledger-worker)}; mechanism=PLAIN; response=xxxxxx; locale=en_US; }]"),
			we("2026-11-29T07:41:16Z", Trace, "", "2026-11-29 07:41:16 [Protocol] trace SENT [qpid.10.42.7.19:5672-10.42.7.31:43112]: Frame[BEbe; channel=0; {ConnectionTuneBody: channel-max=32767; max-frame-size=65535; heartbeat-min=0; heartbeat-max=120; }]"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 [Broker] debug qpid.10.42.7.19:5672-10.42.7.31:43112: receiver marked completed: 4 incomplete: { } unknown-completed: { [1,4] }"),
			we("2026-11-29T07:41:19Z", Notice, "", "2026-11-29 07:41:19 [Security] notice ACL denied connection from ledger@QPID to exchange ledger.audit: access denied"),
		},
	},
	{
		name:   "nsq-to-file-two-loggers",
		source: "nsq_to_file's own logger (`[nsq_to_file] yyyy/MM/dd HH:mm:ss.ffffff LEVEL: msg`, the nsq apps' lg prefix) and go-nsq's consumer logger on the same stderr (`yyyy/MM/dd HH:mm:ss INF    1 [topic/channel] msg`) from memory",
		why:    "two layouts interleaved: an app prefix in brackets before a slashed date with a level word and colon, and a slashed date with a three-letter level and a connection number; nsqlookupd and nsqd addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z", Info, "", "[nsq_to_file] 2026/11/29 07:41:16.204311 INFO: nsq_to_file v1.3.0 (built w/go1.22.5)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INF    1 [ledger/nsq_to_file] querying nsqlookupd http://10.42.7.5:4161/lookup?topic=ledger"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INF    1 [ledger/nsq_to_file] (10.42.7.21:4150) connecting to nsqd"),
			we("2026-11-29T07:41:17.550902Z", Info, "", "[nsq_to_file] 2026/11/29 07:41:17.550902 INFO: [ledger/nsq_to_file] opening /data/nsq/ledger.ledger-archive-1.2026-11-29_07.log"),
			we("2026-11-29T07:41:48Z", Warn, "", "2026/11/29 07:41:48 WRN    1 [ledger/nsq_to_file] (10.42.7.21:4150) IO error - EOF"),
		},
	},
}

func TestFresh835Formats(t *testing.T) { assertTable(t, fresh835Cases) }

func TestFresh835Score(t *testing.T) {
	checkScore(t, "fresh835 formats", fresh835Cases, [worldNumFields]float64{96.8, 84.3, 96.8, 81.1})
}
