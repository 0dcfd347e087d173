package parse

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// now is the fixed clock of the tests: shortly after the sample lines were written.
var now = time.Date(2026, 2, 17, 9, 0, 0, 0, time.UTC)

func fixedNow() time.Time { return now }

// parseCase is one row of a per-format table, in the spirit of testing/slogtest: an input line,
// what must come out of it, and why the row exists.
type parseCase struct {
	name   string
	line   string
	format Format
	level  Level
	time   string // RFC 3339 with nanoseconds, "" for none
	host   string
	msg    string // the decoded message
	fields map[string]string
	why    string
}

func runCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line := []byte(c.line)
			rec := NewParser(fixedNow).Parse(line)
			checkRecord(t, line, rec)
			if rec.Format != c.format {
				t.Fatalf("format = %v, want %v (%s)", rec.Format, c.format, c.why)
			}
			if rec.Level != c.level {
				t.Errorf("level = %v, want %v (%s)", rec.Level, c.level, c.why)
			}
			if got := fmtTime(rec.Time); got != c.time {
				t.Errorf("time = %q, want %q (%s)", got, c.time, c.why)
			}
			if got := string(rec.Host.Of(line)); got != c.host {
				t.Errorf("host = %q, want %q (%s)", got, c.host, c.why)
			}
			if got := string(message(line, rec)); got != c.msg {
				t.Errorf("message = %q, want %q (%s)", got, c.msg, c.why)
			}
			got := map[string]string{}
			for _, f := range Fields(rec.Format, line) {
				got[f.Key] = f.Value
			}
			for k, v := range c.fields {
				if got[k] != v {
					t.Errorf("field %s = %q, want %q (all: %v) (%s)", k, got[k], v, got, c.why)
				}
			}
		})
	}
}

func fmtTime(ns int64) string {
	if ns == 0 {
		return ""
	}
	return time.Unix(0, ns).UTC().Format(time.RFC3339Nano)
}

func message(line []byte, rec Record) []byte {
	if rec.Unescaped != nil {
		return rec.Unescaped
	}
	return rec.Message.Of(line)
}

// checkRecord is the shared check every parser's output must pass, on any input.
func checkRecord(t testing.TB, line []byte, rec Record) {
	t.Helper()
	for _, s := range []Span{rec.Host, rec.Message} {
		if s.Start < 0 || s.End < s.Start || int(s.End) > len(line) {
			t.Fatalf("span %v out of bounds of a %d-byte line %q", s, len(line), trim(line))
		}
	}
	if rec.Format >= numFormats || int(rec.Level) >= NumLevels {
		t.Fatalf("format %d level %d out of range", rec.Format, rec.Level)
	}
	if utf8.Valid(line) && rec.Unescaped != nil && !utf8.Valid(rec.Unescaped) {
		t.Fatalf("Unescaped %q of valid line %q is not valid UTF-8", rec.Unescaped, trim(line))
	}
	if rec.Unescaped != nil && len(rec.Unescaped) > 2*len(line)+16 {
		t.Fatalf("Unescaped of %d bytes from a %d-byte line", len(rec.Unescaped), len(line))
	}
}

func trim(b []byte) []byte {
	if len(b) > 200 {
		return b[:200]
	}
	return b
}

// uglyLines are inputs every parser must survive.
func uglyLines() []string {
	return []string{
		"", " ", "\t \t", "\x00", "\x00\x00{\"a\":1}", "\r", "line\r",
		"\xff\xfe invalid \xc3\x28 utf8", "{", "{\"", `{"level":`, `{"a":"\ud800"}`, "[", "<", "<1>", "<999>1 -",
		"<13>1 ", "<13>1 - - - - - [x", `{"msg":"a"}{"msg":"b"}`, `{"msg":"a",}`, `{"a" 1}`, "a=", "=a b=c",
		`a="unterminated b=c`, "Feb 30 25:61:61 x y: z", "2026-02-30T10:00:00Z boom", "9999-99-99 99:99:99",
		"1.2.3.4 - - [", `1.2.3.4 - - [16/Feb/2026:14:30:01 +0000] "`, "E9999 99:99:99.999999 x",
		strings.Repeat("[", 100000), strings.Repeat(`{"a":`, 100000), strings.Repeat("a=b ", 10000),
		"\x1b]0;pwned\x07\x1b[31mERROR\x1b[0m red", `{"time":1e400,"level":1e99,"msg":1}`,
		`{"time":"99999999999999999999999999","ts":-1,"t":"1700000000.5e3"}`,
	}
}

func TestAllParsersSurviveUglyInput(t *testing.T) {
	lines := uglyLines()
	lines = append(lines, strings.Repeat("x", 10<<20), "{\"msg\":\""+strings.Repeat("\\n", 1<<20)+"\"}")
	for _, c := range allCases() {
		lines = append(lines, c.line, c.line+"\r", c.line[:len(c.line)/2], c.line+"\x00\xff")
	}
	p := NewParser(fixedNow)
	for _, l := range lines {
		line := []byte(l)
		for f := Format(0); f < numFormats; f++ {
			if rec, ok := p.ParseAs(f, line); ok {
				checkRecord(t, line, rec)
				if rec.Format != f {
					t.Fatalf("ParseAs(%v) returned format %v", f, rec.Format)
				}
			}
			_ = Fields(f, line)
		}
		checkRecord(t, line, p.Parse(line))
	}
}

func allCases() []parseCase {
	var all []parseCase
	for _, cs := range [][]parseCase{jsonCases, logfmtCases, rfc3164Cases, rfc5424Cases, accessCases, layoutCases, textCases} {
		all = append(all, cs...)
	}
	return all
}

func TestParseZeroAllocs(t *testing.T) {
	p := NewParser(fixedNow)
	for _, c := range allCases() {
		line := []byte(c.line)
		p.Parse(line) // warm the scratch buffer
		if n := testing.AllocsPerRun(20, func() { p.Parse(line) }); n != 0 {
			t.Errorf("%s: %v allocs per parse of %q", c.name, n, c.line)
		}
	}
}

func TestDetectedFormatFallsBack(t *testing.T) {
	p := NewParser(fixedNow)
	for i := 0; i < 10; i++ {
		p.Parse([]byte(`{"level":"info","msg":"x"}`))
	}
	if p.Format() != FormatJSON {
		t.Fatalf("format = %v after JSON lines", p.Format())
	}
	line := []byte(`time=2026-02-16T14:30:01Z level=warn msg="not json"`)
	rec := p.Parse(line)
	if rec.Format != FormatLogfmt || rec.Level != Warn || string(message(line, rec)) != "not json" {
		t.Fatalf("a logfmt line in a JSON source: %+v", rec)
	}
	line = []byte(`{"level":"info","msg":"trunc`)
	rec = p.Parse(line)
	if rec.Format != FormatText || !bytes.Equal(rec.Message.Of(line), line) {
		t.Fatalf("a truncated JSON line must be kept whole as text: %+v", rec)
	}
}

// TestColumnsThatNameNoMachine: after an ISO time, a version, a file, a source position or a
// logger's name before two blanks or a program's colon is no host; a machine's name or address is.
func TestColumnsThatNameNoMachine(t *testing.T) {
	for line, want := range map[string]string{
		"2026-11-30T07:41:16Z v2.3.1  Release notes follow":                                    "",
		"2026-11-30T07:41:17Z main.go:42  starting server":                                     "",
		"2026-11-30T07:41:16Z server.log  Rotated file":                                        "",
		"2026-11-30T07:41:16.123 my.app.Main main: started":                                    "",
		"2026-11-30T07:41:16.123 app.server handler: got request":                              "",
		"2026-11-29T08:41:16.412070+01:00 web-03  Accepted publickey":                          "web-03",
		"2026-11-29T08:41:16.4+01:00 10.20.0.5  link up":                                       "10.20.0.5",
		"2019-06-14T10:40:20.912134 localhost sudo: session opened":                            "localhost",
		"2019-06-14T10:40:20.912134 ip-10-1-4-27 cron: job 12 finished":                        "ip-10-1-4-27",
		"2026-11-30 07:41:16,123 pool-2-thread-1 [INFO ] com.example.OrderService[88]: placed": "",
		"2026-11-30 07:41:16 celery-worker-2 [ERROR] tasks.send_mail[4412]: failed":            "",
		"2026-11-30T07:41:16+01:00 axis-1 [ E ] httpd[12]: failed":                             "",
		"2026-11-30T07:41:16+01:00 axis-1 [ WARNING ] httpd[12]: failed":                       "axis-1",
		"2026-11-30 07:41:16 web01.example.com. sshd[1]: x":                                    "web01.example.com.",
	} {
		line := []byte(line)
		if got := string(NewParser(fixedNow).Parse(line).Host.Of(line)); got != want {
			t.Errorf("%s: host %q, want %q", line, got, want)
		}
	}
}
