package tail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// openSSH opens specs over the lab's hosts, with real parsing and quick retries.
func openSSH(t *testing.T, lab *sshLab, specs []string, opts Options) *Group {
	t.Helper()
	opts.SSH.Command = lab.ssh + " -o ConnectTimeout=3"
	g, warns, err := Open(specs, opts)
	if err != nil {
		t.Fatalf("open: %v %v", err, warns)
	}
	for _, p := range g.procs {
		switch p := p.(type) {
		case *sshHost:
			p.retry = 200 * time.Millisecond
		case *journal:
			p.first = 200 * time.Millisecond
		}
	}
	return g
}

func TestSshFollowOneHost(t *testing.T) {
	lab := newSSHLab(t)
	h := lab.addHost("web1")
	log := filepath.Join(h.root, "app.log")
	writeLines(t, log, numbered("old ", 1, 5), os.O_CREATE|os.O_TRUNC)
	opts := testOptions(true, false)
	opts.Lines = 3
	g := openSSH(t, lab, []string{"ssh:web1:" + lab.path("app.log")}, opts)
	sink := &entrySink{}
	runInto(t, g, sink)
	sink.waitEntries(t, "backfill", func(e []parse.Entry) bool { return len(e) >= 3 })
	appendLines(t, log, "new 1", "new 2")
	got := sink.waitEntries(t, "new lines", func(e []parse.Entry) bool { return len(e) >= 5 })
	var msgs []string
	for _, e := range got {
		msgs = append(msgs, e.Raw)
		if e.Host != "web1" || e.Source != "web1:"+lab.path("app.log") {
			t.Errorf("entry %q: host %q source %q", e.Raw, e.Host, e.Source)
		}
	}
	if want := "old  000003,old  000004,old  000005,new 1,new 2"; strings.Join(msgs, ",") != want {
		t.Errorf("got %q, want %q", msgs, want)
	}
	st := g.Stats()[0]
	if !strings.HasPrefix(st.State, stateStreaming) {
		t.Errorf("state %q", st.State)
	}
}

// stampedWriter appends n lines to path, every gap, each with its time, host and number.
func stampedWriter(t *testing.T, path, host string, from, n int, gap time.Duration) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Error(err)
		return
	}
	defer f.Close()
	next := time.Now()
	for i := from; i < from+n; i++ {
		fmt.Fprintf(f, "%s INFO %s seq=%06d\n", time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"), host, i)
		next = next.Add(gap)
		time.Sleep(time.Until(next))
	}
}

// seqs counts the lines of each host by number: every line must come exactly once.
func hostLinesOnce(t *testing.T, es []parse.Entry, hosts []string, n int) {
	t.Helper()
	seen := map[string]int{}
	for _, e := range es {
		seen[e.Raw[strings.Index(e.Raw, "INFO ")+5:]]++
	}
	for _, h := range hosts {
		for i := range n {
			if k := fmt.Sprintf("%s seq=%06d", h, i); seen[k] != 1 {
				t.Errorf("%s came %d times", k, seen[k])
			}
		}
	}
	if len(es) != len(hosts)*n {
		t.Errorf("%d entries, want %d", len(es), len(hosts)*n)
	}
}

func TestSshFiveHostsAtOnce(t *testing.T) {
	lab := newSSHLab(t)
	hosts := []string{"h1", "h2", "h3", "h4", "h5"}
	var roots []string
	for _, name := range hosts {
		h := lab.addHost(name)
		roots = append(roots, filepath.Join(h.root, "app.log"))
		writeLines(t, roots[len(roots)-1], nil, os.O_CREATE|os.O_TRUNC)
	}
	g := openSSH(t, lab, []string{"ssh:h[1-5]:" + lab.path("app.log")}, testOptions(true, false))
	sink := &entrySink{}
	runInto(t, g, sink)
	waitStates(t, g, stateStreaming, len(hosts))
	const n = 300
	done := make(chan struct{})
	for i, name := range hosts {
		go func() {
			defer func() { done <- struct{}{} }()
			stampedWriter(t, roots[i], name, 0, n, 5*time.Millisecond)
		}()
	}
	for range hosts {
		<-done
	}
	got := sink.waitEntries(t, "every line", func(e []parse.Entry) bool { return len(e) >= n*len(hosts) })
	hostLinesOnce(t, got, hosts, n)
	late := 0
	for i := 1; i < len(got); i++ {
		if got[i].Time < got[i-1].Time {
			if late < 5 {
				t.Logf("%q after %q (%s)", got[i].Raw, got[i-1].Raw, time.Duration(got[i-1].Time-got[i].Time))
			}
			late++
		}
	}
	if late > 0 {
		t.Errorf("%d entries came after a later one of another host", late)
	}
	for _, e := range got {
		if want := strings.Fields(e.Raw)[2]; e.Host != want || e.Source != want+":"+lab.path("app.log") {
			t.Fatalf("entry %q: host %q, source %q", e.Raw, e.Host, e.Source)
		}
	}
}

// waitStates waits until n sources are in a state starting with state.
func waitStates(t *testing.T, g *Group, state string, n int) {
	t.Helper()
	waitStatesFor(t, g, state, n, 30*time.Second)
}

func waitStatesFor(t *testing.T, g *Group, state string, n int, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		c := 0
		var all []string
		for _, st := range g.Stats() {
			all = append(all, st.Source+": "+st.State)
			if strings.HasPrefix(st.State, state) {
				c++
			}
		}
		if c >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %d sources %s: %q", n, state, all)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSshHostLostAndResumed kills a host's sshd and its sessions while its log is written, rotates
// the log while the host is down, and starts the host again: every line comes exactly once, the
// other host goes on meanwhile, and the state tells the loss and the return.
func TestSshHostLostAndResumed(t *testing.T) {
	lab := newSSHLab(t)
	a, b := lab.addHost("a"), lab.addHost("b")
	logA, logB := filepath.Join(a.root, "app.log"), filepath.Join(b.root, "app.log")
	stampedWriter(t, logA, "a", 0, 50, 0)
	stampedWriter(t, logB, "b", 0, 50, 0)
	opts := testOptions(true, false)
	opts.All = true
	g := openSSH(t, lab, []string{"ssh:a,b:" + lab.path("app.log")}, opts)
	sink := &entrySink{}
	runInto(t, g, sink)
	sink.waitEntries(t, "the first lines", func(e []parse.Entry) bool { return len(e) >= 100 })

	writing := make(chan struct{})
	go func() {
		defer close(writing)
		stampedWriter(t, logA, "a", 50, 100, 2*time.Millisecond)
	}()
	time.Sleep(100 * time.Millisecond)
	lab.kill(a) // mid-stream
	<-writing
	waitStates(t, g, "error: "+stateLost, 1)
	if st := statOf(g, "ssh:a"); !strings.Contains(st.State, "lost since") {
		t.Errorf("state of the lost host: %q", st.State)
	}
	// The other host goes on.
	stampedWriter(t, logB, "b", 50, 50, 0)
	sink.waitEntries(t, "b's lines while a is down", func(e []parse.Entry) bool {
		n := 0
		for _, x := range e {
			if x.Host == "b" {
				n++
			}
		}
		return n == 100
	})
	// Rotated while down: the rest of the old file is found beside it by its inode.
	stampedWriter(t, logA, "a", 150, 20, 0)
	if err := os.Rename(logA, logA+".1"); err != nil {
		t.Fatal(err)
	}
	stampedWriter(t, logA, "a", 170, 30, 0)
	lab.start(a)
	got := sink.waitEntries(t, "every line of a", func(e []parse.Entry) bool { return len(e) >= 300 })
	time.Sleep(3 * sshWatermark) // nothing more may come
	got = sink.snapshot()
	var onlyA, onlyB []parse.Entry
	for _, e := range got {
		if e.Host == "a" {
			onlyA = append(onlyA, e)
		} else {
			onlyB = append(onlyB, e)
		}
	}
	hostLinesOnce(t, onlyA, []string{"a"}, 200)
	hostLinesOnce(t, onlyB, []string{"b"}, 100)
	waitStates(t, g, stateStreaming, 2)
	st := statOf(g, "ssh:a")
	if !strings.Contains(st.State, "resumed after") || st.Rotations != 1 || st.Missed != 0 {
		t.Errorf("stats of the host: %+v", st)
	}
}

// TestSshHostNeverAnswers adds a host that accepts the connection and says nothing: it is told
// lost with the reason, and the other host streams meanwhile.
func TestSshHostNeverAnswers(t *testing.T) {
	lab := newSSHLab(t)
	h := lab.addHost("up")
	lab.addSilentHost("mute")
	log := filepath.Join(h.root, "app.log")
	stampedWriter(t, log, "up", 0, 10, 0)
	g := openSSH(t, lab, []string{"ssh:up,mute:" + lab.path("app.log")}, testOptions(true, false))
	sink := &entrySink{}
	runInto(t, g, sink)
	select {
	case <-g.Loaded():
	case <-time.After(30 * time.Second):
		t.Fatal("a silent host holds up the initial read")
	}
	got := sink.waitEntries(t, "the lines of the host that answers", func(e []parse.Entry) bool { return len(e) >= 10 })
	hostLinesOnce(t, got, []string{"up"}, 10)
	waitStates(t, g, "error: "+stateLost, 1)
	st := statOf(g, "ssh:mute")
	if !strings.Contains(st.State, "timed out") {
		t.Errorf("the silent host's state does not say why: %q", st.State)
	}
}

// TestSshJournal reads the journal of two hosts over ssh, each its own at the same path, and
// kills one host's connection mid-stream: journalctl is started again there after the last
// cursor read, so every entry comes once, in order, with its host and source.
func TestSshJournal(t *testing.T) {
	_, remote := journalTools(t)
	lab := newSSHLab(t)
	hosts := []string{"j1", "j2"}
	const n = 2000
	base := int64(1_700_000_000_000_000)
	for _, name := range hosts {
		h := lab.addHost(name)
		dir := filepath.Join(h.root, "journal")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		var export []byte
		for i := range n {
			fields := baseFields(i, base+int64(i)*1000)
			fields[3].value = name + ".example.net"
			export = appendExport(export, append(fields, jfield{"PRIORITY", "4"}, jfield{"SYSLOG_IDENTIFIER", "seq"},
				jfield{"MESSAGE", fmt.Sprintf("%s entry %06d %s", name, i, strings.Repeat("x", 300))}))
		}
		makeJournal(t, remote, dir, "seq", export)
	}
	opts := testOptions(true, false)
	opts.All = true
	g := openSSH(t, lab, []string{"ssh:j[1-2]:journal:" + lab.path("journal")}, opts)
	var pids []int
	var pmu sync.Mutex
	for s, p := range g.procs {
		if s.name != "j1:journal:"+lab.path("journal") {
			continue
		}
		p.(*journal).started = func(pid int) { pmu.Lock(); pids = append(pids, pid); pmu.Unlock() }
	}
	sink := &entrySink{gate: make(chan struct{})}
	runInto(t, g, sink)
	// The sink holds the first batch, so the connection soon stalls mid-stream: kill j1's ssh.
	deadline := time.Now().Add(20 * time.Second)
	started := func() int { pmu.Lock(); defer pmu.Unlock(); return len(pids) }
	for started() == 0 || g.Stats()[0].Lines == 0 && g.Stats()[1].Lines == 0 {
		if time.Now().After(deadline) {
			t.Fatal("nothing read")
		}
		time.Sleep(5 * time.Millisecond)
	}
	pmu.Lock()
	first := pids[0]
	pmu.Unlock()
	if err := syscall.Kill(first, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	close(sink.gate)
	sink.waitEntries(t, "every entry", func(e []parse.Entry) bool { return len(e) >= n*len(hosts) })
	time.Sleep(200 * time.Millisecond) // a duplicate would arrive right after the last entry
	got := sink.snapshot()
	next := map[string]int{}
	for _, e := range got {
		name := e.Message[:2]
		if want := fmt.Sprintf("%s entry %06d ", name, next[name]); !strings.HasPrefix(e.Message, want) {
			t.Fatalf("%s: entry %.20q, want %q next", name, e.Message, want)
		}
		next[name]++
		if e.Host != name+".example.net" || e.Source != name+":seq" || e.Level != parse.Warn {
			t.Fatalf("entry %.20q: host %q, source %q, level %v", e.Message, e.Host, e.Source, e.Level)
		}
	}
	if len(got) != n*len(hosts) {
		t.Errorf("%d entries, want %d", len(got), n*len(hosts))
	}
	pmu.Lock()
	restarted := len(pids)
	pmu.Unlock()
	if restarted < 2 {
		t.Errorf("ssh started %d times for j1, want a restart", restarted)
	}
}

// TestSshSinceOnTheHost reads a 20 MB remote log with --since near its end: the bisection runs
// on the host, so the read starts at the first line at or after since and only a small part of
// the file crosses the connection.
func TestSshSinceOnTheHost(t *testing.T) {
	lab := newSSHLab(t)
	h := lab.addHost("big1")
	log := filepath.Join(h.root, "app.log")
	const n = 200_000
	base := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	var buf []byte
	for i := range n {
		buf = fmt.Appendf(buf, "%s INFO worker seq=%06d %s\n", base.Add(time.Duration(i)*100*time.Millisecond).Format(time.RFC3339Nano), i, strings.Repeat("p", 60))
	}
	if err := os.WriteFile(log, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	const from = n - 1000
	opts := testOptions(false, false)
	opts.Since = base.Add(from * 100 * time.Millisecond)
	g := openSSH(t, lab, []string{"ssh:big1:" + lab.path("app.log")}, opts)
	sink := &entrySink{}
	if err := g.Run(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	got := sink.snapshot()
	if len(got) != n-from {
		t.Fatalf("%d entries, want %d", len(got), n-from)
	}
	if want := fmt.Sprintf("seq=%06d ", from); !strings.Contains(got[0].Raw, want) {
		t.Errorf("first entry %.60q, want %s", got[0].Raw, want)
	}
	if read := g.Stats()[0].Bytes; read > int64(len(buf))/20 {
		t.Errorf("%d of %d bytes crossed the connection", read, len(buf))
	}
}
