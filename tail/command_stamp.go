package tail

import (
	"cmp"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// stampSink wraps a command's parser to honour the RFC 3339 time that `docker logs --timestamps`
// and `kubectl logs --timestamps` put before each line: the time is cut off, the rest of the line
// is parsed as usual (so a JSON line stays JSON), and the entry takes the prefix's time.
type stampSink struct {
	inner    lineSink
	stamps   []stamp // prefixed lines whose entries were not added yet, by offset
	lastTime int64   // the last prefix's time
	lastSort int64
}

type stamp struct{ off, time int64 }

func (s *stampSink) Line(line []byte, offset int64, truncated bool, b *parse.Batch) {
	line = s.unstamp(line, offset)
	before := b.Len()
	s.inner.Line(line, offset, truncated, b)
	s.fix(b, before)
}

func (s *stampSink) LineCut(line []byte, offset, size int64, b *parse.Batch) {
	n := len(line)
	line = s.unstamp(line, offset)
	before := b.Len()
	lineCut(s.inner, line, offset, size-int64(n-len(line)), b)
	s.fix(b, before)
}

// unstamp cuts the time prefix off line and keeps its time for the entry.
func (s *stampSink) unstamp(line []byte, offset int64) []byte {
	if t, n, ok := timePrefix(line); ok {
		s.stamps = append(s.stamps, stamp{offset, t})
		return line[n:]
	}
	return line
}

func (s *stampSink) Flush(b *parse.Batch) {
	before := b.Len()
	s.inner.Flush(b)
	s.fix(b, before)
}

func (s *stampSink) Pending() bool { return s.inner.Pending() }

// fix gives the entries added from index from on the time of their line's prefix, and keeps Sort
// non-decreasing. An entry without a prefix keeps Time 0 and is placed at the last prefix's time,
// or else where the inner stream placed it. Stamps of lines that became continuation lines are
// dropped on the way.
func (s *stampSink) fix(b *parse.Batch, from int) {
	for i := from; i < len(b.Items); i++ {
		it := &b.Items[i]
		for len(s.stamps) > 0 && s.stamps[0].off < it.Offset {
			s.stamps = s.stamps[1:]
		}
		if len(s.stamps) > 0 && s.stamps[0].off == it.Offset {
			it.Time, s.lastTime = s.stamps[0].time, s.stamps[0].time
			s.stamps = s.stamps[1:]
		}
		at := it.Time
		if at == 0 {
			at = cmp.Or(s.lastTime, it.Sort)
		}
		it.Sort = max(at, s.lastSort)
		s.lastSort = it.Sort
	}
	if len(s.stamps) == 0 {
		s.stamps = s.stamps[:0:0]
	}
}

// timePrefix recognizes a leading RFC 3339 time followed by one space, as in
// "2026-03-01T12:00:00.123456789Z message"; n is the length to cut off.
func timePrefix(line []byte) (t int64, n int, ok bool) {
	if len(line) < 21 || line[4] != '-' || line[10] != 'T' || line[0] < '0' || line[0] > '9' {
		return 0, 0, false
	}
	end := 0
	for end < len(line) && end < 40 && line[end] != ' ' {
		end++
	}
	if end >= len(line) || line[end] != ' ' {
		return 0, 0, false
	}
	tm, err := time.Parse(time.RFC3339Nano, string(line[:end]))
	if err != nil {
		return 0, 0, false
	}
	return tm.UnixNano(), end + 1, true
}
