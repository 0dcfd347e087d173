// Package ring is trawl's bounded store of parsed entries, shared by the tailers that write it and
// the views that read it.
//
// Guarantees:
//   - Bounded: it holds at most Options.MaxEntries entries, and the memory it charges stays within
//     Options.MaxBytes after every Append; the oldest-arrived entries are evicted first, and every
//     eviction is counted. The charge is what the entries really cost, not only their text: each
//     entry's record, its sketch and its key in the timeline index, the arena chunks, the index's
//     spare and not yet compacted keys, the source names, and what readers keep per entry
//     (Options.ReaderBytes), so that many tiny entries cannot take more memory than a few large ones.
//   - Stable addresses: an entry's sequence number never changes and is never reused. Sequence
//     numbers increase in arrival order but may skip values, so iterate with Has or Next.
//   - Non-blocking: Append holds the lock only to copy one batch; readers take an immutable
//     Snapshot and read it without any lock, for as long as they like. A snapshot keeps what it
//     shows alive, evicted or not; a writer that must bound that memory can wait for readers
//     itself, with Ahead and Taken. The ring never makes it wait.
//   - Merged order: a snapshot's Timeline lists its entries by (Sort, Seq), where Sort is the
//     entry's time (or, for an entry without one, its estimate) made non-decreasing within its
//     source, so each source keeps its own order and sources interleave by time.
//   - Own times only: an entry's Time is the time its text carried, 0 when it had none; the
//     estimate that placed such an entry is its Sort, never stored as its time.
//
// It imports only parse.
package ring

import (
	"encoding/binary"
	"sync"
	"sync/atomic"

	"github.com/trawl-dev/trawl/parse"
)

// Defaults for Options; the command line exposes both.
const (
	DefaultMaxEntries = 1_000_000
	DefaultMaxBytes   = 512 << 20
)

// Tuning of the storage layout.
const (
	// maxSegShift sets the largest segment, 4096 entries: eviction drops whole segments, so this is
	// also the eviction granularity, 0.4 % of the default capacity.
	maxSegShift = 12
	// minSegShift keeps tiny test rings from degenerating into one segment per entry.
	minSegShift = 3
	// chunkBytes is the arena allocation unit: large enough to amortize allocation, small enough
	// that the half-filled last chunk of a segment wastes little.
	chunkBytes = 1 << 20
	// sizeBytes is what a truncated entry stores after its text: its size before the cut.
	sizeBytes = 8
	// recBytes is the in-memory size of one rec, counted against MaxBytes.
	recBytes = 56
	// slotBytes is what each slot of a segment costs: its record and its sketch.
	slotBytes = recBytes + SketchBytes
	// segmentBytes is a segment's own cost besides its records and chunks: the struct, its chunk
	// list and its slot in segs, rounded up.
	segmentBytes = 160
	// sourceBytes is what a source costs besides its name: the string header in sources and its
	// entry in sourceIDs. Sources are never forgotten, so their names are charged too.
	sourceBytes = 64
)

// KeyBytes is the in-memory size of a Key: the timeline index holds one per entry, and so does
// every filtered view over the ring.
const KeyBytes = 16

// Options bound a ring. Zero values take the defaults.
type Options struct {
	MaxEntries int
	MaxBytes   int64
	// ReaderBytes is the memory that readers keep outside the ring for each entry it holds, such
	// as a filtered view's Key; it is charged against MaxBytes as well, so that MaxBytes bounds the
	// entries together with everything kept in proportion to their number.
	ReaderBytes int
}

// rec is the compact form of one entry: no pointers, no per-field allocation. Text lives in the
// segment's arena chunk; the message and host are spans there, usually inside the raw text. An
// entry without a time of its own has time 0 and needs no field for its estimate: sort holds it.
type rec struct {
	time, sort, offset int64
	rawOff, rawLen     uint32
	msgOff, msgLen     uint32
	hostOff            uint32
	hostLen            uint16
	chunk              uint16
	source             uint32
	level              parse.Level
	format             parse.Format
	flags              recFlags
	lead               uint8 // the bytes before msgOff that the timeline shows with the message (see parse.ProgramLead)
}

// recFlags are a record's marks, in one byte so that the record stays 56 bytes.
type recFlags uint8

const (
	recTruncated recFlags = 1 << iota // the entry's text was cut at the per-entry cap
	recNoNewline                      // its last line had no newline when it was let go
)

// segment holds up to 1<<segShift entries with consecutive sequence numbers starting at
// no<<segShift. recs is allocated at full length and never re-sliced, so the writer can fill slot i
// while readers read slots below their snapshot's count.
type segment struct {
	no       uint64
	recs     []rec
	sketches []Sketch // one per record, apart so that a filter's scan reads only them
	n        int      // filled slots (writer's view)
	chunks   [][]byte // arena; appended to only within each chunk's capacity
	// bytes is the memory charged: recs and sketches, the capacities of the chunks it allocated,
	// and the readers' share of its entries.
	bytes int64
	// inherited is set when chunks[0] was opened by the previous segment, whose unused room this
	// segment fills; the chunk's charge moves here when the previous segment is evicted.
	inherited bool
}

// Ring is the bounded entry store. Create it with New; it is safe for concurrent use.
type Ring struct {
	maxEntries  int
	maxBytes    int64
	readerBytes int64
	segShift    uint
	segBytes    int64 // a segment is closed early once its arena passes this

	mu        sync.Mutex
	segs      []*segment
	entries   int
	bytes     int64 // charged to segments and sources; the timeline index charges its own
	evicted   uint64
	sourceIDs map[string]uint32
	sources   []string
	levels    [parse.NumLevels]int
	timeline  timeline
	replacing replacing
	nextNo    uint64    // number of the next segment to open
	snap      *Snapshot // cached until the next append

	version atomic.Uint64
	changed chan struct{}
	// appended is the cost of every entry appended so far (see Ahead); seen is its value when
	// the newest snapshot was taken, which signals taken.
	appended, seen atomic.Int64
	taken          chan struct{}
}

// New returns an empty ring bounded by opts.
func New(opts Options) *Ring {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = DefaultMaxEntries
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	shift := uint(maxSegShift)
	for shift > minSegShift && 1<<shift > opts.MaxEntries/8 {
		shift--
	}
	segBytes := opts.MaxBytes / 16
	return &Ring{
		maxEntries:  opts.MaxEntries,
		maxBytes:    opts.MaxBytes,
		readerBytes: int64(max(opts.ReaderBytes, 0)),
		segShift:    shift,
		segBytes:    segBytes,
		sourceIDs:   map[string]uint32{},
		changed:     make(chan struct{}, 1),
		taken:       make(chan struct{}, 1),
	}
}

// Cost is what appending b adds to Ahead: its entries' charges and their text.
func (r *Ring) Cost(b *parse.Batch) int64 {
	cost := r.entriesCost(b.Len())
	for i := range b.Items {
		cost += int64(b.Items[i].Raw.Len())
	}
	return cost
}

// MaxBytes is the memory the ring keeps its entries within (Options.MaxBytes, or its default).
func (r *Ring) MaxBytes() int64 { return r.maxBytes }

// Fits reports whether b can be appended without the ring evicting entries for memory: its cost,
// and the charge of a new segment and of a new chunk of text should it need them, within the bound.
func (r *Ring) Fits(b *parse.Batch) bool {
	cost := r.Cost(b)
	grow := int64(1)<<r.segShift*slotBytes + segmentBytes + min(chunkBytes, r.segBytes)
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.charged()+cost+grow <= r.maxBytes
}

// entriesCost is the charge for n entries besides their text: their records, sketches, keys and
// readers' keys.
func (r *Ring) entriesCost(n int) int64 { return int64(n) * (slotBytes + KeyBytes + r.readerBytes) }

// Holds is how many of the newest entries the ring is sure to keep, counting entries alone: it
// evicts a whole segment at a time, so up to a segment fewer than MaxEntries.
func (r *Ring) Holds() int { return max(r.maxEntries-1<<r.segShift, 1) }

// Changed is signalled, without blocking the writer, after appends. Many appends collapse into one
// pending signal, so a reader wakes at most once per batch of changes.
func (r *Ring) Changed() <-chan struct{} { return r.changed }

// Version increases with every append; a reader compares it to skip work when nothing changed.
func (r *Ring) Version() uint64 { return r.version.Load() }

// Ahead is about how much memory the entries appended since the newest snapshot take: their text
// and their per-entry charges. While a reader holds a snapshot, every entry evicted after it was
// taken stays in memory, so a writer faster than its readers can keep this bounded by waiting on
// Taken.
func (r *Ring) Ahead() int64 { return r.appended.Load() - r.seen.Load() }

// Taken is signalled, without blocking the reader, after a new snapshot is taken.
func (r *Ring) Taken() <-chan struct{} { return r.taken }

// Append copies a batch into the ring, evicting the oldest entries if it is full, and signals
// Changed. It never waits for readers.
func (r *Ring) Append(b *parse.Batch) {
	if b.Len() == 0 {
		return
	}
	r.mu.Lock()
	src := r.sourceID(b.Source)
	keys := make([]Key, 0, b.Len())
	var cost int64
	stored := 0
	for i := range b.Items {
		it := &b.Items[i]
		if it.Replaces && !it.Open && r.unchangedOpen(src, b, it) {
			continue // the entry handed over open came again as it was: nothing continued it
		}
		stored++
		seq := r.appendItem(src, b, it)
		keys = append(keys, Key{Sort: it.Sort, Seq: seq})
		if it.Open || it.Replaces {
			r.timeline.insert(keys) // the entry it replaces may be in this batch
			keys = keys[:0]
			r.note(src, seq, it.Offset, it.Open, it.Replaces)
		}
		cost += int64(it.Raw.Len())
	}
	if stored == 0 {
		r.mu.Unlock()
		return // nothing new to show
	}
	r.appended.Add(cost + r.entriesCost(stored))
	r.timeline.insert(keys)
	r.evict()
	r.snap = nil
	r.version.Add(1)
	r.mu.Unlock()
	select {
	case r.changed <- struct{}{}:
	default:
	}
}

func (r *Ring) sourceID(name string) uint32 {
	id, ok := r.sourceIDs[name]
	if !ok {
		id = uint32(len(r.sources))
		r.sourceIDs[name] = id
		r.sources = append(r.sources, name)
		r.bytes += sourceBytes + int64(len(name))
	}
	return id
}

// charged is the memory counted against MaxBytes.
func (r *Ring) charged() int64 { return r.bytes + r.timeline.bytes() }

// appendItem stores one entry and returns its sequence number.
func (r *Ring) appendItem(src uint32, b *parse.Batch, it *parse.Item) uint64 {
	raw := it.Raw.Of(b.Data)
	msgInRaw := it.Message.Start >= it.Raw.Start && it.Message.End <= it.Raw.End
	// A host that is not in the line (an ssh: source's host, filled in) is stored after it.
	hostInRaw := it.Host.Start >= it.Raw.Start && it.Host.End <= it.Raw.End
	keepHost := it.Host.Len() > 0 && it.Host.Len() <= 0xffff
	need := len(raw)
	if !msgInRaw {
		need += it.Message.Len()
	}
	if keepHost && !hostInRaw {
		need += it.Host.Len()
	}
	if it.Truncated {
		need += sizeBytes
	}
	seg := r.writableSegment(need)
	ci, chunk := r.chunkFor(seg, need)
	base := uint32(len(chunk))
	chunk = append(chunk, raw...)
	if it.Truncated {
		// A cut entry's size before the cut follows its text: rare, so no record pays for it.
		chunk = binary.LittleEndian.AppendUint64(chunk, uint64(it.Size))
	}
	rc := rec{
		time: it.Time, sort: it.Sort, offset: it.Offset,
		rawOff: base, rawLen: uint32(len(raw)),
		chunk: uint16(ci), source: src, level: it.Level, format: it.Format,
	}
	if it.Truncated {
		rc.flags |= recTruncated
	}
	if it.NoNewline {
		rc.flags |= recNoNewline
	}
	if msgInRaw {
		rc.msgOff = base + uint32(it.Message.Start-it.Raw.Start)
		rc.lead = uint8(parse.ProgramLead(it.Format, raw[:it.Message.Start-it.Raw.Start]))
	} else {
		rc.msgOff = uint32(len(chunk))
		chunk = append(chunk, it.Message.Of(b.Data)...)
	}
	rc.msgLen = uint32(it.Message.Len())
	if keepHost {
		if hostInRaw {
			rc.hostOff = base + uint32(it.Host.Start-it.Raw.Start)
		} else {
			rc.hostOff = uint32(len(chunk))
			chunk = append(chunk, it.Host.Of(b.Data)...)
		}
		rc.hostLen = uint16(it.Host.Len())
	}
	seg.chunks[ci] = chunk
	seg.recs[seg.n] = rc
	seg.sketches[seg.n] = sketchOf(it.Level, chunk[rc.msgOff-uint32(rc.lead):rc.msgOff+rc.msgLen])
	seg.n++
	seg.bytes += r.readerBytes
	r.bytes += r.readerBytes
	r.entries++
	r.levels[it.Level]++
	return seg.no<<r.segShift + uint64(seg.n-1)
}

// writableSegment returns the segment the next entry goes to, opening a new one when the current
// one is full or its arena has passed segBytes.
func (r *Ring) writableSegment(need int) *segment {
	if n := len(r.segs); n > 0 {
		seg := r.segs[n-1]
		if seg.n < len(seg.recs) && (seg.arenaLen()+int64(need) <= r.segBytes || seg.n == 0) {
			return seg
		}
	}
	seg := &segment{no: r.nextNo, recs: make([]rec, 1<<r.segShift), sketches: make([]Sketch, 1<<r.segShift)}
	seg.bytes = int64(len(seg.recs))*slotBytes + segmentBytes
	r.bytes += seg.bytes
	r.segs = append(r.segs, seg)
	r.nextNo++
	return seg
}

func (s *segment) arenaLen() int64 {
	var n int64
	for _, c := range s.chunks {
		n += int64(len(c))
	}
	return n
}

// chunkFor returns a chunk of seg with room for need more bytes, allocating one if needed. A new
// segment first takes over the room left in the previous segment's last chunk, so that segments
// smaller than a chunk do not each waste most of one.
func (r *Ring) chunkFor(seg *segment, need int) (int, []byte) {
	if n := len(seg.chunks); n > 0 {
		c := seg.chunks[n-1]
		if cap(c)-len(c) >= need {
			return n - 1, c
		}
	} else if n := len(r.segs); n > 1 {
		prev := r.segs[n-2]
		if pn := len(prev.chunks); pn > 0 {
			c := prev.chunks[pn-1]
			if cap(c)-len(c) >= need {
				seg.chunks = append(seg.chunks, c)
				seg.inherited = true
				return 0, c
			}
		}
	}
	size := chunkBytes
	if int64(size) > r.segBytes {
		size = int(r.segBytes)
	}
	if need > size {
		size = need
	}
	c := make([]byte, 0, size)
	seg.chunks = append(seg.chunks, c)
	seg.bytes += int64(size)
	r.bytes += int64(size)
	return len(seg.chunks) - 1, c
}

// evict drops whole oldest segments while the ring is over either bound, keeping the segment
// being written. The evicted entries' keys stay in the timeline index, and are charged, until a
// compaction drops them; compacting as it goes lets the loop stop as soon as the memory is free.
func (r *Ring) evict() {
	for len(r.segs) > 1 && (r.entries > r.maxEntries || r.charged() > r.maxBytes) {
		seg := r.segs[0]
		for i := 0; i < seg.n; i++ {
			r.levels[seg.recs[i].level]--
		}
		r.entries -= seg.n
		r.bytes -= seg.bytes
		r.evicted += uint64(seg.n)
		if next := r.segs[1]; next.inherited {
			// The shared chunk stays alive through the next segment: move its charge there.
			shared := int64(cap(next.chunks[0]))
			r.bytes += shared
			next.bytes += shared
			next.inherited = false
		}
		r.segs[0] = nil
		r.segs = r.segs[1:]
		r.timeline.compact(r.segs[0].no<<r.segShift, r.entries)
	}
}
