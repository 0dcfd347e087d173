package parse

import (
	"strings"
	"testing"
	"time"
)

func TestStrftime(t *testing.T) {
	// now is 2026-02-17 09:00 UTC; times without a zone are UTC unless the row says otherwise.
	for _, c := range []struct {
		layout, in, want string // want is RFC 3339 in UTC; "" means the text must not read
		why              string
	}{
		{"%Y/%m/%d %H:%M:%S.%L", "2026/11/29 07:19:40.624", "2026-11-29T07:19:40.624Z", "slashes and milliseconds"},
		{"%d/%b/%Y:%H:%M:%S %z", "16/Feb/2026:14:30:01 +0100", "2026-02-16T13:30:01Z", "access log time with an offset"},
		{"%Y-%m-%dT%H:%M:%S.%f%z", "2026-02-16T14:30:01.123456-05:00", "2026-02-16T19:30:01.123456Z", "microseconds and a colon offset"},
		{"%Y-%m-%d %H:%M:%S.%N", "2026-02-16 14:30:01.123456789", "2026-02-16T14:30:01.123456789Z", "nanoseconds"},
		{"%b %e %H:%M:%S", "Feb  6 14:30:01", "2026-02-06T14:30:01Z", "no year: this year, a padded day"},
		{"%b %d %H:%M:%S", "Dec 31 23:59:59", "2025-12-31T23:59:59Z", "no year: December read in February is last year's"},
		{"%B %d, %Y %l:%M:%S %p", "November 29, 2026  7:41:16 PM", "2026-11-29T19:41:16Z", "full month name, 12-hour clock"},
		{"%I:%M:%S %p", "12:05:00 AM", "2026-02-17T00:05:00Z", "no date: today; 12 AM is midnight"},
		{"%a %b %d %T %Y", "Mon Feb 16 14:30:01 2026", "2026-02-16T14:30:01Z", "ctime through %T"},
		{"%F %T %Z", "2026-02-16 14:30:01 UTC", "2026-02-16T14:30:01Z", "a UTC zone word"},
		{"%F %T.%L %Z", "2026-11-29 07:19:41.123 CET", "2026-11-29T06:19:41.123Z", "a zone abbreviation, as PostgreSQL writes it"},
		{"%a %b %d %T %Z %Y", "Sun Nov 29 07:41:16 EST 2026", "2026-11-29T12:41:16Z", "date(1)'s abbreviation before the year"},
		{"%F %T %Z", "2026-02-16 14:30:01 XYZT", "2026-02-16T14:30:01Z", "a word no table knows: local time (UTC here)"},
		{"%y%m%d %H%M%S", "261129 074116", "2026-11-29T07:41:16Z", "compact, two-digit year"},
		{"%s", "1764401476", "2025-11-29T07:31:16Z", "epoch seconds"},
		{"%s.%L", "1764401476.049", "2025-11-29T07:31:16.049Z", "epoch seconds and milliseconds"},
		{"%i", "1764401476049", "2025-11-29T07:31:16.049Z", "epoch milliseconds"},
		{"%6", "1764401476049123", "2025-11-29T07:31:16.049123Z", "epoch microseconds"},
		{"%Y-%m-%d %H:%M:%S", "2026-02-30 14:30:01", "", "no 30 February"},
		{"%Y-%m-%d %H:%M:%S", "2026-02-16 25:30:01", "", "no hour 25"},
		{"%Y-%m-%d", "2026/02/16", "", "a literal must match"},
		{"%I:%M %p", "13:00 PM", "", "the 12-hour clock has no 13"},
	} {
		l, err := compileStrftime(c.layout)
		if err != nil {
			t.Fatalf("%s: %v", c.layout, err)
		}
		got, ok := readLayout(l, c.in, nil)
		if c.want == "" {
			if ok {
				t.Errorf("%s (%s): %q read as %s, want no time", c.why, c.layout, c.in, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("%s (%s): %q read as %q (ok %v), want %s", c.why, c.layout, c.in, got, ok, c.want)
		}
	}
}

func TestStrftimeLocation(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	l, _ := compileStrftime("%Y-%m-%d %H:%M:%S")
	if got, _ := readLayout(l, "2026-07-01 12:00:00", berlin); got != "2026-07-01T10:00:00Z" {
		t.Errorf("wall-clock summer time in Berlin read as %s", got)
	}
	lz, _ := compileStrftime("%Y-%m-%d %H:%M:%S %z")
	if got, _ := readLayout(lz, "2026-07-01 12:00:00 +0000", berlin); got != "2026-07-01T12:00:00Z" {
		t.Errorf("an explicit offset must win over the location, got %s", got)
	}
}

func TestStrftimeErrors(t *testing.T) {
	for _, layout := range []string{"", "%Y-%m-%d %Q", "%H:%M%"} {
		if _, err := compileStrftime(layout); err == nil {
			t.Errorf("%q compiled", layout)
		} else if strings.Contains(layout, "%Q") && !strings.Contains(err.Error(), "%Q") {
			t.Errorf("%q: error %q does not name the conversion", layout, err)
		}
	}
}

// readLayout reads in with l at the tests' fixed now; the time is RFC 3339 in UTC.
func readLayout(l tsLayout, in string, loc *time.Location) (string, bool) {
	f, n, ok := l.read([]byte(in))
	if !ok || n != len(in) {
		return "", false
	}
	w := wallClock{loc: loc}
	ns, ok := f.time(now.UnixNano(), &w)
	if !ok {
		return "", false
	}
	return time.Unix(0, ns).UTC().Format(time.RFC3339Nano), true
}

// FuzzStrftime reads any text with any layout: nothing may panic, and a read never runs past
// the text.
func FuzzStrftime(f *testing.F) {
	f.Add("%Y/%m/%d %H:%M:%S.%L", "2026/11/29 07:19:40.624")
	f.Add("%d/%b/%Y:%H:%M:%S %z", "16/Feb/2026:14:30:01 +0100")
	f.Add("%b %e %l:%M %p %Z", "Feb  6  7:05 PM CEST")
	f.Add("%s.%N", "1764401476.123456789")
	f.Fuzz(func(t *testing.T, layout, in string) {
		l, err := compileStrftime(layout)
		if err != nil {
			return
		}
		fields, n, ok := l.read([]byte(in))
		if !ok {
			return
		}
		if n > len(in) {
			t.Fatalf("%q read %d bytes of %q", layout, n, in)
		}
		w := wallClock{}
		fields.time(now.UnixNano(), &w)
	})
}
