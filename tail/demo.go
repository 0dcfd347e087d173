package tail

import (
	"context"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// The demo's tuning.
const (
	// incidentEvery is the length of the slots incidents are scheduled in: roughly one burst of
	// errors a minute or two keeps the demo lively without drowning it.
	incidentEvery = 75 * time.Second
	// incidentMin and incidentSpread bound an incident's length.
	incidentMin    = 6 * time.Second
	incidentSpread = 8
	// demoChunk is how much backfilled history goes into one batch, like a file read.
	demoChunk = followChunk
)

// demoGen describes one demo source: its name, its mean rate in entries per second, how much an
// incident multiplies that rate, and how it writes one entry.
type demoGen struct {
	name  string
	rate  float64
	surge float64
	write func(dst []byte, r *rand.Rand, t time.Time, incident bool) []byte
}

var demoGens = [...]demoGen{
	{"access.log", 12, 2, writeAccess},
	{"app.json", 6, 3, writeApp},
	{"syslog", 2, 2, writeSyslog},
	{"worker.log", 1.5, 4, writeWorker},
}

// demo generates the demo group's entries in memory. Everything it writes is a function of its
// seed and the clock, so a test with a fixed clock and seed sees the same lines every time.
type demo struct {
	seed   uint64
	origin time.Time // an incident starts here, in the middle of the backfilled history
	rate   float64   // the sum of the sources' mean rates
}

// Demo returns a group of four live, realistic sources that exist only in memory: an nginx
// access log, a JSON application log, a syslog and a Java worker with multi-line stack traces.
// On Run it backfills about Options.Lines entries of recent history, then, with Follow, keeps
// producing entries at each source's own rate, with an occasional burst of errors.
func Demo(opts Options) *Group {
	return newDemo(opts, uint64(time.Now().UnixNano()), parseStreams(opts.withDefaults()))
}

func newDemo(opts Options, seed uint64, ns newStreamFunc) *Group {
	g := newGroup(opts, ns)
	var total float64
	for _, d := range demoGens {
		total += d.rate
	}
	// The history spans about Lines/total seconds; its incident starts in the middle.
	span := time.Duration(float64(max(g.opts.Lines, 0)) / total * float64(time.Second))
	g.demo = &demo{seed: seed, rate: total, origin: g.opts.Now().Add(-span / 2)}
	for _, d := range demoGens {
		s := newSource(d.name, "demo:"+d.name, "", kindDemo)
		s.initial = true
		g.addSource(s)
	}
	return g
}

// incident reports whether t falls in an incident. Slot 0 always has one, at origin; later slots
// have one two times in three, at a random point, so the schedule is the same for every source.
func (d *demo) incident(t time.Time) bool {
	off := t.Sub(d.origin)
	slot := int64(math.Floor(float64(off) / float64(incidentEvery)))
	h := mix(d.seed ^ uint64(slot)*0x9e3779b97f4a7c15)
	in := off - time.Duration(slot)*incidentEvery
	start := time.Duration(0)
	if slot != 0 {
		if h%3 == 0 {
			return false
		}
		start = time.Duration(h>>8%45) * time.Second
	}
	length := incidentMin + time.Duration(h>>16%incidentSpread)*time.Second
	return in >= start && in < start+length
}

// mix is a 64-bit finalizer (splitmix64) spreading a slot number over all bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// run produces one demo source: the history, then, when following, live entries until ctx is done.
func (d *demo) run(ctx context.Context, s *source, opts Options, stream lineSink, out output, loaded func()) error {
	gen := demoGens[0]
	for _, g := range demoGens {
		if g.name == s.name {
			gen = g
		}
	}
	h := fnv.New64a()
	h.Write([]byte(s.name))
	p := &demoProducer{
		gen: gen, d: d, r: rand.New(rand.NewPCG(d.seed, h.Sum64())), s: s,
		stream: stream, sp: newSplitter(stream, opts.MaxEntryBytes, opts.Follow), out: out,
	}
	p.b = out.next(nil, s.name)
	now := opts.Now()
	for _, t := range p.history(now, max(opts.Lines, 0)) {
		p.write(t)
		if len(p.buf) >= demoChunk {
			p.send(true)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	p.send(true)
	s.size.Store(s.bytes.Load())
	s.read.Store(s.bytes.Load())
	loaded()
	if !opts.Follow {
		s.setState(stateDone)
		return nil
	}
	s.setState(stateFollowing)
	return p.live(ctx, p.step(now), opts.Now)
}

// demoProducer is the state of one running demo source.
type demoProducer struct {
	gen    demoGen
	d      *demo
	r      *rand.Rand
	s      *source
	stream lineSink
	sp     *splitter
	out    output
	b      *parse.Batch
	buf    []byte
	off    int64
}

// live writes each entry when its time comes, sleeping on a timer in between.
func (p *demoProducer) live(ctx context.Context, next time.Time, now func() time.Time) error {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		timer.Reset(max(next.Sub(now()), 0))
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		}
		for n := now(); !next.After(n); next = p.step(next) {
			p.write(next)
		}
		p.send(false)
	}
}

// history returns the times of the source's share of lines entries before now, oldest first:
// it steps back from now, so the count does not depend on how busy the incident made the past.
func (p *demoProducer) history(now time.Time, lines int) []time.Time {
	n := int(math.Round(float64(lines) * p.gen.rate / p.d.rate))
	times := make([]time.Time, n)
	t := now
	for i := n - 1; i >= 0; i-- {
		times[i] = t
		t = t.Add(-p.gap(t))
	}
	return times
}

// step returns the time of the entry after one at t: exponential gaps at the source's rate.
func (p *demoProducer) step(t time.Time) time.Time { return t.Add(p.gap(t)) }

func (p *demoProducer) gap(t time.Time) time.Duration {
	rate := p.gen.rate
	if p.d.incident(t) {
		rate *= p.gen.surge
	}
	return time.Duration(p.r.ExpFloat64() / rate * float64(time.Second))
}

func (p *demoProducer) write(t time.Time) {
	p.buf = p.gen.write(p.buf, p.r, t, p.d.incident(t))
}

// send parses the buffered text, flushes the stream (every demo entry is complete when written)
// and delivers the batch.
func (p *demoProducer) send(initial bool) {
	if len(p.buf) == 0 {
		return
	}
	before := p.sp.lines
	p.sp.feed(p.buf, p.off, p.b)
	p.stream.Flush(p.b)
	p.off += int64(len(p.buf))
	p.s.bytes.Add(int64(len(p.buf)))
	p.s.lines.Add(p.sp.lines - before)
	if !initial {
		p.s.live.Add(p.sp.lines - before)
	}
	p.buf = p.buf[:0]
	if p.b.Len() > 0 {
		p.b = p.out.next(p.b, p.s.name)
	}
}
