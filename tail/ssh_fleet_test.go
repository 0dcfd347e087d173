package tail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// arrivalSink records when each entry arrived, and how many came after a later one.
type arrivalSink struct {
	mu     sync.Mutex
	lat    []time.Duration
	seen   map[string]int
	newest int64
	late   int
}

func (s *arrivalSink) Append(b *parse.Batch) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range b.Items {
		e := b.Peek(i)
		s.lat = append(s.lat, now.Sub(time.Unix(0, e.Time)))
		if e.Time < s.newest {
			s.late++
		}
		s.newest = max(s.newest, e.Time)
		s.seen[strings.Clone(e.Raw[strings.Index(e.Raw, "INFO ")+5:])]++
	}
}

func (s *arrivalSink) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.lat)
}

// TestSshFleetFigure follows 20 hosts (20 sshd on this machine) written at 1,000 lines/s each,
// and reports whether every line came once, the latency from write to output, and trawl's CPU
// and memory. It is a measurement, not a check of speed: run it with TRAWL_FLEET=1.
func TestSshFleetFigure(t *testing.T) {
	if os.Getenv("TRAWL_FLEET") == "" {
		t.Skip("a measurement: run with TRAWL_FLEET=1")
	}
	const hosts, rate = 20, 1000
	span := 20 * time.Second
	lab := newSSHLab(t)
	var names, logs []string
	for i := range hosts {
		name := fmt.Sprintf("f%02d", i+1)
		h := lab.addHost(name)
		names = append(names, name)
		logs = append(logs, filepath.Join(h.root, "app.log"))
		writeLines(t, logs[i], nil, os.O_CREATE|os.O_TRUNC)
	}
	g := openSSH(t, lab, []string{"ssh:f[01-20]:" + lab.path("app.log")}, testOptions(true, false))
	sink := &arrivalSink{seen: map[string]int{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, sink) }()
	waitStatesFor(t, g, stateStreaming, hosts, 3*time.Minute)

	var before syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	start := time.Now()
	n := int(span.Seconds()) * rate
	var wg sync.WaitGroup
	for i := range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Lines in bursts of 10 every 10 ms: 1,000 a second.
			f, err := os.OpenFile(logs[i], os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Error(err)
				return
			}
			defer f.Close()
			var buf []byte
			for k := 0; k < n; k += 10 {
				buf = buf[:0]
				for j := k; j < k+10; j++ {
					buf = fmt.Appendf(buf, "%s INFO %s seq=%07d some payload to make it a typical line of about a hundred bytes\n",
						time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"), names[i], j)
				}
				_, _ = f.Write(buf)
				time.Sleep(time.Until(start.Add(time.Duration(k+10) * time.Second / rate)))
			}
		}()
	}
	var peakHeap uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(500 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			peakHeap = max(peakHeap, ms.HeapInuse)
		}
	}()
	wg.Wait()
	deadline := time.Now().Add(60 * time.Second)
	for sink.count() < n*hosts && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	elapsed := time.Since(start)
	var after syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	close(stop)
	cancel()
	<-done
	var kids syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &kids)

	missing, twice := 0, 0
	for _, name := range names {
		for j := range n {
			switch sink.seen[fmt.Sprintf("%s seq=%07d some payload to make it a typical line of about a hundred bytes", name, j)] {
			case 0:
				missing++
			case 1:
			default:
				twice++
			}
		}
	}
	lat := slices.Clone(sink.lat)
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		return lat[min(len(lat)-1, int(p*float64(len(lat))))].Round(time.Millisecond)
	}
	cpu := func(r syscall.Rusage) time.Duration {
		return time.Duration(r.Utime.Nano() + r.Stime.Nano())
	}
	self := cpu(after) - cpu(before)
	load, _ := os.ReadFile("/proc/loadavg")
	status, _ := os.ReadFile("/proc/self/status")
	hwm := ""
	for l := range strings.Lines(string(status)) {
		if strings.HasPrefix(l, "VmHWM") {
			hwm = strings.Join(strings.Fields(l)[1:], " ")
		}
	}
	t.Logf("%d hosts × %d lines/s for %s: %d lines, %d missing, %d more than once, %d after a later one", hosts, rate, span, len(lat), missing, twice, sink.late)
	t.Logf("write to output: p50 %s, p99 %s, max %s", pct(0.5), pct(0.99), lat[len(lat)-1].Round(time.Millisecond))
	t.Logf("trawl (and the test's writers): %.0f%% of a core over %s; ssh clients %.0f%% of a core; peak heap %.1f MiB, peak RSS %s",
		100*self.Seconds()/elapsed.Seconds(), elapsed.Round(time.Second), 100*cpu(kids).Seconds()/elapsed.Seconds(), float64(peakHeap)/(1<<20), hwm)
	t.Logf("load average during the run: %s", strings.TrimSpace(string(load)))
	if missing+twice > 0 {
		t.Errorf("%d lines missing, %d more than once", missing, twice)
	}
}
