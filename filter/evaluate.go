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
	// blockKeys is how many keys filter takes at a time: enough for the processor to overlap
	// the cache misses of their messages, few enough that those messages stay in the cache
	// until they are tested.
	blockKeys = 256
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
	done := ctx.Done()
	pieces := make([]piece, len(src))
	hi := len(src)
	if progress != nil {
		total := 0
		for _, c := range src {
			total += len(c)
		}
		sc := newScratch()
		found, scanned := 0, 0
		for hi > 0 && found < firstScreen && scanned <= total/firstBudget {
			hi--
			var ok bool
			if pieces[hi], ok = p.filter(done, src[hi], first, sc); !ok {
				return nil, ctx.Err()
			}
			found += len(pieces[hi].keys)
			scanned += len(src[hi])
		}
		if found > 0 && hi > 0 {
			progress(newView(p.m, p.s, pieces[hi:], false))
		}
	}
	if !p.scanParallel(done, src[:hi], first, pieces) {
		return nil, ctx.Err()
	}
	return pieces, nil
}

// scanParallel fills pieces[i] for every chunk of src, or returns false when done is closed.
// Workers take chunks in order from a shared counter, which balances uneven matching costs.
func (p *plan) scanParallel(done <-chan struct{}, src [][]ring.Key, first uint64, pieces []piece) bool {
	workers := min(runtime.GOMAXPROCS(0), len(src))
	var next atomic.Int64
	var stopped atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			sc := newScratch()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(src) {
					return
				}
				var ok bool
				if pieces[i], ok = p.filter(done, src[i], first, sc); !ok {
					stopped.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	return !stopped.Load()
}

// filter returns the keys of one chunk that match, skipping evicted ones (Seq < first), or false
// when done is closed. sc is scratch space reused across calls; the piece gets a copy of exactly
// the matches.
func (p *plan) filter(done <-chan struct{}, keys []ring.Key, first uint64, sc *scratch) (piece, bool) {
	// Keys from a prev View newer than the snapshot may lie beyond its end.
	next := p.s.Next()
	if p.matchesAll() && len(keys) > 0 {
		mn, mx := seqRange(keys)
		if mn >= first && mx < next {
			// Nothing to test: share the chunk itself (clipped, since it is read-only).
			return piece{keys: slices.Clip(keys), min: mn}, true
		}
	}
	sc.keys = sc.keys[:0]
	for len(keys) > 0 {
		n := min(len(keys), blockKeys)
		if !p.filterBlock(done, keys[:n], first, next, sc) {
			return piece{}, false
		}
		keys = keys[n:]
	}
	mn := uint64(NoSeq)
	for _, k := range sc.keys {
		mn = min(mn, k.Seq)
	}
	return piece{keys: slices.Clone(sc.keys), min: mn}, true
}

// filterBlock appends the keys of a block that match to sc.keys, or returns false when done is
// closed. It reads the entries' sketches first, then the messages of those the sketches admit,
// and tests them last. Cancellation is looked at before every test: an allowed regular
// expression can take milliseconds on one long line, and esc or the next key must stop the
// evaluation at once. A look at a channel that is not closed costs a few nanoseconds.
func (p *plan) filterBlock(done <-chan struct{}, keys []ring.Key, first, next uint64, sc *scratch) bool {
	sc.admitted = sc.admitted[:0]
	for _, k := range keys {
		if k.Seq >= first && k.Seq < next && p.admits(p.s.Sketch(k.Seq)) {
			sc.admitted = append(sc.admitted, k)
		}
	}
	if p.srcOK == nil && len(p.m.unsketched) == 0 {
		sc.keys = append(sc.keys, sc.admitted...) // the sketch decides everything
		return true
	}
	sc.msgs = sc.msgs[:0]
	if p.m.readsMessage {
		p.lookUp(sc)
	}
	for i, k := range sc.admitted {
		select {
		case <-done:
			return false
		default:
		}
		e := entry{s: p.s, seq: k.Seq, level: p.s.Sketch(k.Seq).Level()}
		if len(sc.msgs) > 0 {
			e.msg, e.read = sc.msgs[i], true
		}
		if p.matchEntry(&e) {
			sc.keys = append(sc.keys, k)
		}
	}
	return true
}

// lookUp finds the messages of the admitted entries in a loop of independent loads, whose cache
// misses the processor overlaps, where testing each entry in turn would wait for them one by
// one. It reads the first byte of each message too, which brings its text into the cache.
func (p *plan) lookUp(sc *scratch) {
	var touch byte
	for _, k := range sc.admitted {
		msg := p.s.Message(k.Seq)
		if len(msg) > 0 {
			touch |= msg[0]
		}
		sc.msgs = append(sc.msgs, msg)
	}
	sc.touched = touch // kept, so that the compiler keeps the reads
}

// scratch is a worker's reusable space for filter.
type scratch struct {
	keys, admitted []ring.Key
	msgs           [][]byte
	touched        byte
}

func newScratch() *scratch {
	return &scratch{admitted: make([]ring.Key, 0, blockKeys), msgs: make([][]byte, 0, blockKeys)}
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
