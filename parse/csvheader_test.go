package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// An export whose header names its columns gives each row the time, level and host of the
// columns named so, wherever they sit; a quoted message with line breaks is one row; the header
// is a record of its own with none of them, and a row without a time in its time column is read
// as a line of no header.
func TestCSVHeaderColumns(t *testing.T) {
	text := "#TYPE Acme.AuditRecord\n" +
		`"Id","Node Name","Body","Severity","Time Created"` + "\n" +
		`"41","app-7.example.net","disk at 91 %","Warning","2/16/2026 2:30:01 PM"` + "\n" +
		`"42","app-7.example.net","job failed:` + "\n" + `exit 3, see ""job.log""","Error","2/16/2026 2:30:05 PM"` + "\n" +
		`"43","10.0.0.9","stray 5"" quote","Info","n/a"` + "\n"
	es := feed(t, StreamOptions{}, text)
	if len(es) != 5 {
		t.Fatalf("%d entries, want 5 (the #TYPE line, the header, three rows): %+v", len(es), es)
	}
	if h := es[1]; h.Time != 0 || h.Level != Unknown || h.Host != "" {
		t.Errorf("the header got time %d, level %v, host %q", h.Time, h.Level, h.Host)
	}
	for i, want := range []struct {
		time  string
		level Level
		host  string
		lines int
	}{{"2026-02-16T14:30:01Z", Warn, "app-7.example.net", 1}, {"2026-02-16T14:30:05Z", Error, "app-7.example.net", 2}, {"", Unknown, "", 1}} {
		e := es[i+2]
		got := ""
		if e.Time != 0 {
			got = e.UTC().Format(time.RFC3339)
		}
		if got != want.time || e.Level != want.level || e.Host != want.host || e.Lines() != want.lines {
			t.Errorf("row %d: time %q, level %v, host %q, %d lines; want %q, %v, %q, %d", i, got, e.Level, e.Host, e.Lines(), want.time, want.level, want.host, want.lines)
		}
	}
}

// A log whose first line only looks like a header keeps what its lines say, even where their
// commas fall as the header's; a header on a second line is a table's inside a log; a read that
// begins past a file's start learns no header.
func TestCSVHeaderNotTaken(t *testing.T) {
	text := "time,host,level\n2026-02-16 14:30:01 INFO started, listening on :80\n2026-02-16 14:30:02 WARN items a,b,error\n"
	es := feed(t, StreamOptions{}, text)
	if len(es) != 3 || es[1].Level != Info || es[2].Level != Warn || es[1].Time == 0 || es[2].Host != "" {
		t.Fatalf("a log's lines lost what they say: %+v", es)
	}
	text = "2026-02-16 14:30:00 INFO query columns\nid,timestamp,server,severity\n2026-02-16 14:30:01 INFO row 1,x,web01,error\n"
	if es := feed(t, StreamOptions{}, text); es[len(es)-1].Level != Info || es[len(es)-1].Host != "" {
		t.Fatalf("a header on the second line was learned: %+v", es)
	}
	s := NewStream("late.csv", StreamOptions{})
	var b Batch
	s.Line([]byte(`"Level","Time","Host"`), 1<<20, false, &b)
	s.Line([]byte(`"Error","2026-02-16T14:30:01Z","db-1"`), 1<<20+24, false, &b)
	s.Flush(&b)
	if e := b.Entry(len(b.Items) - 1); e.Level != Unknown || e.Host != "" {
		t.Errorf("a header a megabyte into the file was learned: %+v", e)
	}
}

func TestCSVOpenAfter(t *testing.T) {
	for _, c := range []struct {
		line string
		open bool
		want bool
	}{
		{`a,"b`, false, true},
		{`a,"b""c",d`, false, false},
		{`a,5" floppy,c`, false, false},
		{`still inside",next`, true, false},
		{`still "" inside`, true, true},
	} {
		if got := csvOpenAfter([]byte(c.line), ',', c.open); got != c.want {
			t.Errorf("csvOpenAfter(%q, %v) = %v, want %v", c.line, c.open, got, c.want)
		}
	}
	if _, ok := learnCSV([]byte(strings.Repeat("a,", 3) + "x")); ok {
		t.Error("a header without a time column was learned")
	}
}

// A header of more columns than are learned is refused, rather than learned cut short so that no
// row of it matches (each row holding more fields than the header learned).
func TestCSVHeaderTooWideIsRefused(t *testing.T) {
	header := func(n int) []byte {
		names := []string{"Time", "Host"}
		for i := len(names); i < n; i++ {
			names = append(names, fmt.Sprintf("Field%d", i))
		}
		return []byte(strings.Join(names, ","))
	}
	if _, ok := learnCSV(header(120)); !ok {
		t.Error("a header of 120 columns (Exchange's HttpProxy log) is not learned")
	}
	if c, ok := learnCSV(header(maxCSVColumns + 40)); ok {
		t.Errorf("a header of %d columns is learned as %d", maxCSVColumns+40, c.n)
	}
}
