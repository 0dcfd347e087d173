package filter

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// procCounts are the processor counts the parallel tests compare: one goroutine alone, the
// caller and one helper, and more goroutines than this machine may have processors, so that
// chunks are taken in ever different orders.
var procCounts = []int{1, 2, 3, 8}

// withProcs runs fn with GOMAXPROCS set to n.
func withProcs(n int, fn func()) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(n))
	fn()
}

// bigRing holds enough entries of four sources and every level for Evaluate to share the scan
// out, with the oldest evicted, so that timeline chunks still list entries no longer held.
func bigRing(t *testing.T) *ring.Snapshot {
	t.Helper()
	r := ring.New(ring.Options{MaxEntries: 40_000})
	g := newRandomSource(5)
	for range 1_000 {
		fill(r, g.batch(1+g.rng.IntN(90))...)
	}
	s := r.Snapshot()
	if s.Evicted() == 0 || len(s.Timeline()) < 8 {
		t.Fatalf("ring too small: %d evicted, %d timeline chunks", s.Evicted(), len(s.Timeline()))
	}
	return s
}

// evaluation is what one Evaluate produced: the final view and the partial ones.
type evaluation struct {
	final   *View
	partial []*View
}

func evaluateAt(t *testing.T, procs int, s *ring.Snapshot, m *Matcher, prev *View) evaluation {
	t.Helper()
	var e evaluation
	var err error
	withProcs(procs, func() {
		e.final, err = Evaluate(context.Background(), s, m, prev, func(v *View) { e.partial = append(e.partial, v) })
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sameView reports whether two views are built alike: the same keys in the same chunks, with the
// same bookkeeping, so that every later Update of one equals that of the other.
func sameView(a, b *View) bool {
	return slices.EqualFunc(a.chunks, b.chunks, slices.Equal) && slices.Equal(a.mins, b.mins) &&
		slices.Equal(a.starts, b.starts) && a.next == b.next && a.hidden == b.hidden &&
		a.complete == b.complete && a.snap == b.snap && a.m == b.m
}

// An evaluation shared among goroutines gives the very view one goroutine computes alone, for
// every kind of query and for a narrowing one refined from its predecessor, and its partial view
// holds the newest matches, a screenful of them when there are that many.
func TestEvaluateSameOnAnyProcessorCount(t *testing.T) {
	s := bigRing(t)
	queries := []Query{
		search(""), search("usr"), search("user lo"), search("'fail"), search("'Error"), search("!get"),
		search("/status=\\d+/"), search("/^(GET|POST) .*lag$/"), search("level:>=warn"),
		search("source:s1 | source:s2"), search("host:h1 cache"), search("café"), search("zzzz"),
		{Levels: levels(parse.Error, parse.Warn, parse.Unknown)},
		{Levels: AllLevels(), Sources: []bool{true, false, true}},
	}
	for _, q := range queries {
		t.Run(q.Search, func(t *testing.T) {
			m := mustCompile(t, q)
			want := evaluateAt(t, 1, s, m, nil)
			if got, ref := seqs(want.final), reference(s, m); !slices.Equal(got, ref) {
				t.Fatalf("one goroutine found %d, reference %d", len(got), len(ref))
			}
			for _, procs := range procCounts[1:] {
				got := evaluateAt(t, procs, s, m, nil)
				if !sameView(got.final, want.final) {
					t.Fatalf("%d processors: %d matches in %d chunks, one goroutine %d in %d",
						procs, got.final.Len(), len(got.final.chunks), want.final.Len(), len(want.final.chunks))
				}
				checkPartial(t, got, want.final)
			}
		})
	}

	// Typing a query one character at a time, then turning levels off, refines each view.
	steps := []Query{search("u"), search("us"), search("use"), search("user"), search("user l"),
		{Levels: levels(parse.Info, parse.Error), Search: "user l"}, {Levels: levels(parse.Error), Search: "user l"}}
	prev := map[int]*View{}
	for i, q := range steps {
		m := mustCompile(t, q)
		want := evaluateAt(t, 1, s, m, prev[1])
		if got, ref := seqs(want.final), reference(s, m); !slices.Equal(got, ref) {
			t.Fatalf("step %d (%q): refined %d, reference %d", i, q.Search, len(got), len(ref))
		}
		prev[1] = want.final
		for _, procs := range procCounts[1:] {
			got := evaluateAt(t, procs, s, m, prev[procs])
			if !sameView(got.final, want.final) {
				t.Fatalf("step %d (%q), %d processors: %d matches, one goroutine %d", i, q.Search, procs, got.final.Len(), want.final.Len())
			}
			checkPartial(t, got, want.final)
			prev[procs] = got.final
		}
	}
}

// checkPartial checks that an evaluation's partial views are suffixes of the final one, with a
// screenful of matches when the final view has that many and the budget allowed.
func checkPartial(t *testing.T, e evaluation, final *View) {
	t.Helper()
	all := seqs(final)
	for _, p := range e.partial {
		got := seqs(p)
		if p.complete || len(got) == 0 || !slices.Equal(all[len(all)-len(got):], got) {
			t.Fatalf("a partial view of %d is not the newest of the %d matches", len(got), len(all))
		}
	}
	if len(e.partial) > 1 {
		t.Fatalf("%d partial views, want at most one", len(e.partial))
	}
}

// A scan too small to share runs on the caller's goroutine alone.
func TestEvaluateSmallStaysOnCaller(t *testing.T) {
	if n := helpers(parallelKeys-1, 100); n != 0 {
		t.Fatalf("%d helpers for %d keys", n, parallelKeys-1)
	}
	withProcs(4, func() {
		if n := helpers(parallelKeys, 2); n != 1 {
			t.Fatalf("%d helpers for 2 chunks", n)
		}
		if n := helpers(10*parallelKeys, 100); n != 3 {
			t.Fatalf("%d helpers for 4 processors", n)
		}
	})
}

// Cancelling a shared evaluation, from its progress callback or by a deadline, returns the
// context's error, no view, and leaves no helper running.
func TestEvaluateCancelStopsHelpers(t *testing.T) {
	r := ring.New(ring.Options{})
	g := newRandomSource(6)
	for range 2_000 {
		fill(r, g.batch(100)...)
	}
	s := r.Snapshot()
	slow := mustCompile(t, search("/u.*s.*e.*r.*x/"))
	rare := mustCompile(t, search("'café 'kafka 'lag 'miss"))
	before := runtime.NumGoroutine()
	for _, procs := range procCounts {
		withProcs(procs, func() {
			// Rare matches: the caller scans several chunks for its screenful while the helpers
			// are under way. When they finish the rest first, as they may with more goroutines
			// than processors, no partial view is due and the try is repeated.
			called := false
			for try := 0; try < 20 && !called; try++ {
				ctx, cancel := context.WithCancel(context.Background())
				v, err := Evaluate(ctx, s, rare, nil, func(*View) { called = true; cancel() })
				cancel()
				if called && (!errors.Is(err, context.Canceled) || v != nil) {
					t.Fatalf("%d processors, cancelled in progress: view %v, err %v", procs, v != nil, err)
				}
			}
			if !called {
				t.Fatalf("%d processors: no partial view in 20 evaluations", procs)
			}

			ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
			v, err := Evaluate(ctx, s, slow, nil, nil)
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) || v != nil {
				t.Fatalf("%d processors, deadline: view %v, err %v", procs, v != nil, err)
			}
		})
	}
	// A helper signals its end just before it returns; give the runtime a moment to retire it.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after the cancelled evaluations, %d before", n, before)
	}
}
