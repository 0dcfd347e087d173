package tail

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

type discard struct{ n int }

func (d *discard) Append(b *parse.Batch) { d.n += b.Len() }

// benchFile writes a mixed log of about size bytes: JSON, access and log4j lines with traces.
func benchFile(b *testing.B, size int) string {
	b.Helper()
	p := filepath.Join(b.TempDir(), "bench.log")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	d := newDemo(Options{}, 1, testStreams).demo
	var buf []byte
	for i := 0; len(buf) < size; i++ {
		gen := demoGens[i%len(demoGens)]
		pr := &demoProducer{gen: gen, d: d, r: newBenchRand(i)}
		buf = gen.write(buf, pr.r, fixedClock(), i%50 == 0)
	}
	if _, err := f.Write(buf); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return p
}

// BenchmarkReadAll reads a whole file through the real parser into a sink that discards.
func BenchmarkReadAll(b *testing.B) {
	for _, real := range []bool{true, false} {
		name, ns := "parse.Stream", parseStreams(Options{}.withDefaults())
		if !real {
			name, ns = "lineStream", testStreams
		}
		b.Run(name, func(b *testing.B) {
			p := benchFile(b, 32<<20)
			fi, _ := os.Stat(p)
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			for b.Loop() {
				g, _, err := open([]string{p}, Options{All: true}, nil, ns)
				if err != nil {
					b.Fatal(err)
				}
				if err := g.Run(context.Background(), &discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMerge reads several files headless, in parallel, and merges them.
func BenchmarkMerge(b *testing.B) {
	var specs []string
	var total int64
	for i := 0; i < 4; i++ {
		p := benchFile(b, 8<<20)
		fi, _ := os.Stat(p)
		total += fi.Size()
		specs = append(specs, p)
	}
	benchMerge(b, specs, total)
}

// BenchmarkCorpus merges the shared 100 MB benchmark corpus; it needs
// ../shared/tools/gen-corpus.go beside the repository (or TRAWL_CORPUS naming a generated corpus
// directory) and skips without it.
func BenchmarkCorpus(b *testing.B) {
	specs, total := corpus(b)
	benchMerge(b, specs, total)
}

// corpus returns the files of the benchmark corpus, generating it once.
func corpus(b *testing.B) ([]string, int64) {
	dir := os.Getenv("TRAWL_CORPUS")
	if dir == "" {
		gen := genCorpus(b)
		dir = filepath.Join(os.TempDir(), "trawl-corpus-100MB-1")
		if _, err := os.Stat(filepath.Join(dir, "app.json")); err != nil {
			os.MkdirAll(dir, 0o755)
			cmd := exec.Command("go", "run", gen, "-size", "100MB", "-seed", "1", "-out", dir)
			if out, err := cmd.CombinedOutput(); err != nil {
				b.Skipf("gen-corpus: %v\n%s", err, out)
			}
		}
	}
	ents, _ := os.ReadDir(dir)
	var specs []string
	var total int64
	for _, e := range ents {
		fi, _ := e.Info()
		if fi.Mode().IsRegular() {
			specs = append(specs, filepath.Join(dir, e.Name()))
			total += fi.Size()
		}
	}
	return specs, total
}

// BenchmarkCorpusJSON is BenchmarkCorpus plus the JSON Lines encoding that --json does.
func BenchmarkCorpusJSON(b *testing.B) {
	specs, total := corpus(b)
	benchMergeJSON(b, specs, total, true)
}

func benchMerge(b *testing.B, specs []string, total int64) { benchMergeJSON(b, specs, total, false) }

// BenchmarkCorpusEncode is BenchmarkCorpusJSON through Encode, which encodes on every core, with
// the parser's scans kept for the fields, as --json --no-follow runs it.
func BenchmarkCorpusEncode(b *testing.B) {
	specs, total := corpus(b)
	opts := Options{All: true, Fields: true}
	ns := parseStreams(opts.withDefaults())
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	encode := func(dst []byte, e *parse.Entry) []byte { return parse.AppendJSON(dst, *e) }
	for b.Loop() {
		g, _, err := open(specs, opts, nil, ns)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		if err := g.Encode(context.Background(), encode, func(p []byte) error { n += len(p); return nil }); err != nil || n == 0 {
			b.Fatal(err, n)
		}
	}
}

// BenchmarkCorpusRaw is the headless path of -o raw without a filter: each source read for its
// lines' times only (Options.TimesOnly), the entries merged and their text written out.
func BenchmarkCorpusRaw(b *testing.B) {
	specs, total := corpus(b)
	opts := Options{All: true, TimesOnly: true}
	ns := parseStreams(opts.withDefaults())
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	encode := func(dst []byte, e *parse.Entry) []byte { return append(append(dst, e.Raw...), '\n') }
	for b.Loop() {
		g, _, err := open(specs, opts, nil, ns)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		if err := g.Encode(context.Background(), encode, func(p []byte) error { n += len(p); return nil }); err != nil || int64(n) < total {
			b.Fatal(err, n)
		}
	}
}

func benchMergeJSON(b *testing.B, specs []string, total int64, encode bool) {
	ns := parseStreams(Options{}.withDefaults())
	b.SetBytes(total)
	b.ReportAllocs()
	// The machine is shared: CPU time per op is steadier than wall time under load.
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		g, _, err := open(specs, Options{All: true}, nil, ns)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		var out []byte
		Merge(context.Background(), g.Streams(context.Background()), func(b *parse.Batch, i int) {
			n++
			if encode {
				out = parse.AppendJSON(out[:0], b.Peek(i))
			}
		})
		if n == 0 {
			b.Fatal("no entries")
		}
	}
}

func newBenchRand(i int) *rand.Rand { return rand.New(rand.NewPCG(uint64(i), 1)) }

// cpuTime is the process's user plus system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCorpusIngest is the interface's whole-file load (--all): every file of the corpus read,
// parsed and appended to a ring sized to hold it all.
func BenchmarkCorpusIngest(b *testing.B) {
	specs, total := corpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	var store *ring.Ring
	for b.Loop() {
		g, _, err := Open(specs, Options{All: true})
		if err != nil {
			b.Fatal(err)
		}
		store = ring.New(ring.Options{MaxEntries: 10_000_000, MaxBytes: 8 << 30})
		if err := g.Run(context.Background(), store); err != nil {
			b.Fatal(err)
		}
		store.Snapshot() // a reader's first look merges what is still pending
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	s := store.Snapshot()
	b.ReportMetric(float64(s.Len()), "entries")
	b.ReportMetric(float64(s.Bytes())/float64(total), "ring-x-raw")
}
