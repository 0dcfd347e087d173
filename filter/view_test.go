package filter

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

var words = strings.Fields("GET POST user login failed timeout db query slow Error warn cache hit miss " +
	"request id=42 status=500 payment retry kafka consumer lag 127.0.0.1 /api/v1/orders café")

// randomSource produces entries for a few sources, each with its own non-decreasing clock, so
// that batches interleave in the timeline and sometimes arrive older than what is stored.
type randomSource struct {
	rng   *rand.Rand
	clock map[string]int64
}

func newRandomSource(seed uint64) *randomSource {
	return &randomSource{rng: rand.New(rand.NewPCG(seed, seed+1)), clock: map[string]int64{}}
}

func (g *randomSource) batch(n int) []ent {
	src := fmt.Sprintf("s%d.log", g.rng.IntN(4))
	out := make([]ent, n)
	for i := range out {
		g.clock[src] += int64(g.rng.IntN(50))
		var msg []string
		for range 1 + g.rng.IntN(6) {
			msg = append(msg, words[g.rng.IntN(len(words))])
		}
		if g.rng.IntN(10) == 0 {
			msg = append(msg, "\n\tat Main.run(Main.java:12)")
		}
		out[i] = ent{src, g.clock[src], parse.Level(g.rng.IntN(parse.NumLevels)), fmt.Sprintf("h%d", g.rng.IntN(3)), strings.Join(msg, " ")}
	}
	return out
}

var randomQueries = []Query{
	search(""), search("e"), search("usr"), search("user lo"), search("'fail"), search("!get"),
	search("^get | ^post"), search("lag$"), search("/status=\\d+/"), search("level:>=warn"),
	search("source:s1 | source:s2"), search("host:h1 cache"), search("Error"), search("main.java"),
	search("zzzz"), search("café"), search("!level:unknown !'slow"),
	{Levels: levels(parse.Error, parse.Warn, parse.Unknown)},
	{Levels: AllLevels(), Sources: []bool{true, false, true}},
}

func TestEvaluateEqualsReference(t *testing.T) {
	r := ring.New(ring.Options{})
	g := newRandomSource(1)
	for range 300 {
		fill(r, g.batch(1+g.rng.IntN(60))...)
	}
	s := r.Snapshot()
	for _, q := range randomQueries {
		t.Run(q.Search, func(t *testing.T) {
			m := mustCompile(t, q)
			want := reference(s, m)
			var partial [][]uint64
			v, err := Evaluate(context.Background(), s, m, nil, func(p *View) { partial = append(partial, seqs(p)) })
			if err != nil {
				t.Fatal(err)
			}
			got := seqs(v)
			if !slices.Equal(got, want) {
				t.Fatalf("Evaluate found %d, reference %d", len(got), len(want))
			}
			for _, p := range partial {
				if len(p) == 0 || len(p) > len(got) || !slices.Equal(got[len(got)-len(p):], p) {
					t.Fatalf("progress gave %d seqs that are not the newest matches", len(p))
				}
			}
			checkIndex(t, s, v)
		})
	}
}

// checkIndex verifies Index for every held entry: walking the timeline and the view together,
// an entry's position is the number of matches before it.
func checkIndex(t *testing.T, s *ring.Snapshot, v *View) {
	t.Helper()
	want := 0
	for _, c := range s.Timeline() {
		for _, k := range c {
			if k.Seq < s.First() {
				continue
			}
			for want < v.Len() && s.Key(v.At(want)).Compare(k) < 0 {
				want++
			}
			if got := v.Index(k.Seq); got != want {
				t.Fatalf("Index(%d) = %d, want %d", k.Seq, got, want)
			}
		}
	}
}

// Refining a previous view (typing one more character, turning a level off) gives the same result
// as evaluating from scratch, also when entries arrived in between.
func TestEvaluateRefinesPrev(t *testing.T) {
	r := ring.New(ring.Options{MaxEntries: 3000})
	g := newRandomSource(2)
	steps := []Query{search("u"), search("us"), search("use"), search("user"), search("user l"), search("user l"),
		{Levels: levels(parse.Info, parse.Error), Search: "user l"}, {Levels: levels(parse.Error), Search: "user l"}}
	var prev *View
	for i, q := range steps {
		for range 10 {
			fill(r, g.batch(1+g.rng.IntN(40))...)
		}
		s := r.Snapshot()
		m := mustCompile(t, q)
		if i > 0 && !m.Narrows(prev.Matcher()) {
			t.Fatalf("step %d (%q) should narrow", i, q.Search)
		}
		v, err := Evaluate(context.Background(), s, m, prev, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := seqs(v), reference(s, m); !slices.Equal(got, want) {
			t.Fatalf("step %d (%q): refined %d, reference %d", i, q.Search, len(got), len(want))
		}
		prev = v
	}
}

// Update after appends (in and out of timeline order) and evictions equals a fresh Evaluate, and
// every older View still reads as it did, including siblings derived from the same parent.
func TestUpdateEqualsEvaluate(t *testing.T) {
	for _, q := range []Query{search(""), search("er"), search("'user"), {Levels: levels(parse.Warn)}} {
		t.Run(q.Search, func(t *testing.T) {
			r := ring.New(ring.Options{MaxEntries: 2000})
			g := newRandomSource(3)
			m := mustCompile(t, q)
			v, _ := Evaluate(context.Background(), r.Snapshot(), m, nil, nil)
			type kept struct {
				v    *View
				seqs []uint64
			}
			var old []kept
			for range 200 {
				fill(r, g.batch(1+g.rng.IntN(80))...)
				s := r.Snapshot()
				sibling := v.Update(s)
				v = v.Update(s)
				want := reference(s, m)
				for _, w := range []*View{v, sibling} {
					if got := seqs(w); !slices.Equal(got, want) {
						t.Fatalf("updated view has %d, reference %d (first %d)", len(got), len(want), s.First())
					}
				}
				if v.Version() != s.Version() {
					t.Fatalf("version %d, want %d", v.Version(), s.Version())
				}
				old = append(old, kept{v, want}, kept{sibling, want})
			}
			for i, k := range old {
				if got := seqs(k.v); !slices.Equal(got, k.seqs) {
					t.Fatalf("view %d changed after later updates", i)
				}
			}
		})
	}
}

func TestEvaluateCancel(t *testing.T) {
	r := ring.New(ring.Options{})
	g := newRandomSource(4)
	for range 2000 {
		fill(r, g.batch(100)...)
	}
	s := r.Snapshot()
	m := mustCompile(t, search("user lo"))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Evaluate(ctx, s, m, nil, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled before: err %v", err)
	}

	// Cancelling from the progress callback stops the parallel pass.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	called := false
	v, err := Evaluate(ctx, s, m, nil, func(*View) { called = true; cancel() })
	if !called || err != context.Canceled || v != nil {
		t.Fatalf("cancelled during: progress %v, view %v, err %v", called, v, err)
	}

	// A deadline that passes mid-scan is reported as such.
	ctx, cancel2 := context.WithTimeout(context.Background(), time.Microsecond)
	defer cancel2()
	if _, err := Evaluate(ctx, s, mustCompile(t, search("/u.*s.*e.*r.*x/")), nil, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("deadline: err %v", err)
	}
}

func TestViewEdges(t *testing.T) {
	var nilView *View
	if nilView.Len() != 0 || nilView.Version() != 0 || nilView.Index(3) != 0 || nilView.Matcher() != nil || nilView.Update(nil) != nil {
		t.Fatal("a nil view is empty")
	}
	r := newRing(table...)
	s := r.Snapshot()
	v, err := Evaluate(context.Background(), s, mustCompile(t, search("get")), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.At(-1) != NoSeq || v.At(v.Len()) != NoSeq || v.Index(1000) != v.Len() {
		t.Fatal("out-of-range positions and seqs")
	}
	if v.Update(s) != v {
		t.Fatal("updating to the same snapshot is free")
	}
	if _, err := Evaluate(context.Background(), nil, nil, nil, nil); err == nil {
		t.Fatal("nil snapshot and matcher are an error, not a panic")
	}
}

// Readers of a View see no writes while newer Views are derived from it (run with -race).
func TestViewsAreImmutableUnderConcurrentReaders(t *testing.T) {
	r := ring.New(ring.Options{MaxEntries: 4000})
	g := newRandomSource(5)
	fill(r, g.batch(500)...)
	v, err := Evaluate(context.Background(), r.Snapshot(), mustCompile(t, search("e")), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := seqs(v)
	done := make(chan struct{})
	errs := make(chan error, 1)
	go func() {
		defer close(errs)
		for {
			select {
			case <-done:
				return
			default:
			}
			if got := seqs(v); !slices.Equal(got, want) {
				errs <- fmt.Errorf("a held view changed: %d seqs, want %d", len(got), len(want))
				return
			}
		}
	}()
	w := v
	for range 100 {
		fill(r, g.batch(1+g.rng.IntN(50))...)
		s := r.Snapshot()
		_ = v.Update(s) // siblings of w, from the same parent
		w = w.Update(s)
	}
	close(done)
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
}

// A prev View computed on a newer snapshot than the one given still yields only held entries.
func TestEvaluateWithNewerPrev(t *testing.T) {
	r := ring.New(ring.Options{})
	g := newRandomSource(6)
	fill(r, g.batch(100)...)
	old := r.Snapshot()
	fill(r, g.batch(100)...)
	for _, q := range []Query{search(""), search("e")} {
		m := mustCompile(t, q)
		prev, _ := Evaluate(context.Background(), r.Snapshot(), m, nil, nil)
		v, err := Evaluate(context.Background(), old, mustCompile(t, q), prev, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := seqs(v), reference(old, m); !slices.Equal(got, want) {
			t.Fatalf("%q: got %d, want %d", q.Search, len(got), len(want))
		}
	}
}

// A view computed while a line without its newline was in the ring drops that entry once the
// completed one replaces it, whether it is updated or refined; it matches a fresh evaluation.
func TestViewsDropReplacedEntries(t *testing.T) {
	r := ring.New(ring.Options{})
	fill(r, ent{src: "a.log", sort: 10, level: parse.Info, msg: "started"})
	partial := &parse.Batch{Source: "a.log"}
	partial.Add([]byte("h panic: out of mem"), 0, 20, parse.Record{Time: 20, Level: parse.Error, Message: parse.Span{Start: 2, End: 19}}, false)
	partial.Items[0].NoNewline, partial.Items[0].Open = true, true
	r.Append(partial)
	all := mustCompile(t, search(""))
	v, _ := Evaluate(context.Background(), r.Snapshot(), all, nil, nil)
	if v.Len() != 2 {
		t.Fatalf("view of %d entries, want 2", v.Len())
	}
	completed := &parse.Batch{Source: "a.log"}
	completed.Add([]byte("h panic: out of memory"), 0, 20, parse.Record{Time: 20, Level: parse.Error, Message: parse.Span{Start: 2, End: 22}}, false)
	completed.Items[0].Replaces = true
	r.Append(completed)
	s := r.Snapshot()
	fresh, _ := Evaluate(context.Background(), s, all, nil, nil)
	narrower := mustCompile(t, search("panic"))
	refined, _ := Evaluate(context.Background(), s, narrower, v, nil)
	for name, got := range map[string][]uint64{"updated": seqs(v.Update(s)), "fresh": seqs(fresh)} {
		if want := reference(s, all); !slices.Equal(got, want) || slices.Contains(got, 1) {
			t.Errorf("%s view %v, want %v without the replaced entry 1", name, got, want)
		}
	}
	if got, want := seqs(refined), reference(s, narrower); !slices.Equal(got, want) || slices.Contains(got, 1) {
		t.Errorf("refined view %v, want %v", got, want)
	}
}
