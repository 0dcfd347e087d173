package parse

import "bytes"

// The JSON parser is a single iterative pass over one object: no recursion (a line of 100,000
// nested brackets costs a counter, not a stack), no allocation, and strings are only located, not
// decoded, unless they are the message and contain escapes. Anything that is not one well-formed
// object is reported as not JSON so that the caller falls back to another format and the line is
// kept as text. A container nested deeper than maxJSONDepth is checked and read past (see
// deepValueEnd), its keys giving the record nothing.

// maxJSONDepth bounds the nesting taken apart; log objects rarely go past 5 levels, and a fixed
// bound lets the container stack be a small fixed bit set inside the Parser.
const maxJSONDepth = 256

// maxKeyPath is how many levels of keys are remembered to match dotted names such as log.level,
// and OpenTelemetry's records under resourceLogs.scopeLogs.logRecords with their attributes.
const maxKeyPath = 10 // resourceLogs [ { scopeLogs [ { logRecords [ { attributes [ { value { stringValue

// otlpRecord is where OTLP JSON (the OpenTelemetry Collector's file exporter, one export batch a
// line) keeps a log record's keys; a line holds one batch, and its first record's keys count.
const otlpRecord = "resourceLogs.scopeLogs.logRecords."

// jsonRole is what a known key means for the record.
type jsonRole uint8

const (
	roleNone jsonRole = iota
	roleLevel
	roleMessage
	roleTime
	roleHost
	rolePriority // a syslog severity number, 0 emergency … 7 debug: journald's PRIORITY
	numRoles
)

// jsonKeyRole classifies a (possibly dotted) key path. The rank orders aliases of one role: when a
// line has both, the lower rank wins (a rendered "@m" beats the template "@mt"); equal ranks keep the
// first occurrence, so a duplicated key keeps its first value.
func jsonKeyRole(key []byte) (jsonRole, int) {
	switch string(key) {
	case "level", "lvl", "severity", "log.level", "@l", "@level", "loglevel", "Level", "log_level", "LogLevel", // @level: go-hclog; LogLevel: .NET's JSON console
		"@fields.level",  // Monolog 1's Logstash V0: its number, 100-600
		"error_severity", // PostgreSQL's jsonlog
		roarrLevel:       // Roarr's: pino's and bunyan's numbers, inside the record's context
		return roleLevel, 0
	case "levelname", "level_name", "severity_text", "severityText", "Severity", "SeverityName", "LevelDisplayName", "levelName", // levelName: Audiobookshelf's, beside its own numbers
		"severityName", "tags.severity", "_severity", // Cribl's syslog events, Telegraf's syslog input, a GELF field of Vector's
		"tags.LevelText",                             // Telegraf's win_eventlog input: Information, Warning, Error, Critical
		"severity_label", "log.syslog.severity.name", // Logstash's syslog input, ECS
		"messageType",                     // Apple's log show --style ndjson
		"level.name", "record.level.name", // a level object with its name: loguru's serialize=True
		"level_",       // OpenHarmony's hisysevent: its system keys end in an underscore
		"trace_rating": // Huawei Cloud's CTS traces: normal, warning, incident
		return roleLevel, 1
	case "s": // MongoDB's F, E, W, I
		return roleLevel, 2
	case "priority", // rsyslog's StdJSONFmt writes the severity's name; a number there is a job's or a ticket's
		"pri", // CEE's (OpenSIPS's and libvirt's "@cee:" objects): a name; a number there is a PRI or a ticket's
		"sev", // katip's JSON scribe writes names; a scanner's or an alert's number there is its own scale
		"L":   // zap's development encoder: L, T, M, N, C
		return roleLevel, wordsOnlyRank
	case "label": // MySQL's JSON error log: Error, Warning, Note, System beside its own prio
		return roleLevel, labelRank
	case "PRIORITY",
		"syslogseverity": // rsyslog's %jsonmesg%
		return rolePriority, 0
	case "msg", "message", "@m", "@message", "MESSAGE", "Message", "RenderedMessage":
		return roleMessage, 0
	case "event", "@mt", "short_message", "MessageTemplate", "M",
		"textPayload", "eventMessage": // Google Cloud Logging's entries, Apple's unified log as JSON
		return roleMessage, 1
	case "log", // the Docker json-file driver keeps the line under "log"
		"Log": // Azure Container Apps' log stream: {"TimeStamp": …, "Log": "…"}
		return roleMessage, dockerLogRank
	case "contents": // MongoDB's Kubernetes launcher: {"logType":"mongodb","contents":"…"}
		return roleMessage, contentsRank
	case "Output", // go test -json's output events
		"line": // Loki's entries as logcli and Promtail write them: {"labels":{…},"line":"…","timestamp":…}
		return roleMessage, 3
	case "time", "ts", "timestamp", "@timestamp", "@t", "t", "Timestamp", "__REALTIME_TIMESTAMP", "t.$date", "ts.$date", // ts.$date: MongoDB's audit log
		"TimeStamp", // Azure Container Apps' log stream
		"tm",        // Windscribe's Android app: {"tm":"2026-11-29 07:41:20.890","lvl":"info",…}
		otlpRecord + "timeUnixNano":
		return roleTime, 0
	case otlpRecord + "severityText":
		return roleLevel, 1
	case otlpRecord + "severityNumber", "severityNumber":
		return roleLevel, 2 // below severityText's name, as a number is
	case otlpRecord + "body.stringValue":
		return roleMessage, 0
	case otlpRecord + "observedTimeUnixNano", "observedTimeUnixNano": // when the collector saw it: below the record's own
		return roleTime, 2
	case "Event.System.TimeCreated.#attributes.SystemTime", "Event.System.TimeCreated.@SystemTime": // a Windows event's XML as JSON
		return roleTime, 0
	case "Event.System.Level":
		return roleLevel, 0
	case "asctime", "datetime", "date", "time_local", "timestamp.seconds", "DATE", "ISODATE", // Google's {seconds, nanos}; syslog-ng's macros
		"timestampSeconds",                                                             // Google Cloud's structured logging as Zeebe and Camunda 8 write it, its nanoseconds beside
		"EventTime", "unixTime", "eventTime", "TimeCreated", "calendarTime", "evtTime", // nxlog, osquery, Windows exports, Ranger's audit
		"event-time",                                                    // the OCI CLI's kebab-case audit events
		"timeMillis", "instant.epochSecond", "requestReceivedTimestamp", // log4j2's JsonLayout, Kubernetes audit events
		"timereported",          // rsyslog's StdJSONFmt: the time the sender wrote
		"ibm_datetime",          // Open Liberty's JSON log events
		"utc_time",              // OpenCanary's
		"_time", "timeUnixNano", // Splunk's and Cribl's events, OpenTelemetry's log records
		"transaction.time_stamp",     // ModSecurity 3's JSON audit log
		"transaction.time",           // ModSecurity 2's: Apache's time with microseconds
		"gm_time",                    // 389 Directory Server's JSON audit log
		"eventtime",                  // FortiOS's JSON format: the event's epoch, in nanoseconds on 7.x
		"time_",                      // OpenHarmony's hisysevent, in milliseconds
		"date_time", "date_time_utc", // ClickHouse's JSON logger: an epoch with microseconds, and the UTC second
		"event_time_microseconds", // ClickHouse's system log tables exported (text_log, query_log)
		"Datetime",                // Cloudflare's Logpush datasets (firewall events, Gateway)
		"httpMessage.start",       // Akamai's SIEM events: the request's start, Unix seconds in a string
		"time_received_ns",        // goflow2's flows: when the collector received them
		"unix",                    // uWSGI's JSON encoder's ${unix}
		"Time":                    // go test -json's test events
		return roleTime, 1
	case "timegenerated", // and the time rsyslog received it
		"event_time",                            // ClickHouse's system log tables: the second, below its microseconds
		"arrival_time",                          // Postfix's postqueue -j: when the message entered the queue
		"T",                                     // zap's development encoder
		"at",                                    // katip's JSON scribe
		"trace.emitted_at", "record.emitted_at", // the Airbyte protocol's messages: epoch milliseconds
		"published",                  // Okta's System Log, Activity Streams' objects
		"id.time",                    // Google Workspace's activities (the Reports API)
		"metadata.eventCreationTime", // CrowdStrike's SIEM connector: epoch milliseconds
		"started_at",                 // Kong's file-log and http-log plugins: when the request came
		"local_time",                 // 389 Directory Server's JSON logs: the server's clock, below a UTC time beside it
		"Created", "created",         // Redfish's LogEntry; python-json-logger's epoch
		"Submission Time", "Completion Time", // Spark's event log: a job's start and end, epoch milliseconds
		"reqTimeSec": // Akamai DataStream 2: the request's epoch with milliseconds, in a string
		return roleTime, 2
	case "start_time", "time_start", // Envoy's JSON access log, Fastly's: when the request came; a job's or a period's start elsewhere
		"starttime",                 // ProxySQL's JSON events log: a query's or a session's start
		"startedTime", "start-time", // an application's or a job's in YARN's and Flink's REST APIs (a record's "startTime" is another thing's as often)
		"when",           // InterSystems IRIS's structured log; a reminder's or a schedule's time elsewhere
		"@end", "@start": // Slurm's jobcomp records (elasticsearch, kafka): written at the job's end
		return roleTime, suffixRank + 1 // below every other time, and only a plausible one
	case "logsource": // Logstash's syslog input: the header's host, where "host" is the sender's address
		return roleHost, -1
	case "host", "hostname", "host.name", "host.hostname", "_HOSTNAME", "Hostname", "HOSTNAME", "HostName", "HOST": // HOST: syslog-ng's format-json
		return roleHost, 0
	case "hostIdentifier", "computer_name", "ComputerName", "Computer", "MachineName", "host_name", "source_host", "syslog_hostname",
		"hostName", "server_host", // Tracee's events, iRODS's JSON log
		"submithost",                        // sudo's JSON logs: the machine the command ran on
		"utsname_hostname",                  // Ceph's crash reports (ceph crash info): the machine that crashed
		"devname",                           // FortiOS's JSON format: the appliance's name
		"Hostname.value", "kubernetes.host", // osquery, Windows event exports, Logstash
		"observer.hostname", "firewall_name", // the appliance that logged: ECS's observer, AWS Network Firewall
		"agentHost",                    // the plugin's host in Ranger's audit events (a cluster's node name is none)
		"tags.hostname", "labels.host", // Telegraf's syslog input, Loki's stream labels (logcli --output=jsonl)
		"tags.Computer",                               // Telegraf's win_eventlog input: the machine that logged the event
		"sysloghost",                                  // rsyslog's JSON templates for Logstash: %hostname%
		"Event.System.Computer",                       // a Windows event's XML as JSON (evtx_dump, xmltodict)
		"source.host",                                 // a Kubernetes event's reporting node (kubelet's)
		"properties.DeviceName", "event.ComputerName", // Microsoft Defender's streamed events, CrowdStrike's detections
		"@source",        // Monolog 1's Logstash V0: gethostname(); its @source_host is the request's server name
		"extra.hostname", // Monolog's HostnameProcessor, beside the record's context
		"labels.compute.googleapis.com/resource_name": // Google Cloud Logging: the VM or node that sent the entry
		return roleHost, 1
	case "agent.hostname", "beat.hostname", // the collector that shipped the event, when nothing names its origin
		"fromhost",  // rsyslog's StdJSONFmt: the sender, maybe a relay
		"node_name": // the Kubernetes node an agent's event comes from (Tetragon's)
		return roleHost, 2
	case "tags.host": // the Telegraf agent that gathered a metric or an event, below any other name
		return roleHost, 3
	}
	return roleNone, 0
}

// roleKeyStart marks the first bytes of the keys jsonKeyRole knows.
var roleKeyStart = func() (t [256]bool) {
	for _, c := range "lsPmMRetT_adh@LHcCbkESuriDIfpongOw" {
		t[c] = true
	}
	return t
}()

// jsonState is the scanner's per-line state; it lives on the stack of parseJSON.
type jsonState struct {
	rec      *Record
	ranks    [numRoles]int // best rank seen per role, noRank while none
	path     [maxKeyPath]Span
	levelNum int  // the number the level was read from under a "level" key, -1 when it was not
	gelf     bool // the object has GELF's short_message, whose level is a syslog severity
	facility bool // the object has a syslog facility's number, beside which a level of 0 to 7 is a severity
	clef     int  // CLEF's @t and @mt (or @m) seen, one bit each: an event without @l is Information
	seconds  bool // the time came from whole seconds whose nanoseconds a sibling key holds
	request  int  // a request's method and its uri or path seen, one bit each (see parseJSON)
	hostKey  bool // the host came from a key named "host"
	referer  Span // a top-level referer's value, with its quotes (see siteHost)
	// otherHost is the best host under a key other than "host", and otherRank its rank.
	otherHost Span
	otherRank int
	kibana    bool  // the record is of one of Kibana's types (see kibanaType)
	tagLevel  Level // the level among its tags (see tagsLevel)
	// pri is a syslog PRI under "pri", ident whether an "ident" key was seen: Fluent Bit's
	// syslog parser keeps a message's PRI, host and program so (see parseJSON); pri is -1 for
	// none.
	pri   int
	ident bool
	// otlpHost says the OTLP attribute being read names the host (see jsonValue).
	otlpHost bool
	// nestedHost is a host one object down, under "log" (see nestedRole), and nestedTime whether
	// the record's time came from there too.
	nestedHost Span
	nestedTime bool
	// day and clock are a date alone under "date" and a time of day alone under "time", which
	// together are the record's time when no key holds a whole one (see dayOrClock); clock is -1
	// for none.
	day, clock int64
	// klog is what Kubernetes' component-base JSON writes instead of a level, one bit each: a
	// "caller", a verbosity under "v" (InfoS), an "err" (ErrorS), its epoch under "ts". See
	// parseJSON.
	klog int
}

// dayOrClock keeps a date alone ("2026-11-29") under "date" or a time of day alone ("07:41:16",
// with a fraction or not) under "time", as CloudFront's standard logs in JSON write them, in UTC.
func (st *jsonState) dayOrClock(key, v []byte) {
	if len(v) < 10 || v[0] != '"' || v[len(v)-1] != '"' {
		return
	}
	v = v[1 : len(v)-1]
	if string(key) == "date" {
		if len(v) == 10 && isoDateAt(v, 0) {
			y, _ := digits(v, 0, 4)
			m, _ := digits(v, 5, 2)
			d, _ := digits(v, 8, 2)
			if t, ok := unixNano(y, m, d, 0, 0, 0, 0, 0); ok {
				st.day = t
			}
		}
		return
	}
	var d dateTime
	if e, ok := readClock(v, 0, &d); ok && e == len(v) && bytes.Count(v, []byte{':'}) == 2 { // with its seconds
		st.clock = (int64(d.hour)*3600+int64(d.min)*60+int64(d.sec))*nsPerSec + d.nsec
	}
}

// nestedHostRank marks a host one object down, kept aside until the record's time says whether
// the record is there (see parseJSON).
const nestedHostRank = 9

// trimLineEnd returns b without the line ends that close it.
func trimLineEnd(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// mysqlLabel reports whether a "label" value is one of the words MySQL's JSON error log labels
// its levels with, capitalized as it writes them.
func mysqlLabel(v []byte) bool {
	switch string(v) {
	case `"Error"`, `"Warning"`, `"Note"`, `"System"`:
		return true
	}
	return false
}

// dockerLogRank is the rank of the message under "log", where Docker's json-file driver keeps a
// container's line whole; contentsRank the rank of a wrapper's "contents", which is a file's text
// as often as a line a launcher wrapped (see wrappedTime).
const (
	dockerLogRank = 2
	contentsRank  = 4
)

// roarrLevel is Roarr's level key, which counts only with a number.
const roarrLevel = "context.logLevel"

// noRank is the rank of a role no key has filled yet.
const noRank = 99

// wordsOnlyRank is the rank of a level key whose value counts only as a level's name ("priority"):
// below any other level key, a number under one included.
const wordsOnlyRank = 2 + numberRank + 1

// labelRank is the rank of "label", a level's name only as MySQL writes its labels (see
// mysqlLabel), below every other level key.
const labelRank = wordsOnlyRank + 2

// numberRank is added to the rank of a level written as a number: a word under another key
// ("level_name":"INFO", "LevelDisplayName":"Information") says the same without a scale to guess.
const numberRank = 3

// newJSONState is the state of a walk over a JSON record that fills rec.
func newJSONState(rec *Record) jsonState {
	return jsonState{rec: rec, ranks: [numRoles]int{noRank, noRank, noRank, noRank, noRank, noRank}, levelNum: -1, otherRank: noRank, pri: -1, clock: -1}
}

// salvageJSON reads what a JSON record that does not parse says before the point where it
// breaks: a record cut when its writer was killed, the restarted process's first record glued
// after it (zap's, any JSON logger's), or one a hand mangled. The keys read up to there give the
// line its time, level and host when a time is among them; without one they are a payload's.
func (p *Parser) salvageJSON(line []byte, rec *Record) {
	var cut Record
	st := newJSONState(&cut)
	guessed := p.jsonGuessed
	p.walkJSON(line, skipWS(line, 0), &st)
	p.jsonGuessed = guessed
	if cut.Time == 0 {
		return
	}
	rec.Time = cut.Time
	if cut.Level != Unknown {
		rec.Level = cut.Level // the record's own key, over a word of its message
	}
	if rec.Host.End == 0 && cut.Host.End <= int32(len(line)) {
		rec.Host = cut.Host
	}
}

// parseJSON parses one JSON object line into rec, which is undefined when it returns false.
func (p *Parser) parseJSON(line []byte, rec *Record) bool {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	*rec = Record{Format: FormatJSON}
	p.jsonGuessed = false
	st := newJSONState(rec)
	if !p.walkJSON(line, i, &st) {
		return false
	}
	if (st.gelf || st.facility && st.levelNum <= 7) && st.levelNum >= 0 && st.ranks[roleLevel] >= numberRank {
		// GELF's level is "the standard syslog level"; so is a level beside a syslog facility's
		// number, as syslog sources write records to Kafka: {"facility":4,"level":6,…}.
		rec.Level = LevelFromSyslog(st.levelNum)
	}
	if st.clef == 3 && st.ranks[roleLevel] == noRank {
		rec.Level = Info // Serilog's compact format leaves @l out for its default level
	}
	if rec.Time == 0 && hasPrefixAt(line, 0, laurelID) {
		rec.Time = p.auditEventTime(line[len(laurelID):])
	}
	if rec.Time == 0 && st.day != 0 && st.clock >= 0 {
		rec.Time = st.day + st.clock // a date and a time of day in keys of their own, UTC's as CloudFront writes them
	}
	if rec.Host.End == 0 && st.nestedTime && st.nestedHost.End > 0 {
		rec.Host = st.nestedHost // the record is one object down, its time and host with it
	}
	if rec.Host.End > 0 && st.referer.End > 0 && siteHost(rec.Host.Of(line), st.referer.Of(line)) {
		// A web event's record: its host is the site whose page the referer names (Open edX's
		// tracking log), not a machine; Logstash's shipper host beside a grokked referrer is one.
		// Another key naming the machine still does.
		rec.Host = st.otherHost
	}
	if st.hostKey && st.otherRank <= 1 && ipv4(rec.Host.Of(line)) && headerName(st.otherHost.Of(line)) {
		// A syslog receiver's record (Vector's, Logstash's): "host" is the address the message came
		// from, and the name its header gave stands beside it. (A collector's own name, ranked
		// below, does not; nor does a device's placeholder.)
		rec.Host = st.otherHost
	}
	if st.hostKey && st.request == 3 {
		// A request's record: its "host" is the Host header asked for (Echo's logger), not the
		// machine; another key naming the machine still does.
		rec.Host = st.otherHost
	}
	if st.ranks[roleMessage] == noRank {
		rec.Message = Span{0, int32(len(line))}
		rec.Unescaped = nil
	} else if st.ranks[roleLevel] == noRank && rec.Level == Unknown && !p.inner && !(st.kibana && st.tagLevel != Unknown && !upperOpening(line, rec)) {
		// (Kibana's records name their level among their tags, read below: over a message that
		// opens with an exception's name, `"tags":["fatal","root"],…,"message":"Error: Port 5601
		// …"` is fatal; a level the message marks in capitals, "ERROR: disk full", is its own.)
		msg := messageText(line, rec)
		if bytes.IndexByte(msg, 0x1b) >= 0 {
			// A console's colours, kept by Docker's json-file as "\u001b[31m": the message is
			// its text without them, as a coloured line's is (see parseColoured).
			p.colourMsg, _ = withoutColour(p.colourMsg[:0], nil, msg, false, true)
			msg, rec.Unescaped = p.colourMsg, p.colourMsg
		}
		rec.Level = p.nestedLevel(msg, false) // Docker's {"log":"2026/11/29 07:41:16 [error] …"}
		if rec.Level == Unknown {
			rec.Level = markedOpening(msg) // {"log":"warning: disk almost full\n",…}
		}
		if rec.Level == Unknown && (st.ranks[roleMessage] == dockerLogRank || st.ranks[roleMessage] == contentsRank || wrappedRecord(msg)) {
			rec.Level = p.innerLevel(msg)
		}
		p.jsonGuessed = rec.Level != Unknown
	}
	if rec.Time == 0 && (st.ranks[roleMessage] == dockerLogRank || st.ranks[roleMessage] == contentsRank || st.ranks[roleMessage] == 0 && wrappedRecord(messageText(line, rec))) && !p.inner {
		// A wrapper with no time of its own around a timed line.
		rec.Time = p.wrappedTime(rec, line, st.ranks[roleMessage] == contentsRank)
	}
	if rec.Level == Unknown && st.kibana {
		rec.Level = st.tagLevel
	}
	if st.klog&(klogCaller|klogEpoch) == klogCaller|klogEpoch && (rec.Level == Unknown || st.ranks[roleLevel] == keyWordRank) {
		// Kubernetes' components with --logging-format=json write no level: InfoS a verbosity,
		// ErrorS an "err" and none. An event's "type":"Warning" in an InfoS record is the event's.
		switch {
		case st.klog&klogVerbosity != 0:
			rec.Level = Info
		case st.klog&klogErr != 0 && st.ranks[roleLevel] == noRank:
			rec.Level = Error
		}
	}
	if rec.Level == Unknown && st.ident && st.pri >= 0 && rec.Host.End > 0 {
		rec.Level = LevelFromSyslog(st.pri & 7) // Fluent Bit's syslog parser: {"pri":"30",…,"ident":"smbd",…}
	}
	return true
}

// wrappedRecord reports whether a message is a record of its own that a wrapper without a time
// or a level carries: a JSON object or a logfmt line, as stern's JSON output keeps a pod's line
// under "message" ({"message":"time=… level=INFO msg=…","podName":…}).
func wrappedRecord(msg []byte) bool {
	return len(msg) > 8 && (msg[0] == '{' || logfmtKeyAt(msg, 0))
}

// wrappedTime is the time that opens the line a JSON wrapper carries as its message, alone or in
// brackets ("[2026-11-29T07:41:16.537+0000] [.info] …"), or the time of the JSON record it
// carries; 0 when it opens with none. Under "contents" (bracketed), only a bracketed time or a
// record counts: a file's text that opens with a date is no line's.
func (p *Parser) wrappedTime(rec *Record, line []byte, bracketed bool) int64 {
	msg := messageText(line, rec)
	if (len(msg) > 0 && msg[0] == '{') || logfmtKeyAt(msg, 0) {
		inner, _ := p.innerRecord(msg)
		return inner.Time
	}
	if st, ok := locate(msg[:min(len(msg), 48)], p.nowNano(), &p.wall); ok && st.kind == stampDate && (st.start == 0 && !bracketed || st.start == 1 && msg[0] == '[') {
		return st.t
	}
	return 0
}

// jsonStack records, for each open container, whether it is an array.
type jsonStack struct {
	depth int
	arr   [maxJSONDepth / 64]uint64
}

func (s *jsonStack) inArray() bool {
	d := s.depth - 1
	return s.arr[d>>6]&(1<<(d&63)) != 0
}

// walkJSON validates the object starting at line[i] == '{' and feeds every scalar value with its
// key path to st. It returns false on any syntax error, excess depth or trailing garbage.
func (p *Parser) walkJSON(line []byte, i int, st *jsonState) bool {
	var stk jsonStack
	for {
		// At the top of the loop a value is expected at line[i].
		i = skipWS(line, i)
		if i >= len(line) {
			return false
		}
		needValue, ok := false, false
		if c := line[i]; c == '{' || c == '[' {
			i, needValue, ok = p.openJSON(line, i, &stk, st)
		} else {
			i, ok = p.scalarJSON(line, i, &stk, st)
		}
		if !ok {
			return false
		}
		if needValue {
			continue
		}
		var done bool
		if i, done, ok = p.afterJSONValue(line, i, &stk, st); !ok || done {
			return ok
		}
	}
}

// openJSON enters the container at line[i]. needValue is true when a value follows (a non-empty
// array, or an object whose first key was read); an empty container counts as a complete value.
func (p *Parser) openJSON(line []byte, i int, stk *jsonStack, st *jsonState) (next int, needValue, ok bool) {
	c, d := line[i], stk.depth
	if d >= maxJSONDepth {
		// Read past, not taken apart: a field nested this deep must not make the record's own
		// keys (its level, its time) count for nothing.
		end, ok := deepValueEnd(line, i)
		return end, false, ok
	}
	if c == '[' {
		stk.arr[d>>6] |= 1 << (d & 63)
		if d < maxKeyPath {
			st.path[d] = Span{-1, -1} // elements of an array have no key
		}
	} else {
		stk.arr[d>>6] &^= 1 << (d & 63)
	}
	stk.depth++
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == c+2 { // '{'+2 == '}', '['+2 == ']'
		stk.depth--
		return i + 1, false, true
	}
	if c == '[' {
		return i, true, true
	}
	i, ok = p.jsonKey(line, i, stk.depth, st)
	return i, true, ok
}

// deepValueEnd checks the container at line[i] by JSON's grammar, without a bound on its nesting
// and without recursion, and returns the index after it.
func deepValueEnd(line []byte, i int) (int, bool) {
	var open []byte // the closing bracket of each container open
	const (
		wantValue = iota
		wantKey
		wantNext
	)
	state := wantValue
	for {
		i = skipWS(line, i)
		if i >= len(line) {
			return 0, false
		}
		c := line[i]
		switch state {
		case wantValue:
			switch c {
			case '{', '[':
				open = append(open, c+2) // '{'+2 == '}', '['+2 == ']'
				i = skipWS(line, i+1)
				switch {
				case i < len(line) && line[i] == c+2:
					open = open[:len(open)-1]
					i, state = i+1, wantNext
					if len(open) == 0 {
						return i, true // an empty container, the whole value
					}
				case c == '{':
					state = wantKey
				}
				continue
			case '"':
				end, _, ok := stringEnd(line, i)
				if !ok {
					return 0, false
				}
				i, state = end, wantNext
			default:
				end, ok := scalarEnd(line, i)
				if !ok {
					return 0, false
				}
				i, state = end, wantNext
			}
		case wantKey:
			if c != '"' {
				return 0, false
			}
			end, _, ok := stringEnd(line, i)
			if i = skipWS(line, end); !ok || i >= len(line) || line[i] != ':' {
				return 0, false
			}
			i, state = i+1, wantValue
		case wantNext:
			top := open[len(open)-1]
			switch {
			case c == ',' && top == '}':
				i, state = i+1, wantKey
			case c == ',':
				i, state = i+1, wantValue
			case c == top:
				open, i = open[:len(open)-1], i+1
			default:
				return 0, false
			}
		}
		if state == wantNext && len(open) == 0 {
			return i, true
		}
	}
}

// scalarJSON reads the scalar at line[i] and applies it when it sits under a known key.
func (p *Parser) scalarJSON(line []byte, i int, stk *jsonStack, st *jsonState) (int, bool) {
	end, ok := scalarEnd(line, i)
	if !ok {
		return 0, false
	}
	if stk.depth > 0 && stk.depth <= maxKeyPath && !stk.inArray() {
		p.jsonValue(line, i, end, stk.depth, st)
	} else if stk.depth == 2 && st.tagLevel == Unknown && string(st.path[0].Of(line)) == "tags" {
		st.tagLevel = tagsLevel(line[i:end])
	}
	return end, true
}

// markedOpening reads the level a container's line opens with when it marks it as one, in
// brackets or with its colon ("[WARN] cache miss", "warning: disk almost full"), as a text line's
// is read; a word of prose is none.
func markedOpening(msg []byte) Level {
	s, e := nextToken(msg, 0)
	if e-s < 3 || s != 0 || msg[0] != '[' && msg[e-1] != ':' {
		return Unknown
	}
	lvl, _ := levelToken(msg[:e], true)
	return lvl
}

// tagsLevel reads the level a record writes as one of its tags, as Kibana's and OpenSearch
// Dashboards' JSON logs do (`"type":"log",…,"tags":["warning","plugins"]`, `["status",
// "plugin:x","error"]`): a tag that is, whole and in lower case, a word of the loggers' own
// scale. Words that are tags as often as levels (alert, notice) are left alone. It counts only
// in a record of Kibana's types (see kibanaType), and below any level the record names otherwise.
func tagsLevel(v []byte) Level {
	if len(v) < 2 || v[0] != '"' {
		return Unknown
	}
	switch string(v[1 : len(v)-1]) {
	case "trace":
		return Trace
	case "debug":
		return Debug
	case "info":
		return Info
	case "warn", "warning":
		return Warn
	case "error":
		return Error
	case "fatal", "critical":
		return Critical
	}
	return Unknown
}

// extendedDateRole is the time role of a date in MongoDB's extended JSON, as mongoexport and the
// tools that keep its types write one: {"datetime":{"$date":1795938076000}}, canonically
// {"$date":{"$numberLong":"1795938076000"}}, is the time its key names.
func (st *jsonState) extendedDateRole(key []byte) (jsonRole, int) {
	key = bytes.TrimSuffix(key, dollarNumberLong)
	if !bytes.HasSuffix(key, dollarDate) {
		return roleNone, 0
	}
	parent := key[:len(key)-len(dollarDate)]
	if r, k := jsonKeyRole(parent); r == roleTime {
		return r, k
	}
	if r, k := timeKeyBySuffix(parent); r == roleTime && st.ranks[roleTime] > suffixRank {
		return r, k // {"createdAt":{"$date":…}}
	}
	return roleNone, 0
}

// dollarDate closes the path of a date in MongoDB's extended JSON.
var dollarDate, dollarNumberLong = []byte(".$date"), []byte(".$numberLong")

// The bits of jsonState.klog.
const (
	klogCaller = 1 << iota
	klogVerbosity
	klogErr
	klogEpoch // "ts" holds a number: the epoch in milliseconds
)

// keyWordRank is the rank of a level read from a key that holds other things too, "status" or
// "type", and only in the exact words one writer uses there: below every level key's.
const keyWordRank = labelRank + 1

// keyWordLevel takes lvl, read from a top-level key that holds other things too ("type",
// "status", "event_type"), as the record's level when no key named for a level gave one.
func (st *jsonState) keyWordLevel(lvl Level) {
	if lvl != Unknown && keyWordRank < st.ranks[roleLevel] {
		st.rec.Level, st.ranks[roleLevel] = lvl, keyWordRank
	}
}

// datadogStatus maps Datadog's status, a log's level in its own lower-case names, to a level; an
// outcome ("SUCCESS", "failed", "ok") names none. Its names are the tags' (see tagsLevel) and
// syslog's three more.
func datadogStatus(v []byte) Level {
	switch string(v) {
	case `"emergency"`:
		return Emergency
	case `"alert"`:
		return Alert
	case `"notice"`:
		return Notice
	}
	return tagsLevel(v)
}

// eventType maps a Kubernetes event's type, Normal or Warning as the API spells them, to a level;
// any other type names no level.
func eventType(v []byte) Level {
	switch string(v) {
	case `"Normal"`:
		return Info
	case `"Warning"`:
		return Warn
	}
	return Unknown
}

// classicEventType maps the type of a Windows event read through the classic event log API, as
// Fluentd's in_windows_eventlog names it, to a level; its audit types and another product's event
// types ("alert", "flow") name none.
func classicEventType(v []byte) Level {
	switch string(v) {
	case `"information"`:
		return Info
	case `"warning"`:
		return Warn
	case `"error"`:
		return Error
	}
	return Unknown
}

// kibanaType reports whether a record's top-level "type" is one of the kinds Kibana's and
// OpenSearch Dashboards' legacy JSON log writes, whose tags hold the level.
func kibanaType(v []byte) bool {
	switch string(v) {
	case `"log"`, `"response"`, `"ops"`, `"error"`:
		return true
	}
	return false
}

// afterJSONValue consumes separators and closing brackets after a value. done is true when the
// top-level object closed (ok then says whether only blanks follow).
func (p *Parser) afterJSONValue(line []byte, i int, stk *jsonStack, st *jsonState) (next int, done, ok bool) {
	for {
		if stk.depth == 0 {
			return i, true, objectLineEnd(line, i)
		}
		i = skipWS(line, i)
		if i >= len(line) {
			return 0, true, false
		}
		switch c, arr := line[i], stk.inArray(); {
		case c == ',' && arr:
			return i + 1, false, true
		case c == ',':
			i, ok = p.jsonKey(line, skipWS(line, i+1), stk.depth, st)
			return i, !ok, ok
		case (c == '}' && !arr) || (c == ']' && arr):
			stk.depth--
			i++
		default:
			return 0, true, false
		}
	}
}

// objectLineEnd reports whether nothing but blanks follows a line's object at line[i], or the comma
// after an element of an array written one a line (MySQL's JSON audit log, "{ … },").
func objectLineEnd(line []byte, i int) bool {
	i = skipWS(line, i)
	if i < len(line) && line[i] == ',' {
		i = skipWS(line, i+1)
	}
	return i == len(line)
}

// jsonKey reads `"key" :` at line[i] inside an object at the given depth, remembers the key in the
// path, and returns the index of the value.
func (p *Parser) jsonKey(line []byte, i, depth int, st *jsonState) (int, bool) {
	if i >= len(line) || line[i] != '"' {
		return 0, false
	}
	end, _, ok := stringEnd(line, i)
	if !ok {
		return 0, false
	}
	if depth <= maxKeyPath {
		st.path[depth-1] = Span{int32(i + 1), int32(end - 1)}
	}
	i = skipWS(line, end)
	if i >= len(line) || line[i] != ':' {
		return 0, false
	}
	return i + 1, true
}

// jsonValue applies a scalar value line[start:end] found under the current key path.
func (p *Parser) jsonValue(line []byte, start, end, depth int, st *jsonState) {
	var key []byte
	if depth == 1 {
		key = st.path[0].Of(line)
	} else {
		var buf [96]byte
		n, arrays := 0, false
		for d := 0; d < depth; d++ {
			if st.path[d].Start < 0 {
				arrays = true // an array's elements have no key
				continue
			}
			seg := st.path[d].Of(line)
			if n+len(seg)+1 > len(buf) {
				return
			}
			if n > 0 {
				buf[n] = '.'
				n++
			}
			n += copy(buf[n:], seg)
		}
		key = buf[:n]
		if arrays && !bytes.HasPrefix(key, []byte("resourceLogs.")) {
			// A key inside a list is an item's ("events[].timestamp"), not the record's; only
			// OTLP keeps its record there.
			return
		}
	}
	if len(key) == 0 {
		return
	}
	if key[0] == '_' && len(key) > len(hitSource) && bytes.HasPrefix(key, hitSource) {
		key = key[len(hitSource):] // a search hit's document is the record (elasticdump, an _search reply)
	}
	role, rank := roleNone, 0
	if roleKeyStart[key[0]] { // most keys of a line name no role; this spares them the lookup
		role, rank = jsonKeyRole(key)
	}
	if role == roleNone && (key[len(key)-1] == 'e' && bytes.HasSuffix(key, dollarDate) || key[len(key)-1] == 'g' && bytes.HasSuffix(key, dollarNumberLong)) {
		role, rank = st.extendedDateRole(key)
	}
	if role == roleNone && st.ranks[roleTime] > suffixRank {
		role, rank = timeKeyBySuffix(key)
	}
	if role == roleNone && st.ranks[roleLevel] > wordsOnlyRank+1 {
		role, rank = levelKeyBySuffix(key)
	}
	if role == roleNone && depth == 2 {
		role, rank = nestedRole(st.path[0].Of(line), st.path[1].Of(line))
	}
	if role == roleHost && rank == nestedHostRank {
		var h Record
		if st.nestedHost.End == 0 && p.applyJSON(line, start, end, role, &h) {
			st.nestedHost = h.Host // the first, as a key at the top keeps the first of equal rank
		}
		return
	}
	if role == roleMessage && rank == 1 && string(key) == "short_message" {
		st.gelf = true
	}
	switch string(key) {
	case "facility": // a syslog facility's number: a level beside it is a severity (see parseJSON)
		st.facility = end-start <= 2 && digitsOnly(line[start:end])
	case "instant.nanoOfSecond", "timestamp.nanos", "timestampNanos", // log4j2's {epochSecond, nanoOfSecond}, Google's {seconds, nanos}
		"timestamp.nanoseconds": // sudo's JSON logs: {"seconds": …, "nanoseconds": …}
		if ns, ok := atoi(line[start:end]); ok && st.seconds && int64(ns) < nsPerSec {
			st.rec.Time += int64(ns)
		}
		st.seconds = false
		return
	case "timestamp.microseconds": // QEMU's QMP events: {"seconds": …, "microseconds": …}
		if us, ok := atoi(line[start:end]); ok && st.seconds && us < 1e6 {
			st.rec.Time += int64(us) * 1e3
		}
		st.seconds = false
		return
	case "@t":
		st.clef |= 1
	case "@mt", "@m":
		st.clef |= 2
	case "method":
		if httpMethod(line[start:end]) {
			st.request |= 1
		}
	case "request":
		if requestLine(line[start:end]) {
			st.request |= 3 // an access log's "$request": a method and its uri in one
		}
	case "date", "time":
		if depth == 1 && end-start <= len(`"07:41:16.123456789"`) { // a whole time is longer: the common case goes on at once
			st.dayOrClock(key, line[start:end]) // CloudFront's JSON: a date and a time of day apart
		}
	case "type":
		st.kibana = st.kibana || kibanaType(line[start:end])
		if depth == 1 {
			st.keyWordLevel(eventType(line[start:end]))
		}
	case "event_type":
		if depth == 1 {
			st.keyWordLevel(classicEventType(line[start:end]))
		}
	case "pri":
		if n, ok := levelNumber(line[start:end]); ok && n <= 191 && depth == 1 && line[start] == '"' {
			st.pri = n // Fluent Bit's regex captures a string; a number there is a task's priority
		}
	case "ident":
		st.ident = depth == 1
	case "caller":
		st.klog |= klogCaller
	case "v":
		if n, ok := atoi(line[start:end]); ok && depth == 1 && n <= 10 {
			st.klog |= klogVerbosity
		}
	case "err":
		if depth == 1 && end-start > 2 && line[start] == '"' {
			st.klog |= klogErr // an error's text; an empty one, null or false is none
		}
	case "ts":
		if depth == 1 && isDigit(line[start]) {
			st.klog |= klogEpoch
		}
	case "status":
		st.request |= 2
		if depth == 1 {
			st.keyWordLevel(datadogStatus(line[start:end]))
		}
	case "metadata.level":
		// Vector's internal_logs events keep the tracing event's level in its metadata, in
		// tracing's own words; another record's metadata may hold any level (a codec's, a
		// classification's).
		if lvl, ok := tracingLevel(line[start:end]); ok && depth == 2 && wordsOnlyRank < st.ranks[roleLevel] {
			st.rec.Level, st.ranks[roleLevel] = lvl, wordsOnlyRank
		}
	case "uri", "path", "url", "scheme", "user_agent":
		st.request |= 2
	case "referer", "referrer":
		if depth == 1 {
			st.referer = Span{int32(start), int32(end)} // see siteHost
		}
	case "resourceLogs.resource.attributes.key", otlpRecord + "attributes.key":
		// OTLP's attributes are a list of {"key": …, "value": {"stringValue": …}}: the host is
		// the value after the key that names it.
		v := line[start:end]
		st.otlpHost = string(v) == `"host.name"` || string(v) == `"hostname"`
		return
	case "resourceLogs.resource.attributes.value.stringValue", otlpRecord + "attributes.value.stringValue":
		if st.otlpHost && st.ranks[roleHost] > 1 && p.applyJSON(line, start, end, roleHost, st.rec) {
			st.ranks[roleHost] = 1
		}
		st.otlpHost = false
		return
	}
	if rank == labelRank && !mysqlLabel(line[start:end]) {
		return // a chart's, an issue's or a metric's label ("Error rate", "critical")
	}
	if rank == labelRank && string(line[start:end]) == `"System"` && rank < st.ranks[role] {
		st.rec.Level, st.ranks[role] = Notice, rank // MySQL's System, as its text log's [System] reads
		return
	}
	num := -1
	if role == roleLevel && rank < wordsOnlyRank {
		if n, ok := levelNumber(line[start:end]); ok {
			num, rank = n, rank+numberRank
		}
	}
	if num < 0 && string(key) == roarrLevel {
		return // Roarr writes a number there: a word is a setting the program logged in its context
	}
	if rank < 0 && (string(line[start:end]) == `"stdout"` || string(line[start:end]) == `"stderr"`) {
		return // a collector's logsource naming the stream, not the machine
	}
	if role == roleHost && string(key) != "host" && rank < st.otherRank {
		// Kept aside in case "host" turns out to be a request's Host header (see parseJSON).
		var h Record
		if p.applyJSON(line, start, end, role, &h) {
			st.otherHost, st.otherRank = h.Host, rank
		}
	}
	if role == roleNone || rank >= st.ranks[role] {
		return
	}
	if num >= 0 {
		scale := keyScale(key)
		if scale == scaleLevel && st.levelNum < 0 {
			st.levelNum = num // GELF's, if the record turns out to be GELF
		}
		if lvl := levelOnScale(num, scale); lvl != Unknown {
			st.rec.Level, st.ranks[role] = lvl, rank
		}
		return // a number off the key's scale keeps a level found under another key
	}
	before := st.rec.Time
	if p.applyJSON(line, start, end, role, st.rec) {
		seconds := role == roleTime && (string(key) == "instant.epochSecond" || string(key) == "timestamp.seconds" || string(key) == "timestampSeconds")
		if role == roleTime && (rank >= suffixRank || seconds) && !plausible(st.rec.Time, p.nowNano()) {
			// A key named for a time that holds a duration or a count; seconds that are no
			// event's (9223372036854775807), to which the nanoseconds would be added past int64.
			st.rec.Time = before
			return
		}
		st.ranks[role] = rank
		st.seconds = seconds
		if role == roleTime {
			st.nestedTime = depth == 2 && string(st.path[0].Of(line)) == "log"
		}
		if role == roleHost {
			st.hostKey = string(key) == "host"
		}
	}
}

// nestedRole gives a key one object down the role its name has at the top, below every key known
// by its whole path, when the object wraps the record's own metadata: dbt's JSON log keeps its
// level and time under "info" ("info.level", "meta.time"). Under any other object they are that
// object's (a config's level, a release's time, a vulnerability's severity). A level there counts
// only as a level's name.
func nestedRole(parent, leaf []byte) (jsonRole, int) {
	switch string(parent) {
	case "info", "meta", "log", "jsonPayload", "fields", "@fields", // @fields: the old Logstash event, winston's logstash format
		"event",    // a feed that wraps each record: Zscaler NSS's {"sourcetype": …, "event": {"time": …}}
		"LogEntry", // Microsoft's LogMonitor in Windows containers: {"Source":"EventLog","LogEntry":{"Level":…}}
		"logmsg":   // Asterisk's JSON formatter: {"hostname":…,"logmsg":{"level":"NOTICE","message":…}}
	default:
		return roleNone, 0
	}
	switch string(leaf) {
	case "level", "severity", "lvl", "loglevel", "log_level", "levelname":
		return roleLevel, wordsOnlyRank + 1
	case "time", "ts", "timestamp", "@timestamp", "datetime":
		return roleTime, suffixRank + 1
	case "Level":
		if string(parent) == "LogEntry" { // .NET's and PowerShell's objects name a payload's fields so elsewhere
			return roleLevel, wordsOnlyRank + 1
		}
	case "Time":
		if string(parent) == "LogEntry" {
			return roleTime, suffixRank + 1
		}
	case "host", "hostname", "message", "msg":
		// Vector's native JSON holds the whole record one object down, {"log":{"host":…,
		// "message":…,"timestamp":…}}: its host counts only with its time there too (see
		// parseJSON), as elsewhere a request's Host header is kept under "log" or "fields".
		if string(parent) == "log" && leaf[0] == 'h' {
			return roleHost, nestedHostRank
		} else if string(parent) == "log" || string(parent) == "logmsg" && leaf[0] == 'm' {
			return roleMessage, 2 // (Asterisk's host is the top's "hostname")
		}
	}
	return roleNone, 0
}

// timeKeyBySuffix gives the time role, below every key jsonKeyRole knows, to a key its name says
// holds the event's timestamp ("EdgeStartTimestamp", "received_timestamp"). A key named for the
// time of something else than the event ("lastLoginTimestamp", "expire_timestamp") is none, and
// a value that is no plausible time is passed over as any other.
func timeKeyBySuffix(key []byte) (jsonRole, int) {
	if !timestampKey(key) && !(atKey(key) && bytes.IndexByte(key, '.') < 0) {
		// (A nested object's "created_at" is that object's: an order's, a user's.)
		return roleNone, 0
	}
	if dot := bytes.LastIndexByte(key, '.'); dot >= 0 {
		key = key[dot+1:] // "user.lastLoginTimestamp" is the user's, as "lastLoginTimestamp" is
	}
	for _, other := range otherTimes {
		if len(key) >= len(other) && bytes.EqualFold(key[:len(other)], []byte(other)) {
			return roleNone, 0
		}
	}
	return roleTime, suffixRank
}

// siteHost reports whether a record's host is the site that its referer, a URL, names: a web
// event's "host" is then the Host header its request asked for.
func siteHost(host, referer []byte) bool {
	k := bytes.Index(referer, []byte("//"))
	if k < 0 || len(host) < 3 {
		return false
	}
	site := referer[k+2:]
	return bytes.HasPrefix(site, host) && (len(site) == len(host) || site[len(host)] == '/' || site[len(host)] == ':' || site[len(host)] == '"')
}

// timestampKey reports whether a key's name ends in "timestamp", in any case, or in "timestamp"
// and its unit, in any case: Firecracker's "utc_timestamp_ms", "timestampMillis", "TIMESTAMP_MS";
// or is "ts" and its unit.
func timestampKey(key []byte) bool {
	for _, unit := range timestampUnits {
		if n := len(key) - len(unit); n >= 2 && key[len(key)-1]|0x20 == 's' && bytes.EqualFold(key[n:], []byte(unit)) {
			key = key[:n]
			if n := len(key); string(key[n-2:]) == "ts" && (n == 2 || key[n-3] == '.') {
				return true // "ts_ms", "source.ts_us": Debezium's and Kafka tools' epoch in its unit
			}
			break
		}
	}
	if n := len(timestampWord); len(key) > n+1 && (key[n] == '-' || key[n] == '_') && bytes.EqualFold(key[:n], timestampWord) {
		// A timestamp qualified after its name by its clock, zone, spelling or what it is
		// the time of: busctl's "timestamp-realtime", "timestamp_utc", "timestamp_unix",
		// "timestamp_received". Other qualifiers name another thing's time
		// ("timestamp_expires", "timestamp_created").
		for _, q := range [...]string{"realtime", "utc", "gmt", "z", "local", "iso", "iso8601", "rfc3339", "unix", "epoch", "sec", "str", "string", "human", "event", "log", "server", "received"} {
			if bytes.EqualFold(key[n+1:], []byte(q)) {
				return true
			}
		}
		return false
	}
	n := len(key) - len("timestamp")
	return n >= 0 && key[len(key)-1]|0x20 == 'p' && bytes.EqualFold(key[n:], timestampWord)
}

// atKey reports whether a key names when something happened as webhooks and APIs do, a verb's
// participle before "At" or "_at": "occurredAt", "sentAt", "created_at".
func atKey(key []byte) bool {
	n := len(key)
	if n < 4 || key[n-1] != 't' {
		return false
	}
	return key[n-2] == 'A' && key[n-3] >= 'a' && key[n-3] <= 'z' || key[n-2] == 'a' && key[n-3] == '_' && isAlpha(key[n-4])
}

// otherTimes begin the names of timestamps that are not the event's.
var otherTimes = [...]string{"last", "build", "expir", "boot", "updat", "modif", "next", "prev", "valid", "renew",
	"install", "release", "birth", "start_of", "deadline", "delet", "resolv", "acknowledg", "clos", "due", "schedul"}

// levelKeyBySuffix gives the level role, below every key jsonKeyRole knows and for a level's name
// only, to a top-level key its name says holds the event's own level: an alert's, an event's or a
// message's ("alertLevel", "event_level", "eventSeverity"). Other things have levels too (a
// logger's effectiveLevel, a risk's, a service's, water's), and a value that names no level gives
// none.
func levelKeyBySuffix(key []byte) (jsonRole, int) {
	n := len(key)
	if n < 7 || key[n-1] != 'l' && key[n-1] != 'y' || bytes.IndexByte(key, '.') >= 0 {
		return roleNone, 0
	}
	var what []byte
	switch {
	case string(key[n-5:]) == "Level":
		what = key[:n-5]
	case string(key[n-6:]) == "_level":
		what = key[:n-6]
	case n > 8 && string(key[n-8:]) == "Severity": // vCenter SSO's audit events: "eventSeverity"
		what = key[:n-8]
	case n > 9 && string(key[n-9:]) == "_severity":
		what = key[:n-9]
	default:
		return roleNone, 0
	}
	for _, w := range eventWords {
		if bytes.EqualFold(what, []byte(w)) {
			return roleLevel, wordsOnlyRank + 1
		}
	}
	return roleNone, 0
}

// eventWords name, before "Level", the thing a record is about.
var eventWords = [...]string{"alert", "event", "message", "msg", "notification", "incident", "severity"}

var timestampWord = []byte("timestamp")

// hitSource opens the keys of an Elasticsearch or OpenSearch hit's document.
var hitSource = []byte("_source.")

// timestampUnits are the units a timestamp's key may name after it.
var timestampUnits = [...]string{"_ms", "_us", "_ns", "Ms", "Millis", "_millis"} // each ends in 's'; "Ms" also matches "MS"

// suffixRank is the rank of the times timeKeyBySuffix finds, below every known key's.
const suffixRank = 3

// levelNumber reads a level written as a number, bare or quoted ("severity":"1" in osquery).
func levelNumber(v []byte) (int, bool) {
	if len(v) > 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = v[1 : len(v)-1]
	}
	return atoi(v)
}

// keyScale tells the numeric scale of a level key: a severity is on glog's or Google Cloud's
// scale, Windows' capitalized Level on the event log's, a level on the loggers' own (pino,
// Monolog, Nextcloud).
func keyScale(key []byte) levelScale {
	switch {
	case bytes.HasSuffix(key, []byte("severityNumber")):
		return scaleOTel
	case string(key) == "s":
		return scaleCockroach // MongoDB writes a letter there, CockroachDB's compact sinks a number
	case key[0]|0x20 == 's':
		return scaleSeverity
	case string(key) == "Level" || string(key) == "Event.System.Level":
		return scaleEventLevel // Windows events exported as JSON: "Level": 4
	case string(key) == "log_level":
		return scaleLager // lager has no warning: its 2 is an error
	}
	return scaleLevel
}

// applyJSON stores a value of a known role in rec; it reports whether the value had a usable type.
func (p *Parser) applyJSON(line []byte, start, end int, role jsonRole, rec *Record) bool {
	isStr := line[start] == '"'
	val := line[start:end]
	escaped := false
	if isStr {
		val = line[start+1 : end-1]
		escaped = bytes.IndexByte(val, '\\') >= 0
	}
	switch role {
	case roleLevel:
		if !isStr {
			return false // a number reaches here only when it is no integer (jsonValue reads those)
		}
		lvl, ok := ParseLevel(trimSpace(val))
		if !ok && len(val) == 2 && val[0] == 'D' && val[1] >= '1' && val[1] <= '5' {
			lvl, ok = Debug, true // MongoDB's debug verbosity, D1 to D5
		}
		if !ok { // (the common names are ParseLevel's; these words are none of them)
			switch string(val) {
			case "LOG", "http", "log":
				lvl, ok = Info, true // PostgreSQL's; winston's npm level between info and verbose; NestJS's
			case "AUDIT":
				lvl, ok = Notice, true // Liberty's JSON loglevel, between INFO and WARNING
			case "SUCCESS":
				lvl, ok = Notice, true // loguru's serialized level between info and warning, as its text column reads it
			case "OK":
				lvl, ok = Info, true // Redfish's LogEntry severities: OK, Warning, Critical
			case "normal":
				lvl, ok = Info, true // CADF's severities (IBM Cloud's Activity Tracker), Huawei Cloud's trace_rating
			case "incident":
				lvl, ok = Error, true // trace_rating's highest: normal, warning, incident
			case "stat":
				lvl, ok = Info, true // go-zero's logx: its periodic statistics, written at info
			case "slow":
				lvl, ok = Warn, true // go-zero's logx: a call over its time budget
			default:
				lvl, ok = appleLevel(val)
			}
		}
		if ok { // a value that is no level keeps one found under another key
			rec.Level = lvl
		}
		return ok
	case roleMessage:
		if !isStr && string(val) == "null" {
			return false // scalars only reach here: containers are walked, not applied
		}
		rec.Message = Span{int32(start), int32(end)}
		rec.Unescaped = nil
		if isStr {
			rec.Message = Span{int32(start + 1), int32(end - 1)}
			if escaped {
				p.scratch = unescape(p.scratch[:0], val)
				// The line's own end, which Docker's json-file driver keeps ("…\n"), is no line
				// of the message: it would show as one more below it.
				rec.Unescaped = trimLineEnd(p.scratch)
			}
		}
	case roleTime:
		if t, ok := dotNetDate(val); ok && isStr {
			rec.Time = t
			break
		}
		if !isStr && (val[0] < '0' || val[0] > '9') {
			return false
		}
		if escaped {
			// .NET's System.Text.Json escapes the plus of an offset: "…T08:41:15.902\u002B01:00".
			var buf [64]byte // a time's text fits: no field of the Parser for it (its layout is hot)
			val = unescape(buf[:0], val)
		}
		t, ok := parseTimeValue(val, &p.wall)
		if !ok && isStr {
			var n int // syslog-ng's DATE: a BSD time without a year, "Nov 29 07:41:16"
			t, n, ok = parseBSD(val, p.nowNano(), &p.wall)
			ok = ok && n == len(val)
		}
		if !ok && isStr && len(val) >= 14 {
			// Any other spelling the locator knows, when it is the whole value: Snort 3's
			// year-less "11/29-07:41:16.412345".
			if st, found := locate(val, p.nowNano(), &p.wall); found && st.start == 0 && st.end == len(val) && st.kind == stampDate && plausible(st.t, p.nowNano()) {
				t, ok = st.t, true
			}
		}
		if !ok {
			return false
		}
		rec.Time = t
	case roleHost:
		if !isStr || escaped || notMachine(line[start+1:end-1]) || byteAt(line, start+1) == '/' || !hasLetterOrDigit(line[start+1:end-1]) {
			// A name with a port is a peer's or a request's, a wildcard a bind's, not the
			// machine's; a path is a device's; "" and "-" name none, and leave the host to
			// another key.
			return false
		}
		rec.Host = Span{int32(start + 1), int32(end - 1)}
	case rolePriority:
		if rec.Level != Unknown {
			return false // a level key, if any, says more than the syslog number
		}
		n, ok := atoi(val)
		if !ok && isStr {
			lvl, ok := ParseLevel(val) // syslog-ng's format-json writes the severity's name: "info"
			rec.Level = lvl
			return ok
		}
		if !ok || LevelFromSyslog(n) == Unknown {
			return false
		}
		rec.Level = LevelFromSyslog(n)
	}
	return true
}

// hasLetterOrDigit reports whether b holds an ASCII letter or digit, or a byte past ASCII: "" and
// "-" name nothing.
func hasLetterOrDigit(b []byte) bool {
	for _, c := range b {
		if isAlnum(c) || c >= 0x80 {
			return true
		}
	}
	return false
}

func skipWS(b []byte, i int) int {
	// Most calls find a token at once: one comparison rules out all four blanks.
	for i < len(b) && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd finds the end of the quoted string starting at b[i] == '"', where a backslash escapes
// the next byte (JSON strings and logfmt values alike). It returns the index after the closing
// quote and whether the string had escapes.
func stringEnd(b []byte, i int) (end int, escaped bool, ok bool) {
	return quotedEnd(b, i, '"')
}

// quotedEnd is stringEnd for a string in quote marks of either kind (see singleQuoted).
func quotedEnd(b []byte, i int, quote byte) (end int, escaped bool, ok bool) {
	j := i + 1
	q := bytes.IndexByte(b[j:], quote)
	if q < 0 {
		return 0, false, false
	}
	if bytes.IndexByte(b[j:j+q], '\\') < 0 {
		return j + q + 1, false, true
	}
	// Escapes: walk byte by byte, which stays linear however many backslashes there are.
	for ; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case quote:
			return j + 1, true, true
		}
	}
	return 0, false, false
}

// scalarEnd returns the end of the string, number or literal at b[i].
func scalarEnd(b []byte, i int) (int, bool) {
	switch c := b[i]; {
	case c == '"':
		end, _, ok := stringEnd(b, i)
		return end, ok
	case c == '-' || (c >= '0' && c <= '9'):
		j := i + 1
		for j < len(b) && isNumByte(b[j]) {
			j++
		}
		return j, true
	case c == 't':
		return i + 4, hasPrefixAt(b, i, "true")
	case c == 'f':
		return i + 5, hasPrefixAt(b, i, "false")
	case c == 'n':
		return i + 4, hasPrefixAt(b, i, "null")
	}
	return 0, false
}

func isNumByte(c byte) bool { return numBytes[c] }

// numBytes holds the bytes a JSON number is written with: one load per byte of a number.
var numBytes = func() (t [256]bool) {
	for _, c := range []byte("0123456789.eE+-") {
		t[c] = true
	}
	return t
}()

func hasPrefixAt(b []byte, i int, s string) bool {
	return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s
}

// atoi parses a small non-negative decimal integer; it fails on anything else, including overflow.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// requestLine reports whether a JSON value is an HTTP request line in quotes ("GET /a HTTP/1.1").
func requestLine(v []byte) bool {
	sp := bytes.IndexByte(v, ' ')
	if sp < 2 || sp+1 >= len(v) || v[0] != '"' || v[sp+1] != '/' {
		return false
	}
	return methodName(v[1:sp])
}

// tracingLevel reads a level in the words Rust's tracing writes them, in quotes and capitals:
// "TRACE", "DEBUG", "INFO", "WARN", "ERROR".
func tracingLevel(v []byte) (Level, bool) {
	if len(v) < 3 || v[0] != '"' || v[len(v)-1] != '"' || !isUpperWord(v[1:len(v)-1]) {
		return Unknown, false
	}
	return ParseLevel(v[1 : len(v)-1])
}

// httpMethod reports whether a JSON value is an HTTP method's name in quotes: beside it, "host" is
// the Host header the request asked for.
func httpMethod(v []byte) bool {
	return len(v) > 2 && v[0] == '"' && v[len(v)-1] == '"' && methodName(v[1:len(v)-1])
}

// methodName reports whether m is the name of an HTTP method a log records.
func methodName(m []byte) bool {
	switch string(m) {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE",
		"PURGE": // a cache's invalidation, as Varnish and nginx's cache purge module take it
		return true
	}
	return false
}

// upperOpening reports whether the record's message opens with a word in capitals.
func upperOpening(line []byte, rec *Record) bool {
	msg := messageText(line, rec)
	s, e := nextToken(msg, 0)
	w := bytes.TrimRight(msg[s:e], ":")
	return len(w) > 1 && isUpperWord(w)
}

// laurelID opens a Linux audit event as LAUREL writes it in JSON, its first key the event's id:
// {"ID":"1795938076.412:88231","SYSCALL":{…},…}, the epoch with milliseconds and the serial
// that auditd's "msg=audit(…)" holds.
const laurelID = `{"ID":"`

// auditEventTime reads the epoch of an audit event's id "seconds.millis:serial" that opens v, or 0.
func (p *Parser) auditEventTime(v []byte) int64 {
	colon := indexByteFrom(v[:min(len(v), 24)], ':', 0)
	if colon < 0 || !isDigitAt(v, colon+1) {
		return 0
	}
	if t, ok := parseEpoch(v[:colon]); ok && plausible(t, p.nowNano()) {
		return t
	}
	return 0
}

// headerName reports whether w names a machine as a syslog header's host does: a name with a
// letter, not an address, an empty field's "-" or a device's placeholder.
func headerName(w []byte) bool {
	if len(w) < 2 || !hostLike(w) || !hasLetter(w) || bytes.IndexByte(w, ':') >= 0 {
		return false
	}
	return !namedAs(w, "localhost", "unknown", "none", "null", "nil", "undefined", "hostname")
}
