package parse

import (
	"bytes"
	"testing"
	"unicode/utf16"
)

// utf16File encodes text as a UTF-16 file with its byte order mark.
func utf16File(text string, bigEndian bool) []byte {
	out := []byte{0xff, 0xfe}
	if bigEndian {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(text)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// A UTF-16 file split at its '\n' bytes, as a tailer splits it: each line is read decoded, its
// bytes are kept as they are.
func TestStreamUTF16Lines(t *testing.T) {
	text := "2026-02-16 14:30:01 ERROR café closed\r\n2026-02-16 14:30:02 INFO ok\r\n"
	for _, big := range []bool{false, true} {
		file := utf16File(text, big)
		s := NewStream("MpCmdRun.log", StreamOptions{Now: fixedNow})
		b := &Batch{}
		var off int64
		for _, l := range bytes.SplitAfter(file, []byte{'\n'}) {
			line := bytes.TrimSuffix(l, []byte{'\n'})
			if len(line) == 0 {
				continue
			}
			s.Line(line, off, false, b)
			off += int64(len(l))
		}
		s.Flush(b)
		if b.Len() != 2 {
			t.Fatalf("big-endian %v: %d entries, want 2", big, b.Len())
		}
		want := []struct {
			time  string
			level Level
			msg   string
		}{{"2026-02-16T14:30:01Z", Error, "café closed"}, {"2026-02-16T14:30:02Z", Info, "ok"}}
		for i, w := range want {
			e := b.Entry(i)
			if got := worldFmt(e.Time); got != w.time || e.Level != w.level || e.Message != w.msg {
				t.Errorf("big-endian %v, entry %d: %s %v %q, want %s %v %q", big, i, got, e.Level, e.Message, w.time, w.level, w.msg)
			}
		}
	}
}

// A line that begins with a crash's run of NULs is no UTF-16 line.
func TestNULRunIsNoUTF16(t *testing.T) {
	rec := NewParser(fixedNow).Parse([]byte("\x00\x00\x00\x00\x00\x00\x00\x002026-02-16 14:30:01 WARN after the crash"))
	if rec.Level != Warn || rec.Time == 0 || rec.Unescaped != nil {
		t.Errorf("got %+v", rec)
	}
}
