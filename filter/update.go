package filter

import (
	"slices"

	"github.com/trawl-dev/trawl/parse/ring"
)

// Update returns v extended with the matching entries that arrived since v was computed (merged
// in timeline order) and without the entries s no longer holds. Its cost is proportional to the
// new and the evicted entries (plus one step per chunk of the view), not to the view's size. A
// snapshot older than v's, or nil, returns v.
func (v *View) Update(s *ring.Snapshot) *View {
	if v == nil || s == nil || v.m == nil || (v.snap != nil && s.Version() <= v.snap.Version()) {
		return v
	}
	return v.update(s, v.m.plan(s))
}

func (v *View) update(s *ring.Snapshot, p *plan) *View {
	var add []ring.Key
	s.Each(max(v.next, s.First()), func(seq uint64) bool {
		if p.match(seq) {
			add = append(add, s.Key(seq))
		}
		return true
	})
	hidden, total := s.Hidden(v.hidden)
	nv := &View{
		m: v.m, snap: s, tail: v.tail, next: max(v.next, s.Next()), complete: v.complete,
		chunks: slices.Clone(v.chunks),
		mins:   slices.Clone(v.mins),
		hidden: total,
	}
	nv.dropBefore(s.First())
	nv.drop(hidden)
	nv.insert(add)
	nv.compact()
	nv.reindex()
	return nv
}

// dropBefore removes evicted keys (Seq < first). Only chunks whose smallest seq is evicted are
// touched; eviction removes the oldest arrivals, which sit in a bounded stretch of the timeline.
func (v *View) dropBefore(first uint64) {
	out := 0
	last := len(v.chunks) - 1
	for i, c := range v.chunks {
		if v.mins[i] < first {
			kept := make([]ring.Key, 0, len(c))
			mn := uint64(NoSeq)
			for _, k := range c {
				if k.Seq >= first {
					kept = append(kept, k)
					mn = min(mn, k.Seq)
				}
			}
			c = kept
			v.mins[i] = mn
			if i == last {
				v.tail = newClaim(len(c))
			}
		}
		if len(c) > 0 {
			v.chunks[out], v.mins[out] = c, v.mins[i]
			out++
		}
	}
	v.chunks, v.mins = v.chunks[:out], v.mins[:out]
}

// drop removes the keys of entries the ring has hidden (replaced by a completed entry) since the
// view was computed. There are few: a chunk holding one is copied without it.
func (v *View) drop(keys []ring.Key) {
	for _, k := range keys {
		ci, i, found := ring.FindKey(v.chunks, k)
		if !found {
			continue
		}
		c := v.chunks[ci]
		kept := append(append(make([]ring.Key, 0, len(c)-1), c[:i]...), c[i+1:]...)
		if ci == len(v.chunks)-1 {
			v.tail = newClaim(len(kept))
		}
		if len(kept) == 0 {
			v.chunks, v.mins = slices.Delete(v.chunks, ci, ci+1), slices.Delete(v.mins, ci, ci+1)
			continue
		}
		v.chunks[ci], v.mins[ci] = kept, minSeq(kept)
	}
}

// insert merges keys in. They usually all sort after the view's last key and are appended.
func (v *View) insert(keys []ring.Key) {
	if len(keys) == 0 {
		return
	}
	if !slices.IsSortedFunc(keys, ring.Key.Compare) {
		slices.SortFunc(keys, ring.Key.Compare)
	}
	for len(keys) > 0 {
		ci, _ := slices.BinarySearchFunc(v.chunks, keys[0], func(c []ring.Key, k ring.Key) int {
			return c[len(c)-1].Compare(k)
		})
		if ci == len(v.chunks) {
			v.appendTail(keys)
			return
		}
		j := len(keys)
		if ci+1 < len(v.chunks) {
			j, _ = slices.BinarySearchFunc(keys, v.chunks[ci+1][0], ring.Key.Compare)
		}
		v.replace(ci, ring.MergeKeys(v.chunks[ci], keys[:j]))
		keys = keys[j:]
	}
}

// replace puts a freshly allocated chunk at ci, split when it has grown past maxChunk.
func (v *View) replace(ci int, merged []ring.Key) {
	if ci == len(v.chunks)-1 {
		// The new last chunk is full to capacity, so nobody appends into it in place.
		v.tail = newClaim(len(merged))
	}
	var pieces [][]ring.Key
	var mins []uint64
	for len(merged) > 0 {
		n := len(merged)
		if n > maxChunk {
			n = viewChunk
		}
		pieces = append(pieces, merged[:n:n])
		mins = append(mins, minSeq(merged[:n]))
		merged = merged[n:]
	}
	v.chunks = slices.Replace(v.chunks, ci, ci+1, pieces...)
	v.mins = slices.Replace(v.mins, ci, ci+1, mins...)
}

// appendTail adds keys that sort after every key of the view, filling the last chunk's spare
// capacity in place when this View holds the claim on it.
func (v *View) appendTail(keys []ring.Key) {
	for len(keys) > 0 {
		if n := len(v.chunks); n > 0 {
			last := v.chunks[n-1]
			k := min(cap(last)-len(last), len(keys))
			if k > 0 && v.tail.n.CompareAndSwap(int64(len(last)), int64(len(last)+k)) {
				v.chunks[n-1] = append(last, keys[:k]...)
				v.mins[n-1] = min(v.mins[n-1], minSeq(keys[:k]))
				keys = keys[k:]
				continue
			}
			v.chunks[n-1] = slices.Clip(last)
		}
		k := min(viewChunk, len(keys))
		c := append(make([]ring.Key, 0, viewChunk), keys[:k]...)
		v.chunks, v.mins = append(v.chunks, c), append(v.mins, minSeq(c))
		v.tail = newClaim(k)
		keys = keys[k:]
	}
}

// compact repacks the chunks when evictions and merges have left many of them small, so that
// chunk count stays proportional to the view's length. Amortized over the updates that
// fragmented the view, it costs O(1) per key.
func (v *View) compact() {
	n := 0
	for _, c := range v.chunks {
		n += len(c)
	}
	if len(v.chunks) <= 8 || len(v.chunks) <= 2*(n/viewChunk)+8 {
		return
	}
	pieces := make([]piece, len(v.chunks))
	for i, c := range v.chunks {
		pieces[i] = piece{keys: c, min: v.mins[i]}
	}
	packed := newView(v.m, v.snap, pieces, v.complete)
	v.chunks, v.mins, v.tail = packed.chunks, packed.mins, packed.tail
}

func minSeq(keys []ring.Key) uint64 {
	mn := uint64(NoSeq)
	for _, k := range keys {
		mn = min(mn, k.Seq)
	}
	return mn
}
