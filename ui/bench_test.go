package ui

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// benchRing is a ring of a million entries over four sources, built once for all benchmarks.
var benchRing = sync.OnceValue(func() *ring.Ring {
	const n = 1_000_000
	r := ring.New(ring.Options{MaxEntries: n})
	levels := []parse.Level{parse.Info, parse.Info, parse.Debug, parse.Info, parse.Warn, parse.Info, parse.Error, parse.Info}
	srcs := []string{"/var/log/nginx/access.log", "app.log", "worker.log", "db.log"}
	for s, src := range srcs {
		b := &parse.Batch{Source: src}
		for i := s; i < n; i += len(srcs) {
			msg := fmt.Sprintf("GET /api/orders/%d HTTP/1.1\" %d 512 request_id=%08x user=u%d", i, 200+i%5, i*2654435761, i%977)
			ts := t0.Add(time.Duration(i) * time.Millisecond).UnixNano()
			rec := parse.Record{Time: ts, Level: levels[i%len(levels)], Message: parse.Span{End: int32(len(msg))}}
			b.Add([]byte(msg), int64(i)*100, ts, rec, false)
			if b.Len() == 4096 {
				r.Append(b)
				b.Reset()
			}
		}
		r.Append(b)
	}
	return r
})

// BenchmarkView renders one frame of the timeline at 200x50 over a million entries.
func BenchmarkView(b *testing.B) {
	d := newDriver(b, benchRing(), 200, 50)
	d.keys("k") // a cursor in the middle of the screen's rows, like a user reading
	m := d.m
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkViewSearch renders a frame with a search active, so every row is highlighted.
func BenchmarkViewSearch(b *testing.B) {
	d := newDriver(b, benchRing(), 200, 50)
	d.keys("/", "o", "r", "d", "e", "r", "s", "enter")
	m := d.m
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkToggle measures a severity toggle from the key press to its first new screen: the
// Update, the evaluation's first (partial) result, its Update and the View.
func BenchmarkToggle(b *testing.B) {
	d := newDriver(b, benchRing(), 200, 50)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		firstScreen(b, d, "3")
	}
	b.StopTimer()
	d.settle()
}

// BenchmarkSearchKeystroke measures one search keystroke to its first screen of results.
func BenchmarkSearchKeystroke(b *testing.B) {
	d := newDriver(b, benchRing(), 200, 50)
	d.keys("/", "u", "1", "2")
	keys := []string{"3", "backspace"}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		firstScreen(b, d, keys[i%2])
		i++
	}
	b.StopTimer()
	d.settle()
}

// firstScreen presses a key and handles messages until the main view has a result of the new
// generation, then renders.
func firstScreen(b *testing.B, d *driver, k string) {
	gen := d.m.main.gen
	d.send(press(k))
	deadline := time.After(10 * time.Second)
	for d.m.main.gen == gen || d.m.main.view == nil || d.m.main.view.Matcher() != d.m.main.matcher {
		select {
		case msg := <-d.msgs:
			d.send(msg)
		case <-deadline:
			b.Fatal("no result")
		}
	}
	_ = d.m.View()
}

// BenchmarkDataFrame measures the event loop's share of one frame under 50,000 lines/s: a
// frame's worth of new entries (2,000 at 40 ms) is appended, and the timing covers the dataMsg
// Update, the incremental view update it starts, its result's Update and the View.
func BenchmarkDataFrame(b *testing.B) {
	r := ring.New(ring.Options{MaxEntries: 1_000_000})
	d := newDriver(b, r, 200, 50)
	batch := &parse.Batch{Source: "live.log"}
	const perFrame = 2000
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		batch.Reset()
		for range perFrame {
			msg := fmt.Sprintf("live entry %d with some payload text", n)
			ts := t0.Add(time.Duration(n) * 20 * time.Microsecond).UnixNano()
			batch.Add([]byte(msg), int64(n), ts, parse.Record{Time: ts, Level: parse.Info, Message: parse.Span{End: int32(len(msg))}}, false)
			n++
		}
		r.Append(batch)
		b.StartTimer()
		d.send(dataMsg{})
		d.settle()
		_ = d.m.View()
	}
}

// BenchmarkDataFrameSources is BenchmarkDataFrame with 50 sources and their panes open: the cost
// of a frame must not grow with the square of the number of sources, as it did when every result
// measured every source's tag again for the timeline and each pane.
func BenchmarkDataFrameSources(b *testing.B) {
	const sources, perFrame = 50, 2000
	r := ring.New(ring.Options{MaxEntries: 1_000_000})
	batches := make([]*parse.Batch, sources)
	for i := range batches {
		batches[i] = &parse.Batch{Source: fmt.Sprintf("/var/log/service-%02d/current.log", i)}
	}
	n := 0
	appendFrame := func() {
		for _, batch := range batches {
			batch.Reset()
		}
		for range perFrame {
			msg := fmt.Sprintf("live entry %d with some payload text", n)
			ts := t0.Add(time.Duration(n) * 20 * time.Microsecond).UnixNano()
			batches[n%sources].Add([]byte(msg), int64(n), ts, parse.Record{Time: ts, Level: parse.Info, Message: parse.Span{End: int32(len(msg))}}, false)
			n++
		}
		for _, batch := range batches {
			r.Append(batch)
		}
	}
	appendFrame()
	d := newDriver(b, r, 200, 50)
	d.keys("tab")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		appendFrame()
		b.StartTimer()
		d.send(dataMsg{})
		d.settle()
		_ = d.m.View()
	}
}
