package ring

import (
	"cmp"
	"slices"
)

// Key orders entries in the merged timeline: by Sort, then by arrival.
type Key struct {
	Sort int64
	Seq  uint64
}

// Compare orders keys by Sort, then Seq.
func (k Key) Compare(o Key) int {
	if c := cmp.Compare(k.Sort, o.Sort); c != 0 {
		return c
	}
	return cmp.Compare(k.Seq, o.Seq)
}

// chunkKeys is the target chunk length of the timeline: inserting in the middle copies one chunk,
// so chunks stay small; a chunk is split when it doubles.
const chunkKeys = 4096

// timeline is the writer's sorted index of every stored key, kept as a list of sorted chunks.
// Snapshots copy the chunk list; the writer never changes a chunk's elements below the length a
// snapshot may have seen: it appends to the last chunk in place, and replaces a chunk it inserts
// into with a new copy.
//
// Keys that sort before the end wait in pending, unsorted, until flush merges them all at once:
// sources loading concurrently interleave in time, and merging each batch on arrival would copy
// the chunks it lands in once per batch instead of once per snapshot.
type timeline struct {
	chunks  [][]Key
	pending []Key
	n       int // keys stored, pending and evicted ones included until the next compaction
}

// maxPending bounds the keys waiting for a merge when no reader asks for a snapshot.
const maxPending = 1 << 16

// insert adds keys; they are sorted first if they are not already.
func (t *timeline) insert(keys []Key) {
	if len(keys) == 0 {
		return
	}
	if !slices.IsSortedFunc(keys, Key.Compare) {
		slices.SortFunc(keys, Key.Compare)
	}
	t.n += len(keys)
	if len(t.pending) == 0 && (len(t.chunks) == 0 || keys[0].Compare(t.last()) > 0) {
		t.appendTail(keys)
		return
	}
	t.pending = append(t.pending, keys...)
	if len(t.pending) >= maxPending {
		t.flush()
	}
}

// flush merges the pending keys into the chunks.
func (t *timeline) flush() {
	if len(t.pending) == 0 {
		return
	}
	keys := t.pending
	slices.SortFunc(keys, Key.Compare)
	if len(t.chunks) == 0 || keys[0].Compare(t.last()) > 0 {
		t.appendTail(keys)
		t.pending = keys[:0]
		return
	}
	for len(keys) > 0 {
		ci, _ := slices.BinarySearchFunc(t.chunks, keys[0], func(c []Key, k Key) int { return c[len(c)-1].Compare(k) })
		if ci == len(t.chunks) {
			t.appendTail(keys)
			break
		}
		j := len(keys)
		if ci+1 < len(t.chunks) {
			next := t.chunks[ci+1][0]
			j, _ = slices.BinarySearchFunc(keys, next, Key.Compare)
		}
		t.replace(ci, MergeKeys(t.chunks[ci], keys[:j]))
		keys = keys[j:]
	}
	t.pending = t.pending[:0]
}

func (t *timeline) last() Key {
	c := t.chunks[len(t.chunks)-1]
	return c[len(c)-1]
}

// appendTail adds keys that all sort after every stored key.
func (t *timeline) appendTail(keys []Key) {
	for len(keys) > 0 {
		if len(t.chunks) == 0 || len(t.chunks[len(t.chunks)-1]) >= chunkKeys {
			t.chunks = append(t.chunks, make([]Key, 0, chunkKeys))
		}
		last := len(t.chunks) - 1
		room := chunkKeys - len(t.chunks[last])
		n := min(room, len(keys))
		t.chunks[last] = append(t.chunks[last], keys[:n]...)
		keys = keys[n:]
	}
}

// replace puts a new chunk at ci, split into pieces if it has grown past twice the target.
func (t *timeline) replace(ci int, merged []Key) {
	if len(merged) <= 2*chunkKeys {
		t.chunks[ci] = merged
		return
	}
	var pieces [][]Key
	for len(merged) > 0 {
		n := min(chunkKeys, len(merged))
		pieces = append(pieces, slices.Clip(merged[:n]))
		merged = merged[n:]
	}
	t.chunks = slices.Replace(t.chunks, ci, ci+1, pieces...)
}

// MergeKeys returns a new slice with the keys of a and b, both sorted, in order.
func MergeKeys(a, b []Key) []Key {
	out := make([]Key, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].Compare(a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// compact drops evicted keys (Seq < minSeq) once they make up a quarter of the index, so that the
// index stays proportional to the live entries at an amortized O(1) cost per eviction.
func (t *timeline) compact(minSeq uint64, live int) {
	if t.n-live <= live/4+chunkKeys {
		return
	}
	t.flush()
	var chunks [][]Key
	cur := make([]Key, 0, chunkKeys)
	for _, c := range t.chunks {
		for _, k := range c {
			if k.Seq < minSeq {
				continue
			}
			if len(cur) == chunkKeys {
				chunks = append(chunks, cur)
				cur = make([]Key, 0, chunkKeys)
			}
			cur = append(cur, k)
		}
	}
	if len(cur) > 0 {
		chunks = append(chunks, cur)
	}
	t.chunks = chunks
	t.n = 0
	for _, c := range chunks {
		t.n += len(c)
	}
}
