package tail

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestLokiFigure measures the backfill of 100,000 lines from a real Loki by the trawl binary
// (JSON Lines out, as headless mode writes them) beside logcli built from the same Loki module
// (`logcli query --limit 100000`, its default batch of 1,000 and a batch of 5,000 like trawl's
// pages), in the same run: wall time and peak resident memory, the median of three runs each. It
// is a figure for the README, not a test: set TRAWL_LOKI_FIGURE=1 (and TRAWL_LOKI_BIN) and run
// it with -v.
func TestLokiFigure(t *testing.T) {
	if os.Getenv("TRAWL_LOKI_FIGURE") == "" {
		t.Skip("set TRAWL_LOKI_FIGURE=1 to measure the Loki figure")
	}
	const n = 100_000
	logcli := filepath.Join(filepath.Dir(lokiBin(t)), "logcli")
	if _, err := os.Stat(logcli); err != nil {
		t.Skipf("no logcli beside TRAWL_LOKI_BIN: %v", err)
	}
	l := startLoki(t)
	base := time.Now().Add(-50 * time.Minute).UnixNano()
	lines := make([]pushLine, n)
	for i := range lines {
		lines[i] = pushLine{
			labels: map[string]string{"app": "fig", "pod": fmt.Sprintf("fig-%d", i%4)},
			ts:     base + int64(i)*int64(25*time.Millisecond),
			line:   fmt.Sprintf(`level=info msg="request served" path=/api/v1/items/%d status=200 duration_ms=%d user=user%d`, i, i%997, i%113),
		}
	}
	l.push(lines)

	trawl := filepath.Join(t.TempDir(), "trawl")
	if out, err := exec.Command("go", "build", "-o", trawl, "github.com/trawl-dev/trawl").CombinedOutput(); err != nil {
		t.Fatalf("build trawl: %v\n%s", err, out)
	}
	query := `{app="fig"}`
	runs := []struct {
		name string
		argv []string
	}{
		{"trawl --json --no-follow -n 100000", []string{trawl, "--json", "--no-follow", "-n", "100000", "--loki-addr", l.addr, "loki:" + query}},
		{"trawl --json --no-follow --since 1h", []string{trawl, "--json", "--no-follow", "--since", "1h", "--loki-addr", l.addr, "loki:" + query}},
		{"logcli query --limit 100000 (batch 1000)", []string{logcli, "query", "--quiet", "--addr", l.addr, "--since", "1h", "--limit", "100000", "-o", "jsonl", query}},
		{"logcli query --limit 100000 --batch 5000", []string{logcli, "query", "--quiet", "--addr", l.addr, "--since", "1h", "--limit", "100000", "--batch", "5000", "-o", "jsonl", query}},
	}
	for _, r := range runs {
		var walls, cpus []time.Duration
		var rss []int64
		for range 3 {
			wall, cpu, maxRSS, count := measure(t, r.argv)
			if count != n {
				t.Fatalf("%s printed %d lines, want %d", r.name, count, n)
			}
			walls, cpus, rss = append(walls, wall), append(cpus, cpu), append(rss, maxRSS)
		}
		slices.Sort(walls)
		slices.Sort(cpus)
		slices.Sort(rss)
		t.Logf("%-44s %6.2f s wall  %6.2f s CPU  %4d MiB peak RSS", r.name, walls[1].Seconds(), cpus[1].Seconds(), rss[1]>>10)
	}
}

// measure runs argv with its output counted, and returns its wall time, its CPU time (user and
// system), its peak resident memory in KiB and the lines it printed.
func measure(t *testing.T, argv []string) (wall, cpu time.Duration, maxRSS int64, lines int) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	var count lineCounter
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &count, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", argv, err, stderr.String())
	}
	wall = time.Since(start)
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return wall, cpu, ru.Maxrss, count.n
}

// lineCounter counts the newlines written to it.
type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}
