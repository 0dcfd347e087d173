package parse

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

type jsonLine struct {
	Time    string            `json:"time"`
	Level   string            `json:"level"`
	Source  string            `json:"source"`
	Host    string            `json:"host"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields"`
	Raw     string            `json:"raw"`
	Raw64   []byte            `json:"raw_base64"`
}

func decodeLine(t testing.TB, out []byte) jsonLine {
	t.Helper()
	if len(out) == 0 || out[len(out)-1] != '\n' || strings.Count(string(out), "\n") != 1 {
		t.Fatalf("not one line: %q", out)
	}
	if !utf8.Valid(out) {
		t.Fatalf("invalid UTF-8: %q", out)
	}
	for _, c := range out[:len(out)-1] {
		if c < 0x20 || c == 0x7f {
			t.Fatalf("raw control byte %#x in %q", c, out)
		}
	}
	var v jsonLine
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("output does not decode: %v\n%s", err, out)
	}
	return v
}

func TestAppendJSONSchema(t *testing.T) {
	raw := `{"level":"error","msg":"boom","user":{"id":7},"tags":["a","b"]}`
	e := Entry{Time: ts("2026-03-01T00:00:00.123456789Z"), Level: Error, Format: FormatJSON, Source: "app.log",
		Host: "web1", Message: "boom", Raw: raw}
	out := AppendJSON(nil, e)
	want := `{"time":"2026-03-01T00:00:00.123456789Z","level":"error","source":"app.log","host":"web1","message":"boom",` +
		`"fields":{"level":"error","msg":"boom","user.id":"7","tags":"[\"a\",\"b\"]"},"raw":` + jsonQuote(raw) + "}\n"
	if string(out) != want {
		t.Fatalf("got\n%s\nwant\n%s", out, want)
	}
	empty := decodeLine(t, AppendJSON(nil, Entry{Message: "x", Raw: "x"}))
	if empty.Time != "" || empty.Level != "" || len(empty.Fields) != 0 {
		t.Errorf("zero entry: %+v", empty)
	}
}

// A cut entry and a line let go without its newline say so; other entries carry neither key.
func TestAppendJSONMarksTruncatedAndNoNewline(t *testing.T) {
	plain := string(AppendJSON(nil, Entry{Message: "x", Raw: "x"}))
	if strings.Contains(plain, "truncated") || strings.Contains(plain, "no_newline") {
		t.Fatalf("plain entry carries a marker: %s", plain)
	}
	out := string(AppendJSON(nil, Entry{Message: "x", Raw: "x", Truncated: true, NoNewline: true}))
	if !strings.HasSuffix(out, `,"truncated":true,"no_newline":true}`+"\n") {
		t.Fatalf("markers missing: %s", out)
	}
}

// An entry without a time of its own says so: time is "", and the estimate that placed it has a
// key of its own, present only then.
func TestAppendJSONEstimatedTime(t *testing.T) {
	est := ts("2026-02-27T08:12:44.5Z")
	out := AppendJSON(nil, Entry{Estimated: est, Source: "history.log", Message: "Start-Date: x", Raw: "Start-Date: x"})
	want := `{"time":"","time_estimated":"2026-02-27T08:12:44.5Z","level":"","source":"history.log","host":"",`
	if !strings.HasPrefix(string(out), want) {
		t.Fatalf("got\n%s\nwant it to start with\n%s", out, want)
	}
	decodeLine(t, out)
	for _, e := range []Entry{{Raw: "x"}, {Time: ts("2026-03-01T00:00:00Z"), Estimated: est, Raw: "x"}} {
		if out := AppendJSON(nil, e); strings.Contains(string(out), "time_estimated") {
			t.Errorf("time_estimated without an estimate or beside a time of its own: %s", out)
		}
	}
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestAppendJSONRoundTripsControlBytes(t *testing.T) {
	raw := "title \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m\ttab\r\x00nul \u2028 \u0085 \"q\" \\ é"
	v := decodeLine(t, AppendJSON(nil, Entry{Source: "s\x1b", Message: raw, Raw: raw}))
	if v.Raw != raw || v.Message != raw || v.Source != "s\x1b" {
		t.Fatalf("raw did not round-trip:\n%q\n%q", v.Raw, raw)
	}
}

func TestAppendJSONInvalidUTF8(t *testing.T) {
	v := decodeLine(t, AppendJSON(nil, Entry{Message: "a\xffb\xc3", Raw: "a\xffb\xc3"}))
	if v.Raw != "a\ufffdb\ufffd" || string(v.Raw64) != "a\xffb\xc3" {
		t.Fatalf("raw = %q, raw_base64 = %q: want U+FFFD for display and the exact bytes in base64", v.Raw, v.Raw64)
	}
	if v := decodeLine(t, AppendJSON(nil, Entry{Raw: "valid é"})); v.Raw64 != nil {
		t.Fatalf("raw_base64 %q on a valid line", v.Raw64)
	}
}

func TestAppendJSONDuplicateKeys(t *testing.T) {
	raw := `level=info level=warn msg=x`
	v := decodeLine(t, AppendJSON(nil, Entry{Format: FormatLogfmt, Raw: raw}))
	if v.Fields["level"] != "info" {
		t.Fatalf("fields = %v", v.Fields)
	}
}
