package tail

import (
	"fmt"
	"hash/maphash"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// lokiReader turns Loki's entries into batches. Each stream is a source of its own name (its
// labels) with its own parse stream, so that its lines are parsed like a file's; each Loki entry
// makes one entry of its own (the lines of a multi-line entry join), which takes Loki's time and
// its detected_level when Loki found one. It keeps the cursor that resumes a read without
// delivering an entry twice.
type lokiReader struct {
	s       *source
	out     output
	b       *parse.Batch
	ns      newStreamFunc
	streams map[string]*lokiParse
	max     int
	now     func() time.Time
	at      resume
}

// lokiParse is the parsing state of one stream.
type lokiParse struct {
	sink     lineSink
	off      int64 // bytes of the stream so far, as if its lines were a file
	ts       int64 // the time of the entry being parsed
	lastSort int64
}

func newLokiReader(s *source, opts Options, ns newStreamFunc, out output) *lokiReader {
	return &lokiReader{
		s: s, out: out, b: out.next(nil, s.name), ns: ns, streams: map[string]*lokiParse{},
		max: opts.MaxEntryBytes, now: opts.Now, at: resume{seed: maphash.MakeSeed()},
	}
}

// add delivers the entries not delivered before, in the order given, and returns how many.
func (r *lokiReader) add(es []lokiEntry) int {
	fresh := 0
	var bytes int64
	for _, e := range es {
		if r.at.seen(e) {
			continue
		}
		r.entry(e)
		r.at.advance(e)
		fresh++
		bytes += int64(len(e.line)) + 1
	}
	r.s.lines.Add(int64(fresh))
	r.s.live.Add(int64(fresh))
	r.s.bytes.Add(bytes)
	r.deliver()
	return fresh
}

// entry parses one Loki entry into the batch of its stream.
func (r *lokiReader) entry(e lokiEntry) {
	st := r.streams[e.stream]
	if st == nil {
		st = &lokiParse{}
		st.sink = r.ns(e.stream, func(int64) time.Time { return time.Unix(0, st.ts) })
		r.streams[e.stream] = st
	}
	if r.b.Source != e.stream {
		r.deliver()
		r.b.Source = e.stream
	}
	st.ts = e.ts
	from := r.b.Len()
	line := e.line
	for {
		part, rest, more := strings.Cut(line, "\n")
		size := int64(len(part))
		if len(part) > r.max {
			cut := parse.TrimPartialRune([]byte(part[:r.max]))
			lineCut(st.sink, cut, st.off, size, r.b)
		} else {
			st.sink.Line([]byte(part), st.off, false, r.b)
		}
		st.off += size + 1
		if !more {
			break
		}
		line = rest
	}
	st.sink.Flush(r.b)
	level, ok := parse.ParseLevel([]byte(e.level))
	for i := from; i < len(r.b.Items); i++ {
		it := &r.b.Items[i]
		it.Time = e.ts
		it.Sort = max(e.ts, st.lastSort)
		st.lastSort = it.Sort
		if ok && level != parse.Unknown {
			it.Level = level
		}
	}
}

func (r *lokiReader) deliver() {
	if r.b.Len() > 0 {
		r.b = r.out.next(r.b, r.b.Source)
	}
}

// followState is the state of a following source, with its reconnects and the entries the
// server dropped.
func (r *lokiReader) followState(reconnects int) string {
	var notes []string
	if reconnects > 0 {
		notes = append(notes, fmt.Sprintf("reconnected %d×", reconnects))
	}
	if d := r.s.dropped.Load(); d > 0 {
		notes = append(notes, fmt.Sprintf("Loki's tail dropped %d entries, recent ones read from the store", d))
	}
	if len(notes) == 0 {
		return stateFollowing
	}
	return stateFollowing + " (" + strings.Join(notes, ", ") + ")"
}

// resume is where a read resumes: the time of the newest entry delivered, and the entries
// delivered at that time (by a hash of stream and line, as Loki itself tells entries apart), to
// be dropped when a page or a reconnected tail returns them again.
//
// While a tail follows, it also keeps a check window: every entry delivered at a time from the
// window's floor on, so that an entry the tail sends again, or one that a read of the store
// (loki.reread) returns while the tail is still to send it, is delivered once. The store is read
// from the window's check point to the cursor; then the check point moves to the cursor and the
// floor to the older of the last check point and lokiLate behind the cursor, so that a stream
// whose entries come that late is still told apart. Past lokiWindowKeys entries the floor
// moves to the last check point however late the streams are, which bounds the window. What the
// store itself returned past the check point (a catch-up's pages) needs no check: the window
// moves to the cursor then (confirmed).
type resume struct {
	ts   int64
	seed maphash.Seed
	keys map[uint64]struct{}

	floor, check int64
	sent         map[sentKey]struct{} // nil while no tail has opened
	unchecked    int                  // entries delivered since the store was last read
}

// sentKey is an entry of a check window: its time and the hash of its stream and line.
type sentKey struct {
	ts int64
	h  uint64
}

func (c *resume) key(e lokiEntry) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	h.WriteString(e.stream)
	h.WriteByte(0)
	h.WriteString(e.line)
	return h.Sum64()
}

func (c *resume) inWindow(ts int64) bool { return c.sent != nil && ts >= c.floor }

// seen reports whether e was delivered already, as far as it can tell.
func (c *resume) seen(e lokiEntry) bool {
	inWindow := c.inWindow(e.ts)
	if !inWindow && (e.ts != c.ts || len(c.keys) == 0) {
		return false
	}
	k := c.key(e)
	if inWindow {
		if _, ok := c.sent[sentKey{e.ts, k}]; ok {
			return true
		}
	}
	if e.ts != c.ts {
		return false
	}
	_, ok := c.keys[k]
	return ok
}

// advance records that e was delivered. An entry older than the cursor (a late one in the tail)
// leaves it where it is.
func (c *resume) advance(e lokiEntry) {
	k := c.key(e)
	if c.inWindow(e.ts) {
		c.sent[sentKey{e.ts, k}] = struct{}{}
		c.unchecked++
	}
	switch {
	case e.ts > c.ts:
		c.ts = e.ts
		clear(c.keys)
	case e.ts < c.ts:
		return
	}
	c.markKey(k)
}

// mark adds e, at the cursor's time, to the entries delivered there.
func (c *resume) mark(e lokiEntry) { c.markKey(c.key(e)) }

func (c *resume) markKey(k uint64) {
	if c.keys == nil {
		c.keys = map[uint64]struct{}{}
	}
	c.keys[k] = struct{}{}
}

// open opens the check window at the cursor when a tail opens, unless one is open already (a
// reconnect keeps it). The entries delivered at the cursor are in it from the start: the tail's
// history returns them too. A tail's history and its live entries can leave out an entry that
// reached Loki while it opened, so the window starts unchecked.
func (c *resume) open() {
	if c.sent != nil {
		return
	}
	c.floor, c.check = c.ts, c.ts
	c.sent = make(map[sentKey]struct{}, len(c.keys))
	for k := range c.keys {
		c.sent[sentKey{c.ts, k}] = struct{}{}
	}
	c.unchecked = 1
}

// pending reports whether entries came since the store was last read.
func (c *resume) pending() bool { return c.sent != nil && c.unchecked > 0 }

// checked records that the store was read from the check point to upto, the cursor then.
func (c *resume) checked(upto int64) {
	floor := min(c.check, upto-int64(lokiLate))
	c.prune(floor)
	if len(c.sent) > lokiWindowKeys {
		c.prune(c.check)
	}
	c.check, c.unchecked = upto, 0
}

// confirmed records that what was delivered up to the cursor came from the store or was
// checked: the window starts again at the cursor.
func (c *resume) confirmed() {
	if c.sent == nil {
		return
	}
	c.prune(c.ts)
	c.check, c.unchecked = c.ts, 0
}

// prune moves the floor up to floor and forgets the entries below it.
func (c *resume) prune(floor int64) {
	c.floor = max(c.floor, floor)
	for k := range c.sent {
		if k.ts < c.floor {
			delete(c.sent, k)
		}
	}
}
