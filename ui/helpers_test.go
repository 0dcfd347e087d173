package ui

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// t0 is the fixed clock of every test: 2026-03-01 12:00:00 UTC.
var fixedZone = time.FixedZone("EET", 2*3600)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// entry describes one test entry.
type entry struct {
	src   string
	at    time.Duration // after t0
	level parse.Level
	msg   string
	host  string
	// untimed stores the entry without a time of its own, placed at t0+at by an estimate.
	untimed bool
}

// fillRing appends the entries, one batch per source run, as a tailer would.
func fillRing(t testing.TB, r *ring.Ring, es []entry) {
	t.Helper()
	for _, e := range es {
		b := &parse.Batch{Source: e.src}
		raw := e.host + " " + e.msg
		start := int32(len(e.host) + 1)
		ts := t0.Add(e.at).UnixNano()
		rec := parse.Record{Time: ts, Level: e.level, Format: parse.FormatText,
			Host: parse.Span{Start: 0, End: int32(len(e.host))}, Message: parse.Span{Start: start, End: int32(len(raw))}}
		if e.host == "" {
			raw = e.msg
			rec.Host = parse.Span{}
			rec.Message = parse.Span{Start: 0, End: int32(len(raw))}
		}
		if e.untimed {
			rec.Time = 0
		}
		b.Add([]byte(raw), 0, ts, rec, false)
		r.Append(b)
	}
}

// manyEntries returns n entries over sources a.log, b.log and c.log, one second apart, with
// levels cycling through info, warn, error and debug.
func manyEntries(n int) []entry {
	levels := []parse.Level{parse.Info, parse.Warn, parse.Error, parse.Debug}
	srcs := []string{"a.log", "b.log", "c.log"}
	es := make([]entry, n)
	for i := range es {
		es[i] = entry{src: srcs[i%3], at: time.Duration(i) * time.Second, level: levels[i%4], msg: fmt.Sprintf("message number %d", i)}
	}
	return es
}

// allRows lists every entry of a snapshot in timeline order; it stands in for a filter view that
// matches everything.
type allRows struct{ keys []ring.Key }

func newAllRows(s *ring.Snapshot) allRows {
	var keys []ring.Key
	for _, c := range s.Timeline() {
		for _, k := range c {
			if s.Has(k.Seq) {
				keys = append(keys, k)
			}
		}
	}
	return allRows{keys}
}

func (a allRows) Len() int        { return len(a.keys) }
func (a allRows) At(i int) uint64 { return a.keys[i].Seq }
func (a allRows) Index(seq uint64) int {
	i := slices.IndexFunc(a.keys, func(k ring.Key) bool { return k.Seq == seq })
	if i < 0 {
		return 0
	}
	return i
}
