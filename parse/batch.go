package parse

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unsafe"
)

// Item is one entry inside a Batch. Its spans point into the batch's Data.
type Item struct {
	Time      int64 // Unix nanoseconds, UTC; 0 when the entry carries no time of its own
	Sort      int64 // Time, or when it is 0 an estimate, made non-decreasing within the source (see Estimate)
	Offset    int64 // byte offset of the entry's first line in its source
	Raw       Span
	Message   Span
	Host      Span
	Level     Level
	Format    Format
	Truncated bool
	// NoNewline marks an entry whose last line had no newline when it was let go: the writer
	// stopped mid-line (a crash) or had not finished it after a quiet time.
	NoNewline bool
	// Open marks an entry handed over before it is known to be complete (a line without its
	// newline, or a file's newest entry, which a stack trace may continue): the source may send
	// it again, completed and marked Replaces.
	Open bool
	// Replaces says that this entry is the completed form of its source's last entry marked Open,
	// which a store should show no more.
	Replaces bool
	// Size is a Truncated entry's length in bytes before it was cut; 0 otherwise.
	Size int64
}

// Batch holds the entries that one source produced in one read, in the source's order, so that a
// consumer such as the ring takes them in one short critical section. Its memory is reused across
// Reset calls, so steady-state ingestion allocates nothing per entry.
type Batch struct {
	Source string
	Items  []Item
	Data   []byte // raw texts and decoded messages, back to back

	// scans[i] is the parser's scan of item i's first line, for writing its fields, when its
	// stream keeps them (StreamOptions.Fields); items past its end have none.
	scans []fieldScan
}

// setScan keeps sc as the scan of item i.
func (b *Batch) setScan(i int, sc fieldScan) {
	for len(b.scans) < i {
		b.scans = append(b.scans, fieldScan{})
	}
	b.scans = append(b.scans[:i], sc)
}

// Estimate is the estimated time that placed an entry without a time of its own: its Sort, since
// sorting by (Sort, arrival) is what places it. It is 0 for an entry with its own time, so that an
// estimate is never taken for a time the line carried.
func (it *Item) Estimate() int64 {
	if it.Time != 0 {
		return 0
	}
	return it.Sort
}

// Reset empties the batch and keeps its memory; the source name is kept.
func (b *Batch) Reset() {
	b.Items = b.Items[:0]
	b.Data = b.Data[:0]
	b.scans = b.scans[:0]
}

// Grow makes room for at least items more entries and data more bytes of text, so that a read
// of known size fills the batch without growing it entry by entry: each of append's doublings
// copies and clears it again, and on a young heap, which no collection has yet freed memory to,
// touches new pages, which cost more than the parsing itself.
func (b *Batch) Grow(data, items int) {
	b.Data = slices.Grow(b.Data, data)
	b.Items = slices.Grow(b.Items, items)
}

// nulTail reports whether the lines after an entry's first hold nothing but NULs: the rest of a
// UTF-16 file's last '\n', which says nothing the decoded message should show.
func nulTail(b []byte) bool {
	for _, c := range b {
		if c != '\n' && c != 0 {
			return false
		}
	}
	return true
}

// Len is the number of entries in the batch.
func (b *Batch) Len() int { return len(b.Items) }

// Add appends one entry: raw is its full text (lines joined with '\n'), rec what the parser found in
// it. A message that ends where the first line ends is extended over the continuation lines, so that
// a stack trace is part of the message it belongs to.
func (b *Batch) Add(raw []byte, offset, sort int64, rec Record, truncated bool) {
	base := int32(len(b.Data))
	b.Data = append(b.Data, raw...)
	firstEnd := int32(len(raw))
	if i := bytes.IndexByte(raw, '\n'); i >= 0 {
		firstEnd = int32(i)
	}
	it := Item{
		Time: rec.Time, Sort: sort, Offset: offset,
		Raw:   Span{base, base + int32(len(raw))},
		Host:  Span{base + rec.Host.Start, base + rec.Host.End},
		Level: rec.Level, Format: rec.Format, Truncated: truncated,
	}
	switch {
	case rec.Unescaped != nil:
		start := int32(len(b.Data))
		b.Data = append(b.Data, rec.Unescaped...)
		if firstEnd < int32(len(raw)) && !nulTail(raw[firstEnd:]) && !rec.Whole {
			b.Data, _ = withoutColour(b.Data, nil, raw[firstEnd:], false, false)
		}
		it.Message = Span{start, int32(len(b.Data))}
	case rec.Message.Start <= firstEnd && rec.Message.End >= firstEnd && firstEnd < int32(len(raw)) && bytes.IndexByte(raw[firstEnd:], 0x1b) >= 0:
		// Continuation lines in colour under a plain first line (bunyan's CLI, roarr's pretty
		// printer): the message is read without the codes, as a first line in colour is. (A
		// message that is a field of a later line is whole, below.)
		start := int32(len(b.Data))
		b.Data = append(b.Data, raw[rec.Message.Start:firstEnd]...)
		b.Data, _ = withoutColour(b.Data, nil, raw[firstEnd:trimBlankTail(raw, firstEnd)], false, false)
		it.Message = Span{start, int32(len(b.Data))}
	case rec.Whole:
		it.Message = Span{base + rec.Message.Start, base + rec.Message.End}
	case rec.Message.Start == firstEnd && firstEnd < int32(len(raw)):
		// The first line is all header (bash's "#1771252201" before the command): the message
		// is the lines after it.
		it.Message = Span{base + firstEnd + 1, base + trimBlankTail(raw, firstEnd+1)}
	case rec.Message.End >= firstEnd:
		it.Message = Span{base + rec.Message.Start, base + trimBlankTail(raw, max(firstEnd, rec.Message.Start))}
	default:
		it.Message = Span{base + rec.Message.Start, base + rec.Message.End}
	}
	b.Items = append(b.Items, it)
}

// trimBlankTail returns the end of raw without the blank lines that close it, down to floor (the
// end of its first line at most): the blank line that separates the blocks of logcat's long format
// is no part of a block's message. raw itself keeps them.
func trimBlankTail(raw []byte, floor int32) int32 {
	end := int32(len(raw))
	for end > floor && (raw[end-1] == '\n' || raw[end-1] == '\r' || raw[end-1] == ' ' || raw[end-1] == '\t') {
		end--
	}
	return end
}

// DropBefore removes the entries whose own time is known and before t (Unix nanoseconds), keeping
// the order of the rest. An entry without a time of its own is kept: its estimate is no evidence
// that it is old.
func (b *Batch) DropBefore(t int64) { b.DropBeforeUntil(t, math.MaxInt64) }

// DropBeforeUntil is DropBefore for the items that start before the byte offset until alone.
func (b *Batch) DropBeforeUntil(t, until int64) {
	kept, scans := b.Items[:0], b.scans[:0]
	for i, it := range b.Items {
		if it.Time == 0 || it.Time >= t || it.Offset >= until {
			kept = append(kept, it)
			if i < len(b.scans) {
				scans = append(scans, b.scans[i])
			}
		}
	}
	b.Items, b.scans = kept, scans
}

// Entry materializes item i with strings of its own, valid after the batch is reused.
func (b *Batch) Entry(i int) Entry {
	e := b.Peek(i)
	e.Host, e.Message, e.Raw = strings.Clone(e.Host), strings.Clone(e.Message), strings.Clone(e.Raw)
	return e
}

// Peek is Entry without copying: its strings alias the batch's memory and are valid only until
// the batch is next reset or added to. It is for consumers that encode or test an entry at once.
func (b *Batch) Peek(i int) Entry {
	var e Entry
	b.PeekInto(i, &e)
	return e
}

// PeekInto is Peek into e, which a consumer of many entries reuses: filling it field by field
// is cheaper than copying a whole Entry into it, which took a tenth of the raw output's time.
func (b *Batch) PeekInto(i int, e *Entry) {
	it := &b.Items[i]
	e.Seq = 0
	e.Time, e.Estimated, e.Level, e.Format, e.Source = it.Time, it.Estimate(), it.Level, it.Format, b.Source
	e.Host = alias(it.Host.Of(b.Data))
	e.Message = alias(it.Message.Of(b.Data))
	e.Raw = alias(it.Raw.Of(b.Data))
	e.Offset, e.Truncated, e.NoNewline, e.Size = it.Offset, it.Truncated, it.NoNewline, it.Size
	e.scan = nil
	if i < len(b.scans) && b.scans[i].format != FormatText {
		e.scan = &b.scans[i]
	}
}

// alias views b as a string without copying; the caller guarantees b is not modified while the
// string is in use.
func alias(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
