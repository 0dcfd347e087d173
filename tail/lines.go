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
}

func newSplitter(stream lineSink, max int) *splitter {
	return &splitter{stream: stream, max: max}
}

// feed splits data, which starts at byte offset off of the source, adding entries to b.
func (s *splitter) feed(data []byte, off int64, b *parse.Batch) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			s.carry(data, off, b)
			return
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

// complete ends the carried line with seg, the bytes before its newline.
func (s *splitter) complete(seg []byte, b *parse.Batch) {
	truncated := false
	if room := s.max - len(s.part); len(seg) > room {
		seg, truncated = seg[:room], true
	}
	s.part = append(s.part, seg...)
	s.emit(s.part, s.partOff, truncated, b)
	s.part = s.part[:0]
}

// finish emits a carried partial line as a line of its own: the source ended (EOF without
// following) or was replaced (rotation, truncation), so its newline will never come.
func (s *splitter) finish(b *parse.Batch) {
	if len(s.part) > 0 {
		s.emit(s.part, s.partOff, false, b)
		s.part = s.part[:0]
	}
	s.discard = false
}

func (s *splitter) emit(line []byte, off int64, truncated bool, b *parse.Batch) {
	s.lines++
	s.stream.Line(line, off, truncated, b)
}
