package tail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

func TestSshExpandHosts(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"web1,web2", "web1 web2"},
		{"web[1-3]", "web1 web2 web3"},
		{"db[08-10],x", "db08 db09 db10 x"},
		{"r[1-2]z[1-2]", "r1z1 r1z2 r2z1 r2z2"},
		{"user@host", "user@host"},
		{"deploy@web_2.example.org,fe80::1%eth0,10.0.0.7,web+1", "deploy@web_2.example.org fe80::1%eth0 10.0.0.7 web+1"},
	} {
		got, err := ExpandHosts(c.in)
		if err != nil || strings.Join(got, " ") != c.want {
			t.Errorf("%q: %q %v, want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"web[3-1]", "web[1-", "web[a-b]", "w[1-100000]", "-oProxyCommand=touch /tmp/x", "-F/etc/passwd", "web 1", "a\x1b[2Jb", "web\u202e1", "web\u00851", "web\u200b1", "web\u00a01",
		"$(touch /tmp/pwned)", "a;id", "web`id`", "web|nc", "host&", "h'q", `h"q`, "h\\x", "h{1,2}", "h<x", "h>x", "h*", "h?", "h!x", "h#x", "h~x", "h=x", "h(x)"} {
		if _, err := ExpandHosts(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// A hosts file holds one host or range a line, with comments as config files write them.
func TestSshReadHosts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hosts")
	text := "# the web tier\nweb[1-2]   # behind the balancer\n\n  db1\r\nbastion#no blank before the comment\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadHosts(path)
	if want := []string{"web1", "web2", "db1", "bastion"}; err != nil || !slices.Equal(got, want) {
		t.Fatalf("ReadHosts = %q, %v; want %q", got, err, want)
	}
	if err := os.WriteFile(path, []byte("web1\nweb 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadHosts(path); err == nil {
		t.Error("a line of two words was taken")
	}
}

func TestSshArgv(t *testing.T) {
	got, _ := sshArgv("")
	if want := "ssh -o BatchMode=yes -o ConnectTimeout=10 -T"; strings.Join(got, " ") != want {
		t.Errorf("default: %q", got)
	}
	got, _ = sshArgv(`ssh -F "my config" -o batchmode=no -J 'jump host'`)
	want := []string{"ssh", "-F", "my config", "-o", "batchmode=no", "-J", "jump host", "-o", "ConnectTimeout=10", "-T"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := sshArgv(`ssh "open`); err == nil {
		t.Error("an unclosed quote is accepted")
	}
}

// TestSshRecords feeds the reader records cut at every byte, with a payload that holds newlines,
// NULs and a line that looks like a header, and one payload cut short by a truncated file.
func TestSshRecords(t *testing.T) {
	tok := newToken()
	payload := "one\x00\ntwo " + "D 0 1 2 3\n"
	stream := tok + " H\n" + tok + " C 1700000000.5\n" +
		tok + " O 0 77 0 0\n" +
		tok + " D 0 77 0 " + itoa(len(payload)) + " 99\n" + payload +
		tok + " D 0 77 " + itoa(len(payload)) + " 100 99\nshort\n" + // came out 6 bytes long
		tok + " K 1700000001\n"
	for _, step := range []int{1, 7, len(stream)} {
		h := &sshHost{host: "h", streams: testStreams, src: newSource("ssh:h", "ssh:h", "", kindSSH)}
		h.files = []*remoteState{h.newFile("/l", false)}
		sink := &entrySink{}
		out := sinkOutput{mu: new(syncMutex), sink: sink}
		r := newHostReader(h, h.src, Options{MaxEntryBytes: 1 << 20}.withDefaults(), out)
		r.begin(tok, devNull(t), func() {})
		for i := 0; i < len(stream); i += step {
			r.feed([]byte(stream[i:min(i+step, len(stream))]))
		}
		r.close()
		var raws []string
		for _, e := range sink.snapshot() {
			raws = append(raws, e.Raw)
		}
		if want := []string{"one\x00", "two D 0 1 2 3", "short"}; !slices.Equal(raws, want) {
			t.Errorf("step %d: %q, want %q", step, raws, want)
		}
		if h.files[0].off != int64(len(payload)+6) {
			t.Errorf("step %d: offset %d", step, h.files[0].off)
		}
	}
}

func TestSshCopyItem(t *testing.T) {
	var src, dst parse.Batch
	dst.Add([]byte("first"), 0, 1, parse.Record{}, false)
	src.Add([]byte("x y"), 5, 2, parse.Record{Message: parse.Span{Start: 2, End: 3}}, false)
	hostSink{inner: nopSink{}, host: "web1"}.fill(&src, 0)
	copyItem(&dst, &src, 0)
	e := dst.Entry(1)
	if e.Raw != "x y" || e.Message != "y" || e.Host != "web1" || e.Offset != 5 {
		t.Errorf("copied %+v", e)
	}
}

type nopSink struct{}

func (nopSink) Line([]byte, int64, bool, *parse.Batch) {}
func (nopSink) Flush(*parse.Batch)                     {}
func (nopSink) Pending() bool                          { return false }

type syncMutex = sync.Mutex

func itoa(n int) string { return strconv.Itoa(n) }

func devNull(t *testing.T) *os.File {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestFleetFloors checks the merge's rule: an entry is handed on once every connected host's
// floor has passed it, in time order across hosts; a host still connecting holds the others back
// and a lost one does not. The watermark is an hour, so nothing is handed on by waiting.
func TestFleetFloors(t *testing.T) {
	a, b := &sshHost{host: "a"}, &sshHost{host: "b"}
	fl := newFleet(time.Hour)
	fl.hosts = []*sshHost{a, b}
	sink := &entrySink{}
	out := sinkOutput{mu: new(syncMutex), sink: sink}
	oa, ob := fl.join(context.Background(), a, out), fl.join(context.Background(), b, out)
	t.Cleanup(func() { fl.leave(); fl.leave() })
	send := func(o output, source string, sorts ...int64) {
		bt := o.next(nil, source)
		for _, s := range sorts {
			bt.Add(fmt.Appendf(nil, "%s %d", source, s), 0, s, parse.Record{}, false)
		}
		o.next(bt, source)
	}
	raws := func() []string {
		var r []string
		for _, e := range sink.snapshot() {
			r = append(r, e.Raw)
		}
		return r
	}
	settle := func(want ...string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !slices.Equal(raws(), want) && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond) // nothing more comes
		if got := raws(); !slices.Equal(got, want) {
			t.Fatalf("handed on %q, want %q", got, want)
		}
	}

	send(oa, "a:/l", 10, 20, 30)
	send(ob, "b:/l", 15, 25)
	fl.advance(a, 100) // b is still connecting: nothing goes
	settle()
	fl.advance(b, 22)
	settle("a:/l 10", "b:/l 15", "a:/l 20")
	fl.advance(b, 40)
	settle("a:/l 10", "b:/l 15", "a:/l 20", "b:/l 25", "a:/l 30")
	send(oa, "a:/l", 50)
	send(ob, "b:/l", 45)
	fl.lost(b) // a lost host holds nobody back, but its entries held already go in order
	settle("a:/l 10", "b:/l 15", "a:/l 20", "b:/l 25", "a:/l 30", "b:/l 45", "a:/l 50")
	fl.connected(b) // connected again: it holds a back until its first poll ends
	send(oa, "a:/l", 60)
	fl.advance(a, 1000)
	settle("a:/l 10", "b:/l 15", "a:/l 20", "b:/l 25", "a:/l 30", "b:/l 45", "a:/l 50")
	fl.advance(b, 70)
	settle("a:/l 10", "b:/l 15", "a:/l 20", "b:/l 25", "a:/l 30", "b:/l 45", "a:/l 50", "a:/l 60")
}

// TestSshUnreachableWithoutFollowing reads a file and a journal of a host ssh cannot reach,
// without following: the read ends, and the group's error names each source and ssh's reason,
// so a script's exit status tells the gap.
func TestSshUnreachableWithoutFollowing(t *testing.T) {
	dir := t.TempDir()
	fakeSSH := filepath.Join(dir, "fake-ssh")
	if err := os.WriteFile(fakeSSH, []byte("#!/bin/sh\necho 'fake-ssh: connect to host web9 port 22: Connection refused' >&2\nexit 255\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	opts := Options{All: true, SSH: SSHOptions{Command: fakeSSH}}
	g, warns, err := Open([]string{"ssh:web9:/var/log/app.log", "ssh:web9:journal:nginx.service"}, opts)
	if err != nil || len(warns) > 0 {
		t.Fatalf("open: %v %v", err, warns)
	}
	if err := g.Encode(context.Background(), func(dst []byte, e *parse.Entry) []byte { return dst }, func([]byte) error { return nil }); err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(g.Err())
	for _, want := range []string{"ssh:web9: lost", "web9:journal:nginx.service: ", "Connection refused"} {
		if !strings.Contains(got, want) {
			t.Errorf("error %q does not say %q", got, want)
		}
	}
}

// TestSshCutLineKeepsItsSize reads a remote line longer than the entry cap: the entry keeps the
// line's length before the cut, and its host.
func TestSshCutLineKeepsItsSize(t *testing.T) {
	tok := newToken()
	line := "2026-11-29T07:41:16Z INFO " + strings.Repeat("x", 100)
	payload := line + "\n"
	stream := tok + " H\n" + tok + " C 1700000000.5\n" + tok + " O 0 77 0 0\n" +
		tok + " D 0 77 0 " + itoa(len(payload)) + " 99\n" + payload
	streams := func(name string, written func(int64) time.Time) lineSink {
		return parse.NewStream(name, parse.StreamOptions{MaxEntryBytes: 64, Written: written})
	}
	h := &sshHost{host: "web3", streams: streams, src: newSource("ssh:web3", "ssh:web3", "", kindSSH)}
	h.files = []*remoteState{h.newFile("/l", false)}
	sink := &entrySink{}
	out := sinkOutput{mu: new(syncMutex), sink: sink}
	r := newHostReader(h, h.src, Options{MaxEntryBytes: 64}.withDefaults(), out)
	r.begin(tok, devNull(t), func() {})
	r.feed([]byte(stream))
	r.close()
	got := sink.snapshot()
	if len(got) != 1 || !got[0].Truncated || got[0].Size != int64(len(line)) || got[0].Host != "web3" || len(got[0].Raw) != 64 {
		t.Fatalf("entries %+v, want one cut to 64 bytes of %d, host web3", got, len(line))
	}
}

// TestSshNamedFileNotReadable reads, without following, a remote path that is missing and one
// that is a FIFO beside a readable log, through an "ssh" that runs the remote command here: the
// log is read, the FIFO does not stall the host, and the read ends with both reasons.
func TestSshNamedFileNotReadable(t *testing.T) {
	dir := t.TempDir()
	fakeSSH := filepath.Join(dir, "fake-ssh")
	script := "#!/bin/sh\nwhile [ $# -gt 1 ]; do case $1 in -o) shift 2;; -T) shift;; *) break;; esac; done\nshift\nexec sh -c \"$*\"\n"
	if err := os.WriteFile(fakeSSH, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	log := filepath.Join(dir, "app.log")
	if err := os.WriteFile(log, []byte("2026-11-29T10:00:00Z INFO ready\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	specs := []string{"ssh:h1:" + filepath.Join(dir, "missing.log"), "ssh:h1:" + fifo, "ssh:h1:" + log}
	g, warns, err := Open(specs, Options{All: true, SSH: SSHOptions{Command: fakeSSH}})
	if err != nil || len(warns) > 0 {
		t.Fatalf("open: %v %v", err, warns)
	}
	n := 0
	done := make(chan error, 1)
	go func() {
		done <- g.Encode(context.Background(), func(dst []byte, e *parse.Entry) []byte { n++; return dst }, func([]byte) error { return nil })
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the read did not end: the FIFO stalled the host")
	}
	got := fmt.Sprint(g.Err())
	if n != 1 || !strings.Contains(got, "missing.log: no such file") || !strings.Contains(got, "fifo: not a regular file") {
		t.Errorf("%d entries, error %q", n, got)
	}
}

// Journal specs of one host fold into one journalctl: the whole journal takes in a unit's, and
// units add up, so that no entry of the host is read twice.
func TestSshJournalSpecsOfAHostFold(t *testing.T) {
	opts := Options{SSH: SSHOptions{Command: "ssh"}}
	g, warns, err := Open([]string{"ssh:web1:journal:", "ssh:web1:journal:sshd", "ssh:web2:journal:sshd", "ssh:web2:journal:nginx", "ssh:web3:journal:/var/log/journal/remote"}, opts)
	if err != nil || len(warns) > 0 {
		t.Fatalf("open: %v %v", err, warns)
	}
	var names []string
	for _, st := range g.Stats() {
		names = append(names, st.Source)
	}
	slices.Sort(names)
	want := []string{"web1:journal", "web2:journal:sshd,nginx", "web3:journal:/var/log/journal/remote"}
	if !slices.Equal(names, want) {
		t.Errorf("sources %q, want %q", names, want)
	}
	for _, p := range g.procs {
		if j, ok := p.(*journal); ok && j.host == "web2" && !slices.Equal(j.sel, append(unitSelection("sshd"), unitSelection("nginx")...)) {
			t.Errorf("web2's selection %q", j.sel)
		}
	}
}
