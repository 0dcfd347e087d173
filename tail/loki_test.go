package tail

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// lokiLines makes n logfmt lines numbered from `from`, alternating between the streams
// {app="api"} and {app="web"}, three lines at each millisecond from base: lines that share a time
// are where a page boundary must drop only what it already delivered.
func lokiLines(base int64, from, n int) []pushLine {
	out := make([]pushLine, n)
	for i := range out {
		k := from + i
		app := []string{"api", "web"}[k%2]
		out[i] = pushLine{
			labels: map[string]string{"app": app},
			ts:     base + int64(k/3)*int64(time.Millisecond),
			line:   fmt.Sprintf("level=%s msg=\"line %06d\" n=%d", []string{"info", "warn", "error"}[k%3], k, k),
		}
	}
	return out
}

// lineNo is the number of a line that lokiLines made.
func lineNo(t *testing.T, e parse.Entry) int {
	t.Helper()
	_, v, ok := strings.Cut(e.Raw, " n=")
	n, err := strconv.Atoi(v)
	if !ok || err != nil {
		t.Fatalf("entry %q is not a test line", e.Raw)
	}
	return n
}

// checkOnce checks that entries hold the lines [from, from+n) exactly once each, in time order
// when ordered is set, with Loki's times, their levels and their streams as sources.
func checkOnce(t *testing.T, es []parse.Entry, from, n int, ordered bool) {
	t.Helper()
	seen := make([]int, n)
	for i, e := range es {
		k := lineNo(t, e)
		if k < from || k >= from+n {
			t.Fatalf("entry %d: line %d outside [%d, %d)", i, k, from, from+n)
		}
		seen[k-from]++
		if ordered && i > 0 && e.Time < es[i-1].Time {
			t.Fatalf("entry %d (line %d) at %d before the previous one at %d", i, k, e.Time, es[i-1].Time)
		}
		if app := []string{"api", "web"}[k%2]; !strings.Contains(e.Source, `app="`+app+`"`) {
			t.Fatalf("line %d: source %q, want its stream's labels", k, e.Source)
		}
		if want := []parse.Level{parse.Info, parse.Warn, parse.Error}[k%3]; e.Level != want {
			t.Fatalf("line %d: level %v, want %v", k, e.Level, want)
		}
		if e.Time == 0 || e.Format != parse.FormatLogfmt {
			t.Fatalf("line %d: time %d, format %v; want Loki's time and logfmt", k, e.Time, e.Format)
		}
	}
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("line %d delivered %d times", from+i, c)
		}
	}
}

// lokiGroup opens one loki: source of the test lines at addr.
func lokiGroup(t *testing.T, addr string, opts Options) (*Group, *loki) {
	t.Helper()
	opts.Loki = Loki{Addr: addr}
	g, warns, err := Open([]string{`loki:{app=~"api|web"}`}, opts)
	if err != nil || len(warns) > 0 {
		t.Fatalf("open: %v %v", err, warns)
	}
	for _, p := range g.procs {
		return g, p.(*loki)
	}
	t.Fatal("no loki source")
	return nil, nil
}

// A backfill of 12,000 lines, more than two pages of Loki's 5,000, arrives whole, once, and in
// time order, with --since and with -n, through the interface's path and the headless one.
func TestLokiBackfillPages(t *testing.T) {
	l := startLoki(t)
	base := time.Now().Add(-30 * time.Minute).UnixNano()
	l.push(lokiLines(base, 0, 12000))

	t.Run("since", func(t *testing.T) {
		g, _ := lokiGroup(t, l.addr, Options{Since: time.Unix(0, base-int64(time.Second))})
		sink := &entrySink{}
		if err := g.Run(context.Background(), sink); err != nil {
			t.Fatal(err)
		}
		es := sink.snapshot()
		if len(es) != 12000 {
			t.Fatalf("%d entries, want 12000", len(es))
		}
		checkOnce(t, es, 0, 12000, true)
		if st := g.Stats()[0]; st.State != stateDone || st.Lines != 12000 {
			t.Errorf("stats %+v, want done after 12000 lines", st)
		}
	})
	t.Run("last lines, headless", func(t *testing.T) {
		g, _ := lokiGroup(t, l.addr, Options{Lines: 7001})
		var es []parse.Entry
		Merge(context.Background(), g.Streams(context.Background()), func(b *parse.Batch, i int) {
			es = append(es, b.Entry(i))
		})
		if len(es) != 7001 {
			t.Fatalf("%d entries, want 7001", len(es))
		}
		checkOnce(t, es, 12000-7001, 7001, true)
		if err := g.Err(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("small pages", func(t *testing.T) {
		// Pages of 1,000 (a multiple of nothing the lines share a time by) end inside a
		// millisecond more often.
		g, src := lokiGroup(t, l.addr, Options{All: true})
		src.page = 1000
		sink := &entrySink{}
		if err := g.Run(context.Background(), sink); err != nil {
			t.Fatal(err)
		}
		checkOnce(t, sink.snapshot(), 0, 12000, true)
	})
}

// followLoki runs a following group of the test query at addr until the test ends.
func followLoki(t *testing.T, addr string) (*Group, *loki, *entrySink) {
	t.Helper()
	g, src := lokiGroup(t, addr, Options{Lines: -1, Follow: true})
	src.first = 300 * time.Millisecond
	sink := &entrySink{}
	runInto(t, g, sink)
	waitState(t, g, stateFollowing)
	return g, src, sink
}

// pushSlowly pushes lines in bursts of 50, as a service logs.
func pushSlowly(l *lokiServer, lines []pushLine) {
	for len(lines) > 0 {
		n := min(len(lines), 50)
		l.push(lines[:n])
		lines = lines[n:]
		time.Sleep(5 * time.Millisecond)
	}
}

// waitCount waits for n entries. Lines a Loki tail missed are fetched from the store after a quiet
// spell (lokiSilent), and on a loaded machine Loki may answer that query late: the wait leaves room
// for two spells and the query, where the entries themselves are still all required.
func waitCount(t *testing.T, sink *entrySink, n int) []parse.Entry {
	t.Helper()
	return sink.waitEntriesWithin(t, 2*lokiSilent+25*time.Second, fmt.Sprintf("%d entries", n), func(es []parse.Entry) bool { return len(es) >= n })
}

// Lines pushed while following arrive through the tail, each once.
func TestLokiTailLive(t *testing.T) {
	l := startLoki(t)
	_, _, sink := followLoki(t, l.addr)
	base := time.Now().UnixNano()
	pushSlowly(l, lokiLines(base, 0, 1000))
	es := waitCount(t, sink, 1000)
	time.Sleep(300 * time.Millisecond) // a duplicate would come within this
	checkOnce(t, sink.snapshot(), 0, 1000, false)
	_ = es
}

// A tail cut by the network, and one whose server is stopped and started again, resumes from the
// last entry delivered: the lines pushed while it was down come too, and every line comes once.
func TestLokiTailResumes(t *testing.T) {
	l := startLoki(t)
	proxy := newCutProxy(t, strings.TrimPrefix(l.addr, "http://"))
	g, _, sink := followLoki(t, proxy.addr())
	base := time.Now().UnixNano()
	step := 0
	push := func(n int) {
		pushSlowly(l, lokiLines(base, step, n))
		step += n
	}

	push(300)
	waitCount(t, sink, 300)
	if proxy.cut() == 0 {
		t.Fatal("no connection to cut")
	}
	push(300) // while the tail is down: read back with query_range on reconnect
	waitCount(t, sink, 600)
	push(300)
	waitCount(t, sink, 900)
	if st := g.Stats()[0]; !strings.Contains(st.State, "reconnected") {
		t.Errorf("state %q, want it to tell the reconnect", st.State)
	}

	l.stop()
	l.start()
	l.waitQueryable(base, 900)
	push(300)
	waitCount(t, sink, 1200)
	time.Sleep(300 * time.Millisecond)
	checkOnce(t, sink.snapshot(), 0, 1200, false)
	if st := g.Stats()[0]; st.Lines != 1200 {
		t.Errorf("stats count %d lines, want 1200", st.Lines)
	}
}

// Errors say what is wrong: a metric query, and a server that is not there (while following, the
// source waits and retries; without following it fails).
func TestLokiErrors(t *testing.T) {
	l := startLoki(t)
	g, warns, err := Open([]string{`loki:count_over_time({app="api"}[1m])`}, Options{Loki: Loki{Addr: l.addr}})
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	if err := g.Run(context.Background(), &entrySink{}); err == nil {
		t.Error("a metric query read without error")
	}
	if st := g.Stats()[0]; !strings.HasPrefix(st.State, "error: ") || st.Err == nil {
		t.Errorf("state %q", st.State)
	}

	if _, warns, err := Open([]string{"loki:"}, Options{}); err == nil || len(warns) != 1 {
		t.Errorf("empty query: %v %v", err, warns)
	}
	if _, warns, err := Open([]string{`loki:{a="b"}`}, Options{Loki: Loki{Addr: "localhost:3100"}}); err == nil || len(warns) != 1 {
		t.Errorf("address without scheme: %v %v", err, warns)
	}

	down := "http://127.0.0.1:" + strconv.Itoa(freePort(t))
	g, src := lokiGroup(t, down, Options{Lines: 10, Follow: true})
	src.first = 50 * time.Millisecond
	runInto(t, g, &entrySink{})
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(g.Stats()[0].State, "reconnecting") {
		if time.Now().After(deadline) {
			t.Fatalf("state %q, want reconnecting", g.Stats()[0].State)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
