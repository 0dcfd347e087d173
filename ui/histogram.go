package ui

import (
	"slices"
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

// zoomFactor is how much + narrows the histogram: four times, so that a few presses go from
// months of logs to their last minutes (90 days over 80 columns: 27 hours a bucket, then 7 hours,
// 100 minutes, 25, 6), while each step keeps enough context to see where one is.
const zoomFactor = 4

// buckets counts entries per time bucket and level over the shown view.
type buckets struct {
	start, step int64 // Unix nanoseconds: bucket i covers [start+i*step, start+(i+1)*step)
	counts      [][parse.NumLevels]int
}

// The histogram counts times within 1900-2150: a line may write any year from 1678 to 2261 (what
// Unix nanoseconds hold), and a span of them would overflow the buckets' arithmetic. A time
// outside falls in the first or the last bucket.
var (
	histEarliest = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
	histLatest   = time.Date(2150, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
)

// histTime is t within the histogram's range of times.
func histTime(t int64) int64 { return min(max(t, histEarliest), histLatest) }

// span is a range of time, [from, to) in Unix nanoseconds.
type span struct{ from, to int64 }

// histMsg carries freshly counted buckets.
type histMsg struct {
	gen uint64
	b   buckets
}

// Histogram is the rate strip above the timeline and the full histogram view: entries per time
// bucket, stacked by level. The counting runs in a Cmd; this type only draws, and remembers the
// ranges zoomed into.
type Histogram struct {
	keys          *keymap.KeyMap
	width, height int
	gen           uint64
	busy          bool
	last          time.Time
	data          buckets
	sel           int
	want          int64  // a time whose bucket to select when the next count arrives; 0 for none
	zoom          []span // the ranges zoomed into, innermost last; empty for the whole view
	of            uint64 // the key of the viewer counted
	due           bool   // rows changed since a recount was held back: count at the next tick
}

// NewHistogram returns an empty histogram.
func NewHistogram(keys *keymap.KeyMap) Histogram { return Histogram{keys: keys} }

// SetSize sets the full view's rectangle; the bucket count follows the width.
func (h *Histogram) SetSize(w, hgt int) { h.width, h.height = w, hgt }

// histogramCmd recounts the buckets of the focused viewer, at most once per histEvery unless
// forced or another viewer has the focus now. Zoomed, it counts the zoomed range; with the full
// view open it keeps the buckets it has, so that they do not move under the selection as entries
// arrive.
func (m *Model) histogramCmd(force bool) tea.Cmd {
	v := m.focused()
	rows, snap := v.rows(), v.snap
	now := m.cfg.Now()
	if rows == nil || snap == nil || m.layout.body.w <= 0 {
		return nil
	}
	resized := len(m.hist.data.counts) != m.layout.body.w && !m.hist.busy // a new width, a new number of buckets
	force = force || m.hist.of != v.key || resized
	if !force && (m.hist.busy || now.Sub(m.hist.last) < histEvery) {
		// The rows changed since the last count: count them at the next tick, so that the strip
		// does not keep an early count of a load that then went quiet.
		m.hist.due = true
		return nil
	}
	m.hist.of, m.hist.due = v.key, false
	n := m.layout.body.w
	var frame *buckets
	switch h := &m.hist; {
	case len(h.zoom) > 0:
		z := h.zoom[len(h.zoom)-1]
		frame = &buckets{start: z.from, step: max((z.to-z.from)/int64(n)+1, 1)}
	case !force && m.mode == modeHistogram && h.data.step > 0 && len(h.data.counts) == n:
		frame = &buckets{start: h.data.start, step: h.data.step}
	}
	m.hist.gen++
	m.hist.busy, m.hist.last = true, now
	gen := m.hist.gen
	return func() tea.Msg { return histMsg{gen: gen, b: countBuckets(snap, rows, n, frame)} }
}

// countBuckets spreads the rows over n buckets by their times (an entry's own, else the estimate
// that placed it): those of frame, when set, leaving out the rows outside it; else between the
// earliest and the latest. An entry written out of order sits in the timeline after the one before
// it, but in the bucket its time names.
func countBuckets(snap *ring.Snapshot, rows Rows, n int, frame *buckets) buckets {
	b := buckets{counts: make([][parse.NumLevels]int, n)}
	total := rows.Len()
	if total == 0 || n == 0 {
		return b
	}
	at := func(seq uint64) int64 {
		if t := snap.Time(seq); t != 0 {
			return histTime(t)
		}
		return histTime(snap.Key(seq).Sort)
	}
	if frame != nil {
		b.start, b.step = frame.start, frame.step
	} else {
		first, last := at(rows.At(0)), at(rows.At(0))
		for i := 1; i < total; i++ {
			t := at(rows.At(i))
			first, last = min(first, t), max(last, t)
		}
		b.start, b.step = first, max((last-first)/int64(n)+1, 1)
	}
	for i := 0; i < total; i++ {
		seq := rows.At(i)
		t := at(seq)
		if t < b.start {
			continue
		}
		k := int((t - b.start) / b.step)
		if k >= n {
			if frame != nil {
				continue
			}
			k = n - 1
		}
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

// zoomIn narrows the range to a zoomFactor-th of it around the selected bucket.
func (h Histogram) zoomIn() Histogram {
	if h.data.step == 0 || len(h.data.counts) == 0 {
		return h
	}
	from, width := h.data.start, h.data.step*int64(len(h.data.counts))
	if width/zoomFactor < int64(len(h.data.counts)) {
		return h // a nanosecond a bucket: nothing finer to show
	}
	mid := from + int64(h.sel)*h.data.step + h.data.step/2
	w := width / zoomFactor
	lo := min(max(mid-w/2, from), from+width-w)
	h.zoom = append(slices.Clip(h.zoom), span{lo, lo + w})
	h.want = mid
	return h
}

// zoomOut goes back to the range before the last zoomIn.
func (h Histogram) zoomOut() Histogram {
	if len(h.zoom) == 0 {
		return h
	}
	if t, ok := h.selectedTime(); ok {
		h.want = t + h.data.step/2
	}
	h.zoom = h.zoom[:len(h.zoom)-1]
	return h
}

// bucketOf returns the bucket a time falls in, or -1.
func (h Histogram) bucketOf(t int64) int {
	if h.data.step == 0 || len(h.data.counts) == 0 {
		return -1
	}
	return min(max(int((histTime(t)-h.data.start)/h.data.step), 0), len(h.data.counts)-1)
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

// jumpToTime moves the focused viewer to its first entry at or after t.
func (m *Model) jumpToTime(t int64) {
	v := m.focused()
	rows, snap := v.rows(), v.snap
	if rows == nil || snap == nil || rows.Len() == 0 {
		return
	}
	i := sort.Search(rows.Len(), func(i int) bool { return snap.Key(rows.At(i)).Sort >= t })
	v.tl.JumpTo(rows.At(min(i, rows.Len()-1)))
}

// stripMark is the bucket of the entry under the focused cursor, or -1.
func (m Model) stripMark() int {
	v := m.focused()
	seq, ok := v.tl.Cursor()
	if !ok || v.snap == nil {
		return -1
	}
	return m.hist.bucketOf(v.snap.Key(seq).Sort)
}

// openHistogram shows the full histogram of the focused viewer, its cursor's bucket selected.
func (m Model) openHistogram() (tea.Model, tea.Cmd) {
	m.open(modeHistogram)
	v := m.focused()
	if seq, ok := v.tl.Cursor(); ok && v.snap != nil {
		m.hist.want = v.snap.Key(seq).Sort
	}
	m.hist.zoom = nil
	return m, m.histogramCmd(true)
}

// onHistogramKey moves between buckets and zooms; enter jumps the viewer to the chosen bucket.
// Leaving ends the zoom, so that the rate strip shows the whole view again.
func (m Model) onHistogramKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back, k.Histogram):
		return m.closeHistogram()
	case key.Matches(msg, k.UTC):
		m.utc = !m.utc
		m.restyle()
		return m, nil
	case key.Matches(msg, k.ZoomIn):
		m.hist = m.hist.zoomIn()
		return m, m.histogramCmd(true)
	case key.Matches(msg, k.ZoomOut):
		m.hist = m.hist.zoomOut()
		return m, m.histogramCmd(true)
	case key.Matches(msg, k.Confirm):
		if t, ok := m.hist.selectedTime(); ok {
			m.jumpToTime(t)
		}
		return m.closeHistogram()
	}
	var cmd tea.Cmd
	m.hist, cmd = m.hist.Update(msg)
	return m, cmd
}

// closeHistogram returns to where the histogram was opened from.
func (m Model) closeHistogram() (tea.Model, tea.Cmd) {
	m.mode = m.back
	if len(m.hist.zoom) == 0 {
		return m, nil
	}
	m.hist.zoom = nil
	return m, m.histogramCmd(true)
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
