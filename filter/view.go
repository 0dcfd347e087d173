package filter

import (
	"math"
	"slices"
	"sort"
	"sync/atomic"

	"github.com/trawl-dev/trawl/parse/ring"
)

// Tuning of a View's storage.
const (
	// viewChunk is the target number of keys per chunk. Merging an out-of-order arrival copies
	// one chunk, so chunks stay small; 4096 keys (64 KiB) also matches the ring's timeline chunks.
	viewChunk = 4096
	// maxChunk is where a chunk grown by merges is split again.
	maxChunk = 2 * viewChunk
)

// NoSeq is what At returns for a position outside the view; no entry ever has it.
const NoSeq = math.MaxUint64

// View is the result of a query: the matching entries in timeline order (by ring.Key). It is
// immutable: Update and Evaluate return new Views that share storage with older ones, and never
// write into memory an older View can see. A View keeps the snapshot it reflects alive until it
// is dropped.
type View struct {
	m      *Matcher
	snap   *ring.Snapshot
	chunks [][]ring.Key // sorted, non-empty, in order
	mins   []uint64     // the smallest Seq in each chunk, to find evicted entries quickly
	starts []int        // starts[i] is the position of chunks[i][0]; the last element is Len
	// tail arbitrates appends into the last chunk's spare capacity between Views sharing it.
	tail *claim
	// next is the first seq not yet examined: Update examines seqs from here on.
	next uint64
	// complete is false for the partial Views given to Evaluate's progress callback.
	complete bool
	// hidden counts the ring's replaced entries (see ring.Snapshot.Hidden) that the view's keys
	// are free of: Update drops the ones hidden since.
	hidden int
}

// claim records how much of a shared chunk's backing array has been handed out. A View may
// append in place only by moving the claim from exactly its own length, so two Views derived
// from the same parent never write the same slots.
type claim struct{ n atomic.Int64 }

func newClaim(n int) *claim {
	c := &claim{}
	c.n.Store(int64(n))
	return c
}

// piece is a run of matching keys in timeline order with its smallest seq.
type piece struct {
	keys []ring.Key
	min  uint64
}

// newView assembles pieces, in timeline order, into a View; small pieces are packed together so
// that a rare match does not leave a chunk per scanned unit.
//
// Invariant kept here and by every update: only the last chunk may have spare capacity, and
// v.tail is the claim on it. Pieces are reused clipped to their length, because their spare
// capacity may belong to someone else's claim.
func newView(m *Matcher, s *ring.Snapshot, pieces []piece, complete bool) *View {
	_, hidden := s.Hidden(0)
	v := &View{m: m, snap: s, next: s.Next(), complete: complete, hidden: hidden}
	var acc []ring.Key
	accMin := uint64(NoSeq)
	flush := func() {
		if len(acc) > 0 {
			v.chunks, v.mins = append(v.chunks, acc), append(v.mins, accMin)
			acc, accMin = nil, NoSeq
		}
	}
	for _, p := range pieces {
		switch {
		case len(p.keys) == 0:
		case len(p.keys) >= viewChunk/2:
			flush()
			v.chunks, v.mins = append(v.chunks, slices.Clip(p.keys)), append(v.mins, p.min)
		default:
			if len(acc)+len(p.keys) > viewChunk {
				acc = slices.Clip(acc)
				flush()
			}
			if acc == nil {
				acc = make([]ring.Key, 0, viewChunk)
			}
			acc, accMin = append(acc, p.keys...), min(accMin, p.min)
		}
	}
	flush()
	v.tail = newClaim(v.lastLen())
	v.reindex()
	return v
}

func (v *View) lastLen() int {
	if len(v.chunks) == 0 {
		return 0
	}
	return len(v.chunks[len(v.chunks)-1])
}

// reindex recomputes starts; it costs one step per chunk.
func (v *View) reindex() {
	v.starts = slices.Grow(v.starts[:0], len(v.chunks)+1)
	n := 0
	for _, c := range v.chunks {
		v.starts = append(v.starts, n)
		n += len(c)
	}
	v.starts = append(v.starts, n)
}

// Len is the number of matching entries.
func (v *View) Len() int {
	if v == nil || len(v.starts) == 0 {
		return 0
	}
	return v.starts[len(v.starts)-1]
}

// At returns the seq of the i-th match in timeline order, or NoSeq when i is out of range.
func (v *View) At(i int) uint64 {
	if i < 0 || i >= v.Len() {
		return NoSeq
	}
	c := sort.Search(len(v.chunks), func(c int) bool { return v.starts[c+1] > i })
	return v.chunks[c][i-v.starts[c]].Seq
}

// Index returns the position of seq in the view or, when seq does not match, the position it
// would have: the first match at or after it in timeline order. An entry evicted from the
// view's snapshot is placed at 0, and one newer than the snapshot at Len.
func (v *View) Index(seq uint64) int {
	if v == nil || v.snap == nil {
		return 0
	}
	if !v.snap.Has(seq) {
		if seq < v.snap.First() {
			return 0
		}
		return v.Len()
	}
	return v.search(v.snap.Key(seq))
}

// search returns the position of the first key not below k.
func (v *View) search(k ring.Key) int {
	c := sort.Search(len(v.chunks), func(c int) bool {
		ch := v.chunks[c]
		return ch[len(ch)-1].Compare(k) >= 0
	})
	if c == len(v.chunks) {
		return v.Len()
	}
	ch := v.chunks[c]
	j, _ := slices.BinarySearchFunc(ch, k, ring.Key.Compare)
	return v.starts[c] + j
}

// Version is the ring version the view reflects.
func (v *View) Version() uint64 {
	if v == nil || v.snap == nil {
		return 0
	}
	return v.snap.Version()
}

// Matcher returns the matcher the view was computed with.
func (v *View) Matcher() *Matcher {
	if v == nil {
		return nil
	}
	return v.m
}
