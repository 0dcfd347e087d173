package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse/ring"
)

// slot is one filtered view kept current off the event loop: the timeline's, the base view that
// highlight-only mode shows, or one pane's. Every evaluation carries a generation number; starting
// a new one cancels the old one's context, and messages with an older generation are dropped, so
// a fast typist never waits for the searches they already typed past.
type slot struct {
	matcher *filter.Matcher
	view    *filter.View   // the newest result; nil before the first one
	snap    *ring.Snapshot // the snapshot view was computed against, used to render it
	gen     uint64
	cancel  context.CancelFunc
	busy    bool // an evaluation is running: view may be partial
	pending bool // an incremental update is running
}

// rows returns the slot's view as Rows, or nil before the first result.
func (s *slot) rows() Rows {
	if s.view == nil {
		return nil
	}
	return s.view
}

// evaluate starts a fresh evaluation of m over snap, cancelling the running one. prev, when m
// narrows its matcher, lets the filter refine instead of rescanning.
func (s *slot) evaluate(id int, snap *ring.Snapshot, m *filter.Matcher) tea.Cmd {
	s.stop()
	s.gen++
	s.matcher, s.busy, s.pending = m, true, false
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	prev := s.view
	if prev != nil && !m.Narrows(prev.Matcher()) {
		prev = nil
	}
	ch := make(chan resultMsg, 1)
	gen := s.gen
	run := func() tea.Msg {
		defer close(ch)
		progress := func(v *filter.View) { offerLatest(ch, resultMsg{slot: id, gen: gen, view: v, snap: snap}) }
		v, err := filter.Evaluate(ctx, snap, m, prev, progress)
		if ctx.Err() != nil {
			return nil
		}
		select {
		case ch <- resultMsg{slot: id, gen: gen, view: v, snap: snap, done: true, err: err}:
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

// refresh extends the view with what arrived in snap, off the event loop. It does nothing while an
// evaluation or another refresh runs, or when the view is current.
func (s *slot) refresh(id int, snap *ring.Snapshot) tea.Cmd {
	if s.view == nil || s.busy || s.pending || s.view.Version() >= snap.Version() {
		return nil
	}
	s.pending = true
	v, gen := s.view, s.gen
	return func() tea.Msg {
		return resultMsg{slot: id, gen: gen, view: v.Update(snap), snap: snap, done: true}
	}
}

// apply takes a result for this slot; it reports false for a stale one, which the caller drops.
func (s *slot) apply(msg resultMsg) bool {
	if msg.gen != s.gen {
		return false
	}
	if msg.err != nil {
		s.busy, s.pending = false, false
		return true
	}
	s.view, s.snap = msg.view, msg.snap
	if msg.done {
		s.busy, s.pending = false, false
	}
	return true
}

// stop cancels a running evaluation.
func (s *slot) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}
