package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/trawl-dev/trawl/parse"
)

// TestSplitter feeds the same input in every chunking and checks lines, offsets and truncation.
func TestSplitter(t *testing.T) {
	tests := []struct {
		name  string
		input string
		max   int
		want  []got // raw, offset, truncated
	}{
		{"simple", "a\nbb\n", 10, []got{{raw: "a"}, {raw: "bb", offset: 2}}},
		{"partial last line is flushed at the end, marked", "a\nbb", 10, []got{{raw: "a"}, {raw: "bb", offset: 2, noNewline: true}}},
		{"empty lines are lines", "\n\nx\n", 10, []got{{raw: ""}, {raw: "", offset: 1}, {raw: "x", offset: 2}}},
		{"exactly max is not truncated", "abcd\nx\n", 4, []got{{raw: "abcd"}, {raw: "x", offset: 5}}},
		{"longer than max keeps max bytes", "abcdefgh\nx\n", 4, []got{{raw: "abcd", truncated: true}, {raw: "x", offset: 9}}},
		{"long partial last line", "x\nabcdefgh", 4, []got{{raw: "x"}, {raw: "abcd", offset: 2, truncated: true, noNewline: true}}},
		{"a cut falls between characters", "ab\u00e9\u00e9\nx\n", 5, []got{{raw: "ab\u00e9", truncated: true}, {raw: "x", offset: 7}}},
		{"CR is left to the stream", "a\r\n", 10, []got{{raw: "a"}}},
		// A hole of NULs as long as the cap or longer (copytruncate's writer going on at its old
		// offset) is no line: the line after it is kept whole, at its own offset.
		{"a hole before a line", "x\n" + strings.Repeat("\x00", 10) + "line\ny\n", 4, []got{{raw: "x"}, {raw: "line", offset: 12}, {raw: "y", offset: 17}}},
		{"a hole of the cap's length", "\x00\x00\x00\x00ab\n", 4, []got{{raw: "ab", offset: 4}}},
		{"a hole alone on its line", strings.Repeat("\x00", 9) + "\nz\n", 4, []got{{raw: "z", offset: 10}}},
		{"a hole at the end", "x\n" + strings.Repeat("\x00", 9), 4, []got{{raw: "x"}}},
		{"a shorter run of NULs stays in its line", "\x00\x00ab\n", 4, []got{{raw: "\x00\x00ab"}}},
		{"NULs exactly as long as the cap are a line", "\x00\x00\x00\x00\nok\n", 4, []got{{raw: "\x00\x00\x00\x00"}, {raw: "ok", offset: 5}}},
		{"NULs that push a line past the cap", "\x00\x00\x00abcd\nz\n", 4, []got{{raw: "abcd", offset: 3}, {raw: "z", offset: 8}}},
	}
	for _, tt := range tests {
		for size := 1; size <= len(tt.input); size++ {
			t.Run(fmt.Sprintf("%s/chunk%d", tt.name, size), func(t *testing.T) {
				var b parse.Batch
				sp := newSplitter(&lineStream{}, tt.max, true)
				in := []byte(tt.input)
				for off := 0; off < len(in); off += size {
					sp.feed(in[off:min(off+size, len(in))], int64(off), &b)
				}
				sp.finish(&b)
				sp.stream.Flush(&b)
				var gotAll []got
				for i := range b.Items {
					it := b.Items[i]
					gotAll = append(gotAll, got{raw: string(it.Raw.Of(b.Data)), offset: it.Offset, truncated: it.Truncated, noNewline: it.NoNewline})
				}
				if fmt.Sprint(gotAll) != fmt.Sprint(tt.want) {
					t.Fatalf("got %v, want %v", gotAll, tt.want)
				}
			})
		}
	}
}

// TestSplitterReleasesAPartialLine: a line let go before its newline is marked; completed, it
// comes again whole, marked as replacing it, and is counted once.
func TestSplitterReleasesAPartialLine(t *testing.T) {
	var b parse.Batch
	sp := newSplitter(&lineStream{}, 100, true)
	sp.feed([]byte("a\npart"), 0, &b)
	sp.release(&b)
	sp.release(&b) // a second quiet time lets nothing more go
	sp.feed([]byte("ial line\nnext\n"), 6, &b)
	sp.finish(&b)
	sp.flush(&b)
	var gotAll []got
	for _, it := range b.Items {
		gotAll = append(gotAll, got{raw: string(it.Raw.Of(b.Data)), offset: it.Offset, noNewline: it.NoNewline, replaces: it.Replaces})
	}
	want := []got{{raw: "a"}, {raw: "part", offset: 2, noNewline: true}, {raw: "partial line", offset: 2, replaces: true}, {raw: "next", offset: 15}}
	if fmt.Sprint(gotAll) != fmt.Sprint(want) {
		t.Fatalf("got %v, want %v", gotAll, want)
	}
	if sp.lines != 3 {
		t.Fatalf("%d lines counted, want 3", sp.lines)
	}
}

// countingReader counts the bytes read through ReadAt.
type countingReader struct {
	r io.ReaderAt
	n int64
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n += int64(n)
	return n, err
}

func TestBackfillReadsBackwards(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.log")
	lines := numbered("line", 1, 200_000) // 2.2 MB
	writeLines(t, p, lines, os.O_TRUNC)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	cr := &countingReader{r: f}
	off, read, err := tailOffset(cr, fi.Size(), 1000, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := fi.Size() - 1000*int64(len(lines[0])+1); off != want {
		t.Fatalf("offset %d, want %d", off, want)
	}
	if cr.n != read || read > backChunk {
		t.Fatalf("read %d bytes (reported %d) to find 1000 lines, want at most one block of %d", cr.n, read, backChunk)
	}

	// Through the group: without All only the last Lines lines arrive, with All every one.
	for _, all := range []bool{false, true} {
		opts := Options{Lines: 1000, All: all}
		g, s := start(t, []string{p}, opts)
		want := lines[len(lines)-1000:]
		if all {
			want = lines
		}
		s.waitLines(t, want)
		waitStat(t, g, s, p, "done", func(st Stats) bool { return st.State == stateDone })
		st := statOf(g, p)
		if st.Read != st.Size || st.Size != int64(len(want)*(len(lines[0])+1)) || st.State != stateDone {
			t.Fatalf("all=%v: stats %+v", all, st)
		}
	}
}

func TestTailOffsetEdges(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want int64
	}{
		{"", 3, 0},
		{"a\nb\nc\n", 2, 2},
		{"a\nb\nc", 2, 2},
		{"a\nb\nc\n", 5, 0},
		{"a\n\n\n", 2, 2},
	}
	for _, tt := range tests {
		off, _, err := tailOffset(strings.NewReader(tt.in), int64(len(tt.in)), tt.n, make([]byte, 2))
		if err != nil || off != tt.want {
			t.Errorf("tailOffset(%q, %d) = %d, %v; want %d", tt.in, tt.n, off, err, tt.want)
		}
	}
}

func TestHugeLineTruncated(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.log")
	big := bytes.Repeat([]byte("x"), 10<<20)
	if err := os.WriteFile(p, append(append([]byte("first\n"), big...), "\nlast"...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, s := start(t, []string{p}, Options{All: true, MaxEntryBytes: 1 << 20})
	s.waitFor(t, "3 entries", func(g []got) bool { return len(g) == 3 })
	g := s.snapshot()
	if g[0].raw != "first" || len(g[1].raw) != 1<<20 || !g[1].truncated || g[1].offset != 6 || g[2].raw != "last" || g[2].truncated {
		t.Fatalf("entries: %q (%d bytes, truncated %v), %q", g[0].raw, len(g[1].raw), g[1].truncated, g[2].raw)
	}
}

func TestPartialLineAtEOF(t *testing.T) {
	p := filepath.Join(t.TempDir(), "p.log")
	if err := os.WriteFile(p, []byte("one\ntwo\n\tmore\nthree"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, s := start(t, []string{p}, Options{})
	s.waitLines(t, []string{"one", "two\n\tmore", "three"})
}

func TestStdinPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	g, warns, err := open([]string{"-"}, testOptions(true, false), r, testStreams)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	s := runGroup(t, g)
	fmt.Fprint(w, "s 1\ns 2\n\tcontinued\ns 3") // the last line has no newline yet
	s.waitLines(t, []string{"s 1", "s 2\n\tcontinued"})
	fmt.Fprint(w, "\n")
	s.waitLines(t, []string{"s 1", "s 2\n\tcontinued", "s 3"})
	w.Close()
	waitStat(t, g, s, "stdin", "done", func(st Stats) bool { return st.State == stateDone && st.Lines == 4 })
}

func TestStdinCancel(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	g, _, err := open([]string{"-"}, testOptions(true, false), r, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- g.Run(ctx, newSink()) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel while stdin was blocked")
	}
}

func TestOpenWarnings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.log")
	writeLines(t, good, []string{"x"}, os.O_TRUNC)
	bin := filepath.Join(dir, "bin.log")
	os.WriteFile(bin, []byte{0, 1, 2, 3}, 0o644)
	zip := filepath.Join(dir, "old.log.zip") // a named gzip file is read (TestNamedCompressedFileIsRead), a zip archive not
	os.WriteFile(zip, []byte("PK\x03\x04"), 0o644)
	missingDir := filepath.Join(dir, "nodir", "x.log")
	missingFile := filepath.Join(dir, "later.log")

	_, warns, err := open([]string{missingDir, zip}, Options{}, nil, testStreams)
	if !errors.Is(err, errNoSource) || len(warns) != 2 {
		t.Fatalf("nothing usable: err %v, warnings %v", err, warns)
	}
	if !errors.Is(warns[0], fs.ErrNotExist) {
		t.Fatalf("warnings %v", warns)
	}
	// Followed, a file in a directory still to be made is waited for, as tail -F waits.
	g0, warns, err := open([]string{missingDir, zip}, Options{Follow: true}, nil, testStreams)
	var awaited *Awaited
	if err != nil || len(warns) != 2 || !errors.As(warns[0], &awaited) {
		t.Fatalf("a file in a directory to come: err %v, warnings %v", err, warns)
	}
	if g0.watcher != nil {
		g0.watcher.Close()
	}
	// A binary file named on the command line is read: the user asked for it.
	if _, warns, err := open([]string{bin}, Options{}, nil, testStreams); err != nil || len(warns) != 0 {
		t.Fatalf("named binary file: err %v, warnings %v", err, warns)
	}
	// Without following a missing file cannot be waited for.
	if _, _, err := open([]string{missingFile}, Options{}, nil, testStreams); err == nil {
		t.Fatal("a missing file without following should be unusable")
	}
	g, warns, err := open([]string{good, missingFile, filepath.Join(dir, "*.log")}, Options{Follow: true}, nil, testStreams)
	if err != nil || len(warns) != 2 { // missing, and bin.log from the glob
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	if n := len(g.Stats()); n != 2 { // good.log once, later.log waiting
		t.Fatalf("%d sources: %+v", n, g.Stats())
	}
	if st := statOf(g, missingFile); st.State != stateWaiting {
		t.Fatalf("missing file state %q", st.State)
	}
	if g.watcher != nil {
		g.watcher.Close()
	}
}

func TestPermissionDenied(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.log")
	good := filepath.Join(dir, "good.log")
	writeLines(t, p, []string{"secret 1"}, os.O_TRUNC)
	writeLines(t, good, []string{"good 1"}, os.O_TRUNC)
	os.Chmod(p, 0)
	_, warns, err := open([]string{p}, Options{Follow: true}, nil, testStreams)
	if err == nil || len(warns) != 1 || warns[0].Error() != "open "+p+": permission denied" {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	g, _, err := open([]string{p, good}, testOptions(true, false), nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	s := runGroup(t, g)
	if st := statOf(g, p); !strings.HasPrefix(st.State, "error: ") || st.Errors != 1 {
		t.Fatalf("state %+v", st)
	}
	os.Chmod(p, 0o644)
	s.waitFor(t, "secret readable", hasRaw("secret 1"))
}

// TestSplitterKeepsTheSizeOfACutLine: a line over the cap, in any chunking, ends as one entry
// that keeps its first bytes up to a character boundary and says how long the line was.
func TestSplitterKeepsTheSizeOfACutLine(t *testing.T) {
	const max = 1 << 20
	long := strings.Repeat("日本語のログ", max/18+5) // 18 bytes a repeat; the cap falls inside a character
	input := "first\n" + long + "\nlast\n"
	for _, size := range []int{7, 4096, 1 << 16, len(input)} {
		var b parse.Batch
		sp := newSplitter(parse.NewStream("s", parse.StreamOptions{MaxEntryBytes: max}), max, true)
		for off := 0; off < len(input); off += size {
			sp.feed([]byte(input[off:min(off+size, len(input))]), int64(off), &b)
		}
		sp.finish(&b)
		sp.flush(&b)
		if b.Len() != 3 {
			t.Fatalf("chunk %d: %d entries, want 3", size, b.Len())
		}
		e := b.Peek(1)
		if !e.Truncated || e.Size != int64(len(long)) || e.Offset != 6 || !strings.HasPrefix(long, e.Raw) ||
			len(e.Raw) < max-3 || !utf8.ValidString(e.Raw) {
			t.Fatalf("chunk %d: truncated %v, size %d (want %d), offset %d, %d bytes kept, valid %v", size,
				e.Truncated, e.Size, len(long), e.Offset, len(e.Raw), utf8.ValidString(e.Raw))
		}
		if e := b.Peek(2); e.Raw != "last" || e.Truncated || e.Size != 0 {
			t.Fatalf("chunk %d: the next line: %+v", size, e)
		}
	}
}

// A line that outgrows the entry cap before its newline (a device that writes no newline, such as
// /dev/zero, or one run-away line) shows as its cut entry at once, and the completed line, if its
// newline comes, replaces it.
func TestEndlessLineShownCut(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	g, warns, err := open([]string{"-"}, Options{Follow: true, MaxEntryBytes: 64}, r, testStreams)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	s := runGroup(t, g)
	go func() {
		w.Write([]byte("before\n"))
		w.Write(bytes.Repeat([]byte{0}, 64<<10)) // no newline yet
	}()
	s.waitFor(t, "the cut line", func(g []got) bool {
		return len(g) == 2 && g[1].truncated && g[1].open && g[1].noNewline && len(g[1].raw) == 64
	})
	w.Write([]byte("\nafter\n"))
	w.Close()
	s.waitFor(t, "the completed line", func(g []got) bool {
		return len(g) == 4 && g[2].replaces && g[2].truncated && !g[2].noNewline && len(g[2].raw) == 64 && g[3].raw == "after"
	})
}

// A source read to its end (headless without follow) lets a long line come whole: it is one
// entry, cut at the cap, and not also an entry let go before its newline came (which, printed,
// was the same line twice).
func TestLongLineReadToItsEndIsOneEntry(t *testing.T) {
	const max = 100
	input := "before\n2026-11-29T07:41:16Z INFO " + strings.Repeat("x", 64<<10) + "\n2026-11-29T07:41:17Z INFO after\n"
	var b parse.Batch
	sp := newSplitter(parse.NewStream("s", parse.StreamOptions{MaxEntryBytes: max}), max, false)
	for off := 0; off < len(input); off += 4096 {
		sp.feed([]byte(input[off:min(off+4096, len(input))]), int64(off), &b)
	}
	sp.finish(&b)
	sp.flush(&b)
	if b.Len() != 3 {
		t.Fatalf("%d entries, want 3 (before, the long line, after)", b.Len())
	}
	if e := b.Peek(1); !e.Truncated || e.NoNewline || e.Size != int64(len(input)-len("before\n")-len("\n2026-11-29T07:41:17Z INFO after\n")) {
		t.Errorf("the long line: truncated %v, no newline %v, size %d", e.Truncated, e.NoNewline, e.Size)
	}
}

// A file named as a glob is ("*.log") is read, and so is every file the glob covers, now and
// later: an adversarial try hid a folder's logs from the quoted glob behind such a file.
func TestFileNamedAsAGlobHidesNothing(t *testing.T) {
	dir := t.TempDir()
	pattern := filepath.Join(dir, "*.log")
	writeLines(t, pattern, []string{"from the file called *.log"}, os.O_TRUNC)
	writeLines(t, filepath.Join(dir, "a.log"), []string{"from a.log"}, os.O_TRUNC)
	g, _, err := open([]string{pattern}, testOptions(true, false), nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	s := runGroup(t, g)
	s.waitFor(t, "the file called *.log", hasRaw("from the file called *.log"))
	s.waitFor(t, "a.log, which the glob covers", hasRaw("from a.log"))
	writeLines(t, filepath.Join(dir, "b.log"), []string{"from b.log, made later"}, os.O_TRUNC)
	s.waitFor(t, "b.log, made after the start", hasRaw("from b.log, made later"))
}

// A file whose name holds a glob's character (a backslash) and that the pattern matches nothing
// else beside is read with no warning: "no matching files" was said of a file being read.
func TestFileWithABackslashIsReadWithoutAWarning(t *testing.T) {
	path := filepath.Join(t.TempDir(), `back\slash.log`)
	writeLines(t, path, []string{"from the file"}, os.O_TRUNC)
	for _, follow := range []bool{false, true} {
		g, warns, err := open([]string{path}, testOptions(follow, false), nil, testStreams)
		if err != nil || len(warns) != 0 {
			t.Fatalf("follow %v: err %v, warnings %v; want the file read, no warning", follow, err, warns)
		}
		if !follow {
			continue
		}
		s := runGroup(t, g)
		s.waitFor(t, "the file", hasRaw("from the file"))
	}
}

// An unreadable folder is said to be one, not an empty one ("no log files in it").
func TestUnreadableFolderSaysWhy(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := filepath.Join(t.TempDir(), "closed")
	if err := os.Mkdir(dir, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	_, warns, err := open([]string{dir}, Options{}, nil, testStreams)
	if err == nil || len(warns) != 1 || !errors.Is(warns[0], fs.ErrPermission) {
		t.Fatalf("err %v, warnings %v; want permission denied", err, warns)
	}
}
