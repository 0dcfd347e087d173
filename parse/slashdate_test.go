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

// A date without its year whose numbers are both twelve or less is month first (logcat's
// "11-29"), even when only the day-first reading is today's, unless an earlier date of the source
// showed the day first (log4j's "dd-MM HH:mm:ss,SSS").
func TestYearlessDateOrder(t *testing.T) {
	now, _ := time.Parse(time.RFC3339, "2026-12-03T09:00:00Z")
	for _, c := range []struct {
		first, line, want string
	}{
		{"", "03-12 07:41:16.101  1234  1250 I ActivityManager: Start proc", "2026-03-12T07:41:16Z"},  // logcat of March 12, read on December 3
		{"", "12-03 07:41:16.123  1702  2395 D Tag: x", "2026-12-03T07:41:16Z"},                       // only month first is today
		{"", "05-06 07:41:16,123 INFO archived", "2026-05-06T07:41:16Z"},                              // neither: month first
		{"29-11 07:00:00,000 INFO start", "05-06 07:41:16,123 INFO archived", "2026-06-05T07:41:16Z"}, // shown day first
		{"11-29 07:00:00,000 INFO start", "03-12 07:41:16,123 INFO cache", "2026-03-12T07:41:16Z"},    // shown month first
		{"", "05.06. 07:41:16 Sicherung", "2026-06-05T07:41:16Z"},                                     // dots: day first
	} {
		p := NewParser(func() time.Time { return now })
		if c.first != "" {
			p.Parse([]byte(c.first))
		}
		rec := p.Parse([]byte(c.line))
		if got := time.Unix(0, rec.Time).UTC().Truncate(time.Second).Format(time.RFC3339); got != c.want {
			t.Errorf("%q after %q: time %s, want %s", c.line, c.first, got, c.want)
		}
	}
}
