package tail

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// sinceLog writes n entries one second apart from t0, every seventh followed by a three-line
// stack trace, and returns the file's bytes and each entry's offset.
func sinceLog(t0 time.Time, n int, layout string) ([]byte, []int64) {
	var b bytes.Buffer
	offs := make([]int64, n)
	for i := range n {
		offs[i] = int64(b.Len())
		fmt.Fprintf(&b, "%s ERROR worker-%d failed job=%d\n", t0.Add(time.Duration(i)*time.Second).Format(layout), i%5, i)
		if i%7 == 0 {
			b.WriteString("java.lang.IllegalStateException: boom\n\tat app.Worker.run(Worker.java:42)\n\tat java.lang.Thread.run(Thread.java:750)\n")
		}
	}
	return b.Bytes(), offs
}

func TestSinceOffset(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	const n = 5000
	data, offs := sinceLog(t0, n, time.RFC3339)
	for _, block := range []int{256, 4096, 1 << 20} {
		for _, c := range []struct {
			since time.Time
			want  int64
		}{
			{t0.Add(-time.Hour), 0},
			{t0, 0},
			{t0.Add(1234 * time.Second), offs[1234]},
			{t0.Add(1234*time.Second + 300*time.Millisecond), offs[1235]}, // between two entries
			{t0.Add(4999 * time.Second), offs[4999]},
			{t0.Add(5000 * time.Second), int64(len(data))},
		} {
			p := parse.NewParser(nil)
			got, err := sinceOffset(bytes.NewReader(data), int64(len(data)), c.since, p, make([]byte, block))
			if err != nil || got != c.want {
				t.Errorf("block %d, since %s: offset %d, %v; want %d", block, c.since.Format(time.RFC3339Nano), got, err, c.want)
			}
		}
	}
}

// Times written without a zone are read in the zone the options give, as when parsing.
func TestSinceOffsetLocalTimes(t *testing.T) {
	loc := time.FixedZone("UTC+2", 2*3600)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, loc)
	data, offs := sinceLog(t0, 3000, "2006-01-02 15:04:05,000")
	p := parse.NewParser(nil)
	p.SetLocation(loc)
	since := t0.Add(2000 * time.Second).UTC()
	got, err := sinceOffset(bytes.NewReader(data), int64(len(data)), since, p, make([]byte, 512))
	if err != nil || got != offs[2000] {
		t.Fatalf("offset %d, %v; want %d", got, err, offs[2000])
	}
}

// Reading a file with Since delivers its entries from the first at or after Since, stack traces
// whole, and nothing before it.
func TestSinceReadsFromThatTime(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	data, _ := sinceLog(t0, 3000, time.RFC3339)
	p := filepath.Join(t.TempDir(), "app.log")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	opts := testOptions(false, false)
	opts.Since = t0.Add(2800 * time.Second)
	_, s := start(t, []string{p}, opts)
	s.waitFor(t, "the last entry", hasRaw(string(bytes.TrimSpace(data[bytes.LastIndex(data[:len(data)-1], []byte("\n"))+1:]))))
	raws := s.raws()
	if len(raws) == 0 || !strings.Contains(raws[0], "job=2800") {
		t.Fatalf("first entry %q, want job=2800", raws[:min(1, len(raws))])
	}
	for _, r := range raws {
		if strings.Contains(r, "job=27") {
			t.Fatalf("an entry before Since was read: %q", r)
		}
	}
	if got := strings.Count(strings.Join(raws, "\n"), "job="); got != 200 {
		t.Errorf("%d entries read, want the last 200", got)
	}
}

// A pipe cannot be started at a time: its entries before Since are dropped as they come, the
// rest kept in order, and so are lines without a time of their own.
func TestSinceDropsEarlierEntriesOfAStream(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	data, _ := sinceLog(t0, 100, time.RFC3339)
	opts := testOptions(false, false)
	opts.Since = t0.Add(90 * time.Second)
	g, warns, err := open([]string{"-"}, opts, bytes.NewReader(data), parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	sink := &entrySink{}
	runInto(t, g, sink)
	got := sink.waitEntries(t, "the last entry", func(e []parse.Entry) bool {
		return len(e) > 0 && strings.Contains(e[len(e)-1].Raw, "job=99")
	})
	if len(got) != 10 || !strings.Contains(got[0].Raw, "job=90") || !strings.Contains(got[1].Raw, "java.lang") {
		t.Fatalf("%d entries, want the 10 from job=90 on, job=91 with its stack trace; first %q", len(got), got[0].Raw)
	}
}

// An entry longer than a block is found by the time at its start, and one that a block boundary
// cuts is read again from its start.
func TestSinceOffsetLongLines(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	var offs []int64
	for i := range 40 {
		offs = append(offs, int64(b.Len()))
		fmt.Fprintf(&b, "%s INFO job=%d %s\n", t0.Add(time.Duration(i)*time.Second).Format(time.RFC3339), i, strings.Repeat("x", (i%3)*5000))
	}
	data := b.Bytes()
	for _, block := range []int{1000, 4096, 5003} {
		for _, i := range []int{1, 2, 3, 17, 38} {
			got, err := sinceOffset(bytes.NewReader(data), int64(len(data)), t0.Add(time.Duration(i)*time.Second), parse.NewParser(nil), make([]byte, block))
			if err != nil || got != offs[i] {
				t.Errorf("block %d, job %d: offset %d, %v; want %d", block, i, got, err, offs[i])
			}
		}
	}
}

// shrinkingReader is a file truncated while it is searched: after some reads it is short.
type shrinkingReader struct {
	data  []byte
	reads int
}

func (r *shrinkingReader) ReadAt(p []byte, off int64) (int, error) {
	if r.reads++; r.reads > 3 {
		r.data = r.data[:100]
	}
	return bytes.NewReader(r.data).ReadAt(p, off)
}

// A file truncated under the search ends it instead of spinning.
func TestSinceOffsetFileShrinks(t *testing.T) {
	data := bytes.Repeat([]byte("no time on this line\n"), 5000)
	done := make(chan int64, 1)
	go func() {
		off, _ := sinceOffset(&shrinkingReader{data: data}, int64(len(data)), time.Now(), parse.NewParser(nil), make([]byte, 512))
		done <- off
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("sinceOffset does not return when the file shrinks under it")
	}
}

// A file started at Since drops the entries it held written out of order with an earlier time of
// their own (a thread that logged late), their continuation lines with them; lines written after
// it was opened pass whatever their time, as a writer's clock may be off.
func TestSinceDropsEarlierEntriesWrittenOutOfOrder(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.log")
	lines := "2026-12-01T10:00:00Z INFO a1\n2026-12-01T10:05:00Z INFO a2\n2026-12-01T10:01:00Z WARN a3-late\n  at Worker.run(Worker.java:41)\n2026-12-01T10:06:00Z INFO a4\n"
	if err := os.WriteFile(p, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := testOptions(true, false)
	opts.Since = time.Date(2026, 12, 1, 10, 3, 0, 0, time.UTC)
	g, warns, err := open([]string{p}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	sink := &entrySink{}
	runInto(t, g, sink)
	sink.waitEntries(t, "the backfill", func(e []parse.Entry) bool { return len(e) > 0 && strings.Contains(e[len(e)-1].Raw, "a4") })
	appendLines(t, p, "2026-12-01T09:00:00Z INFO live, with a clock behind")
	got := sink.waitEntries(t, "the live line", func(e []parse.Entry) bool { return len(e) > 0 && strings.Contains(e[len(e)-1].Raw, "live") })
	var raws []string
	for _, e := range got {
		raws = append(raws, e.Raw)
	}
	want := []string{"2026-12-01T10:05:00Z INFO a2", "2026-12-01T10:06:00Z INFO a4", "2026-12-01T09:00:00Z INFO live, with a clock behind"}
	if !slices.Equal(raws, want) {
		t.Fatalf("entries %q, want %q", raws, want)
	}
}

// A file whose first lines have no time (a banner, a program's configuration) keeps them when
// since is before its first timed line: they belong to no earlier entry. After that line they
// stay behind, as the lines of any entry before since do.
func TestSinceOffsetKeepsAnUntimedPreamble(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var pre bytes.Buffer
	for i := range 2000 {
		fmt.Fprintf(&pre, "config key.%d = value %d\n", i, i)
	}
	timed, offs := sinceLog(t0, 100, time.RFC3339)
	data := append(pre.Bytes(), timed...)
	base := int64(pre.Len())
	for _, block := range []int{4096, 1 << 20} {
		for _, c := range []struct {
			since time.Time
			want  int64
		}{
			{t0.Add(-time.Hour), 0},
			{t0, 0},
			{t0.Add(50 * time.Second), base + offs[50]},
		} {
			got, err := sinceOffset(bytes.NewReader(data), int64(len(data)), c.since, parse.NewParser(nil), make([]byte, block))
			if err != nil || got != c.want {
				t.Errorf("block %d, since %s: offset %d, %v; want %d", block, c.since.Format(time.RFC3339), got, err, c.want)
			}
		}
	}
}
