package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// countedEntries is how many entries the strip's buckets hold.
func countedEntries(b buckets) int {
	n := 0
	for _, c := range b.counts {
		for _, k := range c {
			n += k
		}
	}
	return n
}

// The rate strip is counted again when the terminal's width changes, and counts what arrived
// after a count it held back, at the next tick: data that came in a burst and went quiet is never
// left showing an early count.
func TestStripFollowsResizeAndLateData(t *testing.T) {
	r := ringOf(t, manyEntries(60))
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 40, 12)
	if got := len(d.m.hist.data.counts); got != d.m.layout.body.w {
		t.Fatalf("%d buckets at start, want the width %d", got, d.m.layout.body.w)
	}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30}).settle()
	if got := len(d.m.hist.data.counts); got != d.m.layout.body.w || got < 90 {
		t.Fatalf("%d buckets after the terminal grew, want the new width %d", got, d.m.layout.body.w)
	}
	fillRing(t, r, manyEntries(120)[60:])
	d.send(dataMsg{}).settle() // within histEvery of the last count: held back
	d.send(tickMsg{}).settle()
	if got := countedEntries(d.m.hist.data); got != 120 {
		t.Fatalf("the strip counts %d entries after the tick, want all 120", got)
	}
}

// snapshotOf parses lines as one source's and holds them in a ring.
func snapshotOf(source string, lines ...string) *ring.Snapshot {
	return ringOfLines(source, lines...).Snapshot()
}

// ringOfLines parses lines as one source's into a ring.
func ringOfLines(source string, lines ...string) *ring.Ring {
	s := parse.NewStream(source, parse.StreamOptions{Now: func() time.Time { return t0 }, Location: time.UTC})
	b := &parse.Batch{Source: source}
	var off int64
	for _, l := range lines {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
	r := ring.New(ring.Options{})
	r.Append(b)
	return r
}

// Entries a source wrote out of time order sit in the timeline after the entry before them, but
// the histogram counts each in the bucket of its own time, as its label says.
func TestHistogramCountsEntriesByTheirTime(t *testing.T) {
	snap := snapshotOf("skew.log", "2026-03-01T10:00:00Z INFO a", "2026-03-01T10:00:00+09:00 INFO b", "2026-03-01T10:00:00-05:00 INFO c", "2026-03-01T10:30:00Z INFO d", "2026-03-01T11:00:00Z INFO e")
	got := countBuckets(snap, newAllRows(snap), 14, nil)
	want := make([]int, 14)
	for _, hm := range [][2]int{{10, 0}, {1, 0}, {15, 0}, {10, 30}, {11, 0}} {
		want[int((time.Date(2026, 3, 1, hm[0], hm[1], 0, 0, time.UTC).UnixNano()-got.start)/got.step)]++
	}
	for k := range want {
		if got.counts[k][parse.Info] != want[k] {
			t.Fatalf("bucket %d holds %d, want %d (counts by time: %v)", k, got.counts[k][parse.Info], want[k], want)
		}
	}
}

// Buckets that run over months or years name their year: "12-31" alone could be any.
func TestHistogramLabelsNameTheYearOverLongSpans(t *testing.T) {
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	h := Histogram{data: buckets{start: start.UnixNano(), step: int64(80 * 365 * 24 * time.Hour / 100), counts: make([][parse.NumLevels]int, 100)}}
	if a := h.axis(time.UTC, 100); !strings.HasPrefix(a, "2020-01-01") {
		t.Errorf("axis %q, want dates with their year", a)
	}
	th := NewTheme(true)
	if info := ansi.Strip(h.info(&th, time.UTC)); !strings.Contains(info, "2020-01-01 00:00:00 – 2020-10-") {
		t.Errorf("bucket info %q, want its dates with their year", info)
	}
}

// A line may write any year Unix nanoseconds hold: times three centuries apart, and those wrapped
// round by an overflowing epoch, are counted in the first and the last buckets, not past the
// buckets' arithmetic (an adversarial try crashed the interface with "1733-06-01T00:00:00Z").
func TestHistogramCountsTimesCenturiesApart(t *testing.T) {
	snap := snapshotOf("far.log", "2026-01-01T00:00:00Z INFO a", "1733-06-01T00:00:00Z ERROR b", "2261-06-01T00:00:00Z WARN c", "1679-01-01T00:00:00Z INFO d")
	got := countBuckets(snap, newAllRows(snap), 80, nil)
	if n := countedEntries(got); n != 4 {
		t.Fatalf("%d entries counted, want 4", n)
	}
	if got.counts[0][parse.Error] != 1 || got.counts[79][parse.Warn] != 1 {
		t.Errorf("the earliest and the latest are not in the first and the last buckets: %v %v", got.counts[0], got.counts[79])
	}
	h := Histogram{data: got}
	if k := h.bucketOf(time.Date(1679, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()); k != 0 {
		t.Errorf("a time before the range is in bucket %d, want 0", k)
	}
	h = h.zoomIn()
	if len(h.zoom) != 1 || h.zoom[0].to <= h.zoom[0].from {
		t.Errorf("zoom over centuries gave %v", h.zoom)
	}
}
