package parse

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"
)

// appendJSONReference is AppendJSON with every field from the slow path (Fields for text formats,
// a tree of the object for JSON), each part quoted with appendQuoted. The fast path must write
// exactly the same bytes.
func appendJSONReference(dst []byte, e Entry) []byte {
	dst = append(dst, `{"time":"`...)
	if e.Time != 0 {
		dst = time.Unix(0, e.Time).UTC().AppendFormat(dst, time.RFC3339Nano)
	}
	dst = append(dst, `","level":"`...)
	if e.LevelDerived() {
		dst = append(dst, `","level_from_status":"`...)
	}
	dst = append(dst, e.Level.Name()...)
	dst = append(dst, `","source":`...)
	dst = appendQuoted(dst, e.Source)
	if labels := LabelFields(e.Source); labels != nil {
		dst = append(dst, `,"labels":{`...)
		for i, f := range labels {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendQuoted(append(appendQuoted(dst, f.Key), ':'), f.Value)
		}
		dst = append(dst, '}')
	}
	dst = append(dst, `,"host":`...)
	dst = appendQuoted(dst, e.Host)
	dst = append(dst, `,"message":`...)
	dst = appendQuoted(dst, e.Message)
	dst = append(dst, `,"fields":{`...)
	dst = appendFieldsSlow(dst, e.Format, unsafe.Slice(unsafe.StringData(e.Raw), len(e.Raw)))
	dst = append(dst, `},"raw":`...)
	dst = appendQuoted(dst, e.Raw)
	dst = AppendRawBase64(dst, []byte(e.Raw))
	if !utf8.ValidString(e.Source) {
		dst = append(dst, `,"source_base64":"`...)
		dst = append(dst, base64.StdEncoding.EncodeToString([]byte(e.Source))...)
		dst = append(dst, '"')
	}
	return append(dst, '}', '\n')
}

// checkEquivalent compares AppendJSON with the reference for raw in every format, with the raw
// text also standing in for the message and the host.
func checkEquivalent(t testing.TB, raw string) {
	t.Helper()
	for f := Format(0); f <= numFormats; f++ {
		e := Entry{Time: 1771252201123456789, Level: Level(f), Format: f, Source: "app.log", Host: raw,
			Message: raw, Raw: raw}
		got, want := AppendJSON(nil, e), appendJSONReference(nil, e)
		if !bytes.Equal(got, want) {
			t.Fatalf("format %v, raw %q:\n got %s\nwant %s", f, raw, got, want)
		}
	}
}

// fuzzCorpus reads every string and []byte value of the seed corpora under testdata/fuzz.
func fuzzCorpus(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed corpus: %v", err)
	}
	var out []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n")[1:] {
			l, isString := strings.CutPrefix(l, "string(")
			if !isString {
				l, isString = strings.CutPrefix(l, "[]byte(")
			}
			if !isString {
				continue
			}
			v, err := strconv.Unquote(strings.TrimSuffix(l, ")"))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out = append(out, v)
		}
	}
	return out
}

// equivalenceLines are the lines of the parser tables, the benchmark lines, the seed corpora, the
// ugly inputs and lines aimed at the corners of the fields path, each also cut and extended.
func equivalenceLines(t testing.TB) []string {
	var base []string
	for _, c := range allCases() {
		base = append(base, c.line)
	}
	for _, ls := range benchLines {
		base = append(base, ls...)
	}
	base = append(base, fuzzCorpus(t)...)
	base = append(base, uglyLines()...)
	base = append(base, cornerLines()...)
	var out []string
	for _, l := range base {
		out = append(out, l, l+"\r", l[:len(l)/2], l+"\x00\xff", l+"\n"+l, " "+l, l+" ")
	}
	return out
}

// cornerLines exercise the fast path's limits and the rules it must copy from Fields.
func cornerLines() []string {
	many := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i))
		}
		return b.String()
	}
	return []string{
		`{"":{"":{"b":1}}}`, `{"a":{"":{"b":1}},"":2,"a.":3}`, `{"":""}`, `{"a":{}, "b":[], "c":{"d":{}}}`,
		`{"a":1,"a":2,"\u0061":3}`, `{"a":{"b":1},"a.b":2}`, `{"k\u00e9y":"v","k` + "\u00e9" + `y":"w"}`,
		`{"a":[1, {"b" : [ 2 , "x\"y" ]}, "\u2028\u0085\u001b"], "n":null, "t":true, "f":false, "e":-1.5e+3}`,
		`{"a":"\ud83d\ude00 \ud800 \udc00 \u12 \x \/ \b\f\n\r\t \\ \" ` + "\xe9\\\xa9" + `"}`,
		`{"a":"` + "\\\xc3\xa9" + `","b":"` + "\\\xc3" + `"}`, `{"\xff":1,"\xfe":2}`, `{"a":1} x`, `{"a":1}  `,
		`{"a":[1,]}`, `{"a":[1 2]}`, `{"a":tru}`, `{"a":{"b":1}`, "{\"a\":\"\x00\x1f\x7f\u0080\u009f\u00a0\"}",
		"{" + strings.Repeat(`"a":{`, 31) + `"b":1` + strings.Repeat("}", 31) + "}",
		"{" + strings.Repeat(`"a":{`, 40) + `"b":1` + strings.Repeat("}", 40) + "}",
		`{"a":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "}",
		`{"level":"error","a":` + strings.Repeat(`{"a":`, 300) + `1` + strings.Repeat("}", 300) + "}",
		`{"a":` + strings.Repeat("[ ", 300) + `"x\u00e9", 1.50, {"b" : null}` + strings.Repeat("]", 300) + `,"z":true}`,
		`{"a":` + strings.Repeat("[", 255) + `[], {}, {"b":{}}` + strings.Repeat("]", 255) + `}`,
		"{" + many(64, func(i int) string { return fmt.Sprintf(`"k%d":%d,`, i, i) }) + `"k0":"dup"}`,
		"{" + many(70, func(i int) string { return fmt.Sprintf(`"k%d":%d,`, i, i) }) + `"last":1}`,
		many(64, func(i int) string { return fmt.Sprintf("k%d=%d ", i, i) }),
		many(65, func(i int) string { return fmt.Sprintf("k%d=%d ", i, i) }),
		many(80, func(i int) string { return fmt.Sprintf("k%d=%d ", i%3, i) }),
		`a=1 a=2 b c=3 b=4 "x`, `a="q\"uo\\te\u00e9\x" b="` + "\\\xe2\x82\xac" + `" c=d"e`, "k\xff=1 k\xfe=2 x=y",
		`a=1 b="unterminated`, "\x7f=\u0085 \u2028=\u2029",
		`<165>1 2026-02-16T14:30:01.003Z h app 1 ID [a@1 k="v" k="w" j="\"\\\]\x"][a@1 k="z"][ e="f"] m`,
		`<165>1 2026-02-16T14:30:01.003Z h app 1 ID [a@1 k="v" k2] m`, "<165>1 - h - - - [i\xff k=\"v\"][i\xfe k=\"v\"]",
		`<191>1 - - - - - [x@1 a="1"]`, `<0>1 - - - - -`, `<38>Feb 16 14:30:01 web-7 sshd[-]: x`,
		`web.example.com 203.0.113.9 - - [16/Feb/2026:14:30:01 +0000] "GET / HTTP/1.1" 200 - "-" "-"`,
		`203.0.113.9 - bob [16/Feb/2026:14:30:01 +0000] "GET /a\"b HTTP/1.1" 404 12 "r` + "\x1b" + `" "a"`,
		`I0216 14:30:01.123456   12345 main.go:42] started`, `2026-02-16 14:30:01,123 ERROR [main] a.B - x`,
	}
}

func TestAppendJSONMatchesReference(t *testing.T) {
	for _, l := range equivalenceLines(t) {
		checkEquivalent(t, l)
	}
}

// TestAppendJSONMatchesReferenceMutated mutates the table lines at random with the bytes that steer
// the scanners, so that the fast path meets truncated, doubled and mis-escaped structure.
func TestAppendJSONMatchesReferenceMutated(t *testing.T) {
	pieces := []string{`"`, `\`, `{`, `}`, `[`, `]`, `,`, `:`, `=`, " ", "\t", "\r", "-", `\u`, `\ud83d`, `\u00e9`,
		"\xff", "\xc3", "\xa9", "\u0085", "\u2028", "\x00", "\x1b", "0", "a", `"a":`, `{"b":`, `a=`, "é"}
	var base []string
	for _, l := range equivalenceLines(t) {
		if len(l) < 4096 {
			base = append(base, l)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		b := []byte(base[rng.IntN(len(base))])
		for range 1 + rng.IntN(4) {
			at := 0
			if len(b) > 0 {
				at = rng.IntN(len(b))
			}
			switch p := pieces[rng.IntN(len(pieces))]; rng.IntN(3) {
			case 0:
				b = append(b[:at:at], append([]byte(p), b[at:]...)...)
			case 1:
				b = append(b[:at:at], b[min(at+1+rng.IntN(8), len(b)):]...)
			default:
				b = append(b[:at:at], append([]byte(p), b[min(at+len(p), len(b)):]...)...)
			}
		}
		checkEquivalent(t, string(b))
	}
}

// TestAppendFieldsFastPath proves the lines headless mode meets most go through the fast path and
// allocate nothing once the buffer has grown.
func TestAppendFieldsFastPath(t *testing.T) {
	lines := map[Format][]string{}
	for _, c := range allCases() {
		lines[c.format] = append(lines[c.format], c.line)
	}
	p := NewParser(fixedNow)
	for _, ls := range benchLines {
		for _, l := range ls {
			f := p.Parse([]byte(l)).Format
			lines[f] = append(lines[f], l)
		}
	}
	for f, ls := range lines {
		for _, l := range ls {
			if repeatsKey(f, l) {
				continue // the slow path's by design: the value moves to the key's first place
			}
			if _, ok := appendFields(nil, f, []byte(l), nil); !ok {
				t.Errorf("%v line took the slow path: %s", f, l)
			}
			e := Entry{Time: 1771252201123456789, Level: Info, Format: f, Source: "app.log", Host: "web-7", Message: l, Raw: l}
			buf := AppendJSON(nil, e)
			if raceEnabled && strings.IndexByte(l, 0x1b) >= 0 {
				continue // a coloured line's text is borrowed from a pool, which the race detector empties
			}
			if n := testing.AllocsPerRun(20, func() { buf = AppendJSON(buf[:0], e) }); n != 0 {
				t.Errorf("%v line: %v allocations per entry: %s", f, n, l)
			}
		}
	}
}

// repeatsKey reports whether a key repeats within one object of the line's fields.
func repeatsKey(f Format, line string) bool {
	if f != FormatJSON {
		seen := map[string]bool{}
		for _, fd := range Fields(f, []byte(line)) {
			if seen[fd.Key] {
				return true
			}
			seen[fd.Key] = true
		}
		return false
	}
	d := json.NewDecoder(strings.NewReader(line))
	var stack []map[string]bool
	expectKey := false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, map[string]bool{})
			expectKey = true
			continue
		case json.Delim('}'):
			stack = stack[:len(stack)-1]
		case json.Delim('['):
			stack = append(stack, nil)
		case json.Delim(']'):
			stack = stack[:len(stack)-1]
		default:
			if k, ok := tok.(string); ok && expectKey {
				if stack[len(stack)-1][k] {
					return true
				}
				stack[len(stack)-1][k] = true
				expectKey = false
				continue
			}
		}
		expectKey = len(stack) > 0 && stack[len(stack)-1] != nil
	}
}

func TestAppendFieldsFallsBackPastLimits(t *testing.T) {
	for _, l := range cornerLines() {
		for f := Format(0); f < numFormats; f++ {
			_, ok := appendFields(nil, f, []byte(l), nil)
			keys := map[string]bool{}
			for _, fd := range Fields(f, []byte(l)) {
				keys[fd.Key] = true
			}
			if ok && f != FormatJSON && len(keys) > maxFastFields {
				t.Errorf("%v: fast path accepted more than %d keys: %s", f, maxFastFields, l)
			}
		}
	}
	deep := "{" + strings.Repeat(`"a":{`, 40) + `"b":1` + strings.Repeat("}", 40) + "}"
	if _, ok := appendFields(nil, FormatJSON, []byte(deep), nil); ok {
		t.Error("fast path took JSON nested past maxFastDepth")
	}
}

func FuzzAppendJSONEquivalence(f *testing.F) {
	for _, l := range equivalenceLines(f) {
		if len(l) < 4096 {
			f.Add(l, l, uint8(FormatJSON), int64(0))
		}
	}
	f.Fuzz(func(t *testing.T, raw, msg string, format uint8, ns int64) {
		for fm := Format(0); fm <= numFormats; fm++ {
			e := Entry{Time: ns, Level: Level(format % uint8(NumLevels)), Format: fm, Source: msg, Host: msg,
				Message: msg, Raw: raw}
			got, want := AppendJSON(nil, e), appendJSONReference(nil, e)
			if !bytes.Equal(got, want) {
				t.Fatalf("format %v:\n got %s\nwant %s", fm, got, want)
			}
		}
	})
}
