package parse

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// TestAppendTimeMatchesTime holds appendTime against time's RFC3339Nano over edges and random times.
func TestAppendTimeMatchesTime(t *testing.T) {
	times := []int64{1, 999_999_999, 1e9, 951782400e9, 951868800e9 - 1, 4107542400e9, math.MaxInt64, -1, -1e9 - 1, math.MinInt64,
		time.Date(2026, 3, 1, 0, 0, 0, 120_000_000, time.UTC).UnixNano(), time.Date(2100, 2, 28, 23, 59, 59, 5, time.UTC).UnixNano()}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		times = append(times, r.Int64(), r.Int64N(5e18)/1e9*1e9, r.Int64N(5e18)/1e6*1e6)
	}
	for _, ns := range times {
		want := time.Unix(0, ns).UTC().AppendFormat(nil, time.RFC3339Nano)
		if got := appendTime(nil, ns); string(got) != string(want) {
			t.Fatalf("%d: got %s, want %s", ns, got, want)
		}
	}
}

func BenchmarkAppendTime(b *testing.B) {
	ns := time.Date(2026, 3, 1, 0, 0, 11, 964_000_000, time.UTC).UnixNano()
	buf := make([]byte, 0, 64)
	b.Run("time", func(b *testing.B) {
		for b.Loop() {
			buf = time.Unix(0, ns).UTC().AppendFormat(buf[:0], time.RFC3339Nano)
		}
	})
	b.Run("appendTime", func(b *testing.B) {
		for b.Loop() {
			buf = appendTime(buf[:0], ns)
		}
	})
}
