package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// widgetd is a made-up daemon: "2026/11/29 07:19:40.624 [host-a] <W> spool: queue is long".
func widgetdSpec() CustomSpec {
	return CustomSpec{
		Name: "widgetd_log",
		Patterns: []CustomPattern{
			{Name: "std", Regex: `^(?<timestamp>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \[(?<host>[^\]]+)\] <(?<level>\w)> (?<body>.*)$`},
			{Name: "bare", Regex: `^(?P<timestamp>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<body>.*)$`},
		},
		TimeFormats: []string{"%Y/%m/%d %H:%M:%S.%L"},
		Levels: []CustomLevel{
			{Level: Critical, Name: "fatal", Regex: `^F$`},
			{Level: Error, Name: "error", Regex: `^E$`},
			{Level: Warn, Name: "warning", Regex: `^W$`},
		},
	}
}

func TestCustomParse(t *testing.T) {
	c, errs := NewCustom(widgetdSpec())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		line, time, host, msg string
		level                 Level
		why                   string
	}{
		{"2026/11/29 07:19:40.624 [host-a] <W> spool: queue is long", "2026-11-29T07:19:40.624Z", "host-a", "spool: queue is long", Warn, "the level map"},
		{"2026/11/29 07:19:41.000 [host-b] <I> started", "2026-11-29T07:19:41Z", "host-b", "started", Info, "a letter the map lacks falls back to trawl's level words"},
		{"2026/11/29 07:19:42.000 [host-b] <Q> odd", "2026-11-29T07:19:42Z", "host-b", "odd", Unknown, "an unknown letter is no level"},
		{"2026/11/29 07:19:43.000 no header", "2026-11-29T07:19:43Z", "", "no header", Unknown, "the second pattern: no host, no level"},
	} {
		rec, ok := c.Parse([]byte(tc.line), now, nil)
		if !ok {
			t.Errorf("%s: %q not read", tc.why, tc.line)
			continue
		}
		checkRecord(t, []byte(tc.line), rec)
		got := time.Unix(0, rec.Time).UTC().Format(time.RFC3339Nano)
		line := []byte(tc.line)
		if rec.Format != FormatCustom || got != tc.time || string(rec.Host.Of(line)) != tc.host ||
			string(rec.Message.Of(line)) != tc.msg || rec.Level != tc.level {
			t.Errorf("%s: %q gave %v %s host %q msg %q level %v", tc.why, tc.line, rec.Format, got,
				rec.Host.Of(line), rec.Message.Of(line), rec.Level)
		}
	}
	for _, line := range []string{"", "2026/11/29 07:19:40 [h] <W> no millis", "2026/13/29 07:19:40.624 bad month"} {
		if _, ok := c.Parse([]byte(line), now, nil); ok {
			t.Errorf("%q read, want no match", line)
		}
	}
}

func TestCustomLocation(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	c, _ := NewCustom(widgetdSpec())
	rec, ok := c.Parse([]byte("2026/07/01 12:00:00.000 up"), now, berlin)
	if !ok || time.Unix(0, rec.Time).UTC().Hour() != 10 {
		t.Errorf("a time without a zone is wall-clock time in the location: got %v", time.Unix(0, rec.Time).UTC())
	}
}

func TestCustomErrors(t *testing.T) {
	spec := widgetdSpec()
	spec.Patterns = append(spec.Patterns,
		CustomPattern{Name: "lookahead", Regex: `^(?<timestamp>\S+) (?=x)(?<body>.*)$`},
		CustomPattern{Name: "backref", Regex: `^(?<timestamp>\S+) (\w)\1`},
		CustomPattern{Name: "possessive", Regex: `^(?<timestamp>\S++)`},
		CustomPattern{Name: "timeless", Regex: `^(?<body>.*)$`},
	)
	spec.Levels = append(spec.Levels, CustomLevel{Level: Debug, Name: "debug", Regex: `(?<!x)D`})
	spec.TimeFormats = append(spec.TimeFormats, "%Y %Q")
	c, errs := NewCustom(spec)
	if c == nil || len(c.patterns) != 2 {
		t.Fatalf("the good patterns must still load: %v", c)
	}
	want := []string{`pattern "lookahead"`, `pattern "backref"`, `pattern "possessive"`, `pattern "timeless"`, `timestamp-format "%Y %Q"`, `level "debug"`}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(want), errs)
	}
	for i, err := range errs {
		var ce *CustomError
		if !errors.As(err, &ce) || ce.Format != "widgetd_log" || !strings.Contains(err.Error(), want[i]) ||
			!strings.Contains(err.Error(), `format "widgetd_log"`) {
			t.Errorf("error %d = %v, want it to name the format and %s", i, err, want[i])
		}
	}
	_, errs = NewCustom(CustomSpec{Name: "none", Patterns: []CustomPattern{{Name: "x", Regex: `(`}}})
	if len(errs) != 2 || !strings.Contains(errs[1].Error(), "none of its patterns") {
		t.Errorf("a format with no usable pattern: %v", errs)
	}
}

func TestCustomBuiltinTime(t *testing.T) {
	c, errs := NewCustom(CustomSpec{Name: "x", Patterns: []CustomPattern{{Regex: `^\[(?<timestamp>[^\]]+)\] (?<body>.*)`}}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, line := range []string{"[2026-02-16T14:30:01Z] a", "[Feb 16 14:30:01] a", "[16/Feb/2026:14:30:01 +0000] a", "[1771252201] a"} {
		rec, ok := c.Parse([]byte(line), now, nil)
		if got := time.Unix(0, rec.Time).UTC(); !ok || !got.Equal(time.Date(2026, 2, 16, 14, 30, 1, 0, time.UTC)) {
			t.Errorf("%q: without a timestamp-format trawl's own reading applies; got %v (ok %v)", line, got, ok)
		}
	}
}

func TestCustomFor(t *testing.T) {
	spec := widgetdSpec()
	spec.FilePattern = `widgetd.*\.log$`
	only, _ := NewCustom(spec)
	every, _ := NewCustom(widgetdSpec())
	all := []*Custom{every, only}
	if got := CustomFor(all, "/var/log/widgetd/main.log"); len(got) != 2 {
		t.Errorf("a matching source gets every format, got %d", len(got))
	}
	if got := CustomFor(all, "/var/log/syslog"); len(got) != 1 || got[0] != every {
		t.Errorf("a source the file pattern refuses loses that format, got %v", got)
	}
}

func TestParserCustomProbe(t *testing.T) {
	c, _ := NewCustom(widgetdSpec())
	p := NewParser(fixedNow)
	p.SetCustom([]*Custom{c})
	for i := 0; i < customProbeLines; i++ {
		if _, ok := p.tryCustom([]byte("Feb 16 14:30:01 host app: not widgetd")); ok {
			t.Fatal("a syslog line read as widgetd")
		}
	}
	if _, ok := p.tryCustom([]byte("2026/11/29 07:19:40.624 [h] <E> late")); ok {
		t.Error("after the probe window a source that showed no custom line stops trying them")
	}
	q := NewParser(fixedNow)
	q.SetCustom([]*Custom{c})
	if _, ok := q.tryCustom([]byte("2026/11/29 07:19:40.624 [h] <E> first")); !ok {
		t.Fatal("a widgetd line not read")
	}
	for i := 0; i < customProbeLines; i++ {
		q.tryCustom([]byte("\tat continuation"))
	}
	if _, ok := q.tryCustom([]byte("2026/11/29 07:19:41.624 [h] <E> again")); !ok {
		t.Error("a source that matched keeps trying its formats")
	}
}

func TestCustomSurvivesUglyInput(t *testing.T) {
	c, _ := NewCustom(widgetdSpec())
	p := NewParser(fixedNow)
	p.SetCustom([]*Custom{c})
	for _, l := range uglyLines() {
		if rec, ok := p.parseCustom([]byte(l)); ok {
			checkRecord(t, []byte(l), rec)
		}
	}
}

func BenchmarkCustom(b *testing.B) {
	c, _ := NewCustom(widgetdSpec())
	line := []byte("2026/11/29 07:19:40.624 [host-a] <W> spool: queue is long, 1200 items waiting for the writer")
	w := wallClock{}
	b.ReportAllocs()
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		c.parse(line, now.UnixNano(), &w)
	}
}

// TestStreamCustom follows a custom source through a Stream: its records start where a line
// matches, and a stack trace after one joins it.
func TestStreamCustom(t *testing.T) {
	c, _ := NewCustom(widgetdSpec())
	s := NewStream("widgetd.log", StreamOptions{Now: fixedNow})
	s.p.SetCustom([]*Custom{c})
	b := &Batch{}
	for i, l := range []string{
		"2026/11/29 07:19:40.624 [gw-1] <E> write failed",
		"java.io.IOException: disk gone",
		"\tat Disk.write(Disk.java:12)",
		"2026/11/29 07:19:41.000 [gw-1] <I> recovered",
	} {
		s.Line([]byte(l), int64(i), false, b)
	}
	s.Flush(b)
	if b.Len() != 2 {
		t.Fatalf("got %d entries, want 2", b.Len())
	}
	e := b.Entry(0)
	if e.Format != FormatCustom || e.Level != Error || e.Host != "gw-1" || e.Lines() != 3 ||
		e.Message != "write failed\njava.io.IOException: disk gone\n\tat Disk.write(Disk.java:12)" {
		t.Errorf("first entry: %+v", e)
	}
}

func TestCustomBadFilePattern(t *testing.T) {
	spec := widgetdSpec()
	spec.FilePattern = `(?<!x)\.log$`
	c, errs := NewCustom(spec)
	if c != nil || len(errs) != 2 || !strings.Contains(errs[0].Error(), `file-pattern "(?<!x)\\.log$"`) {
		t.Errorf("a format whose file pattern fails must not apply to every source: %v %v", c, errs)
	}
}

// The most specific format reads every line it matches, even after a generic one read the line
// before: the order is the formats' own, not the last one that matched.
func TestParserCustomSpecificFirstOnEveryLine(t *testing.T) {
	specific, _ := NewCustom(CustomSpec{Name: "sshd_only", Patterns: []CustomPattern{{Name: "std",
		Regex: `^(?<timestamp>\w{3} [ \d]\d \d{2}:\d{2}:\d{2}) (?<host>\S+) sshd\[\d+\]: (?<level>error|fatal)?:? ?(?<body>.*)$`}}})
	generic, _ := NewCustom(CustomSpec{Name: "any_syslog", Patterns: []CustomPattern{{Name: "std",
		Regex: `^(?<timestamp>\w{3} [ \d]\d \d{2}:\d{2}:\d{2}) (?<host>\S+) (?<body>.*)$`}}})
	p := NewParser(fixedNow)
	p.SetCustom([]*Custom{specific, generic})
	lines := []string{
		"Nov 29 07:41:16 gw sshd[42]: error: maximum authentication attempts",
		"Nov 29 07:41:17 gw CRON[43]: (root) CMD (run-parts)",
		"Nov 29 07:41:18 gw sshd[44]: error: maximum authentication attempts",
	}
	want := []Level{Error, Unknown, Error}
	for i, l := range lines {
		rec, ok := p.tryCustom([]byte(l))
		if !ok || rec.Level != want[i] {
			t.Errorf("line %d: ok %v level %v, want %v", i+1, ok, rec.Level, want[i])
		}
	}
}

// Past the probe window a source is read with the formats that read its lines in it, still in
// their order: the formats before them are no longer paid for on every line.
func TestParserCustomKeepsTheFormatsThatRead(t *testing.T) {
	specific, _ := NewCustom(CustomSpec{Name: "sshd_only", Patterns: []CustomPattern{{Name: "std",
		Regex: `^(?<timestamp>\w{3} [ \d]\d \d{2}:\d{2}:\d{2}) (?<host>\S+) sshd\[\d+\]: (?<level>error|fatal)?:? ?(?<body>.*)$`}}})
	generic, _ := NewCustom(CustomSpec{Name: "any_syslog", Patterns: []CustomPattern{{Name: "std",
		Regex: `^(?<timestamp>\w{3} [ \d]\d \d{2}:\d{2}:\d{2}) (?<host>\S+) (?<body>.*)$`}}})
	unused, _ := NewCustom(widgetdSpec())
	p := NewParser(fixedNow)
	p.SetCustom([]*Custom{unused, specific, generic})
	for i := range customProbeLines {
		line := "Nov 29 07:41:17 gw CRON[43]: (root) CMD (run-parts)"
		if i%100 == 99 {
			line = "Nov 29 07:41:18 gw sshd[44]: error: maximum authentication attempts"
		}
		if _, ok := p.tryCustom([]byte(line)); !ok {
			t.Fatalf("line %d not read", i+1)
		}
	}
	if got := p.custom.kept; len(got) != 2 || got[0] != specific || got[1] != generic {
		t.Fatalf("kept %d formats, want the specific one, then the generic one", len(got))
	}
	rec, ok := p.tryCustom([]byte("Nov 29 07:41:19 gw sshd[45]: error: maximum authentication attempts"))
	if !ok || rec.Level != Error {
		t.Errorf("past the window the specific format comes first: ok %v level %v", ok, rec.Level)
	}
}

// A file pattern written for the full path (as lnav matches it) applies to a file named by a
// relative path too.
func TestCustomForRelativeName(t *testing.T) {
	dir := t.TempDir()
	app := filepath.Join(dir, "app")
	if err := os.Mkdir(app, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(app)
	spec := widgetdSpec()
	spec.FilePattern = `/app/[^/]+\.log$`
	only, _ := NewCustom(spec)
	if got := CustomFor([]*Custom{only}, "x.log"); len(got) != 1 {
		t.Error("x.log inside app/ is /…/app/x.log: the format applies")
	}
	if got := CustomFor([]*Custom{only}, "../x.log"); len(got) != 0 {
		t.Error("../x.log is outside app/: the format does not apply")
	}
}

// An entry a definition read gets the pattern's other groups as its fields, from the format meant
// for its source that reads its first line; entries of built-in formats keep their own fields.
func TestDefinedFields(t *testing.T) {
	spec := widgetdSpec()
	spec.Name, spec.FilePattern = "spool_log", `spool\.log$`
	spec.Patterns = []CustomPattern{{Name: "queue", Regex: `^(?<timestamp>\S+ \S+) \[(?<host>[^\]]+)\] <(?<level>\w)> (?<queue>\w+): depth=(?<depth>\S+) (?<body>.*)$`}}
	spec.Numbers = []string{"depth"}
	spool, _ := NewCustom(spec)
	defined := NewDefined([]*Custom{spool})
	raw := []byte("2026/11/29 07:19:40.624 [host-a] <W> mail: depth=812 queue is long\n\tsecond line")
	got := defined.Fields(FormatCustom, "/var/spool/spool.log", raw)
	if len(got) != 2 || got[0] != (Field{"queue", "mail"}) || got[1] != (Field{"depth", "812"}) {
		t.Errorf("fields %v, want queue=mail and depth=812 (not the time, host, level or body)", got)
	}
	if got := defined.Fields(FormatCustom, "/var/log/other.log", raw); len(got) != 0 {
		t.Errorf("a source the file pattern refuses: fields %v, want none", got)
	}
	js := string(defined.AppendJSON(nil, Entry{Format: FormatCustom, Source: "spool.log", Raw: string(raw)}))
	if !strings.Contains(js, `"fields":{"queue":"mail","depth":812}`) {
		t.Errorf("JSON %s: want the fields with depth a number", js)
	}
	access := `10.0.0.1 - - [29/Nov/2026:10:00:02 +0000] "GET / HTTP/1.1" 200 15 "-" "curl/8.5.0"`
	if got := defined.Fields(FormatAccess, "spool.log", []byte(access)); len(got) == 0 || got[0].Key != "remote_addr" {
		t.Errorf("an access line's fields through Defined: %v", got)
	}
}

// A user's definition wins over trawl's reading of a prefix, as it wins over trawl's formats: a
// line that opens with a zoned time and pairs is the definition's when it reads it.
func TestCustomWinsOverACollectorPrefix(t *testing.T) {
	c, errs := NewCustom(CustomSpec{Name: "goapp_log",
		Patterns: []CustomPattern{{Name: "std", Regex: `^(?<timestamp>\S+Z) prio=(?<level>\w+) msg="(?<body>[^"]*)" user=(?<user>\w+)$`}},
		Levels:   []CustomLevel{{Level: Error, Name: "error", Regex: `^P1$`}}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p := newTestParser()
	p.SetCustom([]*Custom{c})
	line := []byte(`2026-11-29T10:00:01Z prio=P1 msg="denied" user=eve`)
	if rec := p.Parse(line); rec.Format != FormatCustom || rec.Level != Error || string(rec.Message.Of(line)) != "denied" {
		t.Errorf("format %v level %v message %q; want the definition's: custom, error, denied", rec.Format, rec.Level, rec.Message.Of(line))
	}
	if got := NewDefined([]*Custom{c}).Fields(FormatCustom, "app.log", line); len(got) != 1 || got[0] != (Field{"user", "eve"}) {
		t.Errorf("fields %v, want user=eve from the line the definition read whole", got)
	}
}

// A field a definition calls a number is one in JSON Lines only when every reader holds it.
func TestDefinedNumbersStayFinite(t *testing.T) {
	spec := widgetdSpec()
	spec.Patterns = []CustomPattern{{Name: "n", Regex: `^(?<timestamp>\S+ \S+) n=(?<n>\S+) (?<body>.*)$`}}
	spec.Numbers = []string{"n"}
	c, _ := NewCustom(spec)
	for value, want := range map[string]string{"42": `"n":42`, "1e999": `"n":"1e999"`, "00": `"n":"00"`} {
		raw := "2026/11/29 07:19:40.624 n=" + value + " x"
		if js := string(NewDefined([]*Custom{c}).AppendJSON(nil, Entry{Format: FormatCustom, Source: "a.log", Raw: raw})); !strings.Contains(js, want) {
			t.Errorf("n=%s: %s, want %s", value, js, want)
		}
	}
}
