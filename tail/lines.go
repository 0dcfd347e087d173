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

// splitter cuts a source's bytes into lines and feeds them to its stream. It carries a partial
// line across reads, keeps at most max bytes of any line and skips the rest of a longer line up to
// its newline, so its memory is bounded by max whatever the input.
type splitter struct {
	stream  lineSink
	max     int
	part    []byte // the start of a line whose newline has not been read yet
	partOff int64  // offset of part in the source
	discard bool   // the current line passed max and was emitted; skip up to its newline
	lines   int64  // lines fed to the stream

	// released is set once the carried part was let go as an entry of its own (see release);
	// replaces, when that entry began with it, so that the completed line takes its place.
	released, replaces bool
	replaceOff         int64 // the offset of the entry that the completed line replaces; -1: none
}

func newSplitter(stream lineSink, max int) *splitter {
	return &splitter{stream: stream, max: max, replaceOff: -1}
}

// feed splits data, which starts at byte offset off of the source, adding entries to b.
func (s *splitter) feed(data []byte, off int64, b *parse.Batch) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			s.carry(data, off, b)
			break
		}
		seg := data[:i]
		switch {
		case s.discard:
			s.discard = false
		case len(s.part) > 0:
			s.complete(seg, b)
		case len(seg) > s.max:
			s.emit(seg[:s.max], off, true, b)
		default:
			s.emit(seg, off, false, b)
		}
		data = data[i+1:]
		off += int64(i + 1)
	}
	s.mark(b)
}

// carry keeps data, the start of a line without its newline yet, emitting the line as truncated
// as soon as it is known to be longer than max.
func (s *splitter) carry(data []byte, off int64, b *parse.Batch) {
	if s.discard {
		return
	}
	if len(s.part) == 0 {
		s.partOff = off
	}
	if room := s.max - len(s.part); len(data) > room {
		s.part = append(s.part, data[:room]...)
		s.emit(s.part, s.partOff, true, b)
		s.part = s.part[:0]
		s.discard = true
		return
	}
	s.part = append(s.part, data...)
}

// complete ends the carried line with seg, the bytes before its newline. A line let go before
// its newline came is fed again whole; the entry it starts replaces the one let go.
func (s *splitter) complete(seg []byte, b *parse.Batch) {
	truncated := false
	if room := s.max - len(s.part); len(seg) > room {
		seg, truncated = seg[:room], true
	}
	s.part = append(s.part, seg...)
	if s.released {
		s.released = false
		if s.replaces {
			s.replaceOff = s.partOff
		}
		s.lines-- // counted when it was let go
	}
	s.emit(s.part, s.partOff, truncated, b)
	s.part = s.part[:0]
	s.mark(b)
}

// finish emits a carried partial line as a line of its own, ending its entry: the source ended
// (EOF without following, or trawl stops) or was replaced (rotation, truncation), so its newline
// will never come. A part already let go is not emitted again.
func (s *splitter) finish(b *parse.Batch) {
	if len(s.part) > 0 && !s.released {
		s.release(b)
	}
	s.part = s.part[:0]
	s.discard, s.released, s.replaces = false, false, false
}

// release lets the carried start of a line go as the end of an entry, marked as having no
// newline, and keeps it: if the newline comes after all, the completed line replaces that entry
// when it began with this line (see complete).
func (s *splitter) release(b *parse.Batch) {
	if len(s.part) == 0 || s.released || s.discard {
		return
	}
	s.emit(s.part, s.partOff, false, b)
	s.stream.Flush(b)
	s.mark(b)
	s.released = true
	if n := len(b.Items); n > 0 {
		it := &b.Items[n-1]
		it.NoNewline = true
		s.replaces = it.Offset == s.partOff
	}
}

// carrying reports whether a line without its newline is held and was not let go yet.
func (s *splitter) carrying() bool { return len(s.part) > 0 && !s.released && !s.discard }

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
		// marked as having no newline.
		if it := &b.Items[i]; it.Offset == s.replaceOff && !it.NoNewline {
			it.Replaces = true
			s.replaceOff = -1
			return
		}
	}
}

func (s *splitter) emit(line []byte, off int64, truncated bool, b *parse.Batch) {
	s.lines++
	s.stream.Line(line, off, truncated, b)
}
