package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Records that span lines by their own layout, not by indentation: each test writes the shape
// its daemon documents and checks how many entries come out, and the time and level of each.

// wantRecords feeds text to a Stream and checks that it gives one entry per want, in order: its
// time and level written as "2026-11-29T07:41:16Z info" (" " for an entry with neither), and,
// when it has a time, at least minLines lines.
func wantRecords(t *testing.T, text string, minLines int, want ...string) {
	t.Helper()
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if have := fmtTime(e.Time) + " " + e.Level.Name(); have != want[i] || e.Time != 0 && e.Lines() < minLines {
			t.Errorf("entry %d: %q, %d lines; want %q and at least %d lines", i, have, e.Lines(), want[i], minLines)
		}
	}
}

func TestRecordsSlowQueryLog(t *testing.T) {
	text := "# Time: 2026-11-29T07:41:16.123456Z\n" +
		"# User@Host: app[app] @ localhost []  Id:    12\n" +
		"# Query_time: 2.000211  Lock_time: 0.000000 Rows_sent: 1  Rows_examined: 0\n" +
		"SET timestamp=1764401476;\n" +
		"SELECT SLEEP(2);\n" +
		"# Time: 2026-11-29T07:42:01.000001Z\n" +
		"# User@Host: app[app] @ localhost []  Id:    13\n" +
		"SELECT 1;\n"
	wantRecords(t, text, 3, "2026-11-29T07:41:16.123456Z ", "2026-11-29T07:42:01.000001Z ")
}

// A slow log writes "# Time:" only when the second changes: a block without one starts at its
// "# User@Host:" line and takes its time from its "SET timestamp=" line; a date in the query's
// text starts nothing.
func TestRecordsSlowQueryWithoutTimeLine(t *testing.T) {
	text := "# User@Host: app[app] @ localhost []  Id:    11\n" +
		"SET timestamp=1795938075;\n" +
		"SELECT 0;\n" +
		"# Time: 2026-11-29T07:41:16.123456Z\n" +
		"# User@Host: app[app] @ localhost []  Id:    12\n" +
		"# Query_time: 2.000211  Lock_time: 0.000000 Rows_sent: 1  Rows_examined: 0\n" +
		"SET timestamp=1795938076;\n" +
		"call load_stats(1, '2026-11-28 00:00:00');\n" +
		"# User@Host: app[app] @ localhost []  Id:    13\n" +
		"SET timestamp=1795938076;\n" +
		"SELECT 1;\n"
	wantRecords(t, text, 3, "2026-11-29T07:41:15Z ", "2026-11-29T07:41:16.123456Z ", "2026-11-29T07:41:16Z ")
}

// java.util.logging's FileHandler writes XML by default: each <record> element is one entry, its
// time from <date> and its level from <level>; the preamble's lines stand alone.
func TestRecordsXMLElements(t *testing.T) {
	text := "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" +
		"<log>\n" +
		"<record>\n  <date>2026-11-29T07:41:16.123Z</date>\n  <millis>1795938076123</millis>\n" +
		"  <logger>shop.Orders</logger>\n  <level>INFO</level>\n  <message>started</message>\n</record>\n" +
		"<record>\n  <date>2026-11-29T07:41:17.456Z</date>\n  <millis>1795938077456</millis>\n" +
		"  <logger>shop.Orders</logger>\n  <level>SEVERE</level>\n  <message>store failed</message>\n</record>\n"
	wantRecords(t, text, 7, " ", " ", "2026-11-29T07:41:16.123Z info", "2026-11-29T07:41:17.456Z error")
}

// Log4j's XML layouts: the event's header carries its level, and its time in Unix milliseconds
// (log4j 1, early Log4j 2) or on an <Instant> line under it (Log4j 2); the message and a stack
// trace below belong to it.
func TestRecordsLog4jXML(t *testing.T) {
	for name, text := range map[string]string{
		"log4j 1": `<log4j:event logger="shop.Orders" timestamp="1795938076123" level="INFO" thread="main">` + "\n" +
			"<log4j:message><![CDATA[started]]></log4j:message>\n</log4j:event>\n\n" +
			`<log4j:event logger="shop.Orders" timestamp="1795938077456" level="ERROR" thread="main">` + "\n" +
			"<log4j:message><![CDATA[store failed]]></log4j:message>\n" +
			"<log4j:throwable><![CDATA[java.lang.IllegalStateException: full\n\tat shop.Orders.save(Orders.java:41)\n]]></log4j:throwable>\n</log4j:event>\n",
		"log4j 2": `<Event xmlns="http://logging.apache.org/log4j/2.0/events" thread="main" level="INFO" loggerName="shop.Orders">` + "\n" +
			`  <Instant epochSecond="1795938076" nanoOfSecond="123000000"/>` + "\n  <Message>started</Message>\n</Event>\n" +
			`<Event xmlns="http://logging.apache.org/log4j/2.0/events" thread="main" level="ERROR" loggerName="shop.Orders">` + "\n" +
			`  <Instant epochSecond="1795938077" nanoOfSecond="456000000"/>` + "\n  <Message>store failed</Message>\n</Event>\n",
		"log4j 2, timeMillis": `<Event xmlns="http://logging.apache.org/log4j/2.0/events" timeMillis="1795938076123" level="INFO">` + "\n" +
			"  <Message>started</Message>\n</Event>\n" +
			`<Event xmlns="http://logging.apache.org/log4j/2.0/events" timeMillis="1795938077456" level="ERROR">` + "\n" +
			"  <Message>store failed</Message>\n</Event>\n",
	} {
		got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
		if len(got) != 2 {
			t.Errorf("%s: got %d entries, want 2 events", name, len(got))
			continue
		}
		if fmtTime(got[0].Time) != "2026-11-29T07:41:16.123Z" || got[0].Level != Info ||
			fmtTime(got[1].Time) != "2026-11-29T07:41:17.456Z" || got[1].Level != Error {
			t.Errorf("%s: %s %v, %s %v; want the events' times and levels", name, fmtTime(got[0].Time), got[0].Level, fmtTime(got[1].Time), got[1].Level)
		}
	}
}

// An element whose time comes a few lines in (Visual Studio's ActivityLog) is a record too, and
// the root element that holds them is none of theirs.
func TestRecordsXMLTimeFurtherIn(t *testing.T) {
	entry := func(n int, clock, typ string) string {
		return fmt.Sprintf("  <entry>\n    <record>%d</record>\n    <time>2026/11/29 %s</time>\n    <type>%s</type>\n    <description>x</description>\n  </entry>\n", n, clock, typ)
	}
	text := "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<activity>\n" +
		entry(1, "07:41:16.123", "Information") + entry(2, "07:41:18.904", "Warning") + entry(3, "07:41:20.311", "Error") + "</activity>\n"
	wantRecords(t, text, 6, " ", " ", "2026-11-29T07:41:16.123Z info", "2026-11-29T07:41:18.904Z warn", "2026-11-29T07:41:20.311Z error")
}

// The XML shapes an adversarial review found: a pretty-printed Windows event whose time sits in a
// child container, records whose element names differ, and an XML payload at a file's start
// followed by ordinary timed lines.
func TestRecordsXMLShapes(t *testing.T) {
	event := func(clock string) string {
		return "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n\t<System>\n" +
			"\t\t<TimeCreated SystemTime=\"2026-11-29T" + clock + "Z\" />\n\t</System>\n</Event>\n"
	}
	cases := []struct {
		name, text string
		want       []string // the last entries' times and levels
	}{
		{"windows events", event("07:41:16.123") + event("07:41:17.456"),
			[]string{"2026-11-29T07:41:16.123Z ", "2026-11-29T07:41:17.456Z "}},
		{"names that differ", "<info>\n  <time>2026-11-29T07:41:16Z</time>\n</info>\n<error>\n  <time>2026-11-29T07:41:17Z</time>\n</error>\n",
			[]string{"2026-11-29T07:41:16Z info", "2026-11-29T07:41:17Z error"}},
		{"attributes on lines of their own", "<EVENT\n    SEVERITY=\"Caution\"\n    CLASS=\"POST Message\"\n    LAST_UPDATE=\"11/29/2026 07:41\"\n/>\n" +
			"<EVENT\n    SEVERITY=\"Critical\"\n    CLASS=\"Drive Array\"\n    LAST_UPDATE=\"11/29/2026 07:44\"\n/>\n",
			[]string{"2026-11-29T07:41:00Z warn", "2026-11-29T07:44:00Z critical"}},
		{"a payload, then lines", "<resp>\n  <at>2026-11-28T10:00:00Z</at>\n</resp>\n2026-11-29 07:41:16 ERROR a\n2026-11-29 07:41:17 ERROR b\n",
			[]string{"2026-11-28T10:00:00Z ", "2026-11-29T07:41:16Z error", "2026-11-29T07:41:17Z error"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, c.text) {
			got = append(got, fmtTime(e.Time)+" "+e.Level.Name())
		}
		if len(got) < len(c.want) || strings.Join(got[len(got)-len(c.want):], ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s: %v, want it to end with %v", c.name, got, c.want)
		}
	}
}

func TestXMLStartTag(t *testing.T) {
	for line, want := range map[string]string{
		"<record>":                              "record",
		"  <entry>":                             "entry",
		"<EVENT":                                "EVENT",
		`<log4j:event logger="a" level="INFO">`: "log4j:event",
		"<level>INFO</level>":                   "",
		"<W>2026-11-29 07:41:16.344 1 => Authenticated": "",
		`<Event Severity="20" Time="1"/>`:               "",
		"</record>":                                     "",
		"<?xml version=\"1.0\"?>":                       "",
		"<13>Nov 29 07:41:16 host x":                    "",
	} {
		if got := string(xmlStartTag([]byte(line))); got != want {
			t.Errorf("%q: %q, want %q", line, got, want)
		}
	}
}

func TestRecordsAuditEvent(t *testing.T) {
	text := "type=SYSCALL msg=audit(1764401476.588:4686): arch=c000003e syscall=59 success=yes exit=0 pid=812\n" +
		"type=EXECVE msg=audit(1764401476.588:4686): argc=2 a0=\"ls\" a1=\"-l\"\n" +
		"type=PROCTITLE msg=audit(1764401476.588:4686): proctitle=6C73002D6C\n" +
		"type=SYSCALL msg=audit(1764401477.001:4687): arch=c000003e syscall=2 success=no exit=-13\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 || got[0].Lines() != 3 {
		t.Fatalf("got %d entries (first of %d lines), want the event of 3 records and one more", len(got), got[0].Lines())
	}
	if fmtTime(got[1].Time) != "2025-11-29T07:31:17.001Z" {
		t.Errorf("second event time %q", fmtTime(got[1].Time))
	}
}

func TestRecordsJavaUtilLogging(t *testing.T) {
	text := "Nov 29, 2026 7:41:16 AM org.apache.catalina.startup.Catalina start\n" +
		"INFO: Server startup in 1234 ms\n" +
		"Nov 29, 2026 7:41:17 AM org.apache.catalina.core.StandardContext startInternal\n" +
		"SEVERE: Error listenerStart\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2 two-line records", len(got))
	}
	if got[0].Level != Info || got[1].Level != Error || fmtTime(got[1].Time) != "2026-11-29T07:41:17Z" {
		t.Errorf("levels %v %v, time %q; want info, error at 07:41:17", got[0].Level, got[1].Level, fmtTime(got[1].Time))
	}
}

func TestRecordsLogcatDoesNotJoin(t *testing.T) {
	text := "11-29 07:41:16.811  1702  2395 D WindowManager: a\n" +
		"11-29 07:41:16.812  1702  2395 E WindowManager: b\n" +
		"\tat com.android.server.Foo.bar(Foo.java:1)\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 || got[1].Lines() != 2 || got[1].Level != Error {
		t.Fatalf("got %d entries; want 2, the second with its stack line and level error", len(got))
	}
}

// AIX's errpt -a heads each error with an id in capital hex: two ids are two records, however
// their digits and letters fall.
func TestRecordsCapitalHexIDs(t *testing.T) {
	block := func(id, clock, desc string) string {
		return "---------------------------------------------------------------------------\n" +
			"LABEL:          SC_DISK_ERR\n" +
			"IDENTIFIER:     " + id + "\n" +
			"\n" +
			"Date/Time:       Sun Nov 29 " + clock + " 2026\n" +
			"Sequence Number: 4120\n" +
			"Node Id:         aixprod01\n" +
			"\n" +
			"Description\n" + desc + "\n"
	}
	text := block("5537AC5F", "07:41:16", "DISK OPERATION ERROR") + block("DE3B8540", "08:02:51", "PATH HAS FAILED")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	var timed []string
	for _, e := range got {
		if e.Time != 0 {
			timed = append(timed, fmtTime(e.Time))
			if strings.Count(e.Raw, "Date/Time:") != 1 {
				t.Errorf("entry at %s holds %d blocks' times, want its own only", fmtTime(e.Time), strings.Count(e.Raw, "Date/Time:"))
			}
		}
	}
	if strings.Join(timed, " ") != "2026-11-29T07:41:16Z 2026-11-29T08:02:51Z" {
		t.Errorf("timed entries %v, want one per block", timed)
	}
}

// errpt -a writes its rule, a label and the id above the error's labelled time: each error is one
// entry from its rule to the next, its message the lines under the rule and its host its node's.
func TestRecordsRuleAboveLabelledTime(t *testing.T) {
	block := func(label, id, clock string) string {
		return "---------------------------------------------------------------------------\n" +
			"LABEL:          " + label + "\n" +
			"IDENTIFIER:     " + id + "\n" +
			"\n" +
			"Date/Time:       Sun Nov 29 " + clock + " UTC 2026\n" +
			"Sequence Number: 4120\n" +
			"Node Id:         aixprod01\n" +
			"Class:           H\n" +
			"\n" +
			"Description\n" +
			"DISK OPERATION ERROR\n"
	}
	text := block("SC_DISK_ERR4", "5537AC5F", "07:41:16") + block("SC_DISK_ERR2", "B6267342", "08:02:51")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2", len(got))
	}
	for i, clock := range []string{"07:41:16", "08:02:51"} {
		e := got[i]
		if fmtTime(e.Time) != "2026-11-29T"+clock+"Z" || !strings.HasPrefix(e.Raw, "-----") || e.Lines() != 11 {
			t.Errorf("entry %d: time %s, %d lines, raw %q; want %s and the block from its rule", i, fmtTime(e.Time), e.Lines(), e.Raw, clock)
		}
		if !strings.HasPrefix(e.Message, "LABEL:") || e.Host != "aixprod01" {
			t.Errorf("entry %d: message %q, host %q; want the lines under the rule and the node's name", i, e.Message, e.Host)
		}
	}
}

// PHP's CLI writes an uncaught exception without a time: "Stack trace:" and the numbered frames
// under it are the error's, and its "Fatal error" is a critical. Numbered lines without that
// heading are records of their own, as BuildKit's steps are.
func TestRecordsPHPStackTrace(t *testing.T) {
	text := "PHP Warning:  Undefined variable $qty in /opt/tools/sync.php on line 12\n" +
		"PHP Fatal error:  Uncaught LogicException: no warehouse for sku 88 in /opt/tools/sync.php:30\n" +
		"Stack trace:\n" +
		"#0 /opt/tools/sync.php(51): pick(88)\n" +
		"#1 {main}\n" +
		"  thrown in /opt/tools/sync.php on line 30\n" +
		"sync finished\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	var have []string
	for _, e := range got {
		have = append(have, fmt.Sprintf("%s/%d", e.Level.Name(), e.Lines()))
	}
	if strings.Join(have, " ") != "warn/1 critical/5 /1" {
		t.Errorf("entries %v, want the warning, the fatal error with its trace, and the last line", have)
	}
	steps := "#4 [2/3] RUN make\n#4 DONE 2.1s\n#5 [3/3] COPY bin /srv\n#5 DONE 0.1s\n"
	if got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, steps); len(got) != 4 {
		t.Errorf("BuildKit's steps: %d entries, want 4", len(got))
	}
}

// A report may indent its labelled time under the rule, after a blank line and a heading, as
// Oracle Net's sqlnet.log does in its error stacks: the stack is still one entry from its rule.
func TestRecordsRuleAboveIndentedTime(t *testing.T) {
	stack := func(code, clock string) string {
		return "*****************************************\n" +
			"\n" +
			"Fatal NI connect error " + code + ".\n" +
			"\n" +
			"  VERSION INFORMATION:\n" +
			"\tTNS for Linux: Version 21.0.0.0.0 - Production\n" +
			"  Time: 29-NOV-2026 " + clock + "\n" +
			"  Tns error struct:\n" +
			"\n" +
			"TNS-" + code + ": TNS:connect failed\n" +
			"    nt OS err code: 0\n"
	}
	text := stack("12170", "07:41:16") + stack("12537", "08:02:51")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 {
		t.Fatalf("got %d entries, want one per stack", len(got))
	}
	for i, clock := range []string{"07:41:16", "08:02:51"} {
		if e := got[i]; fmtTime(e.Time) != "2026-11-29T"+clock+"Z" || e.Lines() != 11 {
			t.Errorf("entry %d: time %s, %d lines; want %s and the stack from its rule", i, fmtTime(e.Time), e.Lines(), clock)
		}
	}
}

// A rule with no labelled time under it heads nothing: a report's lines stay entries of their
// own, to the end of the input, and a banner above a log of timed lines changes none of them.
func TestRecordsRuleWithoutLabelledTime(t *testing.T) {
	report := "----------------------------\nDisk usage report\nhost: db01\nsda1 41%\nsdb1 87%\n"
	wantRecords(t, report, 1, " ", " ", " ", " ", " ")
	banner := "==========\nshop-api v1.2 starting\n==========\n" +
		"2026-11-29 07:41:16 INFO listening\n2026-11-29 07:41:17 WARN slow start\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, banner)
	var timed []string
	for _, e := range got {
		if e.Time != 0 {
			timed = append(timed, fmtTime(e.Time)+" "+e.Level.Name()+" "+strings.Split(e.Raw, "\n")[0])
		}
	}
	if strings.Join(timed, "|") != "2026-11-29T07:41:16Z info 2026-11-29 07:41:16 INFO listening|2026-11-29T07:41:17Z warn 2026-11-29 07:41:17 WARN slow start" {
		t.Errorf("timed entries %q, want the two log lines as they are", timed)
	}
	// A time in the words of a line under the rule is no labelled time.
	wantRecords(t, "--------\nbackup of 2026-11-28 07:00:00 kept\nnext run soon\n", 1, " ", " ", " ")
}

// levelledEntries feeds text to a Stream and returns its entries with a level, each as its level
// and its raw text.
func levelledEntries(t *testing.T, text string) []string {
	t.Helper()
	var levels []string
	for _, e := range feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text) {
		if e.Level != Unknown {
			levels = append(levels, e.Level.Name()+" "+e.Raw)
		}
	}
	return levels
}

// A banner of rules above a script's output, its date labelled: the output under the closing rule
// has no time of its own, so the rule heads no records and the output's lines keep their levels.
func TestRecordsBannerAboveOutput(t *testing.T) {
	banner := func(date string) string {
		return "========================\nNightly backup\nDate: " + date + "\n========================\n"
	}
	text := banner("Sun Nov 29 02:00:01 UTC 2026") + "rsync: send_files failed\nERROR: backup failed\nWARNING: 1 file skipped\n" +
		banner("Mon Nov 30 02:00:01 UTC 2026") + "backup ok\n"
	levels := levelledEntries(t, text)
	if strings.Join(levels, "|") != "error ERROR: backup failed|warn WARNING: 1 file skipped" {
		t.Errorf("entries with a level %q, want the output's error and warning as entries of their own", levels)
	}
}

// Keys that name a time in an indented document under a rule are no labelled time: each
// pretty-printed object stays one entry with its level.
func TestRecordsRuleAbovePrettyJSON(t *testing.T) {
	obj := func(clock, level string) string {
		return "{\n  \"timestamp\": \"2026-11-29T07:41:" + clock + "Z\",\n  \"level\": \"" + level + "\",\n  \"msg\": \"x\"\n}\n"
	}
	text := "----------\n" + obj("16", "error") + obj("17", "info") + obj("18", "warn")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	var levels []string
	for _, e := range got {
		if e.Time != 0 {
			levels = append(levels, e.Level.Name())
		}
	}
	if strings.Join(levels, " ") != "error info warn" {
		t.Errorf("timed entries' levels %v, want one object each", levels)
	}
}

// Lines held under a rule while its time may come are never cut at the entry's cap: past it they
// go on as entries of their own, and none is lost.
func TestRecordsRuleLookaheadCap(t *testing.T) {
	text := "----------\n" + strings.Repeat("x", 900) + "\n" + strings.Repeat("y", 900) + "\n" + strings.Repeat("z", 900) + "\nERROR: request rejected\n"
	got := feed(t, StreamOptions{MaxEntryBytes: 2048, Now: func() time.Time { return locateNow }}, text)
	var all []string
	for _, e := range got {
		if e.Truncated {
			t.Errorf("entry %.20q was cut", e.Raw)
		}
		all = append(all, e.Raw)
	}
	if strings.Join(all, "\n")+"\n" != text {
		t.Errorf("the entries do not hold the input's lines once each, in order")
	}
}

// logcat -v long writes each record's header alone on its line, its message below, whatever the
// message says; the divider between buffers is a line of its own, no record's continuation.
func TestRecordsLogcatLongAndDivider(t *testing.T) {
	long := "[ 11-29 07:41:16.811  1702: 1730 I/ActivityManager ]\nStart proc 4120\n\n" +
		"[ 11-29 07:41:17.002  4120: 4120 E/AndroidRuntime ]\nFATAL EXCEPTION: main\n\n"
	wantRecords(t, long, 2, "2026-11-29T07:41:16.811Z info", "2026-11-29T07:41:17.002Z error")
	divided := "11-29 07:41:16.811  1702  1730 I ActivityManager: Start proc 4120\n" +
		"--------- beginning of crash\n" +
		"11-29 07:41:17.002  4120  4120 E AndroidRuntime: FATAL EXCEPTION: main\n"
	wantRecords(t, divided, 1, "2026-11-29T07:41:16.811Z info", " ", "2026-11-29T07:41:17.002Z error")
	switched := "11-29 07:41:16.811  1702  1730 I ActivityManager: Start proc 4120\n" +
		"--------- switch to system\n" +
		"11-29 07:41:17.002  1702  1730 W PackageManager: slow scan\n" +
		"--------- switch to main\n"
	wantRecords(t, switched, 1, "2026-11-29T07:41:16.811Z info", " ", "2026-11-29T07:41:17.002Z warn", " ")
}

// Zeek's footer closes a log after its last row: it is a line of its own, not the row's
// continuation.
func TestRecordsZeekFooter(t *testing.T) {
	text := "#fields\tts\tuid\tquery\n" +
		"1795938076.412000\tCa1\texample.org\n" +
		"1795938077.412000\tCa2\texample.net\n" +
		"#close\t2026-11-29-07-45-00\n"
	wantRecords(t, text, 1, " ", "2026-11-29T07:41:16.412Z ", "2026-11-29T07:41:17.412Z ", " ")
}

// Only a bracketed header takes the line under it whatever it says: a record without a message
// of its own is followed by the next record, and a divider with more words is a record's text.
func TestRecordsHeaderAloneIsBracketed(t *testing.T) {
	wantRecords(t, "2026-11-29 07:41:16 INFO\nERROR: disk full\n", 1, "2026-11-29T07:41:16Z info", " error")
	wantRecords(t, "Nov 29 07:41:16 web01 app[12]:\nERROR: disk full\n", 2, "2026-11-29T07:41:16Z error") // the message under its tag
	wantRecords(t, "2026-11-29 07:41:16 ERROR boom\n--------- beginning of crash dump below\n  at x\n", 3, "2026-11-29T07:41:16Z error")
}

// Blank lines under a rule count toward the lines its labelled time may come within.
func TestRecordsRuleWaitCountsBlankLines(t *testing.T) {
	text := "----------\nhello\n" + strings.Repeat("\n", 14) + "ERROR: boom\nDate: Sun Nov 29 07:41:16 UTC 2026\n"
	levels := levelledEntries(t, text)
	if strings.Join(levels, "|") != "error ERROR: boom" {
		t.Errorf("entries with a level %q, want the error line as an entry of its own", levels)
	}
}

// A block's timed line gives the block its level when it opens with its time.
func TestRecordsBlockLevelFromTimedLine(t *testing.T) {
	var text string
	for i, id := range []string{"A1B2C3D4", "A1B2C7A5", "A1B2CB76"} {
		text += "TXN " + id + " BEGIN\n  step one\n  step two\n" + fmt.Sprintf("2026-11-29 07:41:%02d WARN committed late\n", i)
	}
	wantRecords(t, text, 4, "2026-11-29T07:41:00Z warn", "2026-11-29T07:41:01Z warn", "2026-11-29T07:41:02Z warn")
}

// logcat's long format writes a blank line under each block: the line stays in the entry's raw
// text and is no part of its message.
func TestRecordsBlankLineClosesNoMessage(t *testing.T) {
	text := "[ 11-29 07:41:16.811  1702: 2395 D/WindowManager ]\n" +
		"printFreezingDisplayLogs opening app wtoken\n" +
		"\n" +
		"[ 11-29 07:41:16.900  1702: 1820 W/ActivityManager ]\n" +
		"Slow operation: 52ms so far\n" +
		"\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	want := []string{"printFreezingDisplayLogs opening app wtoken", "Slow operation: 52ms so far"}
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if e.Message != want[i] || !strings.HasSuffix(e.Raw, "\n") {
			t.Errorf("entry %d: message %q, raw %q; want message %q and the blank line kept in raw", i, e.Message, e.Raw, want[i])
		}
	}
}

// AWS Lambda's text log: the platform's START, END and REPORT lines carry no time, and each is a
// record of its own, not the end of the function's last line (or its stack trace).
func TestRecordsLambdaPlatformLines(t *testing.T) {
	text := "START RequestId: 8d1c2a7e-41aa-4c1a-9e2f-0b6d4c3a2b1e Version: $LATEST\n" +
		"2026-11-29T07:41:16.123Z\t8d1c2a7e-41aa-4c1a-9e2f-0b6d4c3a2b1e\tERROR\tInvoke Error\n" +
		"    at Runtime.handler (/var/task/index.js:12:9)\n" +
		"END RequestId: 8d1c2a7e-41aa-4c1a-9e2f-0b6d4c3a2b1e\n" +
		"REPORT RequestId: 8d1c2a7e-41aa-4c1a-9e2f-0b6d4c3a2b1e\tDuration: 12.41 ms\tBilled Duration: 13 ms\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 4 {
		t.Fatalf("got %d entries, want START, the error with its stack, END and REPORT", len(got))
	}
	if got[1].Lines() != 2 || got[1].Level != Error {
		t.Errorf("the error record has %d lines and level %v; want its stack joined, and error", got[1].Lines(), got[1].Level)
	}
	for i, prefix := range []string{"START ", "", "END ", "REPORT "} {
		if !strings.HasPrefix(got[i].Raw, prefix) || prefix != "" && got[i].Time != 0 {
			t.Errorf("entry %d = %q (time %s), want the %q line without a time", i, got[i].Raw, fmtTime(got[i].Time), prefix)
		}
	}
}

// Snort's full alert writes its header first and its time two lines below: the next alert's
// header never ends the record of the one before.
func TestRecordsSnortFullAlert(t *testing.T) {
	alert := func(sid int, name, at string) string {
		return fmt.Sprintf("[**] [1:%d:1] %s [**]\n[Priority: 0] \n11/29-%s 10.0.0.1 -> 10.0.0.2\nICMP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:84\n\n", sid, name, at)
	}
	text := alert(1000001, "ICMP probe one", "07:41:16.123456") + alert(1000002, "ICMP probe two", "07:41:17.004112")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	for _, e := range got {
		if strings.Contains(e.Raw, "07:41:16") && strings.Contains(e.Raw, "probe two") {
			t.Fatalf("the second alert's header is in the first alert's record:\n%s", e.Raw)
		}
	}
}

// Columns of ten-digit numbers that are counts or ids, in no order and decades apart, are no
// epochs, however many lines hold them.
func TestColumnNumbersAreNoEpochs(t *testing.T) {
	var text strings.Builder
	for _, n := range []int64{1623456789, 1056789012, 1734567890, 1198765432, 1500000001, 1012345678, 1777777777, 1345678901} {
		fmt.Fprintf(&text, "eth1 RX %d TX %d\n", n, n/2)
	}
	for i, e := range feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text.String()) {
		if e.Time != 0 {
			t.Errorf("line %d %q: time %s, want none", i, e.Raw, fmtTime(e.Time))
		}
	}
}

// A cluster's event dump names the node in the column after the record id, before the epoch that
// holds the time; a component or a bare number there is no host.
func TestNodeBeforeEpochColumn(t *testing.T) {
	var text strings.Builder
	nodes := []string{"node-12", "gige7", "node-D3", "1897", "node-40", "node-41", "node-12", "node-9", "rack-2", "node-5"}
	for i, n := range nodes {
		fmt.Fprintf(&text, "%d %s unix.hw state_change.unavailable %d 1 Component State Change\n", 4100+i*37, n, 1795930000+(i*7919)%5000)
	}
	fmt.Fprintf(&text, "4999 2206 shutdown_cmd new 1795931234 1 Targeting domains:node-D7\n")
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text.String())
	if len(got) != len(nodes)+1 {
		t.Fatalf("got %d entries, want %d", len(got), len(nodes)+1)
	}
	for i, e := range got[len(got)-4:] {
		want := append(nodes[len(nodes)-3:], "")[i]
		if e.Time == 0 || e.Host != want {
			t.Errorf("line %q: host %q, time %s; want %q and its epoch", e.Raw, e.Host, fmtTime(e.Time), want)
		}
	}
}

// gearmand pads its level on the left to the widest one, before the time: "  INFO 2026-…" starts
// a record as "NOTICE 2026-…" does, though it begins with blanks.
func TestRecordsLevelPaddedBeforeTime(t *testing.T) {
	text := "NOTICE 2026-11-29 07:41:16.000000 [  main ] Initializing\n" +
		"  INFO 2026-11-29 07:41:16.402117 [  main ] Starting up\n" +
		"    continued detail\n" +
		"WARNING 2026-11-29 07:41:19.004112 [  proc ] worker timed out\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 3 || got[1].Level != Info || got[1].Lines() != 2 {
		t.Fatalf("got %d entries; want 3, the second an info record with its detail line", len(got))
	}
}

// journalctl marks a reboot, and an empty selection, with a line of its own between entries.
func TestRecordsJournalMarkers(t *testing.T) {
	text := "Nov 29 07:41:16 web01 systemd[1]: Stopping nginx.service\n" +
		"-- Boot 4f1c2a7e9b3d4c1a8e2f0b6d41207ab1 --\n" +
		"Nov 29 07:43:02 web01 kernel: Linux version 6.11.0\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 3 || got[1].Time != 0 || !strings.HasPrefix(got[1].Raw, "-- Boot ") {
		t.Fatalf("got %d entries; want the boot marker as a record of its own between the two", len(got))
	}
}

// docker compose logs puts each service's name before its lines: behind it, every format is read
// as the service wrote it, and a pipe after a level ("INFO | …") is no such column.
func TestComposeServiceColumn(t *testing.T) {
	text := `web-1    | {"time":"2026-11-29T07:41:16Z","level":"warn","msg":"slow","user":"anna"}` + "\n" +
		"api-1    | 2026-11-29 07:41:17.000 ERROR [main] c.a.Filter : threw exception\n" +
		"api-1    |     at c.a.Filter.doFilter(Filter.java:41)\n" +
		`nginx-1  | 172.18.0.1 - - [29/Nov/2026:07:41:19 +0000] "GET / HTTP/1.1" 502 615 "-" "curl/8.5.0"` + "\n" +
		"shop_db_1  | 2026-11-29 07:41:20.123 UTC [1] LOG:  database system is ready\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 4 {
		t.Fatalf("got %d entries, want 4: the JSON line, the exception with its trace, the access line, the database's", len(got))
	}
	if got[0].Level != Warn || got[0].Message != "slow" || !strings.Contains(string(AppendJSON(nil, got[0])), `"user":"anna"`) {
		t.Errorf("JSON behind the column: level %v, message %q; want warn, slow and its fields", got[0].Level, got[0].Message)
	}
	if got[1].Level != Error || got[1].Lines() != 2 || fmtTime(got[2].Time) != "2026-11-29T07:41:19Z" || fmtTime(got[3].Time) != "2026-11-29T07:41:20.123Z" {
		t.Errorf("records behind the column: %+v", got)
	}
	if rec := newTestParser().Parse([]byte("INFO | 2026-11-29 07:41:21 | cache warmed")); rec.Level != Info {
		t.Errorf("a level before a pipe is no service's name: level %v", rec.Level)
	}
}

// A tab-separated log's time may sit in its third or fourth column: each line is still a record,
// where a time that deep in a line of prose would belong to the record above.
func TestRecordsTabColumns(t *testing.T) {
	text := "\"APPLICATION\"\t4120\t\"2026-11-29 07:41:16.123\"\t\"Service started.\"\n" +
		"\"SMTPD\"\t4131\t41\t\"2026-11-29 07:41:17.402\"\t\"198.51.100.4\"\t\"RECEIVED: EHLO mail.example.net\"\n" +
		"\"SMTPC\"\t4133\t42\t\"2026-11-29 07:41:19.004\"\t\"203.0.113.25\"\t\"SENT: QUIT\"\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 3 || fmtTime(got[2].Time) != "2026-11-29T07:41:19.004Z" {
		t.Fatalf("got %d entries; want each tab-separated line a record with its own time", len(got))
	}
}

// A labelled time is a header's field that names a time, never a document's key or prose.
func TestTimeLabel(t *testing.T) {
	for line, want := range map[string]bool{
		"Date/Time:       Sun Nov 29 07:41:16 UTC 2026": true,
		"Start time: 20261129074116":                    true,
		"Timestamp: 2026-11-29 07:41:16":                true,
		`  "timestamp": "2026-11-29T07:41:16Z",`:        false,
		"Elapsed 2026-11-29 07:41:16":                   false,
		"Node Id:         aixdb01":                      false,
		"backup of 2026-11-28 07:00:00 kept":            false,
	} {
		if got := timeLabel([]byte(line)); got != want {
			t.Errorf("timeLabel(%q) = %v, want %v", line, got, want)
		}
	}
}
