package ring

import (
	"fmt"
	"runtime"
	"testing"
	"unsafe"

	"github.com/trawl-dev/trawl/parse"
)

// footprint measures what the ring's structures hold, from the structures themselves rather than
// from the ring's running charge: record arrays, arena chunks (a chunk two segments share counted
// once), segments, the timeline index's chunks and pending keys, and source names.
func (r *Ring) footprint() int64 {
	var n int64
	arena := map[*byte]bool{}
	for _, seg := range r.segs {
		n += int64(cap(seg.recs))*int64(unsafe.Sizeof(rec{})) + int64(unsafe.Sizeof(*seg))
		n += int64(cap(seg.sketches)) * int64(unsafe.Sizeof(Sketch(0)))
		for _, c := range seg.chunks {
			if p := unsafe.SliceData(c); !arena[p] {
				arena[p] = true
				n += int64(cap(c))
			}
		}
	}
	keyBytes := int64(unsafe.Sizeof(Key{}))
	for _, c := range r.timeline.chunks {
		n += int64(cap(c)) * keyBytes
	}
	n += int64(cap(r.timeline.pending)) * keyBytes
	for _, s := range r.sources {
		n += int64(len(s))
	}
	return n
}

// tinyFill appends n one-byte entries in batches of 512, as a tailer reading a file of short
// lines would, reusing one batch; check runs after every batch.
func tinyFill(r *Ring, b *parse.Batch, n int, check func()) {
	line := []byte("x")
	rec := parse.Record{Level: parse.Info, Message: parse.Span{End: 1}}
	for i := 0; i < n; {
		b.Reset()
		for j := 0; j < 512 && i < n; j++ {
			b.Add(line, int64(i*2), int64(i), rec, false)
			i++
		}
		r.Append(b)
		if check != nil {
			check()
		}
	}
}

// Many tiny entries cost far more than their text: a 56-byte record and a 16-byte key in the
// timeline index for one byte of text. The ring charges all of it, so its charge is never below
// what its structures hold, and stays within MaxBytes after every append.
func TestTinyEntriesChargeTheirOverhead(t *testing.T) {
	const maxBytes = 4 << 20
	r := New(Options{MaxEntries: 1 << 30, MaxBytes: maxBytes})
	tinyFill(r, &parse.Batch{Source: "tiny.log"}, 500_000, func() {
		charged, held := r.charged(), r.footprint()
		if charged > maxBytes {
			t.Fatalf("%d entries: ring charges %d bytes, bound is %d", r.entries, charged, maxBytes)
		}
		if charged < held {
			t.Fatalf("%d entries: ring charges %d bytes but its structures hold %d", r.entries, charged, held)
		}
	})
	s := r.Snapshot()
	perEntry := float64(s.Bytes()) / float64(s.Len())
	t.Logf("%d one-byte entries held in %d bytes: %.1f bytes each; %d evicted", s.Len(), s.Bytes(), perEntry, s.Evicted())
	if min := float64(slotBytes + KeyBytes + 1); perEntry < min {
		t.Errorf("charged %.1f bytes per entry, below the %v a record, a sketch, a key and a byte of text take", perEntry, min)
	}
}

// What readers keep per entry is charged too: the same bytes hold fewer entries.
func TestReaderBytesAreCharged(t *testing.T) {
	const maxBytes = 4 << 20
	plain := New(Options{MaxEntries: 1 << 30, MaxBytes: maxBytes})
	viewed := New(Options{MaxEntries: 1 << 30, MaxBytes: maxBytes, ReaderBytes: 2 * KeyBytes})
	tinyFill(plain, &parse.Batch{Source: "tiny.log"}, 300_000, nil)
	tinyFill(viewed, &parse.Batch{Source: "tiny.log"}, 300_000, func() {
		if got, want := viewed.charged(), viewed.footprint()+int64(viewed.entries)*2*KeyBytes; got < want {
			t.Fatalf("%d entries: ring charges %d bytes, its structures and readers hold %d", viewed.entries, got, want)
		}
	})
	p, v := plain.Snapshot(), viewed.Snapshot()
	if v.Len() >= p.Len() || v.Bytes() > maxBytes {
		t.Errorf("with 32 reader bytes per entry the ring holds %d entries in %d bytes; without, %d", v.Len(), v.Bytes(), p.Len())
	}
}

// The Go heap agrees: a full ring of tiny entries keeps no more live memory than MaxBytes. With a
// charge of records and text alone, the index's keys came on top: about 20 % more.
func TestTinyEntriesHeapWithinMaxBytes(t *testing.T) {
	const maxBytes = 8 << 20
	b := &parse.Batch{Source: "tiny.log"}
	tinyFill(New(Options{MaxEntries: 1024}), b, 512, nil) // size the reused batch beforehand
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := New(Options{MaxEntries: 1 << 30, MaxBytes: maxBytes})
	tinyFill(r, b, 2_000_000, nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("live heap of a ring of %d one-byte entries: %.2f MiB (bound %d MiB, charged %.2f MiB)",
		r.entries, float64(live)/(1<<20), maxBytes>>20, float64(r.charged())/(1<<20))
	// The slack covers what no ring owns: the runtime's own small allocations between the two reads.
	if slack := int64(64 << 10); live > maxBytes+slack {
		t.Errorf("a ring bounded to %d MiB keeps %.2f MiB of live heap", maxBytes>>20, float64(live)/(1<<20))
	}
	runtime.KeepAlive(r)
}

// Source names are charged: a run that meets a new source in every batch stays within bounds.
func TestManySourcesAreCharged(t *testing.T) {
	const maxBytes = 1 << 20
	r := New(Options{MaxEntries: 1 << 30, MaxBytes: maxBytes})
	for i := range 20_000 {
		r.Append(batch(fmt.Sprintf("a-rather-long-source-name-%08d.log", i), int64(i)))
		if charged, held := r.charged(), r.footprint(); charged < held {
			t.Fatalf("%d sources: ring charges %d bytes but holds %d", i+1, charged, held)
		}
	}
}

func TestKeyBytes(t *testing.T) {
	if size := unsafe.Sizeof(Key{}); size != KeyBytes {
		t.Errorf("a Key is %d bytes; KeyBytes says %d", size, KeyBytes)
	}
}
