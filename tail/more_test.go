package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	text := []byte("Mar  1 12:00:00 host app: hello\n")
	files := map[string][]byte{
		"syslog": text, "messages": text, "auth.log": text, "kern.log": text, "daemon.log": text,
		"app.log": text, "Xorg.0.log": text, "dpkg.log": text,
		"syslog.1": text, "syslog.2.gz": text, "auth.log-20260101": text, "kern.log.1": text,
		"boot": text, // not a standard name and not *.log
		"wtmp": {0, 0, 1}, "btmp": {0}, "lastlog": {0}, "faillog": {0},
		"fake.log":                 {0, 1, 2, 0}, // binary despite its name
		"nginx/access.log":         text,
		"nginx/error.log":          text,
		"nginx/access.log.1":       text,
		"nginx/access.log.2.gz":    text,
		"nginx/deep/too.log":       text,
		"journal/x/system.journal": {0, 1},
		"apt/history.log":          text,
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, denied, err := Discover(root)
	if err != nil || denied != nil {
		t.Fatalf("Discover: denied %q, err %v", denied, err)
	}
	for i := range got {
		got[i] = strings.TrimPrefix(got[i], root+"/")
	}
	want := []string{"Xorg.0.log", "apt/history.log", "app.log", "auth.log", "daemon.log", "dpkg.log", "kern.log", "messages", "nginx/access.log", "nginx/error.log", "syslog"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("Discover = %q\nwant %q", got, want)
	}
	if _, _, err := Discover(filepath.Join(root, "none")); err == nil {
		t.Fatal("a missing root should be an error")
	}
}

// Logs the user may not read are named apart, so that trawl can say what sudo would show; a
// rotated copy or a binary record is not a log it would have read, readable or not.
func TestDiscoverDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions mean nothing to root; the real binary is tested as nobody in the root package")
	}
	root := t.TempDir()
	text := []byte("Mar  1 12:00:00 host app: hello\n")
	for name, mode := range map[string]os.FileMode{
		"syslog": 0o644, "auth.log": 0o000, "nginx/error.log": 0o000, "auth.log.1": 0o000, "btmp": 0o000, "private/x.log": 0o644,
	} {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, text, mode); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(root, "private"), 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(root, "private"), 0o755) })
	got, denied, err := Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(root, "auth.log"), filepath.Join(root, "nginx/error.log")}
	if !slices.Equal(got, []string{filepath.Join(root, "syslog")}) || !slices.Equal(denied, want) {
		t.Fatalf("Discover = %q, denied %q; want the syslog, and denied %q", got, denied, want)
	}
}

func fixedClock() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }

func TestDemoHistoryDeterministic(t *testing.T) {
	run := func() []got {
		g := newDemo(Options{Lines: 400, Now: fixedClock}, 42, testStreams)
		s := newSink()
		if err := g.Run(context.Background(), s); err != nil {
			t.Fatal(err)
		}
		// Sources run concurrently: compare each source's own sequence.
		out := s.snapshot()
		slices.SortStableFunc(out, func(a, b got) int { return strings.Compare(a.source, b.source) })
		return out
	}
	a, b := run(), run()
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("the same seed and clock gave different demo output")
	}
	bySource := map[string]int{}
	var trace, errs5xx bool
	for _, e := range a {
		bySource[e.source]++
		// The test stream joins only tab-indented lines; parse.Stream also joins "Caused by:".
		trace = trace || strings.Contains(e.raw, "\n\tat com.acme")
		errs5xx = errs5xx || strings.Contains(e.raw, "HTTP/1.1\" 50")
	}
	if len(bySource) != 4 || len(a) < 400 || len(a) > 800 {
		t.Fatalf("history: %d entries by source %v; want about 400 over 4 sources", len(a), bySource)
	}
	if !trace || !errs5xx {
		t.Fatalf("history lacks a stack trace (%v) or a 5xx (%v): the backfilled incident is missing", trace, errs5xx)
	}
}

func TestDemoLive(t *testing.T) {
	g := newDemo(Options{Lines: 50, Follow: true}, 7, testStreams)
	s := runGroup(t, g)
	n := len(s.snapshot())
	s.waitFor(t, "live entries", func(g []got) bool { return len(g) > n+5 })
	for _, st := range g.Stats() {
		if st.State != stateFollowing || st.Path != "demo:"+st.Source {
			t.Fatalf("stats %+v", st)
		}
	}
}

// TestStreamsMerge reads three files headless and checks the merged order: by Sort, then by
// stream index, each stream in its own order.
func TestStreamsMerge(t *testing.T) {
	dir := t.TempDir()
	var specs []string
	for i, n := range []int{3000, 10, 0} {
		p := filepath.Join(dir, fmt.Sprintf("f%d.log", i))
		writeLines(t, p, numbered(fmt.Sprintf("f%d", i), 1, n), os.O_TRUNC)
		specs = append(specs, p)
	}
	g, _, err := open(specs, Options{All: true}, nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	streams := g.Streams(context.Background())
	if len(streams) != 3 {
		t.Fatalf("%d streams", len(streams))
	}
	var out []string
	var sorts []int64
	Merge(context.Background(), streams, func(b *parse.Batch, i int) {
		out = append(out, string(b.Items[i].Raw.Of(b.Data)))
		sorts = append(sorts, b.Items[i].Sort)
	})
	<-g.Loaded()
	if len(out) != 3010 || !slices.IsSorted(sorts) {
		t.Fatalf("%d entries, sorted %v", len(out), slices.IsSorted(sorts))
	}
	// The test stream's Sort is the line number, so the merge interleaves f0 and f1 line by line,
	// f0 first on ties.
	if out[0] != "f0 000001" || out[1] != "f1 000001" || out[20] != "f0 000011" || out[21] != "f0 000012" {
		t.Fatalf("merged order: %q", out[:22])
	}
	for _, st := range g.Stats() {
		if st.State != stateDone {
			t.Fatalf("stats %+v", st)
		}
	}
}

func TestMergeCancel(t *testing.T) {
	ch := make(chan *parse.Batch) // never sends
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		Merge(ctx, []<-chan *parse.Batch{ch}, func(*parse.Batch, int) {})
		close(done)
	}()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Merge did not stop on cancel")
	}
}

// TestQuietFlush checks that a multi-line entry is released after the quiet period without any
// further line, and that a quiet file costs no wake-ups.
func TestQuietFlush(t *testing.T) {
	p := filepath.Join(t.TempDir(), "q.log")
	writeLines(t, p, nil, os.O_TRUNC)
	_, s := start(t, []string{p}, testOptions(true, false))
	appendLines(t, p, "boom", "\tat a", "\tat b")
	s.waitLines(t, []string{"boom\n\tat a\n\tat b"})
}

// TestWatcherUnavailable falls back to polling, says so once, and still follows rotations.
func TestWatcherUnavailable(t *testing.T) {
	p := filepath.Join(t.TempDir(), "app.log")
	writeLines(t, p, numbered("w", 1, 2), os.O_TRUNC)
	noWatcher := func() (*fsnotify.Watcher, error) { return nil, syscall.EMFILE }
	g, warns, err := openWith([]string{p}, testOptions(true, false), hooks{streams: testStreams, newWatcher: noWatcher})
	if err != nil || len(warns) != 1 || !errors.Is(warns[0], syscall.EMFILE) || !strings.Contains(warns[0].Error(), "polling every 20ms") {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	s := runGroup(t, g)
	s.waitLines(t, numbered("w", 1, 2))
	if st := statOf(g, p); st.State != statePolling {
		t.Fatalf("state %q, want polling", st.State)
	}
	os.Rename(p, p+".1")
	writeLines(t, p, numbered("w", 3, 4), os.O_EXCL)
	s.waitLines(t, numbered("w", 1, 4))
}

func TestRate(t *testing.T) {
	s := newSource("x", "x", "x", kindFile)
	t0 := fixedClock()
	if r := s.rate(t0, 0); r != 0 {
		t.Fatalf("rate with one sample = %v", r)
	}
	for i := 1; i <= 20; i++ {
		s.rate(t0.Add(time.Duration(i)*time.Second), int64(i*10))
	}
	if r := s.rate(t0.Add(20*time.Second), 200); r < 9.9 || r > 10.1 {
		t.Fatalf("rate = %v, want 10/s", r)
	}
}

// TestMergeManySources merges more streams than fit in a cache line, through the heap, and keeps
// the headless memory budget.
func TestMergeManySources(t *testing.T) {
	dir := t.TempDir()
	const n = 40
	for i := 0; i < n; i++ {
		writeLines(t, filepath.Join(dir, fmt.Sprintf("f%02d.log", i)), numbered(fmt.Sprintf("f%02d", i), 1, 50), os.O_TRUNC)
	}
	g, _, err := open([]string{dir}, Options{All: true}, nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	Merge(context.Background(), g.Streams(context.Background()), func(b *parse.Batch, i int) {
		out = append(out, string(b.Items[i].Raw.Of(b.Data)))
	})
	if len(out) != n*50 || out[0] != "f00 000001" || out[n-1] != fmt.Sprintf("f%02d 000001", n-1) || out[n] != "f00 000002" {
		t.Fatalf("%d entries, starting %q", len(out), out[:min(len(out), n+1)])
	}
	if c := headlessSizing(1000); c*1000*(streamDepth+3) > headlessBudget+1000*(streamDepth+3)*(16<<10) {
		t.Fatalf("chunk %d for 1000 sources is over budget", c)
	}
	if c := headlessSizing(7); c != headlessChunk {
		t.Fatalf("chunk %d for 7 sources", c)
	}
}

// TestDemoIntoRing runs the demo through the real parser into the real ring: stack traces are
// joined into one entry, and every source shows up.
func TestDemoIntoRing(t *testing.T) {
	opts := Options{Lines: 600, Now: fixedClock}
	g := newDemo(opts, 3, parseStreams(opts.withDefaults()))
	r := ring.New(ring.Options{})
	if err := g.Run(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	snap := r.Snapshot()
	joined := false
	for seq := snap.First(); seq < snap.Next(); seq++ {
		if !snap.Has(seq) {
			continue
		}
		raw := string(snap.Raw(seq))
		if strings.HasPrefix(raw, "java.lang") || strings.HasPrefix(raw, "Caused by") {
			t.Fatalf("a stack trace line became an entry of its own: %q", raw)
		}
		joined = joined || strings.Contains(raw, "\n\tat ") && strings.Contains(raw, "\nCaused by: ")
	}
	if !joined || len(snap.Sources()) != 4 || snap.Len() < 500 {
		t.Fatalf("joined %v, sources %v, %d entries", joined, snap.Sources(), snap.Len())
	}
	levels := snap.LevelCounts()
	if levels[parse.Error] == 0 || levels[parse.Info] == 0 {
		t.Fatalf("level counts %v", levels)
	}
}

// TestEncode produces the same order as Streams and Merge, leaves out what encode drops, and
// stops at write's error.
func TestEncode(t *testing.T) {
	dir := t.TempDir()
	var specs []string
	for i, n := range []int{5000, 700, 0, 3} {
		p := filepath.Join(dir, fmt.Sprintf("f%d.log", i))
		writeLines(t, p, numbered(fmt.Sprintf("f%d", i), 1, n), os.O_TRUNC)
		specs = append(specs, p)
	}
	group := func() *Group {
		g, _, err := open(specs, Options{All: true}, nil, testStreams)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	var want []byte
	Merge(context.Background(), group().Streams(context.Background()), func(b *parse.Batch, i int) {
		if raw := b.Items[i].Raw.Of(b.Data); !bytes.HasSuffix(raw, []byte("7")) {
			want = append(append(want, raw...), '\n')
		}
	})
	encode := func(dst []byte, e *parse.Entry) []byte {
		if strings.HasSuffix(e.Raw, "7") {
			return dst
		}
		return append(append(dst, e.Raw...), '\n')
	}
	var got []byte
	err := group().Encode(context.Background(), encode, func(p []byte) error {
		got = append(got, p...)
		return nil
	})
	if err != nil || !bytes.Equal(got, want) || len(want) == 0 {
		t.Fatalf("err %v; got %d bytes, want %d", err, len(got), len(want))
	}
	boom := errors.New("boom")
	if err := group().Encode(context.Background(), encode, func([]byte) error { return boom }); err != boom {
		t.Fatalf("err %v, want the write error", err)
	}
}

// A CSV export read from its newest lines takes its columns from the header at the file's
// start, which is not read as an entry: each row gets the level and host its columns hold.
func TestBackfillLearnsCSVHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.csv")
	lines := []string{"#TYPE Acme.Event", `"Id","Severity","Time Created","Machine Name","Body"`}
	for i := range 60 {
		lines = append(lines, fmt.Sprintf(`"%d","Warning","2026-02-16T14:30:%02dZ","node-%d","disk %d %% full"`, i, i, i%3, 80+i%20))
	}
	writeLines(t, path, lines, os.O_TRUNC)
	opts := testOptions(false, false)
	opts.Lines = 5
	g, warns, err := open([]string{path}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil {
		t.Fatalf("open: %v (%v)", err, warns)
	}
	s := runGroup(t, g)
	s.waitFor(t, "the last five rows", func(g []got) bool { return len(g) >= 5 })
	for _, e := range s.snapshot() {
		if e.level != parse.Warn || !strings.HasPrefix(e.host, "node-") {
			t.Errorf("row %q: level %v, host %q; want the Severity and Machine Name columns'", e.raw, e.level, e.host)
		}
	}
}

// The newest lines of a large JSON array (gcloud logging read --format=json > export.json) are
// read as its elements: the file's first lines say how they open.
func TestBackfillLearnsJSONArray(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.json")
	lines := []string{"["}
	for i := range 60 {
		lines = append(lines, "  {",
			`    "severity": "WARNING",`,
			fmt.Sprintf(`    "textPayload": "disk %d %% full",`, 80+i%20),
			fmt.Sprintf(`    "timestamp": "2026-02-16T14:30:%02dZ"`, i))
		if i < 59 {
			lines = append(lines, "  },")
		} else {
			lines = append(lines, "  }", "]")
		}
	}
	writeLines(t, path, lines, os.O_TRUNC)
	opts := testOptions(false, false)
	opts.Lines = 12
	g, warns, err := open([]string{path}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil {
		t.Fatalf("open: %v (%v)", err, warns)
	}
	s := runGroup(t, g)
	whole := func(g []got) (n int) {
		for _, e := range g {
			if strings.HasPrefix(strings.TrimSpace(e.raw), "{") {
				n++
			}
		}
		return n
	}
	// The lines above the first whole element may come first, as entries of their own.
	s.waitFor(t, "the newest elements, one entry each", func(g []got) bool { return whole(g) >= 2 })
	for _, e := range s.snapshot() {
		if strings.HasPrefix(strings.TrimSpace(e.raw), "{") && e.level != parse.Warn {
			t.Errorf("element %q: level %v; want its severity's", e.raw, e.level)
		}
	}
}

// TestTimesOnlyMergesAsTheWholeParse reads files of three shapes, the syslog one with and without
// priorities and the Java one with stack traces, once for their times only and once parsed whole:
// the raw lines come out merged in the same order, byte for byte.
func TestTimesOnlyMergesAsTheWholeParse(t *testing.T) {
	dir := t.TempDir()
	var syslog, java, jsonl []string
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i := range 400 {
		at := start.Add(time.Duration(i) * 1700 * time.Millisecond)
		pri := ""
		if i%3 == 0 {
			pri = "<38>"
		}
		syslog = append(syslog, fmt.Sprintf("%s%s web-%d sshd[%d]: Accepted publickey for deploy port %d", pri, at.Format(time.Stamp), i%4, 4000+i, 50000+i))
		java = append(java, fmt.Sprintf("%s ERROR [pool-1-thread-%d] com.shop.PaymentJob - charge %d failed", at.Add(300*time.Millisecond).Format("2006-01-02 15:04:05,000"), i%8, i))
		if i%5 == 0 {
			java = append(java, "java.lang.IllegalStateException: gateway timeout", "\tat com.shop.Gateway.charge(Gateway.java:88)", "\t... 12 more")
		}
		jsonl = append(jsonl, fmt.Sprintf(`{"level":"info","ts":"%s","msg":"served","status":200}`, at.Add(900*time.Millisecond).Format(time.RFC3339Nano)))
	}
	var specs []string
	for name, lines := range map[string][]string{"syslog": syslog, "app.log": java, "app.json": jsonl} {
		p := filepath.Join(dir, name)
		writeLines(t, p, lines, os.O_TRUNC)
		specs = append(specs, p)
	}
	rawOf := func(timesOnly bool) []byte {
		opts := Options{All: true, TimesOnly: timesOnly, Now: func() time.Time { return start.Add(48 * time.Hour) }, Location: time.UTC}
		g, _, err := open(specs, opts, nil, parseStreams(opts.withDefaults()))
		if err != nil {
			t.Fatal(err)
		}
		var out []byte
		encode := func(dst []byte, e *parse.Entry) []byte { return append(append(dst, e.Raw...), '\n') }
		if err := g.Encode(context.Background(), encode, func(p []byte) error { out = append(out, p...); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	whole, timesOnly := rawOf(false), rawOf(true)
	if !bytes.Equal(whole, timesOnly) || len(whole) == 0 {
		t.Fatalf("times only gave %d bytes, the whole parse %d; first difference at %d", len(timesOnly), len(whole), firstDiff(whole, timesOnly))
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
