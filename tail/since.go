package tail

import (
	"bytes"
	"errors"
	"io"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// sinceParser is the parser a source's bisection reads its lines' times with: the source's zone
// and custom formats, as its stream will.
func sinceParser(opts Options, source string) *parse.Parser {
	p := parse.NewParser(opts.Now)
	p.SetLocation(opts.Location)
	p.SetCustom(parse.CustomFor(opts.Custom, source))
	return p
}

// sinceOffset returns the offset in r (size bytes long) of the first line whose time is at or
// after since. Logs are written in time order, give or take a few lines, so it bisects the file
// on the times of its lines, reading one block per probe, then reads the last block forward: a
// large file costs a few dozen blocks. Lines without a time (a stack trace's) belong to the
// entry before them and are passed over.
func sinceOffset(r io.ReaderAt, size int64, since time.Time, p *parse.Parser, buf []byte) (int64, error) {
	want := since.UnixNano()
	timed := func(t int64) bool { return t != 0 }
	lo, hi := int64(0), size // the line sought starts in [lo, hi]
	for hi-lo > int64(len(buf)) {
		mid := lo + (hi-lo)/2
		start, t, _, err := scanLines(r, mid, buf, p, timed)
		switch {
		case err != nil:
			return 0, err
		case start < 0 || start >= hi || t >= want:
			hi = mid // a probe that finds no time only makes the read start earlier
		default:
			lo = start + 1
		}
	}
	atOrAfter := func(t int64) bool { return t >= want }
	for lo < size {
		start, _, next, err := scanLines(r, lo, buf, p, atOrAfter)
		if err == nil && start > 0 && firstTimed(r, size, buf, p) == start {
			// The file's first timed line: the untimed lines above it (a banner, a program's
			// configuration) belong to no entry before since, and are kept as entries without a
			// time are.
			return 0, nil
		}
		if err != nil || start >= 0 {
			return start, err
		}
		if next <= lo {
			break // the file shrank under the search: it is read from its end, and its truncation seen
		}
		lo = next
	}
	return size, nil
}

// preambleBlocks bounds how far firstTimed looks for a file's first timed line.
const preambleBlocks = 16

// firstTimed returns the offset of the first line of r with a time, within preambleBlocks blocks
// of its start, or -1.
func firstTimed(r io.ReaderAt, size int64, buf []byte, p *parse.Parser) int64 {
	off := int64(0)
	for k := 0; k < preambleBlocks && off < size; k++ {
		start, _, next, err := scanLines(r, off, buf, p, func(t int64) bool { return t != 0 })
		if err != nil || start >= 0 {
			return start
		}
		if next <= off {
			break
		}
		off = next
	}
	return -1
}

// scanLines parses the lines that start at or after off, within one block read at off, and
// returns the start and time of the first whose time is accepted; start is -1 when none is, and
// next is where the next block should be read from.
func scanLines(r io.ReaderAt, off int64, buf []byte, p *parse.Parser, accept func(t int64) bool) (start, t, next int64, err error) {
	from := off
	if off > 0 {
		from-- // a line starts at off when the byte before it ends a line
	}
	n, err := r.ReadAt(buf, from)
	if err != nil && !errors.Is(err, io.EOF) {
		return -1, 0, 0, err
	}
	block, full := buf[:n], n == len(buf)
	i := 0
	if off > 0 {
		if i = bytes.IndexByte(block, '\n') + 1; i == 0 {
			return -1, 0, from + int64(n), nil // inside a line longer than the block
		}
	}
	first := i
	for i < len(block) {
		end := bytes.IndexByte(block[i:], '\n')
		if end < 0 {
			if full && i > first {
				return -1, 0, from + int64(i), nil // the block cut this line: read it from its start
			}
			// The file's last line, or one longer than a block, whose time is in its first block.
			end = len(block) - i
		}
		if rec := p.Parse(block[i : i+end]); accept(rec.Time) {
			return from + int64(i), rec.Time, 0, nil
		}
		i += end + 1
	}
	return -1, 0, from + int64(n), nil
}

// sinceOutput drops the entries before Since from every batch of a pipe or a command, which
// cannot be started at a time as a file can.
type sinceOutput struct {
	output
	since int64
}

func (o sinceOutput) next(b *parse.Batch, source string) *parse.Batch {
	if b != nil {
		if b.DropBefore(o.since); b.Len() == 0 {
			b.Reset()
			return b
		}
	}
	return o.output.next(b, source)
}
