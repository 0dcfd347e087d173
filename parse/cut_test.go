package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTrimPartialRune(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""}, {"abc", "abc"}, {"aé", "aé"}, {"a\xc3", "a"}, {"a€"[:3], "a"}, {"a€"[:2], "a"},
		{"a😀"[:4], "a"}, {"a😀"[:2], "a"}, {"a😀", "a😀"},
		{"a\xff", "a\xff"}, {"a\x80", "a\x80"}, {"a\xe0\x80", "a\xe0\x80"}, {"a\xed\xa0", "a\xed\xa0"},
		{"a\xc3\xa9\xa9", "a\xc3\xa9\xa9"}, {"a\xf5\x80", "a\xf5\x80"},
	} {
		if got := string(TrimPartialRune([]byte(c.in))); got != c.want {
			t.Errorf("TrimPartialRune(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A line of multibyte characters longer than the cap is cut on a character boundary, keeps its
// size before the cut, and stays valid UTF-8.
func TestStreamCutsOnRuneBoundary(t *testing.T) {
	const max = 1 << 20
	line := strings.Repeat("é€😀", max/9+7) // 9 bytes a repeat: the cap falls inside a character
	st := NewStream("s", StreamOptions{MaxEntryBytes: max, Now: fixedNow})
	var b Batch
	st.Line([]byte(line), 0, false, &b)
	st.Flush(&b)
	e := b.Peek(0)
	if !e.Truncated || e.Size != int64(len(line)) || len(e.Raw) > max || len(e.Raw) < max-3 || !utf8.ValidString(e.Raw) {
		t.Fatalf("truncated %v, size %d (want %d), %d bytes kept, valid %v", e.Truncated, e.Size, len(line),
			len(e.Raw), utf8.ValidString(e.Raw))
	}
	out := AppendJSON(nil, e)
	if strings.Contains(string(out), "raw_base64") || strings.Contains(string(out), `\ufffd`) {
		t.Fatal("a cut character shows as invalid bytes")
	}
	// A continuation line past the cap: the entry's size counts every line.
	st.Line([]byte("2026-03-01 10:00:00 ERROR boom"), 0, false, &b)
	st.Line([]byte("\t"+line), 31, false, &b)
	st.Line([]byte("\tat x"), 31+int64(len(line))+1, false, &b)
	st.Flush(&b)
	e = b.Peek(b.Len() - 1)
	want := int64(len("2026-03-01 10:00:00 ERROR boom") + 1 + 1 + len(line) + 1 + len("\tat x"))
	if !e.Truncated || e.Size != want || !utf8.ValidString(e.Raw) {
		t.Fatalf("multi-line: truncated %v, size %d, want %d", e.Truncated, e.Size, want)
	}
	// LineCut: a line the caller cut keeps the size it had.
	st.LineCut([]byte(line[:100]), 0, 5000, &b)
	st.Flush(&b)
	if e := b.Peek(b.Len() - 1); !e.Truncated || e.Size != 5000 {
		t.Fatalf("LineCut: truncated %v, size %d", e.Truncated, e.Size)
	}
}

// A line its caller cut without saying from what length keeps no size: none is better than one
// that is wrong.
func TestStreamSizeUnknownWithoutLineCut(t *testing.T) {
	st := NewStream("s", StreamOptions{Now: fixedNow})
	var b Batch
	st.Line([]byte("cut by the caller"), 0, true, &b)
	st.Line([]byte("\tat x"), 18, false, &b)
	st.Flush(&b)
	if e := b.Peek(0); !e.Truncated || e.Size != 0 {
		t.Fatalf("truncated %v, size %d", e.Truncated, e.Size)
	}
}
