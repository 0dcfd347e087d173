package ui

import (
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// histEvery is the least time between two recomputations of the histogram while data streams in:
// counting a million entries takes tens of milliseconds, and the strip needs no more than this.
const histEvery = time.Second

// buckets counts entries per time bucket and level over the shown view.
type buckets struct {
	start, step int64 // Unix nanoseconds: bucket i covers [start+i*step, start+(i+1)*step)
	counts      [][parse.NumLevels]int
}

// histMsg carries freshly counted buckets.
type histMsg struct {
	gen uint64
	b   buckets
}

// Histogram is the rate strip above the timeline and the full histogram view: entries per time
// bucket, stacked by level. The counting runs in a Cmd; this type only draws.
type Histogram struct {
	keys          *keymap.KeyMap
	width, height int
	gen           uint64
	busy          bool
	last          time.Time
	data          buckets
	sel           int
	want          int64 // a time whose bucket to select when the next count arrives; 0 for none
}

// NewHistogram returns an empty histogram.
func NewHistogram(keys *keymap.KeyMap) Histogram { return Histogram{keys: keys} }

// SetSize sets the full view's rectangle; the bucket count follows the width.
func (h *Histogram) SetSize(w, hgt int) { h.width, h.height = w, hgt }

// histogramCmd recounts the buckets of the shown view, at most once per histEvery unless forced.
func (m *Model) histogramCmd(force bool) tea.Cmd {
	s := m.shown()
	rows, snap := s.rows(), s.snap
	now := m.cfg.Now()
	if rows == nil || snap == nil || m.layout.body.w <= 0 || m.hist.busy || (!force && now.Sub(m.hist.last) < histEvery) {
		return nil
	}
	m.hist.gen++
	m.hist.busy, m.hist.last = true, now
	gen, n := m.hist.gen, m.layout.body.w
	return func() tea.Msg { return histMsg{gen: gen, b: countBuckets(snap, rows, n)} }
}

// countBuckets spreads the rows over n buckets between the first and the last row's time.
func countBuckets(snap *ring.Snapshot, rows Rows, n int) buckets {
	b := buckets{counts: make([][parse.NumLevels]int, n)}
	total := rows.Len()
	if total == 0 || n == 0 {
		return b
	}
	first, last := snap.Key(rows.At(0)).Sort, snap.Key(rows.At(total-1)).Sort
	b.start = first
	b.step = max((last-first)/int64(n)+1, 1)
	for i := 0; i < total; i++ {
		seq := rows.At(i)
		k := int((snap.Key(seq).Sort - first) / b.step)
		k = min(max(k, 0), n-1)
		b.counts[k][snap.Level(seq)]++
	}
	return b
}

// apply takes counted buckets unless a newer count was started.
func (h Histogram) apply(msg histMsg) Histogram {
	if msg.gen != h.gen {
		return h
	}
	h.busy = false
	h.data = msg.b
	h.sel = min(h.sel, max(len(h.data.counts)-1, 0))
	if h.want != 0 {
		h.sel = max(h.bucketOf(h.want), 0)
		h.want = 0
	}
	return h
}

// bucketOf returns the bucket a time falls in, or -1.
func (h Histogram) bucketOf(t int64) int {
	if h.data.step == 0 || len(h.data.counts) == 0 {
		return -1
	}
	return min(max(int((t-h.data.start)/h.data.step), 0), len(h.data.counts)-1)
}

// Update moves the selected bucket.
func (h Histogram) Update(msg tea.Msg) (Histogram, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return h, nil
	}
	last := max(len(h.data.counts)-1, 0)
	switch {
	case key.Matches(k, h.keys.Left, h.keys.Up):
		h.sel = max(h.sel-1, 0)
	case key.Matches(k, h.keys.Right, h.keys.Down):
		h.sel = min(h.sel+1, last)
	case key.Matches(k, h.keys.Top):
		h.sel = 0
	case key.Matches(k, h.keys.Bottom):
		h.sel = last
	}
	return h, nil
}

// selectedTime is the start of the selected bucket.
func (h Histogram) selectedTime() (int64, bool) {
	if h.data.step == 0 || h.sel >= len(h.data.counts) {
		return 0, false
	}
	return h.data.start + int64(h.sel)*h.data.step, true
}

// jumpToTime moves the timeline to the first shown entry at or after t.
func (m *Model) jumpToTime(t int64) {
	s := m.shown()
	rows, snap := s.rows(), s.snap
	if rows == nil || snap == nil || rows.Len() == 0 {
		return
	}
	i := sort.Search(rows.Len(), func(i int) bool { return snap.Key(rows.At(i)).Sort >= t })
	m.timeline.JumpTo(rows.At(min(i, rows.Len()-1)))
}

// stripMark is the bucket of the entry under the cursor, or -1.
func (m Model) stripMark() int {
	seq, ok := m.timeline.Cursor()
	s := m.shown()
	if !ok || s.snap == nil {
		return -1
	}
	return m.hist.bucketOf(s.snap.Key(seq).Sort)
}

// blocks draw bar heights in eighths of a cell.
var blocks = []string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// worst returns the most severe level present in a bucket.
func worst(c *[parse.NumLevels]int) (parse.Level, int) {
	total, lvl := 0, parse.Unknown
	for l, n := range c {
		total += n
		if n > 0 {
			lvl = parse.Level(l)
		}
	}
	return lvl, total
}

// strip renders the one-line rate strip: bar height per bucket, coloured by the worst level in it,
// with the cursor's bucket marked.
func (h Histogram) strip(th *Theme, w, mark int) string {
	if len(h.data.counts) == 0 {
		return th.Status.Faint.wrap(strings.Repeat("─", w))
	}
	peak := 1
	for i := range h.data.counts {
		_, t := worst(&h.data.counts[i])
		peak = max(peak, t)
	}
	var b strings.Builder
	for i := 0; i < w && i < len(h.data.counts); i++ {
		lvl, t := worst(&h.data.counts[i])
		switch {
		case i == mark:
			b.WriteString(th.Status.Mark.wrap("┃"))
		case t == 0:
			b.WriteString(th.Status.Faint.wrap("·"))
		default:
			b.WriteString(th.Status.Strip[lvl].wrap(blocks[1+(t*7)/peak]))
		}
	}
	return b.String()
}
