package ring

import (
	"fmt"
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// typicalBatches builds n entries of about 150 bytes, 512 to a batch, from 7 sources.
func typicalBatches(n int) (batches []*parse.Batch, rawBytes int64) {
	for i := 0; i < n; i += 512 {
		b := &parse.Batch{Source: fmt.Sprintf("source-%d.log", (i/512)%7)}
		for j := i; j < min(i+512, n); j++ {
			line := fmt.Sprintf("2026-03-01T00:%02d:%02d.%06dZ INFO [worker-%d] request %d served in %d ms for user=%d path=/api/v1/items/%d",
				j/60%60, j%60, j%1000000, j%8, j, j%977, j%5000, j%100000)
			rec := parse.Record{Time: int64(j), Level: parse.Info, Message: parse.Span{Start: 28, End: int32(len(line))}}
			b.Add([]byte(line), int64(j*150), int64(j), rec, false)
			rawBytes += int64(len(line))
		}
		batches = append(batches, b)
	}
	return batches, rawBytes
}

// BenchmarkAppend measures copying parsed batches into the ring; it also reports the memory the ring
// charges per held entry and as a multiple of the raw text, for the compactness target
// (at most 1.3 x raw + 64 B per entry).
func BenchmarkAppend(b *testing.B) {
	const n = 1_000_000
	batches, raw := typicalBatches(n)
	b.SetBytes(raw)
	b.ReportAllocs()
	var r *Ring
	for b.Loop() {
		r = New(Options{})
		for _, bt := range batches {
			r.Append(bt)
		}
	}
	s := r.Snapshot()
	b.ReportMetric(float64(s.Bytes())/float64(s.Len()), "B/entry")
	b.ReportMetric(float64(s.Bytes())/float64(raw), "x-raw")
}

// BenchmarkAppendEvicting measures steady state: a full ring evicting as it takes new batches.
func BenchmarkAppendEvicting(b *testing.B) {
	batches, raw := typicalBatches(200_000)
	r := New(Options{MaxEntries: 100_000})
	b.SetBytes(raw / int64(len(batches)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r.Append(batches[i%len(batches)])
		i++
	}
}

// BenchmarkSnapshot is the cost a reader pays per frame at 1M entries.
func BenchmarkSnapshot(b *testing.B) {
	batches, _ := typicalBatches(1_000_000)
	r := New(Options{})
	for _, bt := range batches {
		r.Append(bt)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.snap = nil
		r.Snapshot()
	}
}
