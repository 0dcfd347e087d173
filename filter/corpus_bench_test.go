package filter

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// loadCorpus parses every file of dir with parse.Stream, taking 500 lines from each file in turn
// so that batches interleave as they do when following, until the ring holds benchEntries.
func loadCorpus(b *testing.B, dir string) *ring.Ring {
	paths, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus files in %s: %v", dir, err)
	}
	type src struct {
		sc     *bufio.Scanner
		stream *parse.Stream
		off    int64
	}
	var srcs []*src
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { f.Close() })
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		srcs = append(srcs, &src{sc: sc, stream: parse.NewStream(filepath.Base(p), parse.StreamOptions{})})
	}
	r := ring.New(ring.Options{MaxEntries: benchEntries})
	total := 0
	for total < benchEntries && len(srcs) > 0 {
		for i := 0; i < len(srcs); i++ {
			s := srcs[i]
			batch := &parse.Batch{Source: s.stream.Source()}
			n := 0
			for ; n < 500 && s.sc.Scan(); n++ {
				s.stream.Line(s.sc.Bytes(), s.off, false, batch)
				s.off += int64(len(s.sc.Bytes())) + 1
			}
			if n < 500 {
				s.stream.Flush(batch)
				srcs = append(srcs[:i], srcs[i+1:]...)
				i--
			}
			total += batch.Len()
			r.Append(batch)
		}
	}
	return r
}

// BenchmarkCorpus repeats the main cases over real formats parsed from a corpus made by
// ../shared/tools/gen-corpus.go (go run gen-corpus.go -size 200MB -out DIR), named by the
// TRAWL_CORPUS environment variable; it is skipped without one.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("TRAWL_CORPUS")
	if dir == "" {
		b.Skip("TRAWL_CORPUS names no corpus directory")
	}
	r := loadCorpus(b, dir)
	s := r.Snapshot()
	b.Logf("%d entries from %d sources", s.Len(), len(s.Sources()))
	noDebug := AllLevels()
	noDebug[parse.Debug] = false
	for _, c := range []struct {
		name string
		q    Query
	}{
		{"levels", Query{Levels: noDebug}},
		{"fuzzy4", search("tmou")},
		{"exact", search("'timeout")},
		{"level-term", search("level:>=warn")},
		{"field", search("status:500")},
	} {
		b.Run(c.name, func(b *testing.B) {
			m := mustCompile(b, c.q)
			b.ReportAllocs()
			var v *View
			for b.Loop() {
				var err error
				if v, err = Evaluate(context.Background(), s, m, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(v.Len()), "matches")
		})
	}
}
