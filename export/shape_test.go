package export

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

func TestShapeFor(t *testing.T) {
	for path, want := range map[string]Shape{
		"x.jsonl": JSONLines, "x.json": JSONLines, "x": JSONLines, "x.log": Raw, "X.LOG": Raw, "x.txt": Text,
	} {
		if got := ShapeFor(path); got != want {
			t.Errorf("ShapeFor(%q) = %v, want %v", path, got, want)
		}
	}
	for _, name := range []string{"jsonl", "raw", "text", "RAW"} {
		if s, err := ParseShape(name); err != nil || !strings.EqualFold(s.String(), name) {
			t.Errorf("ParseShape(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := ParseShape("csv"); err == nil {
		t.Error("ParseShape accepted csv")
	}
}

// Text never lets a control from the log reach the terminal: escape sequences, C0 and C1
// controls, bidirectional overrides and invalid bytes are shown, not obeyed.
func TestTextIsSafeToPrint(t *testing.T) {
	e := parse.Entry{Time: time.Date(2026, 3, 1, 10, 0, 4, 200e6, time.UTC).UnixNano(), Level: parse.Error,
		Source: "app\x1b[2J.log", Host: "web\x07", Message: "title \x1b]0;pwned\x07 \u0085 \u202e evil \xff\r\nat x\nat y"}
	got := string(Options{Shape: Text}.Append(nil, &e))
	want := "2026-03-01 10:00:04.200 ERROR app␛[2J.log web␇ title ␛]0;pwned␇ \\x85 \\u202e evil \ufffd [+2 lines]\n"
	if got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	if strings.ContainsAny(strings.TrimSuffix(got, "\n"), "\x1b\x07\r\n\u0085\u202e") {
		t.Fatalf("a control got through: %q", got)
	}
	colored := string(Options{Shape: Text, Color: true}.Append(nil, &e))
	if strings.Count(colored, "\x1b[") != 6 { // time, level and source, each opened and closed
		t.Fatalf("colour sequences beyond trawl's own: %q", colored)
	}
}

// A tab in a source's or a host's name shows as ␉: the text shape's columns are split on blanks
// and tabs by the scripts that read it, and a name is no column of its own. A message's tab is
// the log's and stays.
func TestTextNamesKeepTheirColumn(t *testing.T) {
	e := parse.Entry{Source: "line2\tTAB.log", Host: "web\t01", Message: "a\tb"}
	got := string(Options{Shape: Text}.Append(nil, &e))
	if want := strings.Repeat(" ", 23) + "   ·   line2␉TAB.log web␉01 a\tb\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	// A byte that is no UTF-8 in a name shows as \xNN, so that two such names, and one that
	// holds U+FFFD itself, read apart; in the message it stays U+FFFD.
	e = parse.Entry{Source: "x\xff.log", Message: "caf\xe9"}
	got = string(Options{Shape: Text}.Append(nil, &e))
	if !strings.Contains(got, `x\xff.log caf`+"\uFFFD") {
		t.Fatalf("got %q, want the name's byte as \\xff", got)
	}
	// A name written with a backslash shows it doubled, so that "x\\xff.log" (typed) and the
	// name with the byte read apart.
	e = parse.Entry{Source: `x\xff.log`, Message: "m"}
	got = string(Options{Shape: Text}.Append(nil, &e))
	if !strings.Contains(got, `x\\xff.log m`) {
		t.Fatalf("got %q, want the typed backslash doubled", got)
	}
}

// Raw lines are the log again, byte for byte, into a pipe or a file; to a terminal their controls
// are made visible as the text shape shows them.
func TestRawOnATerminalIsSafe(t *testing.T) {
	e := parse.Entry{Raw: "title \x1b]0;pwned\x07 \u0085 \u202e\nat x"}
	if got := string(Options{Shape: Raw}.Append(nil, &e)); got != e.Raw+"\n" {
		t.Fatalf("raw into a pipe changed: %q", got)
	}
	got := string(Options{Shape: Raw, Terminal: true}.Append(nil, &e))
	if want := "title ␛]0;pwned␇ \\x85 \\u202e\nat x\n"; got != want {
		t.Fatalf("raw to a terminal: got %q, want %q", got, want)
	}
}

// Text marks what the line did not carry: an estimated time with "~", a missing level with a dot,
// a cut entry.
func TestTextMarksEstimatesAndCuts(t *testing.T) {
	est := time.Date(2026, 2, 27, 8, 12, 44, 5e8, time.UTC).UnixNano()
	for _, c := range []struct {
		e    parse.Entry
		want string
	}{
		{parse.Entry{Estimated: est, Source: "h.log", Message: "Start-Date"}, "~2026-02-27 08:12:44   " + "   ·   h.log Start-Date\n"},
		{parse.Entry{Source: "s", Message: "m", Truncated: true}, strings.Repeat(" ", 23) + "   ·   s m [truncated]\n"},
		// An access line's status stands in for its level, as the interface shows it.
		{parse.Entry{Source: "a", Format: parse.FormatAccess, Level: parse.Error, Message: "GET / 502"}, strings.Repeat(" ", 23) + " ERROR a GET / 502\n"},
		// A syslog line's message with its program, as the interface shows it.
		{parse.Entry{Source: "s", Format: parse.FormatRFC3164, Raw: "Mar  1 12:00:02 vm sshd[812]: closed", Message: "closed"}, strings.Repeat(" ", 23) + "   ·   s sshd[812]: closed\n"},
	} {
		if got := string(Options{Shape: Text}.Append(nil, &c.e)); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// An export writes the shape its name asks for.
func TestWriteShapes(t *testing.T) {
	dir := t.TempDir()
	entries := []parse.Entry{
		{Time: 1, Level: parse.Info, Source: "a", Message: "one", Raw: "one\r"},
		{Time: 2, Level: parse.Warn, Source: "b", Message: "two\n\tat x", Raw: "two\n\tat x"},
	}
	for name, want := range map[string]string{
		"x.log": "one\r\ntwo\n\tat x\n",
		"x.txt": "1970-01-01 00:00:00.000 INFO  a one\n1970-01-01 00:00:00.000 WARN  b two [+1 lines]\n",
	} {
		path := filepath.Join(dir, name)
		n, err := Write(path, slices.Values(entries), Options{Shape: ShapeFor(path)}, false)
		if err != nil || n != 2 {
			t.Fatalf("%s: %d, %v", name, n, err)
		}
		if b, _ := os.ReadFile(path); string(b) != want {
			t.Errorf("%s: got %q, want %q", name, b, want)
		}
	}
	path := filepath.Join(dir, "x.jsonl")
	if _, err := Write(path, slices.Values(entries), Options{Shape: ShapeFor(path)}, false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), `{"time":"1970-01-01T00:00:00.000000001Z","level":"info"`) {
		t.Errorf("x.jsonl: %s", b)
	}
}
