package filter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// ent describes one test entry. Its raw text is "host message", with continuation lines after
// a '\n' that the batch folds into the message, as it does for a stack trace.
type ent struct {
	src   string
	sort  int64
	level parse.Level
	host  string
	msg   string
}

// fill appends ents to r, one batch per run of entries from the same source, built with
// Batch.Add and hand-made parse.Record spans as a parser would produce them.
func fill(r *ring.Ring, ents ...ent) {
	var b *parse.Batch
	flush := func() {
		if b != nil {
			r.Append(b)
		}
	}
	for _, e := range ents {
		if b == nil || b.Source != e.src {
			flush()
			b = &parse.Batch{Source: e.src}
		}
		raw := e.host + " " + e.msg
		firstEnd := len(raw)
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			firstEnd = i
		}
		rec := parse.Record{
			Time: e.sort, Level: e.level,
			Host:    parse.Span{End: int32(len(e.host))},
			Message: parse.Span{Start: int32(len(e.host) + 1), End: int32(firstEnd)},
		}
		b.Add([]byte(raw), 0, e.sort, rec, false)
	}
	flush()
}

// newRing returns a ring holding ents.
func newRing(ents ...ent) *ring.Ring {
	r := ring.New(ring.Options{})
	fill(r, ents...)
	return r
}

// seqs lists a view's seqs.
func seqs(v *View) []uint64 {
	out := make([]uint64, v.Len())
	for i := range out {
		out[i] = v.At(i)
	}
	return out
}

// reference lists the seqs of s that m matches, in timeline order, by testing every entry.
func reference(s *ring.Snapshot, m *Matcher) []uint64 {
	out := []uint64{}
	for _, c := range s.Timeline() {
		for _, k := range c {
			if k.Seq >= s.First() && m.Match(s, k.Seq) {
				out = append(out, k.Seq)
			}
		}
	}
	return out
}

func mustCompile(t testing.TB, q Query) *Matcher {
	t.Helper()
	m, err := Compile(q)
	if err != nil {
		t.Fatalf("Compile(%q): %v", q.Search, err)
	}
	return m
}

func search(s string) Query { return Query{Levels: AllLevels(), Search: s} }

// describe renders compiled groups for the parsing table: terms joined by " | ", groups by " & ".
func describe(groups []group) string {
	var gs []string
	for _, g := range groups {
		var ts []string
		for _, t := range g {
			ts = append(ts, t.describe())
		}
		gs = append(gs, strings.Join(ts, " | "))
	}
	return strings.Join(gs, " & ")
}

func (t *term) describe() string {
	names := [...]string{"fuzzy", "exact", "prefix", "suffix", "equal", "regex", "level", "source", "host", "field"}
	s := names[t.kind]
	if t.neg {
		s = "!" + s
	}
	if !t.fold {
		s += "/case"
	}
	switch t.kind {
	case kindLevel:
		var ls []string
		for l, on := range t.levels {
			if on {
				ls = append(ls, parse.Level(l).String())
			}
		}
		return s + ":" + strings.Join(ls, ",")
	case kindField:
		return fmt.Sprintf("%s:%s=%s", s, t.key, t.text)
	}
	return s + ":" + t.text
}
