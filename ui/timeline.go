package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse/ring"
)

// wheelStep is how many rows one mouse wheel notch scrolls, as in most terminal pagers.
const wheelStep = 3

// Timeline is the merged, scrollable list of entries. It renders only the rows on screen, so a
// frame costs the same with a hundred entries or a million.
//
// The cursor is an entry (a ring sequence number), not a position: when the list changes under it
// (new entries, eviction, another filter, the partial first results of a search) the cursor stays
// on that entry or, while the entry is not in the list, on the nearest one that is, and returns to
// the entry when it is shown again. Only the user chooses another entry: by a move, or by acting
// on the one shown under the cursor (see Adopt).
type Timeline struct {
	keys  *keymap.KeyMap // shared, read-only
	snap  *ring.Snapshot
	rows  Rows
	style rowStyle

	width, height int
	cursor, top   int    // positions in rows, derived from cursorSeq
	skip          int    // with wrap, the lines of the top entry above the screen (see wrapFill)
	cursorSeq     uint64 // the entry the cursor is on; see the type's comment
	follow        bool
	newest        uint64 // the ring's newest entry when following stopped, to count what arrived since
	wrap          bool
	xoff          int
	selecting     bool
	anchor        uint64 // sequence number where the selection started
	// lost says the selection ended because all its entries left the ring; the next copy or export
	// is refused with a word of why, not applied to the rows that took their place.
	lost bool
}

// NewTimeline returns a timeline in follow mode.
func NewTimeline(keys *keymap.KeyMap) Timeline {
	return Timeline{keys: keys, follow: true}
}

// SetSize sets the rectangle the timeline draws in.
func (t *Timeline) SetSize(w, h int) {
	t.width, t.height = w, max(h, 1)
	t.clamp()
}

// SetData points the timeline at a new snapshot and list, keeping the cursor on its entry and that
// entry's row where it was on screen.
func (t *Timeline) SetData(snap *ring.Snapshot, rows Rows, style rowStyle) {
	offset := t.cursor - t.top
	t.snap, t.rows, t.style = snap, rows, style
	if snap != nil {
		// An entry the cursor, the selection or the count of new ones is on may have been
		// replaced by its completed self: they go with it.
		t.cursorSeq, t.anchor, t.newest = snap.Successor(t.cursorSeq), snap.Successor(t.anchor), snap.Successor(t.newest)
		if first := snap.First(); t.selecting && t.anchor < first && t.cursorSeq < first {
			t.selecting, t.lost = false, true // every entry of it was let go (a selection that lost its older end keeps the rest)
		}
	}
	n := t.len()
	switch {
	case n == 0:
		t.cursor, t.top = 0, 0
		return
	case t.follow:
		t.cursor = n - 1
		t.cursorSeq = rows.At(t.cursor)
	default:
		t.cursor = min(rows.Index(t.cursorSeq), n-1)
		t.top = t.cursor - offset
	}
	t.clamp()
}

// setCursor moves the cursor to position i and makes that row's entry the cursor's.
func (t *Timeline) setCursor(i int) {
	t.cursor = i
	t.clamp()
	if t.len() > 0 {
		t.cursorSeq = t.rows.At(t.cursor)
	}
}

// TimelineSpot is where a timeline was, kept while its view is closed: its cursor's entry, its
// count of new entries, follow and wrap.
type TimelineSpot struct {
	cursorSeq, newest uint64
	follow, wrap      bool
}

// Spot returns where the timeline is.
func (t Timeline) Spot() TimelineSpot {
	seq := t.cursorSeq
	if t.len() > 0 {
		seq = t.rows.At(t.cursor)
	}
	return TimelineSpot{cursorSeq: seq, newest: t.newest, follow: t.follow, wrap: t.wrap}
}

// Restore puts a new timeline where a spot says; its rows come with its next SetData.
func (t *Timeline) Restore(sp TimelineSpot) {
	t.cursorSeq, t.newest, t.follow, t.wrap = sp.cursorSeq, sp.newest, sp.follow, sp.wrap
}

// Hold stops following at the entry shown under the cursor and makes it the cursor's own: the
// user acts on what the screen shows (opens it, or leaves the search that found it, esc, m) and
// then reads what is around it, which following would scroll away.
func (t *Timeline) Hold() {
	if t.len() == 0 {
		return
	}
	if t.follow {
		t.pause()
	}
	t.cursorSeq = t.rows.At(t.cursor)
}

func (t Timeline) len() int {
	if t.rows == nil {
		return 0
	}
	return t.rows.Len()
}

// Following reports whether the newest entry is kept in view.
func (t Timeline) Following() bool { return t.follow }

// NewCount is how many entries of the list arrived after the newest one held when following stopped.
func (t Timeline) NewCount() int {
	n := t.len()
	if t.follow || n == 0 {
		return 0
	}
	i := t.rows.Index(t.newest)
	if i < n && t.rows.At(i) == t.newest {
		i++
	}
	return max(n-i, 0)
}

// Cursor returns the entry under the cursor.
func (t Timeline) Cursor() (seq uint64, ok bool) {
	if t.len() == 0 {
		return 0, false
	}
	return t.rows.At(t.cursor), true
}

// Position returns the cursor's 1-based position in the list and the list's length; 0, 0 when the
// list is empty.
func (t Timeline) Position() (at, n int) {
	if n = t.len(); n == 0 {
		return 0, 0
	}
	return t.cursor + 1, n
}

// Selection returns the selected range of positions, inclusive, or the cursor's position alone.
func (t Timeline) Selection() (lo, hi int, active bool) {
	if !t.selecting || t.len() == 0 {
		return t.cursor, t.cursor, false
	}
	a := t.rows.Index(t.anchor) // the anchor's row, or the next newer one when it is hidden
	if (a >= t.len() || t.rows.At(a) != t.anchor) && a > t.cursor {
		// Hidden (by a level or a search), an anchor at the newer end rounds to the older side:
		// the range holds only rows that were in it, never the next one past it.
		a--
	}
	a = min(a, t.len()-1)
	return min(a, t.cursor), max(a, t.cursor), true
}

// SelectionLost reports whether the selection ended because its entries all left the ring, and the
// user has not been told yet (nor started or ended a selection since).
func (t Timeline) SelectionLost() bool { return t.lost }

// ForgetLostSelection takes note that the user was told the selection was lost.
func (t *Timeline) ForgetLostSelection() { t.lost = false }

// ClearSelection ends a range selection.
func (t *Timeline) ClearSelection() { t.selecting, t.lost = false, false }

// Wrap reports whether long messages wrap.
func (t Timeline) Wrap() bool { return t.wrap }

// JumpTo moves the cursor to the entry at or nearest to seq and stops following.
func (t *Timeline) JumpTo(seq uint64) {
	if t.len() == 0 {
		return
	}
	t.pause()
	t.setCursor(min(t.rows.Index(seq), t.len()-1))
	t.top = max(t.cursor-t.height/2, 0)
	t.clamp()
}

// Update handles navigation keys and the mouse wheel.
func (t Timeline) Update(msg tea.Msg) (Timeline, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		t.onKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			t.move(-wheelStep)
		case tea.MouseWheelDown:
			t.move(wheelStep)
		}
	}
	return t, nil
}

func (t *Timeline) onKey(msg tea.KeyPressMsg) {
	k := t.keys
	switch {
	case key.Matches(msg, k.Up):
		t.move(-1)
	case key.Matches(msg, k.Down):
		t.move(1)
	case key.Matches(msg, k.PageUp):
		t.move(-t.height)
	case key.Matches(msg, k.PageDown):
		t.move(t.height)
	case key.Matches(msg, k.HalfUp):
		t.move(-max(t.height/2, 1))
	case key.Matches(msg, k.HalfDown):
		t.move(max(t.height/2, 1))
	case key.Matches(msg, k.Top):
		t.move(-t.len())
	case key.Matches(msg, k.Bottom):
		if t.selecting {
			t.move(t.len()) // the selection runs to the newest entry, and stays there (see Select)
			break
		}
		t.resume()
	case key.Matches(msg, k.Follow):
		if t.follow {
			t.pause()
		} else {
			t.resume()
		}
	case key.Matches(msg, k.Left):
		t.xoff = max(t.xoff-t.width/4, 0)
	case key.Matches(msg, k.Right):
		if !t.wrap {
			t.xoff += max(t.width/4, 1)
		}
	case key.Matches(msg, k.Wrap):
		t.wrap = !t.wrap
		t.xoff = 0
		t.clamp()
	case key.Matches(msg, k.Select):
		t.selecting, t.lost = !t.selecting, false
		if seq, ok := t.Cursor(); ok {
			t.anchor = seq
		}
		// A selection is anchored where v was pressed; a cursor that kept chasing new entries
		// would grow it by itself, so starting one pauses following, as moving up does.
		if t.selecting {
			t.pause()
		}
	}
}

// move shifts the cursor; moving away from the newest entry pauses following, reaching it does not
// resume it (G and f do), so that reading the last screen does not start it scrolling.
func (t *Timeline) move(d int) {
	n := t.len()
	if n == 0 {
		return
	}
	c := min(max(t.cursor+d, 0), n-1)
	if c != t.cursor || d < 0 {
		t.pause()
	}
	t.setCursor(c)
}

// pause stops following. What is new from then on is told by the ring, not by the list shown: the
// newest entry held, whatever the filter, so that a list widened later (E pressed again) finds no
// entries that were there all along counted as new.
func (t *Timeline) pause() {
	if t.follow {
		if seq, ok := newestHeld(t.snap); ok {
			t.newest = seq
		}
	}
	t.follow = false
}

// newestHeld is the snapshot's newest entry in timeline order, of every source and level.
func newestHeld(snap *ring.Snapshot) (uint64, bool) {
	if snap == nil {
		return 0, false
	}
	tl := snap.Timeline()
	for c := len(tl) - 1; c >= 0; c-- {
		for i := len(tl[c]) - 1; i >= 0; i-- {
			if seq := tl[c][i].Seq; snap.Has(seq) { // not evicted or replaced
				return seq, true
			}
		}
	}
	return 0, false
}

func (t *Timeline) resume() {
	t.follow = true
	t.setCursor(max(t.len()-1, 0))
}

// clamp keeps cursor and top inside the list and the cursor on screen. It never changes the
// cursor's entry: a list that lacks it (a partial result) must not move the cursor for good.
func (t *Timeline) clamp() {
	n := t.len()
	t.skip = 0
	t.cursor = min(max(t.cursor, 0), max(n-1, 0))
	if t.cursor < t.top {
		t.top = t.cursor
	}
	if !t.wrap {
		if t.cursor >= t.top+t.height {
			t.top = t.cursor - t.height + 1
		}
	} else {
		t.top = t.wrapTop()
	}
	t.top = min(max(t.top, 0), max(n-1, 0))
	if !t.wrap && n-t.top < t.height {
		t.top = max(n-t.height, 0)
	} else if t.wrap {
		t.top = t.wrapFill()
	}
}

// wrapFill returns the top that leaves no blank lines below the last entry when rows take several
// lines: the current top, or an earlier one when the entries from it to the end do not fill the
// screen (a list that shrank under a following cursor, as a search's result does). An entry above
// that is too tall to fit whole is shown by its last lines (t.skip), rather than leaving the screen
// half empty as if nothing came before.
func (t *Timeline) wrapFill() int {
	if t.snap == nil || t.len() == 0 {
		return t.top
	}
	used := 0
	for i := t.top; i < t.len(); i++ {
		if used += len(t.renderEntry(i)); used >= t.height {
			return t.top
		}
	}
	top := t.top
	for top > 0 {
		h := len(t.renderEntry(top - 1))
		if used+h > t.height {
			t.skip = used + h - t.height // (above the cursor's entry: its own first lines are never skipped)
			top--
			break
		}
		used += h
		top--
	}
	return top
}

// wrapTop returns the first entry to draw when rows take several lines: the current top, unless
// the cursor's entry would then end below the screen.
func (t *Timeline) wrapTop() int {
	if t.snap == nil || t.len() == 0 || t.cursor < t.top {
		return t.top // no rows yet (a search still computing its view): nothing to measure
	}
	used := 0
	for i := t.cursor; i >= t.top; i-- {
		used += len(t.renderEntry(i))
		if used > t.height {
			return min(i+1, t.cursor)
		}
	}
	return t.top
}

func (t Timeline) renderEntry(i int) []string {
	lo, hi, sel := t.Selection()
	o := rowOpts{gutter: " ", xoff: t.xoff, wrap: t.wrap, cursor: i == t.cursor}
	switch {
	case i == t.cursor:
		o.gutter = t.style.th.Cursor
	case sel && i >= lo && i <= hi:
		o.gutter = t.style.th.Selected
	}
	return t.style.render(t.snap, t.rows.At(i), t.width, o)
}

// View renders the visible rows, exactly height lines.
func (t Timeline) View() string {
	lines := make([]string, 0, t.height)
	if t.len() == 0 || t.style.th == nil {
		lines = append(lines, "")
	}
	for i := t.top; i < t.len() && len(lines) < t.height; i++ {
		rows := t.renderEntry(i)
		if i == t.top && t.skip > 0 && t.skip < len(rows) {
			rows = rows[t.skip:]
		}
		lines = append(lines, rows...)
	}
	if len(lines) > t.height {
		lines = lines[:t.height]
	}
	for len(lines) < t.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
