package tail

import (
	"bytes"

	"github.com/trawl-dev/trawl/parse"
)

// maxJournalNames bounds the interned source names of a journal; past it a name is allocated
// each time the source changes, which only a journal of thousands of identifiers would see.
const maxJournalNames = 4096

// journalReader turns journalctl's output into batches: one JSON object a line, each entry under
// its SYSLOG_IDENTIFIER (or unit) as source name. It remembers the cursor of the last entry it
// delivered, so that a restarted journalctl goes on just after it.
type journalReader struct {
	s      *source
	out    output
	b      *parse.Batch
	p      parse.Journal
	names  map[string]string
	prefix string // before each source name: "HOST:" for a host's journal read over ssh
	max    int
	now    func() int64
	cursor []byte

	part     []byte // the start of a line whose newline has not come yet
	partOff  int64
	over     int64 // bytes of that line past max, skipped: part holds its first max bytes
	off      int64
	lastTime int64
	lastSort int64
}

func newJournalReader(s *source, opts Options, out output) *journalReader {
	return &journalReader{
		s: s, out: out, b: out.next(nil, s.name), names: map[string]string{},
		max: opts.MaxEntryBytes, now: func() int64 { return opts.Now().UnixNano() },
	}
}

// feed splits data into lines and adds an entry for each, then hands the batch on.
func (r *journalReader) feed(data []byte) {
	r.s.bytes.Add(int64(len(data)))
	var n int64
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			r.carry(data)
			break
		}
		seg := data[:i]
		if len(r.part) > 0 {
			if room := r.max - len(r.part); len(seg) > room {
				r.over += int64(len(seg) - room)
				seg = seg[:room]
			}
			r.part = append(r.part, seg...)
			r.add(r.part, r.partOff, int64(len(r.part))+r.over)
			r.part, r.over = r.part[:0], 0
		} else {
			r.add(seg[:min(len(seg), r.max)], r.off, int64(len(seg)))
		}
		n++
		data = data[i+1:]
		r.off += int64(i + 1)
	}
	r.s.lines.Add(n)
	r.s.live.Add(n)
	r.deliver()
}

// carry keeps the start of a line: up to max bytes of it, and the count of the rest.
func (r *journalReader) carry(data []byte) {
	if len(r.part) == 0 {
		r.partOff = r.off
	}
	r.off += int64(len(data))
	if room := r.max - len(r.part); len(data) > room {
		r.part = append(r.part, data[:room]...)
		r.over += int64(len(data) - room)
		return
	}
	r.part = append(r.part, data...)
}

// end closes a run of journalctl. A partial last line is added when journalctl ended well; after
// a failure it is dropped, and the restart reads that entry again after the last whole one.
func (r *journalReader) end(clean bool) {
	if clean && len(r.part) > 0 {
		r.add(r.part, r.partOff, int64(len(r.part))+r.over)
		r.s.lines.Add(1)
	}
	r.part, r.over = r.part[:0], 0
	r.deliver()
}

// add makes one entry of a journal line, which was size bytes long before it was cut to its
// first max bytes.
func (r *journalReader) add(line []byte, off, size int64) {
	truncated := size > int64(len(line))
	if truncated {
		line = parse.TrimPartialRune(line)
	}
	rec, _ := r.p.Parse(line)
	name := r.name(rec.Source)
	if r.b.Source != name {
		if r.b.Len() > 0 {
			r.b = r.out.next(r.b, name)
		}
		r.b.Source = name
	}
	// An entry without a time of its own keeps Time 0 and is placed, through its Sort, at the
	// previous entry's time (the journal is in time order), or at the time of reading.
	at := rec.Time
	switch {
	case at != 0:
		r.lastTime = at
	case r.lastTime != 0:
		at = r.lastTime
	default:
		at = r.now()
	}
	r.lastSort = max(r.lastSort, at)
	r.b.Add(line, off, r.lastSort, rec.Record, truncated)
	if truncated {
		r.b.Items[r.b.Len()-1].Size = size
	}
	if len(rec.Cursor) > 0 {
		r.cursor = append(r.cursor[:0], rec.Cursor...)
	}
}

// name interns the source name of an entry; entries with none are the journal's own.
func (r *journalReader) name(src []byte) string {
	if len(src) == 0 {
		return r.s.name
	}
	if n, ok := r.names[string(src)]; ok {
		return n
	}
	key := string(src)
	n := r.prefix + string(src)
	if len(r.names) < maxJournalNames {
		r.names[key] = n
	}
	return n
}

func (r *journalReader) deliver() {
	if r.b.Len() > 0 {
		r.b = r.out.next(r.b, r.b.Source)
	}
}
