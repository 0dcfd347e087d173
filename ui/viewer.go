package ui

import (
	"context"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse/ring"
)

// viewer is one list of entries on screen: the merged timeline, or the pane of one source. It owns
// one slot of evaluation (its query's view, computed and kept current off the event loop), the
// Timeline that shows the view, the row style cached for it, and the name of its source.
//
// Every evaluation carries a generation: starting one cancels the running one's context, and a
// result of another generation is dropped, so a fast typist never waits for the searches they
// already typed past. A result older than the newest snapshot starts a refresh by itself, so that
// entries arriving while a search or a refresh ran are never left out until the next write.
type viewer struct {
	key    uint64 // tags the viewer's results; never reused while the model lives
	source string // the one source a pane shows; "" for the merged timeline

	matcher *filter.Matcher // what view is evaluated with
	view    *filter.View    // the newest result; nil before the first one
	snap    *ring.Snapshot  // the snapshot view was computed against, used to render it
	gen     uint64
	cancel  context.CancelFunc
	busy    bool // an evaluation runs: view may be partial
	pending bool // a refresh runs

	tl    Timeline
	style rowStyle // the row style of the source list; show adds the date choice and highlights
	marks *marks   // the highlights of the rows shown, kept across frames
}

// marks remembers the highlight positions of the messages a viewer showed, for one matcher: a
// frame is drawn after every message, and an allowed regular expression can take milliseconds a
// row, so each row's positions are computed once, not once a frame. It holds about a few
// screens of rows and starts again when full.
type marks struct {
	for_ *filter.Matcher
	by   map[string][]int
}

// maxMarks bounds the rows remembered: several screens of the tallest terminal.
const maxMarks = 1024

// of returns the positions of hl's matches in text, computing them the first time.
func (mk *marks) of(hl *filter.Matcher, text []byte) []int {
	if mk.for_ != hl || len(mk.by) >= maxMarks {
		mk.for_, mk.by = hl, make(map[string][]int, 64)
	}
	if pos, ok := mk.by[string(text)]; ok {
		return pos
	}
	pos := hl.Highlights(text)
	mk.by[string(text)] = pos
	return pos
}

// resultMsg carries a view computed off the event loop for one viewer: a partial one while an
// evaluation runs, the final one when done, or an error. next receives the following message of
// the same evaluation.
type resultMsg struct {
	viewer uint64
	gen    uint64
	view   *filter.View
	snap   *ring.Snapshot
	done   bool
	err    error
	next   tea.Cmd
}

func newViewer(key uint64, source string, keys *keymap.KeyMap) viewer {
	return viewer{key: key, source: source, tl: NewTimeline(keys)}
}

// total is how many entries the snapshot its view was computed from holds, newest when it has none
// yet: the count its list is one part of.
func (v *viewer) total(newest *ring.Snapshot) int {
	switch {
	case v.snap != nil:
		return v.snap.Len()
	case newest != nil:
		return newest.Len()
	}
	return 0
}

// rows returns the viewer's view as Rows, or nil before the first result.
func (v *viewer) rows() Rows {
	if v.view == nil {
		return nil
	}
	return v.view
}

// setQuery evaluates q over snap, unless the view already answers it; then it only brings the view
// up to date.
func (v *viewer) setQuery(snap *ring.Snapshot, q filter.Query) tea.Cmd {
	if v.matcher != nil && sameQuery(v.matcher.Query(), q) {
		return v.refresh(snap)
	}
	m, err := filter.Compile(q)
	if err != nil {
		return nil // the search compiled alone; nothing else in a query can fail
	}
	return v.evaluate(snap, m)
}

// sameQuery reports whether two queries select the same entries by construction.
func sameQuery(a, b filter.Query) bool {
	return a.Levels == b.Levels && a.Search == b.Search && slices.Equal(a.Sources, b.Sources)
}

// evaluate starts a fresh evaluation of m over snap, cancelling the running one. The previous
// view, when m narrows its matcher, lets the filter refine instead of rescanning.
func (v *viewer) evaluate(snap *ring.Snapshot, m *filter.Matcher) tea.Cmd {
	v.stop()
	v.gen++
	v.matcher, v.busy, v.pending = m, true, false
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	prev := v.view
	if prev != nil && !m.Narrows(prev.Matcher()) {
		prev = nil
	}
	ch := make(chan resultMsg, 1)
	key, gen := v.key, v.gen
	run := func() tea.Msg {
		defer close(ch)
		progress := func(fv *filter.View) {
			offerLatest(ch, resultMsg{viewer: key, gen: gen, view: fv, snap: snap})
		}
		fv, err := filter.Evaluate(ctx, snap, m, prev, progress)
		if ctx.Err() != nil {
			return nil
		}
		select {
		case ch <- resultMsg{viewer: key, gen: gen, view: fv, snap: snap, done: true, err: err}:
		case <-ctx.Done():
		}
		return nil
	}
	return tea.Batch(run, receive(ch))
}

// offerLatest hands a partial result to the receiver without ever blocking the evaluation: a
// partial result that was not taken yet is replaced by the newer one.
func offerLatest(ch chan resultMsg, msg resultMsg) {
	for {
		select {
		case ch <- msg:
			return
		default:
		}
		select {
		case <-ch:
		default:
		}
	}
}

// receive returns the next message of an evaluation, with itself as the follow-up.
func receive(ch chan resultMsg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		msg.next = receive(ch)
		return msg
	}
}

// refresh extends the view with what arrived up to newest, off the event loop. While an evaluation
// or another refresh runs it does nothing: apply starts the next refresh when that one ends.
func (v *viewer) refresh(newest *ring.Snapshot) tea.Cmd {
	if v.view == nil || v.busy || v.pending || newest == nil || v.view.Version() >= newest.Version() {
		return nil
	}
	v.pending = true
	fv, key, gen := v.view, v.key, v.gen
	return func() tea.Msg {
		return resultMsg{viewer: key, gen: gen, view: fv.Update(newest), snap: newest, done: true}
	}
}

// apply takes a result for this viewer; ok is false for a stale one, which the caller drops. A
// final result older than newest starts the refresh that catches up with it.
func (v *viewer) apply(msg resultMsg, newest *ring.Snapshot) (ok bool, cmd tea.Cmd) {
	if msg.gen != v.gen {
		return false, nil
	}
	if msg.err == nil {
		v.view, v.snap = msg.view, msg.snap
	}
	if msg.done || msg.err != nil {
		v.busy, v.pending = false, false
		cmd = v.refresh(newest)
	}
	return true, cmd
}

// stop cancels a running evaluation. A stopped viewer is either evaluated again at once or
// dropped, so its busy flag never outlives it.
func (v *viewer) stop() {
	if v.cancel != nil {
		v.cancel()
		v.cancel = nil
	}
}

// hide stops the viewer's work and drops its view, for a pane off the page shown: its next query
// evaluates it afresh, and a result still on its way is stale.
func (v *viewer) hide() {
	v.stop()
	if v.matcher == nil && v.view == nil {
		return
	}
	v.gen++
	v.matcher, v.view, v.snap, v.marks = nil, nil, nil, nil
	v.busy, v.pending = false, false
	v.show(nil) // its rows go too: a page shown again waits for its own, not the old ones
}

// setStyle takes the row style of the current source list, theme and zone, and shows the view.
func (v *viewer) setStyle(rs rowStyle, hl *filter.Matcher) {
	v.style = rs
	v.show(hl)
}

// show hands the view to the timeline, with the date column decided for its rows and the search's
// matches highlighted.
func (v *viewer) show(hl *filter.Matcher) {
	snap, rows := v.snap, v.rows()
	rs := v.style.forRows(snap, rows)
	if hl != nil {
		if v.marks == nil {
			v.marks = &marks{}
		}
		mk := v.marks
		rs.hl = func(text []byte) []int { return mk.of(hl, text) }
	}
	v.tl.SetData(snap, rows, rs)
}

// filtersSearch reports whether the view holds only the search's matches.
func (v *viewer) filtersSearch() bool {
	return v.matcher != nil && v.matcher.Query().Search != ""
}
