package tail

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

var seqRE = regexp.MustCompile(`seq[=:"]+(\d+)`)

// TestSoakGenCorpus follows the shared corpus generator in live mode while it rotates its files,
// and checks that every record arrives exactly once per file. It takes tens of seconds, so it
// runs only with TRAWL_SOAK=1.
func TestSoakGenCorpus(t *testing.T) {
	if os.Getenv("TRAWL_SOAK") == "" {
		t.Skip("set TRAWL_SOAK=1 to run")
	}
	gen := genCorpus(t)
	bin := filepath.Join(t.TempDir(), "gen-corpus")
	if out, err := exec.Command("go", "build", "-o", bin, gen).CombinedOutput(); err != nil {
		t.Skipf("build gen-corpus: %v\n%s", err, out)
	}
	for _, mode := range []string{"create", "copytruncate", "delete"} {
		for _, poll := range []bool{false, true} {
			t.Run(mode+"/poll="+strconv.FormatBool(poll), func(t *testing.T) { soak(t, bin, mode, poll) })
		}
	}
}

func soak(t *testing.T, bin, mode string, poll bool) {
	dir := t.TempDir()
	files := []string{"app.json", "access.log", "app.logfmt"}
	var specs []string
	for _, f := range files {
		specs = append(specs, filepath.Join(dir, f))
	}
	opts := Options{Follow: true, Poll: poll, PollInterval: 50 * time.Millisecond}
	g, _, err := open(specs, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil {
		t.Fatal(err)
	}
	s := runGroup(t, g)
	const records = 30000
	cmd := exec.Command(bin, "-size", "0", "-out", dir, "-sources", "json,access,logfmt", "-follow",
		"-rate", "6000", "-lines", strconv.Itoa(records), "-rotate", "1500", "-rotate-mode", mode)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen-corpus: %v\n%s", err, out)
	}
	s.waitFor(t, "all records", func(g []got) bool { return len(g) >= records })
	time.Sleep(300 * time.Millisecond) // not a synchronisation: a grace period to catch duplicates
	seen := map[string]map[int]int{}
	for _, e := range s.snapshot() {
		m := seqRE.FindStringSubmatch(e.raw)
		if m == nil {
			t.Fatalf("no seq in %q", e.raw)
		}
		n, _ := strconv.Atoi(m[1])
		if seen[e.source] == nil {
			seen[e.source] = map[int]int{}
		}
		seen[e.source][n]++
	}
	total := 0
	for src, m := range seen {
		maxSeq, dups := 0, 0
		for n, c := range m {
			maxSeq = max(maxSeq, n)
			if c > 1 {
				dups++
			}
		}
		total += len(m)
		if dups > 0 || len(m) != maxSeq {
			t.Errorf("%s: %d distinct of %d, %d duplicated", src, len(m), maxSeq, dups)
		}
	}
	if total != records {
		t.Errorf("%d records, want %d", total, records)
	}
	for _, st := range g.Stats() {
		t.Logf("%s: %d lines, %d rotations, %d truncations, state %s", st.Source, st.Lines, st.Rotations, st.Truncations, st.State)
	}
}

// genCorpus finds the shared corpus generator beside the repository (../shared/tools), or where
// TRAWL_GEN_CORPUS says; tests that need it skip without it, since users do not have it.
func genCorpus(tb testing.TB) string {
	path := os.Getenv("TRAWL_GEN_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "tools", "gen-corpus.go")
	}
	abs, err := filepath.Abs(path)
	if err == nil {
		_, err = os.Stat(abs)
	}
	if err != nil {
		tb.Skipf("no corpus generator at %s (set TRAWL_GEN_CORPUS)", path)
	}
	return abs
}
