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
	// held is the capacity, in keys, of the chunks and of pending: the index's memory, spare
	// room and evicted keys included, which the ring charges against its bound.
	held int
}

// bytes is the memory the index holds.
func (t *timeline) bytes() int64 { return int64(t.held) * KeyBytes }

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
	before := cap(t.pending)
	t.pending = append(t.pending, keys...)
	t.held += cap(t.pending) - before
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
			t.held += chunkKeys
		}
		last := len(t.chunks) - 1
		room := chunkKeys - len(t.chunks[last])
		n := min(room, len(keys))
		// A last chunk left exactly sized by a merge or a compaction grows by reallocation.
		before := cap(t.chunks[last])
		t.chunks[last] = append(t.chunks[last], keys[:n]...)
		t.held += cap(t.chunks[last]) - before
		keys = keys[n:]
	}
}

// replace puts a new chunk at ci, split into pieces if it has grown past twice the target.
func (t *timeline) replace(ci int, merged []Key) {
	t.held -= cap(t.chunks[ci])
	if len(merged) <= 2*chunkKeys {
		t.chunks[ci] = merged
		t.held += cap(merged)
		return
	}
	pieces := split(merged)
	for _, p := range pieces {
		t.held += cap(p)
	}
	t.chunks = slices.Replace(t.chunks, ci, ci+1, pieces...)
}

// split copies keys into chunks of at most chunkKeys keys. Each chunk has an array of its own, so
// that dropping one frees its memory: the index's charge is the sum of its chunks' capacities.
func split(keys []Key) [][]Key {
	var out [][]Key
	for len(keys) > 0 {
		n := min(chunkKeys, len(keys))
		out = append(out, slices.Clone(keys[:n]))
		keys = keys[n:]
	}
	return out
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

// compact drops evicted keys (Seq < minSeq) once they make up an eighth of the live ones, so that
// the index stays within an eighth of its live size at an amortized cost of a few key reads per
// eviction. Chunks that hold no evicted key are kept as they are; each run of chunks that do is
// rewritten into new exactly-sized chunks. Eviction removes the oldest arrivals, which usually sit
// in the first chunks, so a compaction copies little, and a snapshot still holding the old chunks
// costs little extra memory.
func (t *timeline) compact(minSeq uint64, live int) {
	if t.n-live <= live/8+chunkKeys {
		return
	}
	t.flush()
	var chunks [][]Key
	run := 0 // how many chunks, ending at the current one, hold evicted keys
	for i, c := range t.chunks {
		if evictedIn(c, minSeq) {
			run++
			continue
		}
		chunks = append(chunks, liveKeys(t.chunks[i-run:i], minSeq)...)
		chunks = append(chunks, c)
		run = 0
	}
	chunks = append(chunks, liveKeys(t.chunks[len(t.chunks)-run:], minSeq)...)
	t.chunks = chunks
	t.n, t.held = 0, cap(t.pending)
	for _, c := range chunks {
		t.n += len(c)
		t.held += cap(c)
	}
}

func evictedIn(c []Key, minSeq uint64) bool {
	for _, k := range c {
		if k.Seq < minSeq {
			return true
		}
	}
	return false
}

// liveKeys copies the keys of chunks not below minSeq into new chunks (see split).
func liveKeys(chunks [][]Key, minSeq uint64) [][]Key {
	var keys []Key
	for _, c := range chunks {
		for _, k := range c {
			if k.Seq >= minSeq {
				keys = append(keys, k)
			}
		}
	}
	return split(keys)
}
