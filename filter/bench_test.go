package filter

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// benchEntries is the ring size the speed targets are stated for.
const benchEntries = 1_000_000

// corpus generates realistic log messages for four sources: an nginx access log, a JSON-ish
// application log, syslog and a worker with occasional Java stack traces. Each source keeps its
// own clock, so the sources interleave in the timeline.
type corpus struct {
	rng   *rand.Rand
	clock [4]int64
}

var (
	benchPaths  = []string{"/api/v1/orders", "/api/v1/users/1234", "/healthz", "/static/app.js", "/login", "/api/v2/payments/charge"}
	benchUsers  = []string{"alice", "bob", "carol", "dave", "erin"}
	benchErrors = []string{"connection refused", "context deadline exceeded", "timeout waiting for lock", "no such host", "EOF"}
)

func (c *corpus) entry(src int) ent {
	r := c.rng
	c.clock[src] += int64(r.IntN(2_000_000))
	lvl := parse.Info
	switch x := r.IntN(100); {
	case x < 15:
		lvl = parse.Debug
	case x < 23:
		lvl = parse.Warn
	case x < 28:
		lvl = parse.Error
	case x < 29:
		lvl = parse.Critical
	}
	host := fmt.Sprintf("web%d", 1+r.IntN(8))
	var msg string
	switch src {
	case 0:
		status := []int{200, 200, 200, 201, 204, 301, 304, 404, 500, 502}[r.IntN(10)]
		msg = fmt.Sprintf(`10.0.%d.%d - - "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64)" rt=%d.%03d`,
			r.IntN(255), r.IntN(255), benchPaths[r.IntN(len(benchPaths))], status, r.IntN(50000), r.IntN(3), r.IntN(1000))
	case 1:
		msg = fmt.Sprintf(`request handled method=POST path=%s user=%s status=%d duration=%dms trace_id=%016x`,
			benchPaths[r.IntN(len(benchPaths))], benchUsers[r.IntN(len(benchUsers))], []int{200, 400, 500}[r.IntN(3)], r.IntN(900), r.Uint64())
	case 2:
		msg = fmt.Sprintf(`sshd[%d]: Accepted publickey for %s from 192.168.%d.%d port %d ssh2`,
			r.IntN(30000), benchUsers[r.IntN(len(benchUsers))], r.IntN(255), r.IntN(255), 1024+r.IntN(60000))
	default:
		msg = fmt.Sprintf(`job %d failed: payment processing error: %s (attempt %d of 5)`,
			r.IntN(1_000_000), benchErrors[r.IntN(len(benchErrors))], 1+r.IntN(5))
		if r.IntN(20) == 0 {
			msg += "\n\tat com.example.payments.Processor.charge(Processor.java:212)\n\tat com.example.jobs.Worker.run(Worker.java:88)"
		}
	}
	return ent{src: []string{"access.log", "app.log", "syslog", "worker.log"}[src], sort: c.clock[src], level: lvl, host: host, msg: msg}
}

// fillCorpus appends n entries in batches of up to 256 from one source at a time.
func fillCorpus(r *ring.Ring, c *corpus, n int) {
	for n > 0 {
		src := c.rng.IntN(4)
		k := min(n, 1+c.rng.IntN(256))
		batch := make([]ent, k)
		for i := range batch {
			batch[i] = c.entry(src)
		}
		fill(r, batch...)
		n -= k
	}
}

// benchRing is built once per benchmark process: about ten seconds of set-up shared by all.
var benchRing = sync.OnceValue(func() *ring.Ring {
	r := ring.New(ring.Options{MaxEntries: benchEntries})
	fillCorpus(r, &corpus{rng: rand.New(rand.NewPCG(7, 8))}, benchEntries)
	return r
})

func benchSnapshot(b *testing.B) *ring.Snapshot {
	b.Helper()
	s := benchRing().Snapshot()
	if s.Len() != benchEntries {
		b.Fatalf("ring holds %d entries", s.Len())
	}
	return s
}

func BenchmarkEvaluate(b *testing.B) {
	noDebug := AllLevels()
	noDebug[parse.Debug] = false
	cases := []struct {
		name string
		q    Query
	}{
		{"levels", Query{Levels: noDebug}},
		{"fuzzy1", search("t")},
		{"fuzzy4", search("tmou")},
		{"fuzzy12", search("failedpaymnt")},
		{"exact", search("'deadline")},
		{"regex", search(`/status=5\d\d/`)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			s := benchSnapshot(b)
			m := mustCompile(b, c.q)
			b.ReportAllocs()
			b.ResetTimer()
			var v *View
			cpu := processCPU()
			for b.Loop() {
				var err error
				if v, err = Evaluate(context.Background(), s, m, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((processCPU()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(v.Len()), "matches")
		})
	}
	b.Run("first-screen-fuzzy4", benchFirstScreen)
	b.Run("narrow", benchNarrow)
}

// benchFirstScreen measures the time to the first progress callback; the scan is cancelled from
// inside it.
func benchFirstScreen(b *testing.B) {
	s := benchSnapshot(b)
	m := mustCompile(b, search("tmou"))
	b.ReportAllocs()
	b.ResetTimer()
	var first time.Duration
	for b.Loop() {
		ctx, cancel := context.WithCancel(context.Background())
		start := time.Now()
		_, _ = Evaluate(ctx, s, m, nil, func(p *View) {
			first += time.Since(start)
			cancel()
		})
		cancel()
	}
	b.ReportMetric(float64(first.Nanoseconds())/float64(b.N), "ns/first-screen")
}

// benchNarrow refines a three-character result by a fourth character.
func benchNarrow(b *testing.B) {
	s := benchSnapshot(b)
	prev, err := Evaluate(context.Background(), s, mustCompile(b, search("tmo")), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	m := mustCompile(b, search("tmou"))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Evaluate(context.Background(), s, m, prev, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(prev.Len()), "candidates")
}

// BenchmarkUpdate adds 1000 entries (evicting as many) to a full 1M ring and updates a view of it.
func BenchmarkUpdate(b *testing.B) {
	for _, name := range []string{"", "e"} {
		b.Run("search="+name, func(b *testing.B) {
			r := ring.New(ring.Options{MaxEntries: benchEntries})
			c := &corpus{rng: rand.New(rand.NewPCG(9, 10))}
			fillCorpus(r, c, benchEntries)
			v, err := Evaluate(context.Background(), r.Snapshot(), mustCompile(b, search(name)), nil, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				fillCorpus(r, c, 1000)
				s := r.Snapshot()
				b.StartTimer()
				v = v.Update(s)
			}
			b.ReportMetric(float64(v.Len()), "matches")
		})
	}
}

// BenchmarkHighlights is the per-row cost the UI pays for the visible rows.
func BenchmarkHighlights(b *testing.B) {
	m := mustCompile(b, search("tmou 'deadline /status=5\\d\\d/"))
	text := []byte(strings.Repeat("job 42 failed: context deadline exceeded status=502 timeout ", 2))
	b.ReportAllocs()
	for b.Loop() {
		m.Highlights(text)
	}
}
