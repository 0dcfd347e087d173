package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The records a host column was learned from get their host in the batch that holds them, also
// when the record after the learning one comes in the next batch, as a followed file's lines do.
func TestHostColumnLearnedWithinTheBatch(t *testing.T) {
	s := NewStream("app.log", StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC})
	first, second := &Batch{}, &Batch{}
	var off int64
	for i := 0; i < 5; i++ {
		line := fmt.Sprintf("2026-11-23 10:00:0%d,123 web-03 [main] INFO  c.a.Orders - step %d", i, i)
		b := first
		if i == 4 {
			b = second // the fifth line is read later: the fourth record, learned on, goes with it
		}
		s.Line([]byte(line), off, false, b)
		off += int64(len(line)) + 1
	}
	s.Flush(second)
	if first.Len() != 3 || second.Len() != 2 {
		t.Fatalf("records %d and %d, want 3 and 2", first.Len(), second.Len())
	}
	for i := 0; i < first.Len(); i++ {
		if e := first.Entry(i); e.Host != "web-03" {
			t.Errorf("first batch, record %d: host %q, want web-03", i, e.Host)
		}
	}
	for i := 0; i < second.Len(); i++ {
		if e := second.Entry(i); e.Host != "web-03" {
			t.Errorf("second batch, record %d: host %q, want web-03", i, e.Host)
		}
	}
}

// A CMTrace message over lines ends where the closing marker begins: the marker, the time and the
// attributes are no part of it.
func TestCMTraceMessageOverLinesEndsAtItsMarker(t *testing.T) {
	entries := feed(t, StreamOptions{}, strings.Join([]string{
		"<![LOG[Install failed with exit code 1603",
		"Command line: msiexec /i agent.msi /qn",
		`third line]LOG]!><time="11:00:02.200-60" date="11-23-2026" component="AppEnforce" context="" type="3" thread="4120" file="appenforce.cpp:412">`,
	}, "\n")+"\n")
	if len(entries) != 1 {
		t.Fatalf("%d entries, want 1", len(entries))
	}
	want := "Install failed with exit code 1603\nCommand line: msiexec /i agent.msi /qn\nthird line"
	if got := entries[0].Message; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// A rule taken back into the report it opens does not count the report header's cut bytes as its
// own: the report's size is the lines' sizes before their cuts.
func TestFenceTakenBackCountsACutOnce(t *testing.T) {
	s := NewStream("app.log", StreamOptions{Now: fixedNow})
	b := &Batch{}
	lines := []string{"2026/11/23 10:00:00 proxyd: backend closed", strings.Repeat("=", 65)}
	var off int64
	for _, l := range lines {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	header := "==2210==ERROR: LeakSanitizer: detected memory leaks"
	const headerSize = 1000 // the line as it was before the tailer cut it at its cap
	s.LineCut([]byte(header), off, headerSize, b)
	off += headerSize + 1
	s.Line([]byte("SUMMARY: AddressSanitizer: 96 byte(s) leaked in 2 allocation(s)."), off, false, b)
	s.Flush(b)
	if b.Len() != 2 {
		t.Fatalf("%d entries, want 2", b.Len())
	}
	want := int64(65 + 1 + headerSize + 1 + len("SUMMARY: AddressSanitizer: 96 byte(s) leaked in 2 allocation(s)."))
	if got := b.Items[1].Size; got != want {
		t.Errorf("report size %d, want %d", got, want)
	}
}

// A record read again, as a block's lines are when the block is given up, counts once towards
// the host column: four records in a row are four, not two read twice.
func TestHostColumnCountsARecordOnce(t *testing.T) {
	var hc learnedHost
	p := NewParser(fixedNow)
	for i, off := range []int64{0, 0, 60, 60, 120} {
		line := []byte(fmt.Sprintf("2026-11-23 10:00:0%d,123 web-03 [main] INFO  c.a.Orders - step", i))
		if hc.observe(line, p.Parse(line), off) {
			t.Fatalf("learned at the %d-th look, from three records", i+1)
		}
	}
}
