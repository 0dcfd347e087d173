package tail

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// journalTools returns journalctl and systemd-journal-remote, or skips the test when this machine
// lacks them (Debian: apt-get install systemd systemd-journal-remote).
func journalTools(t testing.TB) (journalctl, remote string) {
	t.Helper()
	jc, err := exec.LookPath("journalctl")
	if err != nil {
		t.Skip("journalctl not installed (apt-get install systemd)")
	}
	for _, p := range []string{"systemd-journal-remote", "/lib/systemd/systemd-journal-remote", "/usr/lib/systemd/systemd-journal-remote"} {
		if r, err := exec.LookPath(p); err == nil {
			return jc, r
		}
	}
	t.Skip("systemd-journal-remote not installed (apt-get install systemd-journal-remote)")
	return "", ""
}

// jfield is one field of an export-format entry; a value with a newline or control byte is
// written in the binary form.
type jfield struct{ key, value string }

// appendExport writes one entry in the journal export format.
func appendExport(dst []byte, fields []jfield) []byte {
	for _, f := range fields {
		if strings.ContainsFunc(f.value, func(r rune) bool { return r < ' ' }) {
			dst = append(dst, f.key...)
			dst = append(dst, '\n')
			dst = binary.LittleEndian.AppendUint64(dst, uint64(len(f.value)))
			dst = append(dst, f.value...)
			dst = append(dst, '\n')
			continue
		}
		dst = append(dst, f.key+"="+f.value+"\n"...)
	}
	return append(dst, '\n')
}

// makeJournal turns export-format text into a real journal file, dir/name.journal.
func makeJournal(t testing.TB, remote, dir, name string, export []byte) string {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in.export")
	if err := os.WriteFile(in, export, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, name+".journal")
	if b, err := exec.Command(remote, "-o", out, in).CombinedOutput(); err != nil {
		t.Fatalf("systemd-journal-remote: %v\n%s", err, b)
	}
	return out
}

// baseFields are the fields every test entry has: times, boot and host.
func baseFields(i int, us int64) []jfield {
	return []jfield{
		{"__REALTIME_TIMESTAMP", fmt.Sprint(us)},
		{"__MONOTONIC_TIMESTAMP", fmt.Sprint(1000 + i)},
		{"_BOOT_ID", "0123456789abcdef0123456789abcdef"},
		{"_HOSTNAME", "web1"},
	}
}

// entrySink collects materialized entries.
type entrySink struct {
	mu      sync.Mutex
	entries []parse.Entry
	gate    chan struct{} // when set, Append waits for it to be closed
}

func (s *entrySink) Append(b *parse.Batch) {
	if s.gate != nil {
		<-s.gate
	}
	s.mu.Lock()
	for i := range b.Items {
		s.entries = append(s.entries, b.Entry(i))
	}
	s.mu.Unlock()
}

func (s *entrySink) snapshot() []parse.Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.entries)
}

// waitEntries polls until cond holds, failing after a deadline.
func (s *entrySink) waitEntries(t *testing.T, what string, cond func([]parse.Entry) bool) []parse.Entry {
	t.Helper()
	return s.waitEntriesWithin(t, 20*time.Second, what, cond)
}

// waitEntriesWithin is waitEntries with its own deadline.
func (s *entrySink) waitEntriesWithin(t *testing.T, limit time.Duration, what string, cond func([]parse.Entry) bool) []parse.Entry {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		e := s.snapshot()
		if cond(e) {
			return e
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; have %d entries", what, len(e))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runInto runs g into sink until the test ends.
func runInto(t *testing.T, g *Group, sink Sink) context.CancelFunc {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, sink) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	return cancel
}

func field(e parse.Entry, key string) (string, bool) {
	for _, f := range parse.Fields(e.Format, []byte(e.Raw)) {
		if f.Key == key {
			return f.Value, true
		}
	}
	return "", false
}

func TestJournalFieldMapping(t *testing.T) {
	_, remote := journalTools(t)
	dir := t.TempDir()
	base := int64(1_700_000_000_123_456)
	var export []byte
	for p := 0; p < 8; p++ {
		f := append(baseFields(p, base+int64(p)), jfield{"PRIORITY", fmt.Sprint(p)},
			jfield{"SYSLOG_IDENTIFIER", "app"}, jfield{"_SYSTEMD_UNIT", "app.service"},
			jfield{"_PID", "42"}, jfield{"CODE_FILE", "main.c"}, jfield{"MESSAGE", fmt.Sprintf("priority %d", p)})
		export = appendExport(export, f)
	}
	// No identifier: the unit names the source. A binary message with a newline and a control byte.
	export = appendExport(export, append(baseFields(8, base+8), jfield{"PRIORITY", "4"},
		jfield{"_SYSTEMD_UNIT", "nginx.service"}, jfield{"MESSAGE", "bin\x01ary\nsecond \"line\""}))
	file := makeJournal(t, remote, dir, "fields", export)

	g, warns, err := Open([]string{journalPrefix + file}, Options{All: true})
	if err != nil {
		t.Fatalf("open: %v %v", err, warns)
	}
	sink := &entrySink{}
	runInto(t, g, sink)
	got := sink.waitEntries(t, "9 entries", func(e []parse.Entry) bool { return len(e) >= 9 })
	wantLevels := []parse.Level{parse.Emergency, parse.Alert, parse.Critical, parse.Error, parse.Warn, parse.Notice, parse.Info, parse.Debug}
	for p, e := range got[:8] {
		if e.Level != wantLevels[p] || e.Message != fmt.Sprintf("priority %d", p) || e.Host != "web1" || e.Source != "app" {
			t.Errorf("entry %d: level %v message %q host %q source %q", p, e.Level, e.Message, e.Host, e.Source)
		}
		if want := time.UnixMicro(base + int64(p)).UTC(); !e.UTC().Equal(want) {
			t.Errorf("entry %d: time %v, want %v", p, e.UTC(), want)
		}
		for key, want := range map[string]string{"_PID": "42", "_SYSTEMD_UNIT": "app.service", "_BOOT_ID": "0123456789abcdef0123456789abcdef", "CODE_FILE": "main.c"} {
			if v, ok := field(e, key); !ok || v != want {
				t.Errorf("entry %d: field %s = %q, %v; want %q", p, key, v, ok, want)
			}
		}
	}
	bin := got[8]
	if bin.Message != "bin\x01ary\nsecond \"line\"" || bin.Source != "nginx.service" || bin.Level != parse.Warn {
		t.Errorf("binary entry: message %q source %q level %v", bin.Message, bin.Source, bin.Level)
	}
	// The state is set once the last batch was handed over, a moment after it arrived.
	deadline := time.Now().Add(5 * time.Second)
	for g.Stats()[0].State != stateDone && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if st := g.Stats()[0]; st.Lines != 9 || st.State != stateDone {
		t.Errorf("stats: %+v", st)
	}
}

// TestJournalRestartAfterCursor kills journalctl while its output is held up in the pipe, and
// checks that the restarted one goes on after the last entry read: every entry exactly once.
func TestJournalRestartAfterCursor(t *testing.T) {
	_, remote := journalTools(t)
	dir := t.TempDir()
	const n = 3000
	var export []byte
	base := int64(1_700_000_000_000_000)
	for i := range n {
		export = appendExport(export, append(baseFields(i, base+int64(i)*1000), jfield{"PRIORITY", "6"},
			jfield{"SYSLOG_IDENTIFIER", "seq"}, jfield{"MESSAGE", fmt.Sprintf("entry %06d %s", i, strings.Repeat("x", 200))}))
	}
	makeJournal(t, remote, dir, "seq", export)

	opts := testOptions(true, false)
	opts.All = true
	g, warns, err := Open([]string{journalPrefix + dir}, opts)
	if err != nil {
		t.Fatalf("open: %v %v", err, warns)
	}
	var pids []int
	var pmu sync.Mutex
	for _, p := range g.procs {
		p.(*journal).started = func(pid int) { pmu.Lock(); pids = append(pids, pid); pmu.Unlock() }
	}
	sink := &entrySink{gate: make(chan struct{})}
	runInto(t, g, sink)
	// The sink holds the first batch, so journalctl soon blocks on a full pipe, mid-stream.
	deadline := time.Now().Add(10 * time.Second)
	for g.Stats()[0].Lines == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	pmu.Lock()
	first := pids[0]
	pmu.Unlock()
	if err := syscall.Kill(first, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	close(sink.gate)
	got := sink.waitEntries(t, "every entry", func(e []parse.Entry) bool { return len(e) >= n })
	time.Sleep(100 * time.Millisecond) // a duplicate would arrive right after the last entry
	got = sink.snapshot()
	for i, e := range got {
		if want := fmt.Sprintf("entry %06d ", i); !strings.HasPrefix(e.Message, want) {
			t.Fatalf("entry %d is %.20q (of %d entries)", i, e.Message, len(got))
		}
	}
	if len(got) != n {
		t.Fatalf("%d entries, want %d", len(got), n)
	}
	pmu.Lock()
	restarted := len(pids)
	pmu.Unlock()
	if restarted < 2 {
		t.Fatalf("journalctl started %d times, want a restart", restarted)
	}
	st := g.Stats()[0]
	if !strings.Contains(st.State, "restarted") && !strings.Contains(st.State, "restarting") {
		t.Errorf("state %q does not show the restart", st.State)
	}
}

func TestJournalNoJournalctl(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	file := filepath.Join(t.TempDir(), "app.log")
	writeLines(t, file, []string{"one", "two"}, os.O_TRUNC)
	g, warns, err := Open([]string{"journal:", file}, Options{})
	if err != nil {
		t.Fatalf("open: %v (the file must still be read)", err)
	}
	if len(warns) != 1 || !errors.Is(warns[0], ErrNoJournalctl) {
		t.Fatalf("warnings %v, want one naming journalctl", warns)
	}
	if msg := warns[0].Error(); !strings.Contains(msg, "journalctl not found") || !strings.Contains(msg, "install systemd") {
		t.Errorf("message %q does not name the cause and the fix", msg)
	}
	if JournalAvailable() == nil || !errors.Is(JournalAvailable(), ErrNoJournalctl) {
		t.Errorf("JournalAvailable = %v", JournalAvailable())
	}
	if got := len(g.Stats()); got != 1 {
		t.Errorf("%d sources, want the file alone", got)
	}
}

// TestJournalHeadless reads a journal through Streams, the headless path, in time order.
func TestJournalHeadless(t *testing.T) {
	_, remote := journalTools(t)
	dir := t.TempDir()
	var export []byte
	for i := range 50 {
		id := []string{"a", "b"}[i%2]
		export = appendExport(export, append(baseFields(i, 1_700_000_000_000_000+int64(i)), jfield{"SYSLOG_IDENTIFIER", id}, jfield{"MESSAGE", fmt.Sprint(i)}))
	}
	file := makeJournal(t, remote, dir, "h", export)
	g, _, err := Open([]string{journalPrefix + file}, Options{Lines: 10})
	if err != nil {
		t.Fatal(err)
	}
	var msgs, srcs []string
	Merge(context.Background(), g.Streams(context.Background()), func(b *parse.Batch, i int) {
		e := b.Peek(i)
		msgs, srcs = append(msgs, strings.Clone(e.Message)), append(srcs, e.Source)
	})
	if want := "40 41 42 43 44 45 46 47 48 49"; strings.Join(msgs, " ") != want {
		t.Errorf("messages %q, want the last 10", msgs)
	}
	if want := "a b a b a b a b a b"; strings.Join(srcs, " ") != want {
		t.Errorf("sources %q", srcs)
	}
}

func TestJournalArgs(t *testing.T) {
	j := &journal{sel: []string{"-u", "nginx.service"}}
	got := strings.Join(j.args(Options{Lines: 100, Follow: true}, nil), " ")
	if want := "-o json --no-pager --all -u nginx.service -n 100 -f"; got != want {
		t.Errorf("args %q, want %q", got, want)
	}
	got = strings.Join(j.args(Options{Lines: 100, Follow: true}, []byte("s=1")), " ")
	if !strings.Contains(got, "--after-cursor=s=1 -n all") {
		t.Errorf("restart args %q", got)
	}
	if got := j.args(Options{All: true}, nil); !bytes.Contains([]byte(strings.Join(got, " ")), []byte("-n all")) || slices.Contains(got, "-f") {
		t.Errorf("--all without follow: %q", got)
	}
}

// TestJournalSince reads a journal from a time on: only the entries at or after Since arrive, the
// first one exactly at it included, and journalctl is asked with --since instead of -n.
func TestJournalSince(t *testing.T) {
	_, remote := journalTools(t)
	dir := t.TempDir()
	base := int64(1_700_000_000_000_000)
	var export []byte
	for i := range 20 {
		// Two entries a second, so that a time cut to whole seconds would let one too many through.
		export = appendExport(export, append(baseFields(i, base+int64(i)*5e5), jfield{"SYSLOG_IDENTIFIER", "app"}, jfield{"MESSAGE", fmt.Sprintf("entry %02d", i)}))
	}
	makeJournal(t, remote, dir, "since", export)
	for _, follow := range []bool{false, true} {
		t.Run(fmt.Sprintf("follow=%v", follow), func(t *testing.T) {
			opts := testOptions(follow, false)
			opts.Lines, opts.All = 2, true             // both overridden by Since
			opts.Since = time.UnixMicro(base + 13*5e5) // entry 13's time
			g, warns, err := Open([]string{journalPrefix + dir}, opts)
			if err != nil {
				t.Fatalf("open: %v %v", err, warns)
			}
			sink := &entrySink{}
			runInto(t, g, sink)
			got := sink.waitEntries(t, "entries 13 to 19", func(e []parse.Entry) bool { return len(e) >= 7 })
			if !follow {
				waitState(t, g, stateDone)
			} else {
				waitState(t, g, stateFollowing)
			}
			got = sink.snapshot()
			var msgs []string
			for _, e := range got {
				msgs = append(msgs, e.Message)
			}
			if want := "entry 13 entry 14 entry 15 entry 16 entry 17 entry 18 entry 19"; strings.Join(msgs, " ") != want {
				t.Errorf("messages %q, want %q", msgs, want)
			}
		})
	}
	j := &journal{}
	a := j.args(Options{Lines: 5, All: true, Follow: true, Since: time.UnixMicro(base + 13*5e5)}, nil)
	if args, want := strings.Join(a, " "), "--since=@1700000006.500000 -f"; !strings.HasSuffix(args, want) || slices.Contains(a, "-n") {
		t.Errorf("args %q, want them to end with %q and no -n", args, want)
	}
}

// waitState waits until the only source of g is in state.
func waitState(t *testing.T, g *Group, state string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for g.Stats()[0].State != state {
		if time.Now().After(deadline) {
			t.Fatalf("state %q, want %q", g.Stats()[0].State, state)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestJournalAccessDeniedWords checks the matcher against what journalctl prints to a user who
// may not read the system journal (systemd's src/shared/journal-util.c, and the real output of
// systemd 252 as nobody in TestJournalNotPermitted), and against what it prints otherwise.
func TestJournalAccessDeniedWords(t *testing.T) {
	for _, c := range []struct {
		stderr string
		denied bool
	}{
		{"Hint: You are currently not seeing messages from other users and the system.\n" +
			"      Users in the 'systemd-journal' group can see all messages. Pass -q to\n" +
			"      turn off this notice.\n" +
			"No journal files were opened due to insufficient permissions.", true},
		{"No journal files were opened due to insufficient permissions.", true},
		{"Hint: You are currently not seeing messages from other users and the system.\n" +
			"      Users in groups 'adm', 'systemd-journal', 'wheel' can see all messages.\n" +
			"      Pass -q to turn off this notice.", true},
		{"Hint: You are currently not seeing messages from the system.\n" +
			"      Users in the 'systemd-journal' group can see all messages. Pass -q to\n" +
			"      turn off this notice.", true},
		{"Failed to search journal ACL: Operation not supported\n" +
			"No journal files were opened due to insufficient permissions.", true},
		{"Failed to open files: Permission denied", true},
		{"No journal files were found.", false},
		{"-- No entries --", false},
		{"Journal file /var/log/journal/x/system.journal corrupted, ignoring file.", false},
		{"Failed to get journal fields: Input/output error", false},
		{"", false},
	} {
		if got := accessDenied(c.stderr); got != c.denied {
			t.Errorf("accessDenied(%q) = %v, want %v", c.stderr, got, c.denied)
		}
	}
}

// What a host's shell prints before journalctl (a banner without its newline too) is passed over
// up to the connection's own start line, however the stream is cut into chunks.
func TestJournalAfterStartLine(t *testing.T) {
	start := "\x01trawl0123456789abcdef\n"
	stream := "Welcome to web1!\nlast login: never" + start + "not yet\n" + start + `{"MESSAGE":"a"}` + "\n" + start
	for size := 1; size <= len(stream); size++ {
		a := &afterLine{line: []byte(start)}
		var got []byte
		for i := 0; i < len(stream); i += size {
			got = append(got, a.pass([]byte(stream[i:min(i+size, len(stream))]))...)
		}
		if want := `{"MESSAGE":"a"}` + "\n" + start; string(got) != want {
			t.Fatalf("chunks of %d: %q, want %q", size, got, want)
		}
	}
}

// Unit selections of the local journal fold into one journalctl, as a host's do.
func TestJournalSpecsFold(t *testing.T) {
	if _, err := exec.LookPath("journalctl"); err != nil {
		t.Skip("journalctl is not installed")
	}
	g, _, err := Open([]string{"journal:sshd", "journal:nginx"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, st := range g.Stats() {
		names = append(names, st.Source)
	}
	if len(names) != 1 || names[0] != "journal:sshd,nginx" {
		t.Errorf("sources %q, want one journalctl for both units", names)
	}
}
