package parse

import (
	"testing"
	"time"
)

// A slashed date that reads either way is month first, unless only the day-first reading is the
// day the line is read on or the day before: a log written right now, as Graphite's carbon
// writes its dates ("02/12/2026 04:53:06 :: …" on the second of December).
func TestSlashedDateOrder(t *testing.T) {
	line := []byte("02/12/2026 04:53:06 :: MetricLineReceiver connection with 127.0.0.1:45806 established")
	for _, c := range []struct {
		now, want string
	}{
		{"2026-12-02T05:00:00Z", "2026-12-02T04:53:06Z"}, // only the day-first reading is today
		{"2026-12-03T01:00:00Z", "2026-12-02T04:53:06Z"}, // or yesterday
		{"2026-02-12T05:00:00Z", "2026-02-12T04:53:06Z"}, // the month-first reading is today
		{"2026-06-01T00:00:00Z", "2026-02-12T04:53:06Z"}, // neither is recent: month first
		{"2027-12-02T05:00:00Z", "2026-02-12T04:53:06Z"}, // a year later, neither is
	} {
		now, _ := time.Parse(time.RFC3339, c.now)
		rec := NewParser(func() time.Time { return now }).Parse(line)
		if got := time.Unix(0, rec.Time).UTC().Format(time.RFC3339); got != c.want {
			t.Errorf("read on %s: time %s, want %s", c.now, got, c.want)
		}
	}
}

// A date whose day is past twelve shows the source's order, and the dates after it keep it
// whatever day they are read on; so does the first date that only one reading makes today's.
func TestSlashedDateOrderShown(t *testing.T) {
	now, _ := time.Parse(time.RFC3339, "2026-12-02T05:00:00Z")
	for _, c := range []struct {
		first, want string
	}{
		{"01/13/2026 08:00:01 INFO batch started", "2026-02-12T04:53:06Z"}, // month first, shown
		{"13/01/2026 08:00:01 INFO batch started", "2026-12-02T04:53:06Z"}, // day first, shown
		{"12/02/2026 05:00:00 INFO today's run", "2026-02-12T04:53:06Z"},   // today's, month first
	} {
		p := NewParser(func() time.Time { return now })
		p.Parse([]byte(c.first))
		rec := p.Parse([]byte("02/12/2026 04:53:06 INFO archived run"))
		if got := time.Unix(0, rec.Time).UTC().Format(time.RFC3339); got != c.want {
			t.Errorf("after %q: time %s, want %s", c.first, got, c.want)
		}
	}
}
