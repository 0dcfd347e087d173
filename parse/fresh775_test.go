package parse

import "testing"

// The seven-hundred-and-seventy-fifth fresh table: messaging client libraries' own logs, as the
// library (or the logger its documentation and examples set up) writes them. Each family is one
// client's output: confluent-kafka-python's librdkafka log routed through the logger of its
// examples/consumer.py (`%(asctime)-15s %(levelname)-8s %(message)s`, the message being librdkafka's
// `FAC [name] [thrd:…]: …`); pika's documented example LOG_FORMAT (the level padded to ten columns
// first, then the time, logger, function and line number, a `Caller's stack:` traceback under an
// error); paho.mqtt.golang's DEBUG/WARN/ERROR/CRITICAL loggers set up as its README and PR #717
// show (`[LEVEL] [component]   msg`, no time at all); MQTTnet's MqttNetEventLogger as its
// Logger_Samples.cs prints it (`>> [ISO-O UTC time] [thread] [source] [level]: msg` and the
// exception below); the Eclipse Paho Java client's SimpleLogFormatter (JUL level, tab, a
// two-digit-year `yy-MM-dd` date and a four-digit millisecond `kk:mm:ss.SSSS`, the class name cut
// to its last 19 characters, a `Throwable occurred:` stack trace); mosquitto_sub -d (libmosquitto's
// `Client <id> sending CONNECT` debug lines, no time and no level); nats.java's connection trace
// (`[HH:mm:ss.SSS] connect trace: …`, a time of day only, its trailing zeros dropped); and the
// Dart mqtt_client package's MqttLogger (`<clientId>-<DateTime> -- msg`, a message's packet dump on
// the lines below it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `librdkafka`, `rdkafka`, `rdkafka#`, ` [rdkafka#`, `confluent`,
// `Confluent.Kafka`, `MAXPOLL`, `FAIL [`, `koku`, `asctime)-15s`, `kafka-python`, `kafka.conn`,
// `sarama`, `IBM/sarama`, `Shopify`, `franz`, `kgo`, `kafkajs`, `segmentio`, `kafka-go`,
// `aiokafka`, `faust`, `karafka`, `racecar`, `phobos`, `kafka-node`, `node-rdkafka`, `ruby-kafka`,
// `rdkafka-ruby`, `spring-kafka`, `KafkaConsumer`, `ConsumerCoordinator`, `pika`, `aio-pika`,
// `aio_pika`, `aiormq`, `pika.adapters`, `pika.connection`, `connection_workflow`, `LOG_FORMAT`,
// `funcName`, `-10s`, `kombu`, `celery`, `amqp`, `amqplib`, `amqp-client`, `com.rabbitmq`,
// `rabbitmq`, `rabbitmq-c`, `rabbitmq-java`, `AMQConnection`, `AutorecoveringConnection`,
// `TopologyRecovery`, `DefaultExceptionHandler`, `ForgivingExceptionHandler`, `streadway`,
// `amqp091`, `go-amqp`, `lapin`, `bunny`, `paho`, `paho.mqtt`, `paho.mqtt.golang`, `autopaho`,
// `eclipse.paho`, `mqttv3`, `ClientComms`, `SimpleLogFormatter`, `yy-MM-dd} {0, time`,
// `Throwable occurred`, `MQTTAsync`, `MQTT C`, `[Debug] [client]`, `[DEBUG] [client]`,
// `[client]   `, `[net]      `, `mqtt`, `MQTTnet`, `mqttnet`, `MqttNetEventLogger`, `MqttClient`,
// `>> [`, `[Verbose]`, `M2Mqtt`, `Paho.MqttDotnet`, `mqtt.js`, `mqttjs`, `mqtt-packet`, `rumqtt`,
// `gmqtt`, `mosquitto_sub`, `Client mosqsub`, `mosqsub`, `Client null`, `Client (null)`,
// `sending CONNECT`, `received CONNACK`, `Received CONNACK`, `sending SUBSCRIBE`,
// `received SUBACK`, `received PUBLISH (d0`, `sending PINGREQ`, `PINGREQ`, `hivemq`,
// `hivemq-mqtt-client`, `mqtt-cli`, `mqtt sub`, `emqx`, `nanomq`, `vernemq`, `nats.go`, `nats.py`,
// `nats.js`, `nats.ws`, `nats.aio`, `nats:`, `NATS.Client`, `NATS.Net`, `natscli`, `nats sub`,
// `Subscribing on`, `Received on "`, `connect trace`, `io.nats`, `jnats`, `nats-streaming`, `stan`,
// `jetstream`, `pulsar`, `ClientCnx`, `Pulsar.Client`, `DotPulsar`, `pulsar-client-go`,
// `pulsar-client-node`, `zmq`, `zeromq`, `pyzmq`, `cppzmq`, `zmq.utils.monitor`, `recv_monitor`,
// `EVENT_CONNECTED`, `activemq`, `ActiveMQ`, `artemis`, `FailoverTransport`, `Apache.NMS`,
// `activemq-cpp`, `stomp`, `stomp.py`, `qpid`, `proton`, `servicebus`, `azure.servicebus`,
// `_pyamqp`, `uamqp`, `ServiceBusClient`, `Azure.Messaging`, `AzureEventSourceListener`,
// `CreateConsoleLogger`, `Azure-Core`, `eventhub`, `event hubs`, `nsq`, `go-nsq`, `sqs`, `pubsub`,
// `rocketmq`, `MqttConnectionHandlerBase`, `SynchronousMqttServerConnectionHandler`, `shamblett`,
// `mqtt_client`, `MqttServerConnection`, `Authenticating with username`, ` -- Mqtt`. Most of the
// theme is measured already (librdkafka's `%7|` stderr line, kcat, kafka-python's basicConfig,
// Sarama's prefix, franz-go's basic logger, KafkaJS, the Paho C trace, mosquitto's broker logs,
// HiveMQ, NATS server and CLI, Pulsar's C++ and Java clients, CZMQ, the Azure .NET console
// listener and the Azure Java default logger, RabbitMQ's broker, ActiveMQ, Qpid), so those were
// left out; the natscli `nats sub` output was left out as fresh438 explains. `mqtt_client` matches
// only unrelated products, `-10s` and `funcName` only other formats, `[Verbose]` other loggers.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The Python, Java, Dart and nats.java times are the host's local time with
// no zone written, so they are taken as UTC; MQTTnet writes DateTime.UtcNow with the round-trip
// `O` format (seven fraction digits and a Z); Paho Java's `yy-MM-dd` is 2026 and its `SSSS` is the
// milliseconds zero-padded to four digits (`.0412` is 412 ms, not 41.2 ms); nats.java's trace has
// only a time of day, on the clock's day, with ISO_TIME's trailing zeros dropped (`.33` is 330
// ms); paho.mqtt.golang's loggers (flags 0) and mosquitto_sub -d write no time, so their records
// have none. Levels only where the line marks one: the Python levelname column (DEBUG INFO
// WARNING ERROR; confluent-kafka-python maps librdkafka's syslog 7 to DEBUG, 5-6 to INFO, 4 to
// WARNING, 3 to ERROR), paho.mqtt.golang's logger prefix ([DEBUG] [WARN] [ERROR] [CRITICAL], the
// last Critical), MQTTnet's MqttNetLogLevel (Verbose, its lowest of four, is Debug; Info; Warning;
// Error), Paho Java's JUL level first (FINE Debug, FINER Trace, WARNING Warn, SEVERE Error);
// mosquitto_sub's debug lines, nats.java's trace and the Dart MqttLogger carry none (Unknown).
// No family has a host field: broker addresses, client ids (mosq-…, lab-gw-07) and sockets' local
// addresses in the messages are peers or names, never the record's host, so every host is "".
// Multi-line records: pika's error with the `Caller's stack:` traceback, MQTTnet's exception
// under its line, Paho Java's `Throwable occurred:` stack trace, and the Dart logger's
// sendMessage line with the packet's Header, Variable Header and payload lines it prints in the
// same call.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (mosquitto_sub's default client id form and the SUBSCRIBE line's options;
// pika's `Caller's stack:` wording). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 88.6 %, host 100.0 %, records 100.0 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a time: Paho Java's `kk:mm:ss.SSSS` fraction, milliseconds
// zero-padded to four digits, is read as a decimal fraction of the second, so all four of its
// records come out with the wrong milliseconds.

var fresh775Cases = []worldCase{
	{
		name:   "confluent-kafka-python-example-logger-librdkafka-facility",
		source: "confluentinc/confluent-kafka-python examples/consumer.py (`logging.Formatter('%(asctime)-15s %(levelname)-8s %(message)s')` on the logger passed as `Consumer(conf, logger=logger)`); the routed message `FAC [name] [thrd:…]: …` as project-koku/koku PR #2744 shows it (`WARNING None MAXPOLL [rdkafka#consumer-1] [thrd:main]: …`); librdkafka's FAIL at level 3 from confluentinc/confluent-kafka-python issue #168",
		why:    "Python's comma-millisecond asctime first, the levelname padded to eight, then librdkafka's facility word and its client name in brackets: the facility (BROKER, MAXPOLL, FAIL) is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Debug, "", "2026-11-29 07:41:16,412 DEBUG    BROKER [rdkafka#consumer-1] [thrd:app]: kafka-2.lake.example:9092/bootstrap: Added new broker with NodeId -1"),
			we("2026-11-29T07:41:16.980Z", Info, "", "2026-11-29 07:41:16,980 INFO     CGRPJOINSTATE [rdkafka#consumer-1] [thrd:main]: Group \"invoice-sync\" changed join state init -> wait-broker (state up)"),
			we("2026-11-29T07:43:02.117Z", Warn, "", "2026-11-29 07:43:02,117 WARNING  MAXPOLL [rdkafka#consumer-1] [thrd:main]: Application maximum poll interval (300000ms) exceeded by 412ms (adjust max.poll.interval.ms for long-running message processing): leaving group"),
			we("2026-11-29T07:43:09.530Z", Error, "", "2026-11-29 07:43:09,530 ERROR    FAIL [rdkafka#consumer-1] [thrd:kafka-3.lake.example:9092/3]: kafka-3.lake.example:9092/3: Connect to ipv4#10.40.7.23:9092 failed: Connection refused (after 1ms in state CONNECT)"),
		},
	},
	{
		name:   "pika-example-log-format-level-first",
		source: "pika's documented asynchronous consumer example `LOG_FORMAT = ('%(levelname) -10s %(asctime)s %(name) -30s %(funcName) -35s %(lineno) -5d: %(message)s')` (gist.github.com/flopezluis copy of the pika docs example); pika's logger names (pika.adapters.utils.connection_workflow, io_services_utils) as kingfisher-collect issue #732 pastes them; the `Caller's stack:` traceback under the transport error from memory",
		why:    "the level comes first, padded to ten columns; the asctime after it; the logger name, function and a space-flagged line number as padded columns; an error's traceback belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO       2026-11-29 07:41:16,204 __main__                       connect                              228 : Connecting to amqp://orders-svc:******@mq-01.corp.example:5672/%2F"),
			we("2026-11-29T07:41:16.251Z", Info, "", "INFO       2026-11-29 07:41:16,251 pika.adapters.utils.connection_workflow _report_completion_and_cleanup       293 : AMQPConnectionWorkflow - reporting success: <SelectConnection OPEN transport=<pika.adapters.utils.io_services_utils._AsyncPlaintextTransport object at 0x7f3c1a2b9e50> params=<URLParameters host=mq-01.corp.example port=5672 virtual_host=/ ssl=False>>"),
			we("2026-11-29T07:41:44.917Z", Warn, "", "WARNING    2026-11-29 07:41:44,917 pika.adapters.base_connection  _on_stream_terminated                428 : Stream connection lost: ConnectionResetError(104, 'Connection reset by peer')"),
			we("2026-11-29T07:41:44.918Z", Error, "",
				"ERROR      2026-11-29 07:41:44,918 pika.adapters.utils.io_services_utils _on_socket_readable                  1045: _AsyncBaseTransport._consume() failed, aborting connection: error=ConnectionResetError(104, 'Connection reset by peer'); sock=<socket.socket fd=9, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=6, laddr=('10.40.2.31', 50918)>; Caller's stack:",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/pika/adapters/utils/io_services_utils.py", line 1042, in _on_socket_readable`,
				"    self._consume()",
				`  File "/usr/lib/python3/dist-packages/pika/adapters/utils/io_services_utils.py", line 1201, in _consume`,
				"    data = self._sigint_safe_recv(self._sock, self._MAX_RECV_BYTES)",
				"ConnectionResetError: [Errno 104] Connection reset by peer"),
		},
	},
	{
		name:   "paho-mqtt-golang-untimed-level-prefix-loggers",
		source: "eclipse-paho/paho.mqtt.golang's package loggers set as its README and PR #717 show (`mqtt.ERROR = log.New(os.Stdout, \"[ERROR] \", 0)`, `[CRITICAL] `, `[WARN]  `, `[DEBUG] `: flags 0, no time); the padded component tags `[client]   `, `[net]      `, `[pinger]   ` as eclipse-paho/paho.mqtt.golang issue #449 pastes them",
		why:    "no time at all: the level is the logger's bracketed prefix, then the library's component padded to a column; a dial error's address is a peer",
		entries: []worldEntry{
			we("", Debug, "", "[DEBUG] [client]   Connect()"),
			we("", Debug, "", "[DEBUG] [net]      connect started"),
			we("", Error, "", "[ERROR] [client]   dial tcp 10.40.9.5:1883: connect: connection refused"),
			we("", Warn, "", "[WARN]  [client]   failed to connect to broker, trying next"),
			we("", Critical, "", "[CRITICAL] [pinger]   pingresp not received, disconnecting"),
		},
	},
	{
		name:   "mqttnet-event-logger-sample-console",
		source: "dotnet/MQTTnet Samples/Diagnostics/Logger_Samples.cs (`$\">> [{args.LogMessage.Timestamp:O}] [{args.LogMessage.ThreadId}] [{args.LogMessage.Source}] [{args.LogMessage.Level}]: {args.LogMessage.Message}\"`, the exception's ToString on the lines below); MqttNetEventLogger.Publish sets `Timestamp = DateTime.UtcNow`; MqttNetLogLevel Verbose, Info, Warning, Error",
		why:    "the round-trip O time in UTC with seven fraction digits after `>> [`; the thread id and the source in brackets before the level word; an exception's lines belong to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1047732Z", Debug, "", ">> [2026-11-29T07:41:16.1047732Z] [4] [MqttClient] [Verbose]: Trying to connect with server 'mqtt.plant.example:1883' (Timeout=00:00:10)."),
			we("2026-11-29T07:41:16.2213409Z", Info, "", ">> [2026-11-29T07:41:16.2213409Z] [7] [MqttClient] [Info]: Connected."),
			we("2026-11-29T07:42:51.0098812Z", Warn, "",
				">> [2026-11-29T07:42:51.0098812Z] [9] [MqttClient] [Warning]: Communication error while receiving packets.",
				"MQTTnet.Exceptions.MqttCommunicationException: Connection reset by peer",
				" ---> System.Net.Sockets.SocketException (104): Connection reset by peer",
				"   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
				"   at MQTTnet.Implementations.MqttTcpChannel.ReadAsync(Byte[] buffer, Int32 offset, Int32 count, CancellationToken cancellationToken)",
				"   --- End of inner exception stack trace ---"),
			we("2026-11-29T07:43:01.5550274Z", Error, "", ">> [2026-11-29T07:43:01.5550274Z] [11] [MqttClient] [Error]: Error while connecting with server."),
		},
	},
	{
		name:   "paho-mqtt-java-simplelogformatter-jsr47",
		source: "eclipse-paho/paho.mqtt.java org/eclipse/paho/client/mqttv3/logging/SimpleLogFormatter.java (level name and a tab; `MessageFormat.format(\"{0, date, yy-MM-dd} {0, time, kk:mm:ss.SSSS} \")` and a tab; the source class cut to its last 19 characters when longer than 20, a tab and a space; the method left-justified to 23 and a tab; the thread id and a tab; the message; `Throwable occurred: ` and the stack trace under it)",
		why:    "the JUL level first, then a two-digit-year date and a time whose four-digit fraction is milliseconds zero-padded; tabs between columns; a cut class name; a stack trace belongs to its record",
		gap:    "the time's four-digit `SSSS` fraction is read as a decimal fraction of the second (.0412 as 41.2 ms, .0090 as 9 ms), though SimpleLogFormatter writes the milliseconds zero-padded to four digits (412 ms, 90 ms)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Debug, "", "FINE\t26-11-29 07:41:16.0412 \tnternal.ClientComms\t connect                \t1\tlab-gw-07: cleanSession=true connectionTimeout=30 keepAlive=60 userName=gw07 will=[null]"),
			we("2026-11-29T07:41:16.436Z", Trace, "", "FINER\t26-11-29 07:41:16.0436 \tnternal.CommsSender\t run                    \t18\tlab-gw-07: network send key=0 msg=CONNECT"),
			we("2026-11-29T07:42:17.090Z", Warn, "", "WARNING\t26-11-29 07:42:17.0090 \tnternal.ClientState\t checkForActivity       \t21\tlab-gw-07: no PINGRESP for 60,000 ms, lastOutboundActivity=1795938077090"),
			we("2026-11-29T07:42:47.105Z", Error, "",
				"SEVERE\t26-11-29 07:42:47.0105 \tnternal.ClientComms\t shutdownConnection     \t21\tlab-gw-07: connection lost",
				"Throwable occurred: java.net.ConnectException: Connection refused (Connection refused)",
				"\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
				"\tat java.net.Socket.connect(Socket.java:607)",
				"\tat org.eclipse.paho.client.mqttv3.internal.TCPNetworkModule.start(TCPNetworkModule.java:74)"),
		},
	},
	{
		name:   "mosquitto-sub-debug-client-lines-untimed",
		source: "mosquitto_sub -d printing libmosquitto's MOSQ_LOG_DEBUG lines through its log callback: `log__printf(mosq, MOSQ_LOG_DEBUG, \"Client %s sending CONNECT\", clientid)` in lib/send_connect.c (eclipse/mosquitto), and the received CONNACK/SUBACK/PUBLISH lines of the same family; the default `mosq-…` client id and the SUBSCRIBE options from memory",
		why:    "no time and no level on any line: each debug line and the `Subscribed (mid: 1): 0` callback line is a record of its own; the client id is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Client mosq-Qv7d2LmR0c9XkA4pEf sending CONNECT"),
			we("", Unknown, "", "Client mosq-Qv7d2LmR0c9XkA4pEf received CONNACK (0)"),
			we("", Unknown, "", "Client mosq-Qv7d2LmR0c9XkA4pEf sending SUBSCRIBE (Mid: 1, Topic: plant/+/temp, QoS: 0, Options: 0x00)"),
			we("", Unknown, "", "Client mosq-Qv7d2LmR0c9XkA4pEf received SUBACK"),
			we("", Unknown, "", "Subscribed (mid: 1): 0"),
		},
	},
	{
		name:   "nats-java-connect-trace-time-of-day",
		source: "nats-io/nats.java Options.traceConnection() output (`System.out.println(\"[\" + timeStr + \"] connect trace: \" + …)` with `DateTimeFormatter.ISO_TIME.format(LocalDateTime.now())`): nats-io/nats.java PR #1077 and PR #1076 review, issue #547 pasting `[07:01:00.298] connect trace: creating connection object` and `[07:01:00.33] connect trace: …`",
		why:    "only a time of day in brackets, local time with no zone; ISO_TIME drops trailing zeros of the fraction (.33 is 330 ms); no level; the server URI is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.298Z", Unknown, "", "[07:41:16.298] connect trace: creating connection object"),
			we("2026-11-29T07:41:16.324Z", Unknown, "", "[07:41:16.324] connect trace: creating executors"),
			we("2026-11-29T07:41:16.33Z", Unknown, "", "[07:41:16.33] connect trace: connection object created"),
			we("2026-11-29T07:41:16.331Z", Unknown, "", "[07:41:16.331] connect trace: trying to connect to nats://nats-2.corp.example:4222"),
			we("2026-11-29T07:41:16.402Z", Unknown, "", "[07:41:16.402] connect trace: starting connection attempt, 29.929 (s) remaining"),
		},
	},
	{
		name:   "dart-mqtt-client-mqttlogger-clientid-prefix",
		source: "shamblett/mqtt_client lib/src/utility/mqtt_client_logger.dart (`print('${clientId.toString()}-$now -- $message')` with `DateTime.now()`); the lines and the sendMessage packet dump (Header, Connect Variable Header, the payload line) as shamblett/mqtt_client issues #577, #113 and #170 paste them",
		why:    "a client number and a dash glued before Dart's `yyyy-MM-dd HH:mm:ss.ffffff` local time, then ` -- `; no level; a sent packet's dump prints on the lines after its line in the same call",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.713817Z", Unknown, "", "1-2026-11-29 07:41:16.713817 -- Authenticating with username '{gw-hall3}' and password '{********}'"),
			we("2026-11-29T07:41:16.718487Z", Unknown, "", "1-2026-11-29 07:41:16.718487 -- MqttClient::connect - Connection timeout period is 5000 milliseconds"),
			we("2026-11-29T07:41:16.760947Z", Unknown, "",
				"1-2026-11-29 07:41:16.760947 -- MqttConnectionHandlerBase::sendMessage - MQTTMessage of type MqttMessageType.connect",
				"Header: MessageType = MqttMessageType.connect, Duplicate = false, Retain = false, Qos = MqttQos.atMostOnce, Size = 0",
				"Connect Variable Header: ProtocolName=MQTT, ProtocolVersion=4, ConnectFlags=Connect Flags: Reserved1=false, CleanStart=true, WillFlag=false, WillQos=MqttQos.atMostOnce, WillRetain=false, PasswordFlag=true, UserNameFlag=true, KeepAlive=60",
				"MqttConnectPayload - client identifier is : hall3-gateway-7c2e"),
			we("2026-11-29T07:41:16.884201Z", Unknown, "", "1-2026-11-29 07:41:16.884201 -- SynchronousMqttServerConnectionHandler::internalConnect exited with state Connection status is connected with return code connectionAccepted"),
		},
	},
}

func TestFresh775Formats(t *testing.T) { assertTable(t, fresh775Cases) }
func TestFresh775Score(t *testing.T) {
	checkScore(t, "fresh775 formats", fresh775Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
