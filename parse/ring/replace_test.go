package ring

import (
	"slices"
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// allKeys lists the seqs of a snapshot's timeline as stored, without filtering.
func allKeys(s *Snapshot) []uint64 {
	var out []uint64
	for _, c := range s.Timeline() {
		for _, k := range c {
			out = append(out, k.Seq)
		}
	}
	return out
}

func eachSeqs(s *Snapshot) []uint64 {
	var out []uint64
	s.Each(0, func(seq uint64) bool { out = append(out, seq); return true })
	return out
}

// A line let go without its newline, then completed: the completed entry takes its place in the
// timeline, Each, Has and Entry, and says which one it replaced. Another source's entries stay.
func TestReplacedEntryIsHidden(t *testing.T) {
	r := New(Options{})
	r.Append(batch("a.log", 10, 20))
	partial := batch("a.log", 30)
	partial.Items[0].NoNewline, partial.Items[0].Open = true, true
	r.Append(partial)
	r.Append(batch("b.log", 25))
	before := r.Snapshot()
	completed := batch("a.log", 30, 40)
	completed.Items[0].Replaces = true
	r.Append(completed)
	s := r.Snapshot()

	if got, want := allKeys(s), []uint64{0, 1, 3, 4, 5}; !slices.Equal(got, want) {
		t.Fatalf("timeline %v, want %v: the partial entry 2 out, b.log's 3 in", got, want)
	}
	if got, want := eachSeqs(s), []uint64{0, 1, 3, 4, 5}; !slices.Equal(got, want) {
		t.Fatalf("Each %v, want %v", got, want)
	}
	if s.Has(2) {
		t.Fatal("the replaced entry is still held")
	}
	if _, ok := s.Entry(2); ok {
		t.Fatal("the replaced entry can still be read")
	}
	if e, ok := before.Entry(2); !ok || !e.NoNewline {
		t.Fatalf("the older snapshot lost the partial entry or its mark: %+v", e)
	}
	if !slices.Contains(allKeys(before), 2) {
		t.Fatal("an older snapshot changed")
	}
	if s.Len() != 5 || before.Len() != 4 {
		t.Fatalf("Len %d (before %d): want the hidden entry not counted", s.Len(), before.Len())
	}
	var levels int
	for _, c := range s.LevelCounts() {
		levels += c
	}
	if levels != 5 {
		t.Fatalf("level counts sum to %d, want 5", levels)
	}
	if keys, total := s.Hidden(0); total != 1 || len(keys) != 1 || keys[0].Seq != 2 {
		t.Fatalf("Hidden = %v, %d", keys, total)
	}
}

// A completion in the same batch as the partial line, and a Replaces without an open entry.
func TestReplacedWithinABatch(t *testing.T) {
	r := New(Options{})
	b := batch("a.log", 10, 10)
	b.Items[0].NoNewline, b.Items[0].Open = true, true
	b.Items[1].Replaces = true
	r.Append(b)
	stray := batch("a.log", 20)
	stray.Items[0].Replaces = true // nothing open: nothing hidden
	r.Append(stray)
	if got, want := allKeys(r.Snapshot()), []uint64{1, 2}; !slices.Equal(got, want) {
		t.Fatalf("timeline %v, want %v", got, want)
	}
}

// An entry handed over open that comes again unchanged (no line continued it) is not stored a
// second time: the open one stands, complete, and a later entry of its source replaces nothing.
func TestUnchangedOpenEntryStands(t *testing.T) {
	r := New(Options{})
	open := batch("a.log", 10)
	open.Items[0].Open = true
	r.Append(open) // seq 0
	same := batch("a.log", 10)
	same.Items[0].Replaces = true
	r.Append(same)
	later := batch("a.log", 20)
	later.Items[0].Replaces = true // nothing open any more: nothing hidden
	r.Append(later)                // seq 1
	s := r.Snapshot()
	if got, want := allKeys(s), []uint64{0, 1}; !slices.Equal(got, want) || s.Len() != 2 || s.Successor(0) != 0 {
		t.Fatalf("timeline %v (Len %d, Successor(0) %d), want %v: the open entry kept, its copy not stored", got, s.Len(), s.Successor(0), want)
	}
}

// A replacement that did not begin where the source's open entry did (the entry of another file
// the source reads, a rotated one) hides nothing: the open entry stays.
func TestReplacementOfAnotherOffsetHidesNothing(t *testing.T) {
	r := New(Options{})
	open := batch("a.log", 10)
	open.Items[0].Open = true
	r.Append(open) // seq 0, offset 0
	other := batch("a.log", 5, 20)
	other.Items = other.Items[1:] // offset 100
	other.Items[0].Replaces = true
	r.Append(other) // seq 1
	if got := allKeys(r.Snapshot()); !slices.Equal(got, []uint64{0, 1}) {
		t.Fatalf("timeline %v, want both entries: the open one is not the one replaced", got)
	}
}

// A host that is not part of the line (filled in by the source) is kept.
func TestHostOutsideTheLine(t *testing.T) {
	b := &parse.Batch{Source: "web1:/var/log/app.log"}
	b.Add([]byte("GET / 200"), 0, 10, parse.Record{Time: 10, Message: parse.Span{End: 9}}, false)
	start := int32(len(b.Data))
	b.Data = append(b.Data, "web1"...)
	b.Items[0].Host = parse.Span{Start: start, End: start + 4}
	r := New(Options{})
	r.Append(b)
	if e, ok := r.Snapshot().Entry(0); !ok || e.Host != "web1" || e.Raw != "GET / 200" {
		t.Fatalf("entry %+v: want host web1 kept beside the line", e)
	}
}

// An entry replaced twice over stands for its last replacement; an entry never replaced stands
// for itself.
func TestSuccessorFollowsReplacements(t *testing.T) {
	r := New(Options{})
	r.Append(batch("a.log", 10))
	open := batch("a.log", 20)
	open.Items[0].Open = true
	r.Append(open)                  // seq 1
	again := batch("a.log", 20, 21) // the open entry with a line more
	again.Items = again.Items[1:]
	again.Items[0].Offset = 0
	again.Items[0].Replaces, again.Items[0].Open = true, true
	r.Append(again) // seq 2 replaces 1
	done := batch("a.log", 20, 22)
	done.Items = done.Items[1:]
	done.Items[0].Offset = 0
	done.Items[0].Replaces = true
	r.Append(done) // seq 3 replaces 2
	s := r.Snapshot()
	for seq, want := range map[uint64]uint64{0: 0, 1: 3, 2: 3, 3: 3} {
		if got := s.Successor(seq); got != want {
			t.Errorf("Successor(%d) = %d, want %d", seq, got, want)
		}
	}
}
