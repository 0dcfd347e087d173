package ring

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"unsafe"

	"github.com/trawl-dev/trawl/parse"
)

// batch builds a batch of single-line entries whose message is the whole line.
func batch(source string, times ...int64) *parse.Batch {
	b := &parse.Batch{Source: source}
	for i, t := range times {
		line := fmt.Sprintf("%s line %d at %d", source, i, t)
		rec := parse.Record{Time: t, Level: parse.Level(i % parse.NumLevels), Message: parse.Span{End: int32(len(line))}}
		b.Add([]byte(line), int64(i*100), t, rec, false)
	}
	return b
}

// timelineSeqs lists the live seqs of a snapshot in timeline order.
func timelineSeqs(s *Snapshot) []uint64 {
	var out []uint64
	for _, c := range s.Timeline() {
		for _, k := range c {
			if k.Seq >= s.First() && s.Has(k.Seq) {
				out = append(out, k.Seq)
			}
		}
	}
	return out
}

func TestAppendAndRead(t *testing.T) {
	r := New(Options{})
	r.Append(batch("a.log", 10, 20, 30))
	s := r.Snapshot()
	if s.Len() != 3 || s.First() != 0 || s.Next() != 3 {
		t.Fatalf("len %d first %d next %d, want 3 0 3", s.Len(), s.First(), s.Next())
	}
	e, ok := s.Entry(1)
	if !ok || e.Message != "a.log line 1 at 20" || e.Raw != e.Message || e.Source != "a.log" || e.Time != 20 || e.Offset != 100 || e.Level != parse.Trace {
		t.Fatalf("entry 1 = %+v", e)
	}
	if _, ok := s.Entry(3); ok {
		t.Fatal("seq 3 is not held")
	}
	if got := s.LevelCounts(); got[parse.Unknown] != 1 || got[parse.Trace] != 1 || got[parse.Debug] != 1 {
		t.Fatalf("level counts %v", got)
	}
}

func TestMessageOutsideRawAndHost(t *testing.T) {
	b := &parse.Batch{Source: "j"}
	raw := []byte(`{"msg":"a\"b","host":"web1"}`)
	b.Add(raw, 0, 5, parse.Record{Time: 5, Host: parse.Span{Start: 22, End: 26}, Unescaped: []byte(`a"b`)}, false)
	r := New(Options{})
	r.Append(b)
	e, _ := r.Snapshot().Entry(0)
	if e.Message != `a"b` || e.Host != "web1" || e.Raw != string(raw) {
		t.Fatalf("entry = %+v", e)
	}
}

// An entry without a time of its own is stored with time 0; its Sort is the estimate that placed it.
func TestEstimatedTime(t *testing.T) {
	b := &parse.Batch{Source: "history.log"}
	b.Add([]byte("own"), 0, 7, parse.Record{Time: 7, Message: parse.Span{End: 3}}, false)
	b.Add([]byte("none"), 4, 9, parse.Record{Message: parse.Span{End: 4}}, false)
	r := New(Options{})
	r.Append(b)
	s := r.Snapshot()
	own, _ := s.Entry(0)
	none, _ := s.Entry(1)
	if own.Time != 7 || own.Estimated != 0 || s.Estimated(0) != 0 {
		t.Errorf("entry with its own time: time %d, estimated %d", own.Time, own.Estimated)
	}
	if none.Time != 0 || none.Estimated != 9 || s.Time(1) != 0 || s.Estimated(1) != 9 {
		t.Errorf("entry without: time %d, estimated %d", none.Time, none.Estimated)
	}
}

func TestTimelineMergesSourcesByTime(t *testing.T) {
	r := New(Options{})
	r.Append(batch("a", 10, 30, 50))
	r.Append(batch("b", 20, 40, 60))
	r.Append(batch("c", 5, 55))
	s := r.Snapshot()
	var times []int64
	for _, seq := range timelineSeqs(s) {
		times = append(times, s.Time(seq))
	}
	if want := []int64{5, 10, 20, 30, 40, 50, 55, 60}; !slices.Equal(times, want) {
		t.Fatalf("timeline times %v, want %v", times, want)
	}
}

// A snapshot stays as it was while the writer goes on appending and evicting.
func TestSnapshotIsImmutable(t *testing.T) {
	r := New(Options{MaxEntries: 64})
	r.Append(batch("a", 1, 2, 3))
	s := r.Snapshot()
	before := timelineSeqs(s)
	for i := range 100 {
		r.Append(batch("b", int64(i), int64(i)+1))
	}
	if got := timelineSeqs(s); !slices.Equal(got, before) || s.Len() != 3 {
		t.Fatalf("old snapshot changed: %v, want %v", got, before)
	}
	if e, _ := s.Entry(0); e.Message != "a line 0 at 1" {
		t.Fatalf("old snapshot entry changed: %q", e.Message)
	}
}

func TestEvictsOldestByCount(t *testing.T) {
	r := New(Options{MaxEntries: 100})
	for i := range 1000 {
		r.Append(batch("a", int64(i)))
	}
	s := r.Snapshot()
	if s.Len() > 100 || s.Len() < 100-(1<<r.segShift) {
		t.Fatalf("len %d, want about 100", s.Len())
	}
	if s.Evicted()+uint64(s.Len()) != 1000 {
		t.Fatalf("evicted %d + held %d != 1000", s.Evicted(), s.Len())
	}
	seqs := timelineSeqs(s)
	if len(seqs) != s.Len() {
		t.Fatalf("timeline lists %d entries, ring holds %d", len(seqs), s.Len())
	}
	if last, _ := s.Entry(seqs[len(seqs)-1]); last.Time != 999 {
		t.Fatalf("newest entry time %d, want 999", last.Time)
	}
}

// Holds is a promise: whatever the appends, at least that many of the newest entries stay.
func TestHoldsTheNewestItSays(t *testing.T) {
	for _, maxEntries := range []int{1, 7, 100, 10_000} {
		r := New(Options{MaxEntries: maxEntries})
		holds := r.Holds()
		if holds < 1 || holds > maxEntries {
			t.Fatalf("MaxEntries %d: Holds %d", maxEntries, holds)
		}
		appended := 0
		for i := range 3 * maxEntries {
			r.Append(batch("a", int64(i)))
			appended++
			if s := r.Snapshot(); s.Len() < min(holds, appended) {
				t.Fatalf("MaxEntries %d: %d entries held after %d appends, Holds says %d", maxEntries, s.Len(), appended, holds)
			}
		}
	}
}

func TestEvictsByMemory(t *testing.T) {
	const maxBytes = 4 << 20
	r := New(Options{MaxBytes: maxBytes})
	line := make([]byte, 10_000)
	for i := range line {
		line[i] = 'x'
	}
	for i := range 2000 {
		b := &parse.Batch{Source: "big"}
		b.Add(line, int64(i), int64(i), parse.Record{Message: parse.Span{End: int32(len(line))}}, false)
		r.Append(b)
	}
	s := r.Snapshot()
	if s.Bytes() > maxBytes {
		t.Fatalf("ring charges %d bytes, bound is %d", s.Bytes(), maxBytes)
	}
	if s.Len() < 100 {
		t.Fatalf("ring kept only %d entries of 10 kB in 4 MiB", s.Len())
	}
	// Seqs skip at early-closed segments; Each visits exactly the held ones.
	n := 0
	s.Each(0, func(seq uint64) bool { n++; return s.Has(seq) })
	if n != s.Len() {
		t.Fatalf("Each visited %d, ring holds %d", n, s.Len())
	}
}

// Randomized interleavings of sources with out-of-order batches keep the timeline sorted and complete.
func TestTimelineRandomized(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r := New(Options{MaxEntries: 20_000})
	clock := map[string]int64{}
	for range 3000 {
		src := fmt.Sprintf("s%d", rng.IntN(5))
		n := 1 + rng.IntN(20)
		times := make([]int64, n)
		for i := range times {
			clock[src] += int64(rng.IntN(1000))
			times[i] = clock[src]
		}
		r.Append(batch(src, times...))
	}
	s := r.Snapshot()
	seqs := timelineSeqs(s)
	if len(seqs) != s.Len() {
		t.Fatalf("timeline has %d live keys, ring holds %d", len(seqs), s.Len())
	}
	keys := make([]Key, len(seqs))
	for i, seq := range seqs {
		keys[i] = s.Key(seq)
	}
	if !slices.IsSortedFunc(keys, Key.Compare) {
		t.Fatal("timeline is not sorted")
	}
}

// Run with -race: readers walk snapshots while a writer appends and evicts.
func TestConcurrentReadersAndWriter(t *testing.T) {
	r := New(Options{MaxEntries: 5000})
	var wg sync.WaitGroup
	done := make(chan struct{})
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				case <-r.Changed():
				}
				s := r.Snapshot()
				for _, seq := range timelineSeqs(s) {
					if e, ok := s.Entry(seq); !ok || e.Message == "" {
						t.Errorf("seq %d unreadable", seq)
						return
					}
				}
			}
		})
	}
	for i := range 2000 {
		r.Append(batch(fmt.Sprintf("s%d", i%3), int64(i), int64(i)+1, int64(i)+2))
	}
	close(done)
	wg.Wait()
}

// Source ids never wrap: past 65,536 sources over a long run every entry still names its own.
func TestManySourcesKeepTheirNames(t *testing.T) {
	const n = 70_000
	r := New(Options{})
	for i := 0; i < n; i++ {
		r.Append(batch(fmt.Sprintf("src-%d.log", i), int64(i+1)))
	}
	s := r.Snapshot()
	for _, i := range []int{0, 65_535, 65_536, 65_537, n - 1} {
		e, ok := s.Entry(s.First() + uint64(i))
		if want := fmt.Sprintf("src-%d.log", i); !ok || e.Source != want {
			t.Errorf("entry %d: source %q, want %q", i, e.Source, want)
		}
	}
	if size := unsafe.Sizeof(rec{}); size != 56 {
		t.Errorf("an entry's record is %d bytes; the ring's memory figures assume 56", size)
	}
}

// An entry's sketch holds its level, the letters of its message and the pairs of letters next to
// each other in it, whatever their case; bytes of 0x80 and above mark it non-ASCII.
func TestSketch(t *testing.T) {
	b := &parse.Batch{Source: "s"}
	for _, line := range []string{"prefix: Hello, World_z", "prefix: naïve [x]", "prefix: 0123 {|}~`@"} {
		b.Add([]byte(line), 0, 1, parse.Record{Level: parse.Warn, Message: parse.Span{Start: 8, End: int32(len(line))}}, false)
	}
	r := New(Options{})
	r.Append(b)
	s := r.Snapshot()
	letters := func(text string) uint32 {
		var m uint32
		for i := range len(text) {
			m |= LetterBit(text[i])
		}
		return m
	}
	pairs := func(words ...string) uint32 {
		var m uint32
		for _, w := range words {
			for i := 1; i < len(w); i++ {
				m |= PairBit(w[i-1], w[i])
			}
		}
		return m
	}
	for i, want := range []struct {
		letters string
		pairs   uint32
		ascii   bool
	}{{"helowrdz", pairs("hello", "world"), true}, {"navex", pairs("na", "ve"), false}, {"", 0, true}} {
		k := s.Sketch(s.First() + uint64(i))
		if k.Level() != parse.Warn || k.Letters() != letters(want.letters) || k.Pairs() != want.pairs || k.ASCII() != want.ascii {
			t.Errorf("entry %d: sketch %064b, want level warn, letters of %q, pairs %032b, ASCII %v", i, k, want.letters, want.pairs, want.ascii)
		}
	}
	if PairBit('D', 'l') != PairBit('d', 'L') || PairBit('d', 'l') == 0 || PairBit('d', '_') != 0 || PairBit('[', 'a') != 0 {
		t.Error("PairBit does not take two ASCII letters alone, in either case")
	}
	if k := s.Sketch(s.Next()); k != 0 {
		t.Errorf("an entry not held has sketch %064b", k)
	}
	if LetterBit('P') != LetterBit('p') || LetterBit('p') == 0 || LetterBit('@') != 0 || LetterBit('[') != 0 {
		t.Error("LetterBit does not fold ASCII letters alone")
	}
}
