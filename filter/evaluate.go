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
	// firstBudget caps the entries the newest-first pass scans before it shows what it found, as a
	// fraction (1/firstBudget) of the whole, so that a rare match still shows its newest hits
	// early.
	firstBudget = 8
	// parallelKeys is the fewest keys an evaluation shares with other goroutines: below it the
	// scan takes well under a millisecond, and waking another thread (tens of microseconds on a
	// busy machine) would not be repaid.
	parallelKeys = viewChunk
)

var errNil = errors.New("filter: nil snapshot or matcher")

// Evaluate computes the view of m over s. When prev is a complete view of the same ring, no newer
// than s, whose matcher m narrows (see Narrows), only prev's matches and the entries that arrived
// since are examined. The work is shared by up to runtime.GOMAXPROCS goroutines, the caller's
// included, chunk by chunk of the timeline; the result is the same whatever their number.
// progress, when not nil, is called on the caller's goroutine with a partial view of the newest
// matches (about a screenful, or fewer when they are rare) before the rest is computed; it should
// return quickly. When ctx is cancelled, Evaluate returns ctx.Err().
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
// chunk. The caller's goroutine takes chunks from the newest end and the helpers from the oldest,
// until the two ends meet. With progress, the caller first looks for a screenful of the newest
// matches; the helpers start only once it has scanned its first chunk, which usually holds the
// screenful, so that they do not delay it, yet do not wait for a long search when matches are
// rare. Each piece is found by exactly one goroutine and the pieces are joined in timeline order,
// so the result does not depend on how many goroutines ran or which chunk each took.
func (p *plan) scan(ctx context.Context, src [][]ring.Key, first uint64, progress func(*View)) ([]piece, error) {
	j := &job{p: p, done: ctx.Done(), src: src, first: first, pieces: make([]piece, len(src)), hi: len(src)}
	total := 0
	for _, c := range src {
		total += len(c)
	}
	var wg sync.WaitGroup
	var failed atomic.Pointer[any] // a helper's panic, raised again on the caller's goroutine
	n := helpers(total, len(src))
	start := func() {
		for range n {
			wg.Go(func() {
				defer func() {
					if r := recover(); r != nil {
						failed.CompareAndSwap(nil, &r)
					}
				}()
				j.work(j.front)
			})
		}
		n = 0
	}
	if progress == nil || j.firstScreen(total, progress, start) {
		start()
		j.work(j.back)
	}
	// Every helper is waited for, also when cancelled, so none writes pieces after the return.
	wg.Wait()
	if r := failed.Load(); r != nil {
		panic(*r) // where the caller (a Bubble Tea command) recovers it
	}
	if err := ctx.Err(); err != nil {
		return nil, err // also when the scan ended just as ctx was cancelled
	}
	return j.pieces, nil
}

// helpers is how many goroutines help the caller's scan total keys in n chunks: one per further
// processor, none when there is too little to share.
func helpers(total, n int) int {
	if total < parallelKeys {
		return 0
	}
	return min(runtime.GOMAXPROCS(0), n) - 1
}

// job is one scan shared by goroutines. It hands out the chunk indexes in [lo, hi), each once:
// front from the oldest, back from the newest. pieces[i] is written only by the goroutine that
// took i. Chunks are taken a few hundred times per million entries, so a mutex costs nothing
// measurable.
type job struct {
	p      *plan
	done   <-chan struct{}
	src    [][]ring.Key
	first  uint64
	pieces []piece

	mu     sync.Mutex
	lo, hi int
}

// firstScreen filters chunks from the newest end until it has a screenful of matches or has
// scanned its budget (a share of the total keys), and hands them to progress unless nothing is
// left to scan. It calls start before it takes a second chunk. It returns false when done is
// closed.
func (j *job) firstScreen(total int, progress func(*View), start func()) bool {
	sc := newScratch()
	found, scanned, oldest := 0, 0, len(j.src)
	for found < firstScreen && scanned <= total/firstBudget {
		if oldest < len(j.src) {
			start()
		}
		i, ok := j.back()
		if !ok {
			return true // nothing left: the final view follows at once
		}
		if j.pieces[i], ok = j.p.filter(j.done, j.src[i], j.first, sc); !ok {
			return false
		}
		found += len(j.pieces[i].keys)
		scanned += len(j.src[i])
		oldest = i
	}
	if found > 0 && j.more() {
		// pieces[oldest:] were all written on this goroutine.
		progress(newView(j.p.m, j.p.s, j.pieces[oldest:], false))
	}
	return true
}

// work filters every chunk take hands out, and stops early when done is closed. Taking chunks
// one at a time balances uneven matching costs and a processor lost to another program.
func (j *job) work(take func() (int, bool)) {
	sc := newScratch()
	for {
		i, ok := take()
		if !ok {
			return
		}
		if j.pieces[i], ok = j.p.filter(j.done, j.src[i], j.first, sc); !ok {
			return
		}
	}
}

// more reports whether chunks are left to hand out.
func (j *job) more() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.lo < j.hi
}

func (j *job) front() (int, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.lo >= j.hi {
		return 0, false
	}
	j.lo++
	return j.lo - 1, true
}

func (j *job) back() (int, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.lo >= j.hi {
		return 0, false
	}
	j.hi--
	return j.hi, true
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
// and tests them last. Cancellation is looked at before every block, for the queries the
// sketches alone decide, and before every test: an allowed regular expression can take
// milliseconds on one long line, and esc or the next key must stop the evaluation at once. A look
// at a channel that is not closed costs a few nanoseconds.
func (p *plan) filterBlock(done <-chan struct{}, keys []ring.Key, first, next uint64, sc *scratch) bool {
	select {
	case <-done:
		return false
	default:
	}
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
		msg := p.s.Shown(k.Seq)
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
