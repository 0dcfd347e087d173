package ring

import (
	"bytes"
	"slices"

	"github.com/trawl-dev/trawl/parse"
)

// A source may hand over an entry before it is complete (parse.Item.Open): a last line without
// its newline, let go after a quiet time, or a file's newest entry, shown at once although a
// stack trace may continue it. When the rest comes, the source sends the completed
// entry marked parse.Item.Replaces, and the ring hides the one it replaces: the entry keeps its
// sequence number and its memory until it is evicted, but it leaves the timeline, Each, Has and
// Entry of every later snapshot, and views built on an earlier snapshot drop it on their next
// update (see Snapshot.Hidden). Replacements are rare (a writer that stopped mid-line), so the
// hidden keys are kept in a small list.

// replacing is the ring's record of replaceable and replaced entries. Guarded by Ring.mu.
type replacing struct {
	open   map[uint32]uint64 // per source, its last entry handed over open
	hidden []Key             // hidden entries in the order they were hidden; read by snapshots up to their length
	base   int               // hidden entries dropped from the front of hidden, once evicted
	set    map[uint64]uint64 // hidden seq -> the seq of the entry that replaced it; replaced on change, never mutated
	lo, hi uint64            // the smallest and largest seq in set, so that most lookups are spared
}

// note records what the entry just stored at seq does: it replaces its source's open entry, and
// it may be one that a later entry replaces.
func (r *Ring) note(src uint32, seq uint64, offset int64, open, replaces bool) {
	rp := &r.replacing
	if replaces {
		// Only the entry that began where this one does: a source reading two files (a rotated
		// one still written, and the new one) hands the one over open, and its other file's
		// entry must not take its place.
		if old, ok := rp.open[src]; ok && r.offsetOf(old) == offset {
			delete(rp.open, src)
			r.hide(old, seq)
		}
	}
	if open {
		if rp.open == nil {
			rp.open = map[uint32]uint64{}
		}
		rp.open[src] = seq
	}
}

// offsetOf is where the stored entry seq began in its source, or -1 when it was evicted.
func (r *Ring) offsetOf(seq uint64) int64 {
	if _, rc := r.recAt(seq); rc != nil {
		return rc.offset
	}
	return -1
}

// unchangedOpen reports whether it, which replaces its source's open entry, is that entry again
// unchanged (its text, time and level, and both with their newline), and if so lets the open entry
// stand as complete: the interface's file sources hand an entry over open after every quiet
// spell, and most are not continued.
func (r *Ring) unchangedOpen(src uint32, b *parse.Batch, it *parse.Item) bool {
	rp := &r.replacing
	old, ok := rp.open[src]
	if !ok {
		return false
	}
	seg, rc := r.recAt(old)
	if seg == nil || rc.flags&recNoNewline != 0 || it.NoNewline || rc.offset != it.Offset || rc.time != it.Time || rc.level != it.Level || rc.rawLen != uint32(it.Raw.Len()) {
		return false
	}
	if c := seg.chunks[rc.chunk]; !bytes.Equal(c[rc.rawOff:rc.rawOff+rc.rawLen], it.Raw.Of(b.Data)) {
		return false
	}
	delete(rp.open, src)
	return true
}

// hide takes the entry old out of the timeline; by is the entry that replaced it.
func (r *Ring) hide(old, by uint64) {
	seg, rc := r.recAt(old)
	if seg == nil {
		return // evicted already
	}
	k := Key{Sort: rc.sort, Seq: old}
	r.timeline.remove(k)
	rp := &r.replacing
	if len(rp.hidden) >= 1024 {
		r.pruneHidden()
	}
	rp.hidden = append(rp.hidden, k)
	if len(rp.set) == 0 {
		rp.lo, rp.hi = old, old
	}
	rp.lo, rp.hi = min(rp.lo, old), max(rp.hi, old)
	rp.set = cloneWith(rp.set, old, by)
}

// pruneHidden drops the hidden keys of evicted entries from the front of the list.
func (r *Ring) pruneHidden() {
	rp := &r.replacing
	first := r.first()
	n := 0
	for n < len(rp.hidden) && rp.hidden[n].Seq < first {
		n++
	}
	rp.hidden = slices.Clone(rp.hidden[n:])
	rp.base += n
	set := map[uint64]uint64{}
	for k, v := range rp.set {
		if k >= first {
			set[k] = v
		}
	}
	rp.set = set
	rp.lo, rp.hi = ^uint64(0), 0
	for k := range set {
		rp.lo, rp.hi = min(rp.lo, k), max(rp.hi, k)
	}
}

func cloneWith(m map[uint64]uint64, k, v uint64) map[uint64]uint64 {
	out := make(map[uint64]uint64, len(m)+1)
	for a, b := range m {
		out[a] = b
	}
	out[k] = v
	return out
}

// recAt finds a stored entry by sequence number, for the writer (under Ring.mu).
func (r *Ring) recAt(seq uint64) (*segment, *rec) {
	if len(r.segs) == 0 {
		return nil, nil
	}
	no := seq >> r.segShift
	first := r.segs[0].no
	if no < first || no-first >= uint64(len(r.segs)) {
		return nil, nil
	}
	seg := r.segs[no-first]
	i := int(seq & (1<<r.segShift - 1))
	if i >= seg.n {
		return nil, nil
	}
	return seg, &seg.recs[i]
}

// first is the smallest sequence number held, for the writer.
func (r *Ring) first() uint64 {
	if len(r.segs) == 0 {
		return r.nextNo << r.segShift
	}
	return r.segs[0].no << r.segShift
}

// remove takes one key out of the index, if it is there.
func (t *timeline) remove(k Key) {
	t.flush()
	ci, i, found := FindKey(t.chunks, k)
	if !found {
		return
	}
	c := t.chunks[ci]
	t.n--
	if len(c) == 1 {
		t.held -= cap(c)
		t.chunks = slices.Delete(t.chunks, ci, ci+1)
		return
	}
	// Snapshots share the chunk: the writer changes a copy.
	kept := make([]Key, 0, len(c)-1)
	kept = append(append(kept, c[:i]...), c[i+1:]...)
	t.replace(ci, kept)
}

// FindKey finds k in sorted, non-empty chunks of keys: the chunk and the place in it.
func FindKey(chunks [][]Key, k Key) (ci, i int, found bool) {
	ci, _ = slices.BinarySearchFunc(chunks, k, func(c []Key, k Key) int { return c[len(c)-1].Compare(k) })
	if ci == len(chunks) {
		return ci, 0, false
	}
	i, found = slices.BinarySearchFunc(chunks[ci], k, Key.Compare)
	return ci, i, found
}

// Hidden returns the keys of the entries hidden since a view saw the first `seen` of them (counted
// over the ring's life), and the count to pass next time. A view built on an older snapshot
// removes these keys.
func (s *Snapshot) Hidden(seen int) (keys []Key, total int) {
	total = s.hiddenBase + len(s.hidden)
	// Below hiddenBase they were evicted: a view drops them as evicted.
	seen = min(max(seen, s.hiddenBase), total)
	return s.hidden[seen-s.hiddenBase:], total
}

// heldHidden counts the hidden entries a snapshot still holds, by level, so that its counts are
// those of the entries it shows. Called with Ring.mu held.
func (r *Ring) heldHidden() (n int, levels [parse.NumLevels]int) {
	first := r.first()
	for _, k := range r.replacing.hidden {
		if k.Seq < first {
			continue
		}
		if _, rc := r.recAt(k.Seq); rc != nil {
			n++
			levels[rc.level]++
		}
	}
	return n, levels
}

// Successor returns the entry that stands for seq in the snapshot: seq itself, or, when seq was
// replaced (a file's newest entry that a continuation completed, a line let go before its
// newline), the entry that replaced it, and the one that replaced that in turn. A view keeps its
// cursor, its selection's anchor and its marks on an entry through its replacements.
func (s *Snapshot) Successor(seq uint64) uint64 {
	for range len(s.hiddenSet) {
		if !s.hiddenSeq(seq) {
			break
		}
		seq = s.hiddenSet[seq]
	}
	return seq
}

// hiddenSeq reports whether seq was hidden when the snapshot was taken.
func (s *Snapshot) hiddenSeq(seq uint64) bool {
	if len(s.hiddenSet) == 0 || seq < s.hiddenLo || seq > s.hiddenHi {
		return false // the usual case, without a map lookup: new entries are after every hidden one
	}
	_, ok := s.hiddenSet[seq]
	return ok
}
