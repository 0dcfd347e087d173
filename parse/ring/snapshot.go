package ring

import (
	"encoding/binary"
	"unsafe"

	"github.com/trawl-dev/trawl/parse"
)

// segView is a segment as a snapshot sees it: its filled records and their sketches, and its
// arena at that moment.
type segView struct {
	recs     []rec
	sketches []Sketch
	chunks   [][]byte
}

// Snapshot is an immutable view of the ring at one version. It is safe to share between
// goroutines and to keep as long as needed; it keeps the memory it refers to alive, so long-lived
// holders should refresh it. Byte slices it returns alias the ring's memory and must not be modified.
type Snapshot struct {
	version  uint64
	shift    uint
	firstNo  uint64
	segs     []segView
	entries  int
	bytes    int64
	evicted  uint64
	sources  []string
	levels   [parse.NumLevels]int
	timeline [][]Key
	// hidden lists the entries replaced so far (see replace.go); hiddenSet indexes them. Both are
	// shared with the ring and never written again.
	hidden     []Key
	hiddenBase int
	hiddenSet  map[uint64]uint64
	hiddenLo   uint64
	hiddenHi   uint64
}

// Snapshot returns the current immutable view. Repeated calls between appends return the same one.
func (r *Ring) Snapshot() *Snapshot {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.snap != nil {
		return r.snap
	}
	r.timeline.flush()
	s := &Snapshot{
		version:  r.version.Load(),
		shift:    r.segShift,
		segs:     make([]segView, len(r.segs)),
		entries:  r.entries,
		bytes:    r.charged(),
		evicted:  r.evicted,
		sources:  r.sources[:len(r.sources):len(r.sources)],
		levels:   r.levels,
		timeline: append([][]Key(nil), r.timeline.chunks...),

		hidden:     r.replacing.hidden[:len(r.replacing.hidden):len(r.replacing.hidden)],
		hiddenBase: r.replacing.base,
		hiddenSet:  r.replacing.set,
		hiddenLo:   r.replacing.lo,
		hiddenHi:   r.replacing.hi,
	}
	if n, levels := r.heldHidden(); n > 0 {
		s.entries -= n
		for l, c := range levels {
			s.levels[l] -= c
		}
	}
	if len(r.segs) > 0 {
		s.firstNo = r.segs[0].no
	} else {
		s.firstNo = r.nextNo
	}
	for i, seg := range r.segs {
		n := seg.n
		s.segs[i] = segView{recs: seg.recs[:n:n], sketches: seg.sketches[:n:n], chunks: append([][]byte(nil), seg.chunks...)}
	}
	r.snap = s
	r.seen.Store(r.appended.Load())
	select {
	case r.taken <- struct{}{}:
	default:
	}
	return s
}

// Version is the ring version the snapshot was taken at.
func (s *Snapshot) Version() uint64 { return s.version }

// Len is the number of entries held.
func (s *Snapshot) Len() int { return s.entries }

// Bytes is the memory charged against MaxBytes.
func (s *Snapshot) Bytes() int64 { return s.bytes }

// Evicted counts the entries dropped since the ring was made.
func (s *Snapshot) Evicted() uint64 { return s.evicted }

// LevelCounts is the number of held entries at each level, indexed by parse.Level.
func (s *Snapshot) LevelCounts() [parse.NumLevels]int { return s.levels }

// Sources lists source names; an entry's SourceID indexes it.
func (s *Snapshot) Sources() []string { return s.sources }

// First is the lowest sequence number that may be held; Next is one past the highest. The range
// may contain numbers that were never used: test them with Has.
func (s *Snapshot) First() uint64 { return s.firstNo << s.shift }

// Next is one past the highest sequence number held; the next appended entry gets Next or above.
func (s *Snapshot) Next() uint64 {
	if len(s.segs) == 0 {
		return s.firstNo << s.shift
	}
	last := len(s.segs) - 1
	return (s.firstNo+uint64(last))<<s.shift + uint64(len(s.segs[last].recs))
}

func (s *Snapshot) locate(seq uint64) (*segView, *rec) {
	no := seq >> s.shift
	if no < s.firstNo || no-s.firstNo >= uint64(len(s.segs)) {
		return nil, nil
	}
	sv := &s.segs[no-s.firstNo]
	i := seq & (1<<s.shift - 1)
	if i >= uint64(len(sv.recs)) {
		return nil, nil
	}
	return sv, &sv.recs[i]
}

// Has reports whether seq is held (and was not replaced).
func (s *Snapshot) Has(seq uint64) bool {
	_, r := s.locate(seq)
	return r != nil && !s.hiddenSeq(seq)
}

// Each calls fn for every held sequence number from `from` on, in arrival order, until fn returns false.
func (s *Snapshot) Each(from uint64, fn func(seq uint64) bool) {
	from = max(from, s.First())
	for no := from >> s.shift; no-s.firstNo < uint64(len(s.segs)); no++ {
		sv := &s.segs[no-s.firstNo]
		base := no << s.shift
		i := uint64(0)
		if from > base {
			i = from - base
		}
		for ; i < uint64(len(sv.recs)); i++ {
			if s.hiddenSeq(base + i) {
				continue
			}
			if !fn(base + i) {
				return
			}
		}
	}
}

// Level returns the entry's level (Unknown when seq is not held).
func (s *Snapshot) Level(seq uint64) parse.Level {
	if _, r := s.locate(seq); r != nil {
		return r.level
	}
	return parse.Unknown
}

// Sketch returns the entry's sketch (0 when seq is not held). It reads eight bytes kept apart
// from the entry's record and text, so a scan that rules most entries out by it touches little
// memory.
func (s *Snapshot) Sketch(seq uint64) Sketch {
	no := seq >> s.shift
	if no < s.firstNo || no-s.firstNo >= uint64(len(s.segs)) {
		return 0
	}
	sk := s.segs[no-s.firstNo].sketches
	if i := seq & (1<<s.shift - 1); i < uint64(len(sk)) {
		return sk[i]
	}
	return 0
}

// SourceID returns the index into Sources of the entry's source, or -1 when seq is not held.
func (s *Snapshot) SourceID(seq uint64) int {
	if _, r := s.locate(seq); r != nil {
		return int(r.source)
	}
	return -1
}

// Time returns the entry's own time in Unix nanoseconds (0 when unknown or not held).
func (s *Snapshot) Time(seq uint64) int64 {
	if _, r := s.locate(seq); r != nil {
		return r.time
	}
	return 0
}

// Estimated returns the estimated time that placed an entry without a time of its own, its Sort
// (see parse.Item.Estimate); 0 when the entry has its own time or is not held.
func (s *Snapshot) Estimated(seq uint64) int64 {
	if _, r := s.locate(seq); r != nil {
		return r.estimate()
	}
	return 0
}

// size is a truncated entry's size before the cut, stored after its text in chunk c; else 0.
func (r *rec) size(c []byte) int64 {
	if r.flags&recTruncated == 0 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(c[r.rawOff+r.rawLen:]))
}

// estimate is parse.Item.Estimate for a stored entry.
func (r *rec) estimate() int64 {
	if r.time != 0 {
		return 0
	}
	return r.sort
}

// Key returns the entry's position key in the timeline.
func (s *Snapshot) Key(seq uint64) Key {
	if _, r := s.locate(seq); r != nil {
		return Key{Sort: r.sort, Seq: seq}
	}
	return Key{Seq: seq}
}

// Message returns the entry's message text, read-only.
func (s *Snapshot) Message(seq uint64) []byte {
	if sv, r := s.locate(seq); r != nil {
		return sv.chunks[r.chunk][r.msgOff : r.msgOff+r.msgLen]
	}
	return nil
}

// Shown returns the message as the timeline shows and searches it, read-only: with the program's
// tag before it for a syslog line (see parse.ProgramLead).
func (s *Snapshot) Shown(seq uint64) []byte {
	if sv, r := s.locate(seq); r != nil {
		return sv.chunks[r.chunk][r.msgOff-uint32(r.lead) : r.msgOff+r.msgLen]
	}
	return nil
}

// Raw returns the entry's full text, read-only.
func (s *Snapshot) Raw(seq uint64) []byte {
	if sv, r := s.locate(seq); r != nil {
		return sv.chunks[r.chunk][r.rawOff : r.rawOff+r.rawLen]
	}
	return nil
}

// Host returns the entry's host, read-only (empty when none).
func (s *Snapshot) Host(seq uint64) []byte {
	if sv, r := s.locate(seq); r != nil {
		return sv.chunks[r.chunk][r.hostOff : r.hostOff+uint32(r.hostLen)]
	}
	return nil
}

// Entry materializes the entry; ok is false when seq is not held. Its strings share the ring's
// memory instead of copying it, which is safe because stored text is never written again, and they
// keep that memory alive for as long as they are referenced.
func (s *Snapshot) Entry(seq uint64) (e parse.Entry, ok bool) {
	sv, r := s.locate(seq)
	if r == nil || s.hiddenSeq(seq) {
		return parse.Entry{}, false
	}
	c := sv.chunks[r.chunk]
	return parse.Entry{
		Seq: seq, Time: r.time, Estimated: r.estimate(), Level: r.level, Format: r.format,
		Source:    s.sources[r.source],
		Host:      frozen(c[r.hostOff : r.hostOff+uint32(r.hostLen)]),
		Message:   frozen(c[r.msgOff : r.msgOff+r.msgLen]),
		Raw:       frozen(c[r.rawOff : r.rawOff+r.rawLen]),
		Size:      r.size(c),
		Offset:    r.offset,
		Truncated: r.flags&recTruncated != 0,
		NoNewline: r.flags&recNoNewline != 0,
	}, true
}

// Timeline returns the held entries' keys in merged order, as consecutive sorted chunks. Chunks may
// still list evicted entries: skip keys whose Seq is below First. The slices are read-only.
func (s *Snapshot) Timeline() [][]Key { return s.timeline }

// frozen views arena bytes as a string without copying; arena bytes are never modified once written.
func frozen(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
