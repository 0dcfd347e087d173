package tail

import (
	"bytes"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// lineSink is what tail needs from parse.Stream: it joins one source's lines into entries.
type lineSink interface {
	Line(line []byte, offset int64, truncated bool, b *parse.Batch)
	Flush(b *parse.Batch)
	Pending() bool
}

// newStreamFunc makes the lineSink of one source; the Group holds one so tests can substitute it.
// written says when the text at an offset was written at the latest (parse.StreamOptions.Written);
// nil means as it is read.
type newStreamFunc func(source string, written func(offset int64) time.Time) lineSink

// lineCutter is a lineSink that keeps the length a line had before it was cut (parse.Stream's
// LineCut); a sink without it is told only that the line was cut.
type lineCutter interface {
	LineCut(line []byte, offset, size int64, b *parse.Batch)
}

// lineCut feeds a line cut from size bytes to sink, with that size when the sink keeps it.
func lineCut(sink lineSink, line []byte, offset, size int64, b *parse.Batch) {
	if c, ok := sink.(lineCutter); ok {
		c.LineCut(line, offset, size, b)
		return
	}
	sink.Line(line, offset, true, b)
}

// holdingSink is a lineSink that holds entries back while its source has shown no timestamp,
// to place them at the first one (parse.Stream's Holding and StopHolding).
type holdingSink interface {
	Holding() bool
	StopHolding(b *parse.Batch)
}

// holdLimit bounds how long a source's entries wait for its first timestamp while lines keep
// coming. The wait ends when the source is quiet for a while; a writer that never pauses that long
// (an untimed log written a line every 100 ms, `kubectl logs -f` piped in) would otherwise keep
// every line off the screen until the hold's own bounds, thousands of lines later. It is longer
// than the quiet time: a file piped in slowly (over ssh) may take a while to reach its first time.
type holdLimit struct{ since time.Time }

// holdLongest is the longest entries wait for a first timestamp while lines keep coming.
const holdLongest = time.Second

// check gives up the sink's wait once it has held entries for the longer of quiet and
// holdLongest, and reports whether it did.
func (h *holdLimit) check(sink lineSink, b *parse.Batch, quiet time.Duration) bool {
	hs, ok := sink.(holdingSink)
	if !ok || !hs.Holding() {
		h.since = time.Time{}
		return false
	}
	now := time.Now()
	if h.since.IsZero() {
		h.since = now
		return false
	}
	if now.Sub(h.since) < max(quiet, holdLongest) {
		return false
	}
	hs.StopHolding(b)
	h.since = time.Time{}
	return true
}

// headReader is a lineSink that learns from the first lines of a file whose read begins past
// them (parse.Stream's Head: a CSV export's header names its columns).
type headReader interface {
	Head(start []byte)
}

// splitter cuts a source's bytes into lines and feeds them to its stream. It carries a partial
// line across reads, keeps at most max bytes of any line and only counts the rest of a longer line
// up to its newline, so its memory is bounded by max whatever the input. A cut line is fed when
// its newline comes (or it is let go, see release), cut on a UTF-8 boundary and with its length.
type splitter struct {
	stream  lineSink
	max     int
	part    []byte // the start of a line whose newline has not been read yet, at most max bytes
	partOff int64  // offset of part in the source
	over    int64  // bytes of that line past max, skipped
	discard bool   // reading resumed inside a line whose start was fed before: skip up to its newline
	lines   int64  // lines fed to the stream

	// released is set once the carried part was let go as an entry of its own (see release);
	// replaces, when that entry began with it, so that the completed line takes its place.
	released, replaces bool
	replaceOff         int64 // the offset of the entry that the completed line replaces; -1: none

	// reopen holds the lines of an entry handed over open (see letGoOpen), fed to the stream again
	// before the next line so that a continuation joins them; reopenOff is its offset.
	reopen    []byte
	reopenOff int64

	// follow says the source is followed, so that a run-away line is shown before its newline
	// comes; read to its end, a source's long line comes whole, and is shown once.
	follow bool

	// hole is set while the line held is NULs up to the cap and more NULs follow: a hole, not a
	// line. copytruncate leaves one when its writer goes on at its old offset (megabytes of NULs,
	// then the next line), a crash one in a file's preallocated tail. Its NULs are skipped and the
	// line after it kept whole, where the cap would have kept the NULs and cut the line off; a
	// shorter run stays in its line, whose text the parse reads after it.
	hole bool
}

// runaway is how many times the entry cap a line without its newline yet may have grown past the
// cap before its cut start is shown.
const runaway = 16

func newSplitter(stream lineSink, max int, follow bool) *splitter {
	return &splitter{stream: stream, max: max, replaceOff: -1, follow: follow}
}

// feed splits data, which starts at byte offset off of the source, adding entries to b.
func (s *splitter) feed(data []byte, off int64, b *parse.Batch) {
	s.replay(b)
	for len(data) > 0 {
		if s.hole {
			if data, off = s.skipHole(data, off, b); len(data) == 0 {
				break
			}
		}
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			s.carry(data, off)
			if s.follow && s.over >= runaway*int64(s.max) {
				// Cut long ago, and its newline may never come (/dev/zero, a run-away line):
				// shown now, and replaced if the newline comes (see complete).
				s.release(b)
			}
			break
		}
		seg := data[:i]
		switch {
		case s.discard:
			s.discard = false
		case len(s.part) > 0:
			s.complete(seg, b)
		case len(seg) > s.max && nulRun(seg) > 0:
			// A hole before the line, in one read: the line after it is kept whole.
			k := nulRun(seg)
			if len(seg) > k {
				s.emit(seg[k:min(len(seg), k+s.max)], off+int64(k), int64(len(seg)-k), b)
			}
		case len(seg) > s.max:
			s.emit(seg[:s.max], off, int64(len(seg)), b)
		default:
			s.emit(seg, off, int64(len(seg)), b)
		}
		data = data[i+1:]
		off += int64(i + 1)
	}
	s.mark(b)
}

// skipHole skips the NULs of a hole (see hole) that data, at offset off, starts with, and returns
// what follows them. A hole with no end in sight shows as its cut line, as a run-away line does
// (/dev/zero); if only a newline ends it, that line is completed as such; a line after it starts
// anew.
func (s *splitter) skipHole(data []byte, off int64, b *parse.Batch) ([]byte, int64) {
	k := nulRun(data)
	data, off, s.over = data[k:], off+int64(k), s.over+int64(k)
	if len(data) == 0 {
		if s.follow && s.over >= runaway*int64(s.max) {
			s.release(b)
		}
		return data, off
	}
	s.hole = false
	if s.released && data[0] == '\n' {
		return data, off
	}
	s.part, s.over, s.released, s.replaces = s.part[:0], 0, false, false
	if data[0] == '\n' {
		return data[1:], off + 1 // nothing but NULs before the newline: no line
	}
	return data, off
}

// carry keeps data, the start of a line without its newline yet: up to max bytes of it, and the
// count of the rest.
func (s *splitter) carry(data []byte, off int64) {
	if s.discard {
		return
	}
	if len(s.part) == 0 {
		s.partOff = off
	}
	if room := s.max - len(s.part); len(data) > room {
		// NULs before the line's text push it past the cap: a hole's, dropped (see hole).
		switch k, j := nulRun(s.part), nulRun(data); {
		case s.over > 0:
		case k > 0 && k < len(s.part):
			s.part = append(s.part[:0], s.part[k:]...)
			s.partOff += int64(k)
			s.carry(data, off)
			return
		case k == len(s.part) && j < len(data) && k+j > 0:
			s.part = s.part[:0]
			s.carry(data[j:], off+int64(j))
			return
		case k == len(s.part) && j == len(data):
			s.hole = true // nothing but NULs past the cap so far
		}
		s.part = append(s.part, data[:room]...)
		s.over += int64(len(data) - room)
		return
	}
	s.part = append(s.part, data...)
}

// nulRun is the length of the run of NULs that b starts with.
func nulRun(b []byte) int {
	for i, c := range b {
		if c != 0 {
			return i
		}
	}
	return len(b)
}

// complete ends the carried line with seg, the bytes before its newline. A line let go before
// its newline came is fed again whole; the entry it starts replaces the one let go.
func (s *splitter) complete(seg []byte, b *parse.Batch) {
	if k := nulRun(s.part); k > 0 && !s.released && s.over == 0 && len(s.part)+len(seg) > s.max {
		// NULs before the line's text push it past the cap: a hole's, dropped (see hole); the
		// line is what follows them, if anything.
		if k < len(s.part) {
			s.part = append(s.part[:0], s.part[k:]...)
			s.partOff += int64(k)
		} else {
			j := nulRun(seg)
			at := s.partOff + int64(k+j)
			s.part = s.part[:0]
			if j < len(seg) {
				s.emit(seg[j:min(len(seg), j+s.max)], at, int64(len(seg)-j), b)
			}
			s.mark(b)
			return
		}
	}
	if room := s.max - len(s.part); len(seg) > room {
		s.over += int64(len(seg) - room)
		seg = seg[:room]
	}
	s.part = append(s.part, seg...)
	if s.released {
		s.released = false
		if s.replaces {
			s.replaceOff = s.partOff
		}
		s.lines-- // counted when it was let go
	}
	s.emit(s.part, s.partOff, int64(len(s.part))+s.over, b)
	s.part, s.over = s.part[:0], 0
	s.mark(b)
}

// finish emits a carried partial line as a line of its own, ending its entry: the source ended
// (EOF without following, or trawl stops) or was replaced (rotation, truncation), so its newline
// will never come. A part already let go is not emitted again.
func (s *splitter) finish(b *parse.Batch) {
	if s.hole {
		s.hole, s.part = false, s.part[:0] // a hole at the end: no line
	}
	if len(s.part) > 0 && !s.released {
		s.release(b)
	}
	s.part, s.over = s.part[:0], 0
	s.discard, s.released, s.replaces = false, false, false
	s.reopen = nil // the source ended or was replaced: the entry handed over open is complete
}

// release lets the carried start of a line go as the end of an entry, marked as having no
// newline, and keeps it: if the newline comes after all, the completed line replaces that entry
// when it began with this line (see complete).
func (s *splitter) release(b *parse.Batch) {
	if len(s.part) == 0 || s.released || len(s.part) == 1 && s.part[0] == 0 {
		return // a lone NUL is the second byte of a UTF-16 file's last newline, no line of its own
	}
	s.replay(b) // an entry handed over open goes first, as before any line: the part may continue it
	before := len(b.Items)
	s.emit(s.part, s.partOff, int64(len(s.part))+s.over, b)
	s.stream.Flush(b)
	s.mark(b)
	s.released = true
	if n := len(b.Items); n > before {
		it := &b.Items[n-1]
		it.NoNewline, it.Open = true, true
		s.replaces = it.Offset == s.partOff
	}
}

// letGoOpen hands over the entry the stream holds back for continuation lines at once, marked
// Open, and keeps its lines: if more lines come, they are fed again first, and the entry they make
// (the same one, or a longer one when a line continues it) replaces the one handed over.
func (s *splitter) letGoOpen(b *parse.Batch) {
	if !s.stream.Pending() {
		return
	}
	n := len(b.Items)
	s.flush(b)
	if len(b.Items) == n {
		return
	}
	it := &b.Items[len(b.Items)-1]
	if it.Truncated || it.NoNewline {
		return // cut at the cap, or a line let go without its newline: nothing to join
	}
	it.Open = true
	s.reopen = append(s.reopen[:0], it.Raw.Of(b.Data)...)
	s.reopenOff = it.Offset
}

// replay feeds the lines of an entry handed over open to the stream again, whose next entry
// replaces it.
func (s *splitter) replay(b *parse.Batch) {
	if s.reopen == nil {
		return
	}
	raw, off := s.reopen, s.reopenOff
	s.reopen = nil
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		s.stream.Line(line, off, false, b)
		off += int64(len(line) + 1)
	}
	s.replaceOff = s.reopenOff
}

// carrying reports whether a line without its newline is held and was not let go yet.
func (s *splitter) carrying() bool { return len(s.part) > 0 && !s.released && !s.hole }

// end hands over everything held (a line without its newline, the entry the stream holds back)
// and returns how many lines that fed the stream.
func (s *splitter) end(b *parse.Batch) int64 {
	before := s.lines
	s.finish(b)
	s.flush(b)
	return s.lines - before
}

// flush lets go of the entry the stream holds back.
func (s *splitter) flush(b *parse.Batch) {
	s.stream.Flush(b)
	s.mark(b)
}

// mark flags the entry that replaces a line let go, once the stream has produced it.
func (s *splitter) mark(b *parse.Batch) {
	if s.replaceOff < 0 {
		return
	}
	for i := range b.Items {
		// The entry let go is in the batch too, when it was not handed on yet; it is the one
		// marked Open.
		if it := &b.Items[i]; it.Offset == s.replaceOff && !it.Open {
			it.Replaces = true
			s.replaceOff = -1
			return
		}
	}
}

// emit feeds line, which was size bytes long before it was cut to its first max bytes.
func (s *splitter) emit(line []byte, off, size int64, b *parse.Batch) {
	s.lines++
	if size <= int64(len(line)) {
		s.stream.Line(line, off, false, b)
		return
	}
	lineCut(s.stream, parse.TrimPartialRune(line), off, size, b)
}
