package parse

import (
	"strings"
	"testing"
	"time"
)

// Times written without a zone are the reading machine's wall clock; times with one are exact.
func TestStreamLocationPlacesZonelessTimes(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	now := func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }
	s := NewStream("mixed", StreamOptions{Now: now, Location: berlin})
	var b Batch
	lines := []string{
		"Mar  1 10:00:00 web1 sshd[1]: Accepted publickey for alice",      // syslog: local
		"2026-03-01 10:00:00,000 ERROR [main] com.x.Y - boom",             // log4j: local
		`{"time":"2026-03-01T10:00:00Z","level":"info","msg":"utc"}`,      // explicit zone
		`{"time":"2026-03-01T10:00:00+01:00","level":"info","msg":"cet"}`, // explicit offset
		"I0301 10:00:00.000000    1 main.go:1] klog",                      // klog: local
		"[Sun Mar 01 10:00:00.000000 2026] [core:error] [pid 1] apache",   // Apache: local
		"2026-03-01 10:00:00.000 UTC [1] LOG:  postgres",                  // a UTC word
		"[01-Mar-2026 10:00:00 UTC] PHP Warning:  php",                    // a UTC zone name
		"1:M 01 Mar 2026 10:00:00.000 * redis",                            // Redis: local
	}
	for i, l := range lines {
		s.Line([]byte(l), int64(i), false, &b)
	}
	s.Flush(&b)
	want := []time.Time{
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
	}
	if b.Len() != len(want) {
		t.Fatalf("%d entries, want %d", b.Len(), len(want))
	}
	for i, w := range want {
		if got := b.Entry(i).UTC(); !got.Equal(w) {
			t.Errorf("%q: %v, want %v", lines[i], got, w)
		}
	}
}

// Across a daylight-saving change each side keeps its own offset.
func TestWallClockDaylightSaving(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	w := &wallClock{loc: loc}
	winter := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC).UnixNano() // 10:00 CET
	summer := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC).UnixNano() // 10:00 CEST
	if got := time.Unix(0, w.utc(winter)).UTC(); got.Hour() != 9 {
		t.Errorf("winter 10:00 Berlin = %v UTC, want 09:00", got)
	}
	if got := time.Unix(0, w.utc(summer)).UTC(); got.Hour() != 8 {
		t.Errorf("summer 10:00 Berlin = %v UTC, want 08:00", got)
	}
	if got := time.Unix(0, w.utc(winter)).UTC(); got.Hour() != 9 {
		t.Errorf("winter again = %v UTC, want 09:00", got)
	}
}

// A time without its date or year is placed before the latest time its line can have been
// written (Written), not before now; a written time after that stays plausible, and a
// modification time no clock could have had (a FAT or zip entry's 1980) is not trusted.
func TestWrittenPlacesDatelessTimes(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC) }
	lastWritten := time.Date(2026, 3, 10, 23, 0, 0, 0, time.UTC)
	cases := []struct {
		written time.Time
		line    string
		want    time.Time
	}{
		{lastWritten, "[22:10:01] [Server thread/INFO]: started", time.Date(2026, 3, 10, 22, 10, 1, 0, time.UTC)},
		{lastWritten, "[23:40:00] [Server thread/INFO]: after the file's last write", time.Date(2026, 3, 10, 23, 40, 0, 0, time.UTC)},
		{lastWritten, "Nov 29 10:00:00 h1 cron[41]: job done", time.Date(2025, 11, 29, 10, 0, 0, 0, time.UTC)},
		{lastWritten, "Mar  9 10:00:00 h1 cron[41]: job done", time.Date(2026, 3, 9, 10, 0, 0, 0, time.UTC)},
		{lastWritten, "2026-11-30 10:00:00 INFO a full date is its own", time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)},
		{time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), "Nov 29 10:00:00 h1 cron[41]: job done", time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		written := c.written
		s := NewStream("f", StreamOptions{Now: now, Location: time.UTC, Written: func(int64) time.Time { return written }})
		var b Batch
		s.Line([]byte(c.line), 0, false, &b)
		s.Flush(&b)
		if got := b.Entry(0).Time; got != c.want.UnixNano() {
			t.Errorf("written %s, %q: time %s, want %s", c.written.Format(time.DateOnly), c.line, time.Unix(0, got).UTC(), c.want)
		}
	}
}

// A header whose column names give the dates' zone (chrony's "Date (UTC) Time") makes the
// source's zone-less times UTC's, whatever zone the machine is in; a file without it keeps the
// machine's.
func TestHeaderNamesTheZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	rule := strings.Repeat("=", 90)
	records := "2026-11-29 10:00:01 192.0.2.123      2     -4.512      0.031 -1.018e-05 N  1  2.641e-05\n" +
		"2026-11-29 10:01:05 192.0.2.123      2     -4.509      0.029  2.116e-06 N  1  2.502e-05\n"
	for _, c := range []struct {
		names string
		want  time.Time
	}{
		{"   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd", time.Date(2026, 11, 29, 10, 0, 1, 0, time.UTC)},
		{"   Date Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd", time.Date(2026, 11, 29, 9, 0, 1, 0, time.UTC)},
		{"  Host        Start Time (UTC)       Build      Branch       Runner", time.Date(2026, 11, 29, 9, 0, 1, 0, time.UTC)}, // another column's zone
	} {
		got := feed(t, StreamOptions{Location: berlin}, rule+"\n"+c.names+"\n"+rule+"\n"+records)
		var rec *Entry
		for i := range got {
			if strings.HasPrefix(got[i].Raw, "2026-11-29 10:00:01 ") {
				rec = &got[i]
			}
		}
		if rec == nil || rec.Time != c.want.UnixNano() {
			t.Errorf("%q: the record in %d entries, at %v, want it at %s", c.names, len(got), rec, c.want)
		}
	}
}
