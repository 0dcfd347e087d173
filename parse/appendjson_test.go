package parse

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

type jsonLine struct {
	Time    string         `json:"time"`
	Level   string         `json:"level"`
	Source  string         `json:"source"`
	Host    string         `json:"host"`
	Message string         `json:"message"`
	Fields  map[string]any `json:"fields"`
	Raw     string         `json:"raw"`
	Raw64   []byte         `json:"raw_base64"`
	Src64   []byte         `json:"source_base64"`
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
		`"fields":{"level":"error","msg":"boom","user":{"id":7},"tags":["a","b"]},"raw":` + jsonQuote(raw) + "}\n"
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

// A JSON Lines file shown in a terminal (cat, less) reads as it is: the bidirectional and zero-width
// characters of a line are escaped, in the raw line, the message and the fields, and decode back.
func TestAppendJSONEscapesInvisibles(t *testing.T) {
	jsonRaw := "{\"msg\":\"invoice\u202egnp.exe\",\"user\":\"ad\u200bmin\"}"
	for _, e := range []Entry{
		{Format: FormatJSON, Message: "invoice\u202egnp.exe", Raw: jsonRaw},
		{Format: FormatLogfmt, Message: "x", Raw: "msg=x user=ad\u2066min\ufeff"},
		{Message: "a\u2028b", Raw: "a\u2028b"},
		{Message: "ok\U000E0048i", Raw: "ok\U000E0048i\U0001D173"}, // tag characters spell hidden text
		{Format: FormatLogfmt, Message: "x", Raw: "msg=x user=ad\U000E0069min"},
	} {
		out := string(AppendJSON(nil, e))
		if strings.ContainsAny(out, "\u202e\u200b\u2066\ufeff\u2028\U000E0048\U000E0069\U0001D173") {
			t.Fatalf("an invisible character reached the output as it is:\n%s", out)
		}
		if v := decodeLine(t, []byte(out)); v.Raw != e.Raw || v.Message != e.Message {
			t.Fatalf("raw %q and message %q did not round-trip", v.Raw, v.Message)
		}
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

// Two sources whose names differ only in bytes that are not UTF-8 read alike in "source" (U+FFFD):
// "source_base64" tells them apart, with the exact bytes.
func TestAppendJSONSourceNameNotUTF8(t *testing.T) {
	a := decodeLine(t, AppendJSON(nil, Entry{Source: "bad\xfe\xff.log", Raw: "x"}))
	b := decodeLine(t, AppendJSON(nil, Entry{Source: "bad\xff\xfe.log", Raw: "x"}))
	if a.Source != b.Source || string(a.Src64) != "bad\xfe\xff.log" || string(b.Src64) != "bad\xff\xfe.log" {
		t.Fatalf("source %q / %q, source_base64 %q / %q: want the names apart by their exact bytes", a.Source, b.Source, a.Src64, b.Src64)
	}
	if v := decodeLine(t, AppendJSON(nil, Entry{Source: "café.log", Raw: "x"})); v.Src64 != nil {
		t.Fatalf("source_base64 %q for a valid name", v.Src64)
	}
}

// A repeated key keeps its first place and its last value, as jq does, in every format.
func TestAppendJSONDuplicateKeys(t *testing.T) {
	for _, c := range []struct {
		format   Format
		raw      string
		wantJSON string
	}{
		{FormatLogfmt, `level=info level=warn msg=x`, `{"level":"warn","msg":"x"}`},
		{FormatJSON, `{"a":1,"b":2,"a":3}`, `{"a":3,"b":2}`},
		{FormatJSON, `{"a":{"x":1,"x":{"y":2}},"\u0061":[1]}`, `{"a":[1]}`},
		{FormatJSON, `{"o":{"x":1,"x":{"y":2,"y":3}},"p":[{"k":1,"k":2},{"k":3}]}`, `{"o":{"x":{"y":3}},"p":[{"k":2},{"k":3}]}`},
		{FormatJSON, `{"a.b":1,"a":{"b":2}}`, `{"a.b":1,"a":{"b":2}}`},
		{FormatRFC5424, `<165>1 2026-02-16T14:30:01.003Z h app 1 ID [a@1 k="v" k="w" j="x"] m`,
			`{"facility":"local4","severity":"notice","app":"app","procid":"1","msgid":"ID","a@1.k":"w","a@1.j":"x"}`},
		// A layout's context pairs: one named as the header's own field leaves it be, one named
		// twice keeps its last value, as in a logfmt line.
		{FormatLayout, `2026-02-16 14:30:01 UTC [2811]: [4-1] pid=99,user=a,user=b LOG:  statement: select 2`, `{"pid":2811,"user":"b"}`},
		{FormatLayout, `2026-02-16 14:30:01 [worker-1] thread=main,logger=zz INFO hello`, `{"thread":"worker-1","logger":"zz"}`},
		{FormatLayout, `2026-02-16 14:30:01 pid=1 tid=2 a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 INFO: hi`,
			`{"pid":1,"tid":"2","a":"1","b":"2","c":"3","d":"4","e":"5","f":"6","g":"7","h":"8"}`},
	} {
		if got := fieldsOf(AppendJSON(nil, Entry{Format: c.format, Raw: c.raw})); got != c.wantJSON {
			t.Errorf("%v %s:\n got %s\nwant %s", c.format, c.raw, got, c.wantJSON)
		}
	}
}

// fieldsOf cuts the fields object out of an output line, as written.
func fieldsOf(out []byte) string {
	s := string(out)
	start := strings.Index(s, `"fields":`) + len(`"fields":`)
	end := strings.LastIndex(s, `,"raw":`)
	return s[start:end]
}

// Fields of JSON lines keep their JSON types: decoded, the fields object is the line's object, as
// jq reads it (duplicate keys: the last wins), and a filter on a number works.
func TestAppendJSONTypedFields(t *testing.T) {
	lines := []string{
		`{"status":502,"ok":false,"user":null,"latency":1.5e-3,"big":12345678901234567890,"neg":-0.0}`,
		`{"a.b":1,"a":{"b":2,"c":[1,"two",{"three":3},[],{}]},"s":"\u00e9\ud83d\ude00 \u001b \"q\" \/","e":""}`,
		`{ "sp" : [ 1 , 2 ] , "t" : true }`,
		`{"k":1,"k":2,"n":{"k":"x","k":"y"}}`,
		`{"ctl":"a\u0000b\tc\u007f","deep":{"x":{"y":{"z":["\u2028"]}}}}`,
	}
	for _, l := range lines {
		out := AppendJSON(nil, Entry{Format: FormatJSON, Raw: l})
		decodeLine(t, out)
		got, want := decodeNumbers(t, fieldsOf(out)), decodeNumbers(t, l)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %#v\nwant %#v", l, got, want)
		}
	}
	out := AppendJSON(nil, Entry{Format: FormatJSON, Raw: `{"status":502,"ok":false,"user":null}`})
	var v struct {
		Fields struct {
			Status int   `json:"status"`
			OK     *bool `json:"ok"`
			User   any   `json:"user"`
		} `json:"fields"`
	}
	if err := json.Unmarshal(out, &v); err != nil || v.Fields.Status < 500 || v.Fields.OK == nil || *v.Fields.OK || v.Fields.User != nil {
		t.Fatalf("typed fields: %+v, %v: %s", v, err, out)
	}
}

// Numbers that JSON does not allow, which the scanner lets through, become strings of their text.
func TestAppendJSONLooseNumbers(t *testing.T) {
	out := AppendJSON(nil, Entry{Format: FormatJSON, Raw: `{"a":01,"b":1.,"c":-,"d":1e,"e":1-2,"f":0.5,"g":1e999999,"h":-1E+400,"i":1e-999999,"j":1e308}`})
	want := `{"a":"01","b":"1.","c":"-","d":"1e","e":"1-2","f":0.5,"g":"1e999999","h":"-1E+400","i":1e-999999,"j":1e308}`
	if got := fieldsOf(out); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	decodeLine(t, out)
}

// Text formats write strings, except the fields their format defines as numbers.
func TestAppendJSONNumericTextFields(t *testing.T) {
	for _, c := range []struct {
		format Format
		raw    string
		want   string
	}{
		{FormatAccess, `203.0.113.9 - bob [16/Feb/2026:14:30:01 +0000] "GET /a HTTP/1.1" 404 1234 "-" "curl"`,
			`{"remote_addr":"203.0.113.9","user":"bob","method":"GET","path":"/a","protocol":"HTTP/1.1","status":404,"bytes":1234,"agent":"curl"}`},
		{FormatAccess, `203.0.113.9 - - [16/Feb/2026:14:30:01 +0000] "GET / HTTP/1.1" 200 - "-" "-"`,
			`{"remote_addr":"203.0.113.9","method":"GET","path":"/","protocol":"HTTP/1.1","status":200}`},
		{FormatRFC3164, `<38>Feb 16 14:30:01 web-7 sshd[4242]: x`, `{"facility":"auth","severity":"info","tag":"sshd","pid":4242}`},
		{FormatLogfmt, `pid=42 status=500`, `{"pid":"42","status":"500"}`},
	} {
		out := AppendJSON(nil, Entry{Format: c.format, Raw: c.raw})
		if got := fieldsOf(out); got != c.want {
			t.Errorf("%v %s:\n got %s\nwant %s", c.format, c.raw, got, c.want)
		}
		decodeLine(t, out)
	}
}

// decodeNumbers decodes JSON text with numbers kept as written.
func decodeNumbers(t *testing.T, s string) any {
	t.Helper()
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%v: %s", err, s)
	}
	return v
}

// An access log writes no level: the parse's level, from the HTTP status, is printed apart from
// the level key, which stays "" as for any line without a level of its own.
func TestAppendJSONLevelFromStatus(t *testing.T) {
	line := `203.0.113.7 - - [29/Nov/2026:07:41:16 +0000] "GET /api/cart HTTP/1.1" 503 182 "-" "curl/8.5.0"`
	rec := NewParser(fixedNow).Parse([]byte(line))
	if rec.Format != FormatAccess || rec.Level != Error {
		t.Fatalf("parse: format %v level %v, want access and error", rec.Format, rec.Level)
	}
	e := Entry{Time: rec.Time, Level: rec.Level, Format: rec.Format, Source: "access.log", Message: "GET /api/cart 503", Raw: line}
	out := AppendJSON(nil, e)
	if !strings.Contains(string(out), `"level":"","level_from_status":"error","source":`) {
		t.Fatalf("got %s", out)
	}
	decodeLine(t, out)
	e.Format = FormatLayout
	if out := AppendJSON(nil, e); !strings.Contains(string(out), `"level":"error","source":`) || strings.Contains(string(out), "level_from_status") {
		t.Fatalf("a level the line wrote is marked as derived: %s", out)
	}
}

// A Loki stream's labels, which name its source, are an object of their own in its entries; a
// source whose name only looks like a label set has none.
func TestAppendJSONLabels(t *testing.T) {
	out := AppendJSON(nil, Entry{Source: `{app="api", pod="api-7d9"}`, Message: "x", Raw: "x"})
	if !strings.Contains(string(out), `"source":"{app=\"api\", pod=\"api-7d9\"}","labels":{"app":"api","pod":"api-7d9"},"host":`) {
		t.Fatalf("got %s", out)
	}
	decodeLine(t, out)
	for _, source := range []string{"/var/log/app.log", "{not a label set}", `{app="api"`, "stdin"} {
		if out := AppendJSON(nil, Entry{Source: source, Raw: "x"}); strings.Contains(string(out), `"labels"`) {
			t.Errorf("source %q: %s", source, out)
		}
	}
}
