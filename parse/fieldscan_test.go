package parse

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// encodeSource reads lines as one source with or without the parser's scans kept, and returns
// each entry's JSON Lines output and how many entries had their fields written from a scan.
func encodeSource(lines []string, fields bool) (out []string, scanned int) {
	return encodeSourceIn(lines, fields, nil)
}

// encodeSourceIn is encodeSource with the source's times read in loc.
func encodeSourceIn(lines []string, fields bool, loc *time.Location) (out []string, scanned int) {
	s := NewStream("app.log", StreamOptions{Now: fixedNow, Fields: fields, Location: loc})
	var b Batch
	var off int64
	var e Entry
	take := func() {
		for i := range b.Items {
			b.PeekInto(i, &e)
			line := parsedLine(bytesOf(e.Raw))
			if e.scan.fits(e.Format, bytesOf(e.Raw), line) {
				scanned++
			}
			out = append(out, string(AppendJSON(nil, e)))
		}
		b.Reset()
	}
	for _, l := range lines {
		s.Line([]byte(l), off, false, &b)
		off += int64(len(l)) + 1
		if len(b.Items) >= 7 {
			take() // batches end at odd places, as reads do
		}
	}
	s.Flush(&b)
	take()
	return out, scanned
}

// TestFieldScansWriteTheSameFields reads every family of the real-world tables and the rules'
// lines with the parser's scans kept and without: each entry's JSON Lines must be the same bytes,
// and the access, layout and syslog families must have had their fields written from the scans.
func TestFieldScansWriteTheSameFields(t *testing.T) {
	var entries, scanned int
	for _, c := range everyFamily() {
		lines := familyLines(c, 3)
		want, _ := encodeSource(lines, false)
		got, n := encodeSource(lines, true)
		entries += len(got)
		scanned += n
		if err := sameOutput(got, want); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	t.Logf("%d of %d entries' fields written from the parser's scans", scanned, entries)
	if scanned < entries/10 {
		t.Errorf("only %d of %d entries' fields were written from a scan", scanned, entries)
	}
}

func sameOutput(got, want []string) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d entries, %d without scans", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Errorf("entry %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
	return nil
}

// The parser reads a header's time with the source's clock and zone, the fields' scan with a fixed
// clock and none: a year the clock finds implausible, or a zone only the zone database knows, makes
// the two read the host's and the tag's places otherwise, and such a scan is not kept.
func TestFieldScansOfHeadersReadByClockOrZone(t *testing.T) {
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	lines := []string{
		"Feb 16 07:41:15 fw01 sshd[1]: a",
		"<13>Feb 16 07:41:20 2031 web01 sshd[16]: a year after the clock, five years ahead",
		"<13>Feb 16 2031 07:41:16 fw01 sshd[1]: a year before it",
		"<13>Feb 16 07:41:16 IDT web01 sshd[12]: a zone the database knows",
		"2026-02-16 07:41:16.123 IDT 4120 ERROR myapp.mod [req-1] a zone after a layout's time",
		"[2026-02-16 07:41:16 IDT] [thread-1] WARN c.x.Y - and in its bracket",
	}
	for _, loc := range []*time.Location{time.UTC, jerusalem} {
		want, _ := encodeSourceIn(lines, false, loc)
		got, _ := encodeSourceIn(lines, true, loc)
		if err := sameOutput(got, want); err != nil {
			t.Errorf("in %v: %v", loc, err)
		}
	}
}

// A scan is used only for the text it was made of: a batch whose items were compacted, a colour
// coded line (parsed without its codes), an item added without a scan.
func TestFieldScanFitsItsOwnLineOnly(t *testing.T) {
	lines := []string{
		`10.0.0.1 - - [29/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "-" "curl/8"`,
		"\x1b[32m10.0.0.2 - - [29/Nov/2026:10:00:01 +0000] \"GET /b HTTP/1.1\" 404 7 \"-\" \"curl/8\"\x1b[0m",
		`10.0.0.3 - - [29/Nov/2026:09:00:02 +0000] "GET /c HTTP/1.1" 500 9 "-" "curl/8"`,
		`10.0.0.4 - bob [29/Nov/2026:10:00:03 +0000] "POST /d HTTP/1.1" 201 11 "-" "curl/8"`,
	}
	var b Batch
	feedLines(NewStream("access.log", StreamOptions{Now: fixedNow, Fields: true}), lines, &b)
	b.DropBefore(time.Date(2026, 11, 29, 9, 30, 0, 0, time.UTC).UnixNano())
	var e Entry
	var got []string
	for i := range b.Items {
		b.PeekInto(i, &e)
		if !bytes.Equal(AppendJSON(nil, e), appendJSONRescanned(e)) {
			t.Errorf("entry %q: fields from the scan differ from the line's", e.Raw)
		}
		got = append(got, fmt.Sprint(e.scan != nil))
	}
	if fmt.Sprint(got) != "[true false true]" {
		t.Errorf("scans kept %v, want [true false true] (the coloured line has none; the 09:00 line was dropped)", got)
	}
}

func appendJSONRescanned(e Entry) []byte {
	e.scan = nil
	return AppendJSON(nil, e)
}

// FuzzFieldScans: whatever the lines, fields written from the parser's scans are the bytes a
// scan of the line writes.
func FuzzFieldScans(f *testing.F) {
	f.Add("10.0.0.1 - - [29/Nov/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5\n<34>Nov 29 10:00:01 web-1 sshd[7]: x\n<165>1 2026-11-29T10:00:02Z h app 1 ID [a@1 k=\"v\\\"\"] m\n2026-11-29 10:00:03,123 ERROR [main] com.x.Y - boom\n\tat a.b(C.java:1)\n")
	f.Add("web-1  | 2026-11-29 10:00:03 INFO [w-1] svc - up\n\x1b[31m2026-11-29 10:00:04 ERROR [w-1] svc - down\x1b[0m\ndaemon.info: Nov 29 10:00:05 dhcpcd[9]: lease\n")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		want, _ := encodeSource(lines, false)
		got, _ := encodeSource(lines, true)
		if err := sameOutput(got, want); err != nil {
			t.Fatal(err)
		}
	})
}

// feedLines reads lines into b through s as a tailer does, one offset after another, and flushes it.
func feedLines(s *Stream, lines []string, b *Batch) {
	var off int64
	for _, l := range lines {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
}
