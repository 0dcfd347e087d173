package filter

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/trawl-dev/trawl/parse/ring"
)

// Tuning of Evaluate.
const (
	// firstScreen is how many of the newest matches the progress callback waits for: a tall
	// terminal shows about a hundred rows, and twice that lets the user page up once.
	firstScreen = 200
	// firstBudget caps the entries the newest-first pass scans on one core before the parallel
	// pass takes over, as a fraction (1/firstBudget) of the whole, so that a rare match does not
	// serialize the scan.
	firstBudget = 8
)

var errNil = errors.New("filter: nil snapshot or matcher")

// Evaluate computes the view of m over s. When prev is a complete view of the same ring, no newer
// than s, whose matcher m narrows (see Narrows), only prev's matches and the entries that arrived
// since are examined. The work is split across runtime.GOMAXPROCS goroutines by ranges of
// the timeline. progress, when not nil, is called on the caller's goroutine with a partial view
// of the newest matches (about a screenful, or fewer when they are rare) before the rest is
// computed; it should return quickly. When ctx is cancelled, Evaluate returns ctx.Err().
func Evaluate(ctx context.Context, s *ring.Snapshot, m *Matcher, prev *View, progress func(*View)) (*View, error) {
	if s == nil || m == nil {
		return nil, errNil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := m.plan(s)
	if prev != nil && prev.complete && prev.m != nil && prev.Version() <= s.Version() && m.Narrows(prev.m) {
		if m.sameQuery(prev.m) {
			nv := *prev
			nv.m = m
			return nv.update(s, p), nil
		}
		return refine(ctx, p, prev, progress)
	}
	pieces, err := p.scan(ctx, s.Timeline(), s.First(), progress)
	if err != nil {
		return nil, err
	}
	return newView(m, s, pieces, true), nil
}

// refine filters prev's matches, then adds the entries prev had not examined.
func refine(ctx context.Context, p *plan, prev *View, progress func(*View)) (*View, error) {
	pieces, err := p.scan(ctx, prev.chunks, p.s.First(), progress)
	if err != nil {
		return nil, err
	}
	v := newView(p.m, p.s, pieces, true)
	v.next, v.hidden = prev.next, prev.hidden
	return v.update(p.s, p), nil
}

func (m *Matcher) sameQuery(o *Matcher) bool {
	return m.q.Levels == o.q.Levels && slices.Equal(m.q.Sources, o.q.Sources) && m.q.Search == o.q.Search
}

// scan filters the keys of src (sorted chunks, in timeline order) and returns one piece per
// chunk. It first walks from the newest end on this goroutine until it has a screenful of
// matches (or has spent its budget) and hands those to progress, then splits the rest among
// the processors.
func (p *plan) scan(ctx context.Context, src [][]ring.Key, first uint64, progress func(*View)) ([]piece, error) {
	pieces := make([]piece, len(src))
	hi := len(src)
	if progress != nil {
		total := 0
		for _, c := range src {
			total += len(c)
		}
		var buf []ring.Key
		found, scanned := 0, 0
		for hi > 0 && found < firstScreen && scanned <= total/firstBudget {
			hi--
			var err error
			if pieces[hi], buf, err = p.filter(ctx, src[hi], first, buf); err != nil {
				return nil, err
			}
			found += len(pieces[hi].keys)
			scanned += len(src[hi])
		}
		if found > 0 && hi > 0 {
			progress(newView(p.m, p.s, pieces[hi:], false))
		}
	}
	return pieces, p.scanParallel(ctx, src[:hi], first, pieces)
}

// scanParallel fills pieces[i] for every chunk of src. Workers take chunks in order from a
// shared counter, which balances uneven matching costs.
func (p *plan) scanParallel(ctx context.Context, src [][]ring.Key, first uint64, pieces []piece) error {
	workers := min(runtime.GOMAXPROCS(0), len(src))
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			var buf []ring.Key
			for {
				i := int(next.Add(1) - 1)
				if i >= len(src) {
					return
				}
				var err error
				if pieces[i], buf, err = p.filter(ctx, src[i], first, buf); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	// The only failure is cancellation; report it as ctx.Err() itself, as callers test for it.
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// filter returns the keys of one chunk that match, skipping evicted ones (Seq < first). buf is
// scratch space reused across calls; the piece gets a copy of exactly the matches.
func (p *plan) filter(ctx context.Context, keys []ring.Key, first uint64, buf []ring.Key) (piece, []ring.Key, error) {
	// Keys from a prev View newer than the snapshot may lie beyond its end.
	next := p.s.Next()
	if p.matchesAll() && len(keys) > 0 {
		mn, mx := seqRange(keys)
		if mn >= first && mx < next {
			// Nothing to test: share the chunk itself (clipped, since it is read-only).
			return piece{keys: slices.Clip(keys), min: mn}, buf, nil
		}
	}
	buf = buf[:0]
	mn := uint64(NoSeq)
	// Cancellation is looked at before every entry: an allowed regular expression can take
	// milliseconds on one long line, and esc or the next key must stop the evaluation at once. A
	// look at a channel that is not closed costs a few nanoseconds.
	done := ctx.Done()
	for _, k := range keys {
		select {
		case <-done:
			return piece{}, buf, ctx.Err()
		default:
		}
		if k.Seq >= first && k.Seq < next && p.match(k.Seq) {
			buf = append(buf, k)
			mn = min(mn, k.Seq)
		}
	}
	return piece{keys: slices.Clone(buf), min: mn}, buf, nil
}

// matchesAll reports whether the plan passes every held entry.
func (p *plan) matchesAll() bool {
	if p.srcOK != nil || len(p.m.rest) > 0 {
		return false
	}
	for _, on := range p.m.levels {
		if !on {
			return false
		}
	}
	return true
}

func seqRange(keys []ring.Key) (lo, hi uint64) {
	lo = NoSeq
	for _, k := range keys {
		lo, hi = min(lo, k.Seq), max(hi, k.Seq)
	}
	return lo, hi
}
